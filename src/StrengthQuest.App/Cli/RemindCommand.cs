using System.CommandLine;
using System.Diagnostics;
using StrengthQuest.Hosting;
using StrengthQuest.Services;
using static StrengthQuest.Core.Text.SafeText;

namespace StrengthQuest.Cli;

/// <summary>
/// <c>remind --notify-command CMD</c>, for cron: runs the host's command once for every reminder and
/// nudge that is due, with the message on stdin and SQ_PLAYER, SQ_NAME, SQ_TO, SQ_KIND set.
/// </summary>
internal static class RemindCommand
{
    /// <summary>How long one notify command may take before it counts as failed.</summary>
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(30);

    public static Command Build(CliRuntime runtime)
    {
        Option<string> command = new("--notify-command")
        {
            Description = "The shell command that delivers one message (run with /bin/sh -c; the message on stdin).",
            HelpName = "CMD",
            Required = true,
        };
        Option<bool> dryRun = new("--dry-run") { Description = "Print what would be sent; send and record nothing." };
        Command remind = new("remind", "Send due reminders and nudges through the host's notify command (run it from cron every 15 minutes).") { command, dryRun };
        remind.SetAction(parse => runtime.Run(parse, game =>
        {
            string cmd = parse.GetValue(command)!;
            if (string.IsNullOrWhiteSpace(cmd))
            {
                throw new UsageException("--notify-command needs a command to run.");
            }

            NotifyService notify = new(game.Database, game.Catalog, game.Time);
            if (parse.GetValue(dryRun))
            {
                foreach (Notice notice in notify.Due())
                {
                    runtime.Out.WriteLine($"would send {notice.Kind} to {notice.To.Handle} ({Strip(notice.Address ?? "no address")}): {Strip(notice.Message)}");
                }

                return ExitCodes.Ok;
            }

            int failed = 0;
            foreach (Notice notice in notify.ClaimDue())
            {
                if (Send(cmd, notice) is { } problem)
                {
                    failed++;
                    notify.Release(notice);
                    runtime.Error.WriteLine($"The {notice.Kind} for {notice.To.Handle} was not sent ({problem}); the next run tries again.");
                }
            }

            return failed == 0 ? ExitCodes.Ok : ExitCodes.Failure;
        }));
        return remind;
    }

    /// <summary>Runs the command for one notice; why it failed, or null when it succeeded.</summary>
    private static string? Send(string cmd, Notice notice)
    {
        ProcessStartInfo info = new("/bin/sh")
        {
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add("-c");
        info.ArgumentList.Add(cmd);
        info.Environment["SQ_PLAYER"] = notice.To.Handle;
        info.Environment["SQ_NAME"] = Strip(notice.To.Name);
        info.Environment["SQ_TO"] = notice.Address ?? "";
        info.Environment["SQ_KIND"] = notice.Kind;
        try
        {
            using Process process = Process.Start(info)!;
            try
            {
                process.StandardInput.WriteLine(notice.Message);
                process.StandardInput.Close();
            }
            catch (IOException)
            {
                // The command did not read its stdin; its exit code still decides.
            }

            if (!process.WaitForExit(CommandTimeout))
            {
                process.Kill(entireProcessTree: true);
                return $"the command took longer than {CommandTimeout.TotalSeconds:0} seconds";
            }

            return process.ExitCode == 0 ? null : $"the command exited with {process.ExitCode}";
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return $"the command could not start: {e.Message}";
        }
    }
}
