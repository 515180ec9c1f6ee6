using StrengthQuest.Services;
using StrengthQuest.Tests.Support;
using StrengthQuest.Tui.Screens;
using Terminal.Gui.Input;

namespace StrengthQuest.Tests.Tui;

/// <summary>A key new to the host opens the game: it signs up, or joins its player with a device code.</summary>
public class SignUpTests
{
    private static void FillSignUp(TuiHarness tui, string handle, string name, string? invite = null)
    {
        tui.Press("sign-up");
        Assert.IsType<SignUpScreen>(tui.Window.Current);
        tui.Type(handle);
        tui.Press("next");
        tui.Type(name);
        tui.Press("next");
        tui.Press("next");
        tui.Press("next");
        if (invite is not null)
        {
            tui.Type(invite);
        }

        tui.Press("next");
    }

    [Fact]
    public void A_new_key_signs_up_and_lands_on_the_dashboard_owning_that_key()
    {
        using TuiHarness tui = new();
        TestKey key = TestKey.NewEd25519();
        tui.OpenWithKey(key.Fingerprint);
        Assert.IsType<NewKeyScreen>(tui.Window.Current);
        Assert.Contains($"This key is new here: {key.Fingerprint}", tui.Screen);

        FillSignUp(tui, "alex", "Alex A");
        Assert.IsType<DashboardScreen>(tui.Window.Current);
        Assert.Contains("Alex A", tui.Screen);
        Assert.Equal("alex", tui.Game.KeyOwner(key.Fingerprint)?.Handle);
        // The recommended plan: three days a week.
        Assert.Equal(["mon", "wed", "fri"], tui.Game.Load("alex").State.Me.Plan.Names);
    }

    [Fact]
    public void A_taken_handle_or_a_wrong_invite_code_creates_nobody_and_says_why()
    {
        using TuiHarness tui = new();
        tui.Game.AddPlayer("alex", "Alex", "UTC", 4);
        TestKey key = TestKey.NewEd25519();
        tui.OpenWithKey(key.Fingerprint);
        FillSignUp(tui, "alex", "Another Alex");
        Assert.IsType<SignUpScreen>(tui.Window.Current);
        Assert.Equal("The handle alex is taken on this host; choose another.", tui.Window.Message);

        tui.Window.Current.Dispose();
        using TuiHarness fresh = new();
        fresh.OpenWithKey(key.Fingerprint);
        FillSignUp(fresh, "sam", "Sam", invite: "ABCD-EFGH");
        Assert.Equal("That is not a valid invite code: check it, or ask for a new one.", fresh.Window.Message);
        Assert.Empty(fresh.Game.Players());
    }

    [Fact]
    public void Signing_up_with_a_partners_invite_code_forms_the_couple()
    {
        using TuiHarness tui = new();
        tui.Game.AddPlayer("alex", "Alex", "UTC", 4);
        IssuedCode code = tui.Game.Invite("alex");
        TestKey key = TestKey.NewEd25519();
        tui.OpenWithKey(key.Fingerprint);
        FillSignUp(tui, "sam", "Sam", invite: code.Shown.ToLowerInvariant());
        Assert.IsType<DashboardScreen>(tui.Window.Current);
        Assert.Contains("You and Alex are a couple", tui.Window.Message);
        Assert.Equal("alex", tui.Game.Players().Single(p => p.Player.Handle == "sam").Partner);
    }

    [Fact]
    public void A_full_host_says_so_in_one_line_and_signs_nobody_up_but_a_device_still_joins()
    {
        using TuiHarness tui = new();
        tui.Game.AddPlayer("alex", "Alex", "UTC", 4);
        IssuedCode device = tui.Game.DeviceCode("alex");
        TestKey key = TestKey.NewEd25519();
        tui.OpenWithKey(key.Fingerprint, maxPlayers: 1);
        Assert.Contains("Sign-ups are closed: this host takes 1 player at most; ask its operator.", tui.Screen);
        tui.Press("sign-up");
        Assert.IsType<NewKeyScreen>(tui.Window.Current);
        Assert.Equal("Sign-ups are closed: this host takes 1 player at most; ask its operator.", tui.Window.Message);

        tui.Press("device");
        Assert.IsType<CodeScreen>(tui.Window.Current);
        tui.Type("WRONG-CODE");
        tui.Press("enter-code");
        Assert.Equal("That is not a valid device code: check it, or ask for a new one.", tui.Window.Message);
        ((CodeScreen)tui.Window.Current).Field.Text = "";
        tui.Type(device.Code);
        tui.Press("enter-code");
        Assert.IsType<DashboardScreen>(tui.Window.Current);
        Assert.Equal("This key now plays as Alex (alex).", tui.Window.Message);
        Assert.Equal("alex", tui.Game.KeyOwner(key.Fingerprint)?.Handle);
        Assert.Single(tui.Game.Players());
    }

    [Fact]
    public void A_device_code_works_once()
    {
        using TuiHarness tui = new();
        tui.Game.AddPlayer("alex", "Alex", "UTC", 4);
        IssuedCode device = tui.Game.DeviceCode("alex");
        tui.Game.AddDevice(TestKey.NewEd25519().Fingerprint, device.Code);
        tui.OpenWithKey(TestKey.NewEd25519().Fingerprint);
        tui.Press("device");
        tui.Type(device.Shown);
        tui.Press(Key.Enter);
        Assert.IsType<CodeScreen>(tui.Window.Current);
        Assert.Equal("That device code was already used; ask for a new one.", tui.Window.Message);
    }
}
