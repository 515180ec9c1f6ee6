using StrengthQuest.Core;
using StrengthQuest.Core.Players;
using StrengthQuest.Storage.Doors;
using static StrengthQuest.Core.Text.SafeText;

namespace StrengthQuest.Services;

/// <summary>Pairing by invite (GAME.md): a player without a partner makes a code; the other enters it.</summary>
public sealed partial class GameService
{
    /// <summary>A single-use invite code; an earlier unused one of the player's stops working.</summary>
    public IssuedCode Invite(string handle) => Database.Write(store =>
    {
        (Player me, Player? partner) = RequireCouple(store, handle);
        if (partner is not null)
        {
            throw new GameDataException($"{me.Handle} already plays with {Strip(partner.Name)}; a player is in one couple at most.");
        }

        DateTimeOffset now = Time.GetUtcNow();
        DateTimeOffset expires = now.AddHours(Catalog.Rules.Host.InviteValidHours);
        string code = CodeCheck.New(store, Catalog.Rules.Host);
        store.Codes.Create(me, CodeKind.Invite, code, now, expires);
        return new IssuedCode(code, expires);
    });

    /// <summary>The player's invite code that still works, if any (the couple screen shows it).</summary>
    public IssuedCode? PendingInvite(string handle) => Database.Read(store =>
        store.Codes.Pending(Require(store, handle), CodeKind.Invite, Time.GetUtcNow()) is { } code ? new IssuedCode(code.Code, code.ExpiresAt) : null);

    /// <summary>Enters a partner's invite code: the two become a couple. Returns the partner.</summary>
    public Player Join(string handle, string typed)
    {
        (Player? partner, string? problem) = Database.Write(store =>
        {
            DateTimeOffset now = Time.GetUtcNow();
            (Player me, Player? already) = RequireCouple(store, handle);
            if (already is not null)
            {
                throw new GameDataException($"{me.Handle} already plays with {Strip(already.Name)}; a player is in one couple at most.");
            }

            StoredCode? code = CodeCheck.Find(store, CodeStore.Who(me), newKey: false, typed, CodeKind.Invite, now, Catalog.Rules.Host, out string? wrong);
            if (code is null)
            {
                return ((Player?)null, wrong);
            }

            if (code.Owner.Id == me.Id)
            {
                throw new GameDataException("That is your own invite code: give it to your partner, who enters it.");
            }

            if (store.Players.PartnerOf(code.Owner) is { } taken)
            {
                throw new GameDataException($"{Strip(code.Owner.Name)} is already linked with {Strip(taken.Name)}; that invite no longer works.");
            }

            store.Players.Link(me, code.Owner, now);
            store.Codes.Use(code.Code, now);
            return (code.Owner, (string?)null);
        });
        return partner ?? throw new GameDataException(problem!);
    }
}
