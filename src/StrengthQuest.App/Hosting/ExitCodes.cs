namespace StrengthQuest.Hosting;

/// <summary>The CLI contract's exit codes.</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    public const int Failure = 1;
    public const int Usage = 2;
    public const int InvalidData = 3;
    public const int Storage = 4;
}

/// <summary>The command line itself is wrong (a missing or conflicting option); exit code 2.</summary>
public sealed class UsageException(string message) : Exception(message);
