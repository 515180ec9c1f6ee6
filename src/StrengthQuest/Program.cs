using System.Globalization;
using StrengthQuest.Cli;
using StrengthQuest.Hosting;

// The game speaks English; Humanizer and dates follow the UI culture, whatever LANG says.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.GetCultureInfo("en-US");
CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-US");
Console.OutputEncoding = System.Text.Encoding.UTF8;

return CliApp.Run(args, Environment.GetEnvironmentVariable, Console.Out, Console.Error, (parse, runtime) =>
    runtime.Fail(ExitCodes.Failure, "The full-screen game is not built yet; use the verbs (strengthquest --help)."));
