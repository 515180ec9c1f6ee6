using StrengthQuest;
using StrengthQuest.Cli;

GameHandoff.HandOverEarly(args);
return CliApp.Main(args, (_, runtime, _) => GameHandoff.Run(args, runtime));
