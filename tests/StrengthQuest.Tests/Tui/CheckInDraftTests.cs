using StrengthQuest.Core.Catalog;
using StrengthQuest.Core.History;
using StrengthQuest.Core.Rules.Quest;
using StrengthQuest.Services;
using StrengthQuest.Storage.Catalog;
using StrengthQuest.Tui.CheckIn;

namespace StrengthQuest.Tests.Tui;

/// <summary>The check-in flow's state machine, without any screen.</summary>
public class CheckInDraftTests
{
    private static readonly GameCatalog Catalog = CatalogLoader.LoadBuiltIn();

    private static CheckInDraft Draft(params (string Ladder, int Level)[] items) => new(
        Catalog,
        new QuestPlan(new DateOnly(2026, 11, 24), [.. items.Select(i => new QuestItem(Catalog.Find(i.Ladder)!, Catalog.Find(i.Ladder)!.Level(i.Level), 60, false))]),
        id => id == "tibialis-raise" ? new Core.Game.LadderState(id, "", 4, 2, 2, 0, 3, false, false, false, null) : null);

    [Fact]
    public void Enter_alone_records_the_target_and_typed_sets_carry_their_load()
    {
        CheckInDraft draft = Draft(("calf-raise", 4));
        Assert.Null(draft.Confirm());
        Assert.Equal("Rest", draft.Timer?.Purpose);
        foreach (char c in "18@12.5")
        {
            draft.Type(c);
        }

        Assert.Null(draft.Timer);
        Assert.Null(draft.Confirm());
        Assert.Equal([new SetDone(20), new SetDone(18, 12.5m)], draft.Current.Sets);
        Assert.Equal(DraftStep.Pain, draft.Step);
    }

    [Theory]
    [InlineData("11")]
    [InlineData("")]
    public void Pain_must_be_zero_to_ten(string typed)
    {
        CheckInDraft draft = Draft(("tibialis-raise", 1));
        draft.Confirm();
        draft.Confirm();
        foreach (char c in typed)
        {
            draft.Type(c);
        }

        Assert.Contains("0 to 10", draft.Confirm());
        Assert.Equal(DraftStep.Pain, draft.Step);
    }

    [Fact]
    public void A_finished_check_in_becomes_one_request_of_the_exercises_done()
    {
        CheckInDraft draft = Draft(("tibialis-raise", 1), ("calf-raise", 1), ("nordic-curl", 1));
        draft.Confirm();
        draft.Confirm();
        draft.Type('2');
        draft.Confirm();
        draft.Skip();
        draft.Type('5');
        draft.Confirm();
        Assert.Null(draft.FinishSets());
        draft.Type('4');
        draft.Confirm();

        Assert.Equal(DraftStep.Finished, draft.Step);
        CheckInRequest request = draft.ToRequest();
        Assert.Equal(
            [("tibialis-raise", 1, "20,20", 2), ("nordic-curl", 1, "5", 4)],
            request.Entries.Select(e => (e.Ladder, e.Level!.Value, SetList.Format(e.Sets), e.Pain!.Value)));
        Assert.False(request.Rest);
    }

    [Fact]
    public void The_level_changes_within_what_is_unlocked_and_only_before_the_first_set()
    {
        CheckInDraft draft = Draft(("tibialis-raise", 2));
        Assert.Contains("locked", draft.ChangeLevel(+1));
        Assert.Null(draft.ChangeLevel(-1));
        Assert.Equal(1, draft.Current.Level);
        Assert.Contains("easiest", draft.ChangeLevel(-1));
        draft.Confirm();
        Assert.Contains("before the first set", draft.ChangeLevel(+1));
    }

    [Fact]
    public void A_timed_level_counts_down_and_records_the_hold()
    {
        CheckInDraft draft = Draft(("couch-stretch", 1));
        Assert.Null(draft.StartHold());
        for (int i = 0; i < 59; i++)
        {
            draft.Tick();
        }

        Assert.Equal(1, draft.Timer!.Left);
        draft.Tick();
        Assert.Equal([new SetDone(60)], draft.Current.Sets);
        Assert.Equal("Rest", draft.Timer?.Purpose);

        Assert.Null(draft.StartHold());
        for (int i = 0; i < 25; i++)
        {
            draft.Tick();
        }

        draft.Confirm();
        Assert.Equal([new SetDone(60), new SetDone(25)], draft.Current.Sets);
        Assert.Contains("timed", Draft(("calf-raise", 1)).StartHold());
    }

    [Fact]
    public void Nothing_entered_means_nothing_to_save()
    {
        CheckInDraft draft = Draft(("tibialis-raise", 1), ("calf-raise", 1));
        draft.Skip();
        draft.Skip();
        Assert.Equal(DraftStep.Finished, draft.Step);
        Assert.False(draft.HasAnything);
        Assert.Empty(draft.ToRequest().Entries);
    }

    [Fact]
    public void What_is_kept_resumes_where_it_was_left_with_every_set_and_pain()
    {
        CheckInDraft draft = Draft(("tibialis-raise", 2), ("calf-raise", 1), ("nordic-curl", 1));
        draft.Confirm();
        draft.Type('1');
        draft.Type('8');
        draft.Confirm();
        draft.Type('3');
        draft.Confirm();
        draft.Skip();
        draft.Type('4');
        draft.Confirm();
        draft.ChooseDay(new DateOnly(2026, 11, 23));

        CheckInDraft resumed = CheckInDraft.Resume(Catalog, draft.ToDraft(), _ => null);

        Assert.Equal(draft.Index, resumed.Index);
        Assert.Equal(draft.Step, resumed.Step);
        Assert.Equal(new DateOnly(2026, 11, 23), resumed.Day);
        Assert.Equal(draft.ToRequest().Entries.Select(e => (e.Ladder, e.Level, SetList.Format(e.Sets), e.Pain)), resumed.ToRequest().Entries.Select(e => (e.Ladder, e.Level, SetList.Format(e.Sets), e.Pain)));
        Assert.True(resumed.Exercises[1].Skipped);
        Assert.Equal(2, resumed.Exercises[0].Level);
    }

    [Fact]
    public void A_ladder_is_swapped_before_its_first_set_added_after_the_current_one_and_a_set_taken_back()
    {
        CheckInDraft draft = Draft(("tibialis-raise", 1), ("calf-raise", 1));
        Ladder nordic = Catalog.Find("nordic-curl")!;
        Assert.DoesNotContain(draft.OtherLadders(Catalog), l => l.Id is "tibialis-raise" or "calf-raise");
        Assert.Null(draft.Swap(nordic, 1, 1));
        Assert.Equal("nordic-curl", draft.Current.Ladder.Id);
        draft.Confirm();
        Assert.Contains("before its first set", draft.Swap(Catalog.Find("l-sit")!, 1, 1));
        draft.Add(Catalog.Find("l-sit")!, 1, 1);
        Assert.Equal(["nordic-curl", "l-sit", "calf-raise"], draft.Exercises.Select(e => e.Ladder.Id));
        Assert.Null(draft.RemoveLastSet());
        Assert.Empty(draft.Current.Sets);
        Assert.Contains("No set", draft.RemoveLastSet());
        Assert.Contains("first exercise", draft.Move(-1));
        Assert.Null(draft.Move(+2));
        Assert.Equal("calf-raise", draft.Current.Ladder.Id);
        Assert.Contains("last exercise", draft.Move(+1));
    }

    [Fact]
    public void An_edit_starts_from_the_session_as_saved_and_keeps_its_pain_on_enter()
    {
        Session saved = new("uid-1", new DateOnly(2026, 11, 23), DateTimeOffset.UnixEpoch, false, [new Entry("calf-raise", 1, [new SetDone(200), new SetDone(20)], 2)]);
        CheckInDraft edit = CheckInDraft.Edit(Catalog, saved, _ => null, DateTimeOffset.UnixEpoch);
        Assert.Equal("uid-1", edit.Editing);
        Assert.Equal([new SetDone(200), new SetDone(20)], edit.Current.Sets);
        edit.Move(0);
        edit.RemoveLastSet();
        edit.RemoveLastSet();
        edit.Type('2');
        edit.Type('0');
        edit.Confirm();
        edit.Confirm();
        Assert.Equal(DraftStep.Pain, edit.Step);
        Assert.Null(edit.Confirm());
        Assert.Equal(DraftStep.Finished, edit.Step);
        Assert.Equal([("calf-raise", "20,20", 2)], edit.ToRequest().Entries.Select(e => (e.Ladder, SetList.Format(e.Sets), e.Pain!.Value)));
    }
}
