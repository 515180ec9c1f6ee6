namespace StrengthQuest.Tests.Support;

/// <summary>A test that runs the game as another Unix user (setpriv), so it needs root; elsewhere it is skipped with that reason.</summary>
public sealed class RootFactAttribute : FactAttribute
{
    public RootFactAttribute()
    {
        if (!Environment.IsPrivilegedProcess || !File.Exists("/usr/bin/setpriv"))
        {
            Skip = "needs root and setpriv: it runs the game as the user nobody";
        }
    }
}
