using StrengthQuest;
using StrengthQuest.Cli;
using StrengthQuest.Ssh;

// sshd's AuthorizedKeysCommand runs twice per login: it takes the shortest way through.
if (args is [AuthorizedKeys.Verb, ..])
{
    return AuthorizedKeys.Main(args, Environment.ProcessPath ?? "strengthquest");
}

GameHandoff.HandOverEarly(args);
EarlyOpen.Start(args);
return CliApp.Main(args, (_, runtime, _) => GameHandoff.Run(args, runtime));
