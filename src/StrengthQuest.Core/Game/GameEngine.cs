using StrengthQuest.Core.Catalog;
using StrengthQuest.Core.Days;
using StrengthQuest.Core.History;

namespace StrengthQuest.Core.Game;

/// <summary>What an evaluation produced: the state, and the fold as it stood after the capture day (if asked).</summary>
public sealed record Evaluation(CoupleState State, FoldSnapshot? Captured);

/// <summary>A check-in evaluated: what it earned and changed, and a fresh snapshot (if one was asked for).</summary>
public sealed record CheckInEvaluation(CheckInSummary Summary, FoldSnapshot? Captured);

/// <summary>A correction evaluated: what it changed, and a fresh snapshot (if one was asked for).</summary>
public sealed record CorrectionEvaluation(CorrectionSummary Summary, FoldSnapshot? Captured);

/// <summary>
/// The rules as one pure function: (catalog, history, as-of) → state. It replays every game day in
/// order, so nothing derived is ever stored and a replay always agrees. It can resume from a
/// <see cref="FoldSnapshot"/> taken at the end of an earlier settled week, which gives the same state.
/// </summary>
public static class GameEngine
{
    public static CoupleState Evaluate(GameCatalog catalog, CoupleHistory history, DateOnly day) =>
        Evaluate(catalog, history, AsOf.Day(day, history));

    public static CoupleState Evaluate(GameCatalog catalog, CoupleHistory history, AsOf asOf) =>
        Evaluate(catalog, history, asOf, resume: null, captureAfter: null).State;

    /// <summary>
    /// Evaluates, resuming from <paramref name="resume"/> when it fits, and captures the fold at the
    /// end of the week holding <paramref name="captureAfter"/> (snapshots are always taken on a
    /// Sunday: a duel week is then either wholly inside a snapshot or wholly replayed).
    /// </summary>
    public static Evaluation Evaluate(GameCatalog catalog, CoupleHistory history, AsOf asOf, FoldSnapshot? resume, DateOnly? captureAfter)
    {
        (CoupleFold fold, FoldSnapshot? captured) = Replay(catalog, history, asOf, Usable(resume, history, asOf), captureAfter);
        return new Evaluation(fold.State(), captured);
    }

    /// <summary>A full replay with every day's summary and every duel week, for history views.</summary>
    public static CoupleTimeline Timeline(GameCatalog catalog, CoupleHistory history, AsOf asOf) =>
        Replay(catalog, history, asOf, resume: null, captureAfter: null).Fold.Timeline();

    /// <summary>
    /// A check-in in one go: the state before (handed to <paramref name="build"/>, which makes the
    /// session from it — levels are checked against it), then the state with the session. The
    /// second replay resumes where the first left its snapshot, so the history is walked once.
    /// </summary>
    public static CheckInEvaluation CheckIn(
        GameCatalog catalog, CoupleHistory history, AsOf asOf, Func<CoupleState, Session> build, FoldSnapshot? resume, DateOnly? captureAfter)
    {
        resume = Usable(resume, history, asOf);
        (CoupleFold before, FoldSnapshot? captured) = Replay(catalog, history, asOf, resume, captureAfter);
        CoupleState was = before.State();
        Session session = build(was);
        CoupleHistory withSession = history with { Me = history.Me.With(session) };
        FoldSnapshot? from = (captured ?? resume) is { } snapshot && snapshot.ThroughDay < session.Day ? snapshot : null;
        (CoupleFold after, _) = Replay(catalog, withSession, asOf, from, captureAfter: null);
        return new CheckInEvaluation(CheckInSummary.Between(was, after.State(), session, after.Me, catalog), captured);
    }

    /// <summary>
    /// A correction in one go: the state with the session <paramref name="old"/> (one of "me"'s),
    /// then without it (handed to <paramref name="replace"/>, which makes its replacement from that
    /// state — levels are checked against it — or returns null to delete), then with the replacement.
    /// Later replays resume where the first left its snapshot.
    /// </summary>
    public static CorrectionEvaluation Correct(
        GameCatalog catalog, CoupleHistory history, AsOf asOf, Session old, Func<CoupleState, Session?> replace, FoldSnapshot? resume, DateOnly? captureAfter)
    {
        resume = Usable(resume, history, asOf);
        (CoupleFold before, FoldSnapshot? captured) = Replay(catalog, history, asOf, resume, captureAfter);
        FoldSnapshot? from = (captured ?? resume) is { } snapshot && snapshot.ThroughDay < old.Day ? snapshot : null;
        CoupleHistory without = history with { Me = history.Me.Without(new HashSet<string>(StringComparer.Ordinal) { old.Uid }) };
        CoupleState withoutState = Replay(catalog, without, asOf, from, captureAfter: null).Fold.State();
        Session? replacement = replace(withoutState);
        CoupleState after = replacement is null
            ? withoutState
            : Replay(catalog, without with { Me = without.Me.With(replacement) }, asOf, from, captureAfter: null).Fold.State();
        return new CorrectionEvaluation(CorrectionSummary.Between(before.State(), after, old, replacement, catalog), captured);
    }

    private static (CoupleFold Fold, FoldSnapshot? Captured) Replay(
        GameCatalog catalog, CoupleHistory history, AsOf asOf, FoldSnapshot? resume, DateOnly? captureAfter)
    {
        DateOnly after = resume?.ThroughDay ?? DateOnly.MinValue;
        CoupleFold fold = new(catalog, history, asOf, after);
        DateOnly last = asOf.Latest;
        DateOnly start = fold.FirstDay ?? last;
        if (resume is not null)
        {
            fold.Restore(resume);
            start = resume.ThroughDay.AddDays(1);
        }

        FoldSnapshot? captured = null;
        if (captureAfter is { } asked && WeekEnd(asked) is var capture && capture > after && asOf.IsSettled(capture))
        {
            if (start <= capture)
            {
                fold.Run(start, capture);
                start = capture.AddDays(1);
            }

            captured = fold.Capture(capture);
        }

        fold.Run(start, last);
        return (fold, captured);
    }

    /// <summary>A snapshot fits when it was taken at the end of a week settled for both, and for the same kind of couple.</summary>
    private static FoldSnapshot? Usable(FoldSnapshot? resume, CoupleHistory history, AsOf asOf) =>
        resume is not null
        && asOf.IsSettled(resume.ThroughDay)
        && resume.ThroughDay.DayOfWeek == DayOfWeek.Sunday
        && (resume.Partner is null) == (history.Partner is null)
            ? resume
            : null;

    /// <summary>The Sunday on or before the day.</summary>
    private static DateOnly WeekEnd(DateOnly day) =>
        day.DayOfWeek == DayOfWeek.Sunday ? day : IsoWeeks.Monday(day).AddDays(-1);
}
