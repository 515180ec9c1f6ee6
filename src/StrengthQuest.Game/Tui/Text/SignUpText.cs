namespace StrengthQuest.Tui.Text;

/// <summary>What a new key is told: what the game is, the two ways in, and why signing up is closed when it is.</summary>
public static class SignUpText
{
    public static IEnumerable<string> Welcome(string fingerprint, string? closed)
    {
        yield return "StrengthQuest: knees-over-toes strength training as a game for two.";
        yield return "";
        yield return $"This key is new here: {fingerprint}";
        yield return "";
        if (closed is not null)
        {
            yield return closed;
        }
        else
        {
            yield return "  n   I'm new: choose a handle, your name, your time zone and training days";
            yield return "      (and enter your partner's invite code, if you have one)";
        }

        yield return "  a   I already play: add this key with a code from keys code on your other device";
        yield return "";
        yield return "With several keys, ssh uses the first it offers: pick one with";
        yield return "ssh -t -i ~/.ssh/KEY -o IdentitiesOnly=yes …";
    }

    public static IEnumerable<string> Code(bool device) => device
        ?
        [
            "Add this key to the player you already are. On a device that already plays,",
            "run: ssh … keys code  — it prints a one-time code. Type it here, then Enter.",
        ]
        :
        [
            "Enter your partner's invite code (they make one with invite, or i on their couple",
            "screen), then Enter: the two of you become a couple.",
        ];
}
