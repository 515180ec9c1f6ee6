using System.Globalization;
using StrengthQuest.Cli;
using StrengthQuest.Cli.Text;
using StrengthQuest.Tui;

// The game speaks English; Humanizer and dates follow the UI culture, whatever LANG says.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.DefaultThreadCurrentUICulture = Humane.English;
CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = Humane.English;
Console.OutputEncoding = System.Text.Encoding.UTF8;

return CliApp.Run(args, Environment.GetEnvironmentVariable, Console.Out, Console.Error, TuiLauncher.Run);
