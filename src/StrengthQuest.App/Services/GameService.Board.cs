using StrengthQuest.Core;
using StrengthQuest.Core.Days;
using StrengthQuest.Core.Players;
using StrengthQuest.Core.Rules.Board;
using static StrengthQuest.Core.Text.SafeText;

namespace StrengthQuest.Services;

/// <summary>
/// The couples' board as one player sees it: this week's ranking, where their couple stands (null
/// when it is not on the board), and who of the two has agreed to be on it.
/// </summary>
public sealed record BoardView(string Week, IReadOnlyList<BoardRow> Rows, long? MyCouple, bool IAgreed, bool PartnerAgreed, string? PartnerName)
{
    public BoardRow? Mine => MyCouple is { } id ? Rows.FirstOrDefault(r => r.Couple.Id == id) : null;
}

/// <summary>The couples' board (GAME.md): opt-in by both partners, a weekly ranking, display names only.</summary>
public sealed partial class GameService
{
    /// <summary>The player agrees to be on the board with their partner. True when the couple is on it now (both agreed).</summary>
    public bool JoinBoard(string handle) => Database.Write(store =>
    {
        (Player me, Player? maybePartner) = RequireCouple(store, handle);
        Player partner = maybePartner
            ?? throw new GameDataException($"{me.Handle} has no partner yet; the board ranks couples. Pair up first: strengthquest invite.");
        store.Board.Join(me, partner, Time.GetUtcNow());
        return store.Board.Agreed(partner, me);
    });

    /// <summary>Takes the player's couple off the board (either partner may); false when it was not on it or waiting.</summary>
    public bool LeaveBoard(string handle) => Database.Write(store =>
    {
        (Player me, Player? partner) = RequireCouple(store, handle);
        bool was = partner is not null && (store.Board.Agreed(me, partner) || store.Board.Agreed(partner, me));
        store.Board.Leave(me);
        return was;
    });

    /// <summary>The couple's rank this week and how many couples the board has; null when the couple is not on it.</summary>
    public (int Rank, int Couples)? BoardPlace(string handle)
    {
        bool on = Database.Read(store =>
        {
            (Player me, Player? partner) = RequireCouple(store, handle);
            return partner is not null && store.Board.Agreed(me, partner) && store.Board.Agreed(partner, me);
        });
        BoardView? view = on ? Board(handle) : null;
        return view?.Mine is { } mine ? (mine.Rank, view.Rows.Count) : null;
    }

    /// <summary>
    /// This week's board: every couple on it, each evaluated now (their own week, by their own
    /// game days) from its cached snapshot, and ranked by the rules.
    /// </summary>
    public BoardView Board(string handle)
    {
        (Player me, Player? partner, bool iAgreed, bool partnerAgreed, IReadOnlyList<(Player A, Player B)> couples) = Database.Read(store =>
        {
            (Player me, Player? partner) = RequireCouple(store, handle);
            return (me, partner,
                partner is not null && store.Board.Agreed(me, partner),
                partner is not null && store.Board.Agreed(partner, me),
                store.Board.Couples());
        });
        List<BoardCouple> standings = [];
        long? mine = null;
        foreach ((Player a, Player b) in couples)
        {
            CoupleView view = Load(a.Handle);
            int coopDays = view.State.Coop?.DaysThisWeek ?? 0;
            int xp = view.State.Duel is { } duel ? duel.ThisWeek.MyXp + duel.ThisWeek.PartnerXp : 0;
            standings.Add(new BoardCouple(a.Id, Strip(a.Name), Strip(b.Name), coopDays, xp));
            mine = a.Id == me.Id || b.Id == me.Id ? a.Id : mine;
        }

        return new BoardView(IsoWeeks.Label(Today(me)), CouplesBoard.Rank(standings), mine, iAgreed, partnerAgreed, partner is null ? null : Strip(partner.Name));
    }
}
