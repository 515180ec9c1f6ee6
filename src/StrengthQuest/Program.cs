using StrengthQuest;
using StrengthQuest.Cli;

return CliApp.Main(args, (_, runtime, _) => GameHandoff.Run(args, runtime));
