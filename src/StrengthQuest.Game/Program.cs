using StrengthQuest.Cli;
using StrengthQuest.Tui;

return CliApp.Main(args, TuiLauncher.Run);
