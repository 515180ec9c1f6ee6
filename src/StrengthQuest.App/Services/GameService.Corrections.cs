using StrengthQuest.Core;
using StrengthQuest.Core.Days;
using StrengthQuest.Core.Game;
using StrengthQuest.Core.History;
using StrengthQuest.Core.Players;
using StrengthQuest.Core.Rules.CheckIns;
using StrengthQuest.Storage.Database;

namespace StrengthQuest.Services;

/// <summary>
/// Correcting (GAME.md): a player changes or deletes their own session while its game day is in the
/// backfill window. One transaction each; the couple is replayed before and after, so what comes
/// back says what changed for both partners.
/// </summary>
public sealed partial class GameService
{
    /// <summary>Replaces a session's entries (or its rest pain) and, when given, its note.</summary>
    public CorrectionResult EditSession(string handle, string uid, CheckInRequest request)
    {
        if (SessionNote.Problem(request.Note, Catalog.Rules) is { } noteProblem)
        {
            throw new GameDataException(noteProblem);
        }

        return Correct(handle, (store, me) => OwnSession(store, me, uid), request, (couple, old, without) =>
        {
            if (request.Rest)
            {
                if (PainRest.Problem(request.DefaultPain, old.Day, couple.History.Me.Sessions.Where(s => s.Uid != old.Uid), Catalog.Rules) is { } restProblem)
                {
                    throw new GameDataException(restProblem);
                }

                return old with { Entries = [], RestPain = request.DefaultPain, Note = NoteOf(request, old) };
            }

            List<Entry> entries = [.. request.Entries.Select(spec => Resolve(spec, request.DefaultPain, couple.Me, without))];
            return old with { Entries = entries, RestPain = null, Note = NoteOf(request, old) };
        });
    }

    public CorrectionResult DeleteSession(string handle, string uid) =>
        Correct(handle, (store, me) => OwnSession(store, me, uid), null, (_, _, _) => null);

    /// <summary>Deletes the player's most recently recorded session.</summary>
    public CorrectionResult Undo(string handle) =>
        Correct(
            handle,
            (store, me) => store.Sessions.Latest(me, null, 1)[me.Id].FirstOrDefault()
                ?? throw new GameDataException($"{me.Handle} has no session to undo."),
            null,
            (_, _, _) => null);

    private CorrectionResult Correct(string handle, Func<StoreContext, Player, Session> pick, CheckInRequest? edit, Func<Couple, Session, CoupleState, Session?> replace) =>
        Database.Write(store =>
        {
            (Player me, Player? partner) = RequireCouple(store, handle);
            Session picked = pick(store, me);
            Couple couple = Couple.Read(store, me, partner, Time.GetUtcNow(), null, Catalog, useCache: true);
            if (BackfillWindow.CorrectionProblem(picked.Day, couple.AsOf.Me, Catalog.Rules.BackfillDays) is { } problem)
            {
                throw new GameDataException(problem);
            }

            // The window is newer than any cached snapshot, so the session is in the history read.
            Session old = couple.History.Me.Sessions.First(s => s.Uid == picked.Uid);
            CorrectionEvaluation evaluation = GameEngine.Correct(
                Catalog, couple.History, couple.AsOf, old, without => replace(couple, old, without), couple.Cached, couple.CaptureDay);
            if (evaluation.Summary.Replacement is { } replacement)
            {
                store.Sessions.Replace(me, replacement);
            }
            else
            {
                store.Sessions.Delete(me, old);
            }

            if (edit is { FromDraft: true })
            {
                DropDraft(store, me, edit.DraftRevision);
            }
            else if (evaluation.Summary.IsDelete && store.Drafts.Find(me)?.Draft.Editing == old.Uid)
            {
                // The session a pending correction was for is gone: that draft is done.
                store.Drafts.Delete(me);
            }

            if (evaluation.Captured is not null)
            {
                store.FoldCache.Save(me, couple.Partner, Catalog, evaluation.Captured);
            }

            return new CorrectionResult(evaluation.Summary, couple.View(store, evaluation.Summary.After, Catalog));
        });

    /// <summary>The note given, else the session's own.</summary>
    private static string? NoteOf(CheckInRequest request, Session old) => request.Note ?? old.Note;

    /// <summary>The player's session with this uid (or a unique start of it); someone else's is never found.</summary>
    private static Session OwnSession(StoreContext store, Player me, string uid)
    {
        string wanted = uid.Trim();
        IReadOnlyList<Session> found = wanted.Length == 0 ? [] : store.Sessions.Matching(me, wanted);
        string shown = Core.Text.SafeText.Strip(wanted.Length > 40 ? wanted[..40] + "…" : wanted);
        return found switch
        {
            [var only] => only,
            [] => throw new GameDataException($"{me.Handle} has no session \"{shown}\"; strengthquest history --player {me.Handle} --json lists each session's uid."),
            _ => throw new GameDataException($"More than one of {me.Handle}'s sessions starts with \"{shown}\"; give more of the uid."),
        };
    }
}
