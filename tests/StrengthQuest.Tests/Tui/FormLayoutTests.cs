using StrengthQuest.Tests.Support;
using StrengthQuest.Tui.Screens;
using Terminal.Gui.Views;

namespace StrengthQuest.Tests.Tui;

/// <summary>Every form (onboarding, settings, sign-up) shows each of its lines whole at 80×24, none over another.</summary>
public class FormLayoutTests
{
    public static TheoryData<string> Forms => ["onboarding", "settings", "sign-up"];

    private static TuiHarness Open(string form)
    {
        switch (form)
        {
            case "onboarding":
                return new TuiHarness().Open();
            case "settings":
                TuiHarness couple = TuiHarness.Couple();
                couple.Press("settings");
                return couple;
            default:
                TuiHarness key = new TuiHarness().OpenWithKey(TestKey.NewEd25519().Fingerprint);
                key.Press("sign-up");
                return key;
        }
    }

    [Theory]
    [MemberData(nameof(Forms))]
    public void Every_line_of_the_form_shows_whole_at_80_by_24(string form)
    {
        using TuiHarness tui = Open(form);
        FormScreen screen = Assert.IsAssignableFrom<FormScreen>(tui.Window.Current);
        string[] rows = tui.Screen.Split('\n');
        Label[] labels = [.. screen.SubViews.OfType<Label>()];
        Assert.NotEmpty(labels);
        foreach (string line in labels.SelectMany(l => l.Text.Split('\n')))
        {
            // Each line on a row of its own, whole, and starting where its label starts.
            Assert.Contains(rows, row => row.StartsWith(" " + line, StringComparison.Ordinal));
        }

        // A label never runs into its field: the field's text starts after it.
        foreach (TextField field in screen.Fields)
        {
            Label label = labels.Single(l => l.Frame.Y == field.Frame.Y);
            Assert.True(label.Frame.X + label.Text.Length < field.Frame.X, $"\"{label.Text}\" runs into its field");
        }
    }
}
