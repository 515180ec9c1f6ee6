using System.CommandLine;
using System.Text.Json;
using StrengthQuest.Cli.Json;
using StrengthQuest.Cli.Text;
using StrengthQuest.Core.Players;
using StrengthQuest.Hosting;
using StrengthQuest.Services;

namespace StrengthQuest.Cli;

/// <summary>
/// <c>player set P</c>: the name, time zone and day start (travel never costs a streak), the training
/// plan, the reminder time and the notify address — whatever is given, in one transaction.
/// </summary>
internal static class PlayerSetCommand
{
    public static Command Build(CliRuntime runtime)
    {
        Argument<string> handle = new("HANDLE") { Description = "The player's handle." };
        Option<string?> name = Options.NotBlank(
            new Option<string?>("--name") { Description = $"A new display name, 1–{DisplayName.MaxLength} printable characters.", HelpName = "NAME" }, "a display name");
        Option<string?> zone = Options.NotBlank(
            new Option<string?>("--tz") { Description = "A new IANA time zone, e.g. America/New_York (travel: recorded sessions keep their day, no streak is lost).", HelpName = "ZONE" },
            "a time zone like America/New_York");
        Option<string?> dayStart = Options.Number("--day-start", "H", $"A new hour (0–{Player.MaxDayStartHour}) at which the game day starts.");
        Option<bool> json = Options.Json();
        Option<string?> plan = new("--plan")
        {
            Description = $"The training days: weekdays like mon,wed,fri, or {string.Join(", ", TrainingPlan.Presets.Select(p => p.Name))} ({TrainingPlan.Recommended} is the recommended start). Applies from the next game day.",
            HelpName = "DAYS",
        };
        Option<string?> remind = new("--remind") { Description = "A daily reminder on training days at this local time (HH:MM), or off.", HelpName = "HH:MM" };
        Option<string?> notifyTo = new("--notify-to")
        {
            Description = "Where the host's notify command sends reminders and nudges (an ntfy topic, an e-mail address…; empty to clear).",
            HelpName = "TARGET",
        };
        Command set = new("set", "Change a player's name, time zone, day start, training plan, reminder or notify address.")
        {
            handle, name, zone, dayStart, plan, remind, notifyTo, json,
        };
        set.SetAction(parse => runtime.Run(parse, game =>
        {
            string who = parse.GetValue(handle)!;
            string? planText = parse.GetValue(plan);
            string? remindText = parse.GetValue(remind);
            string? to = parse.GetValue(notifyTo);
            if (planText is null && remindText is null && to is null && parse.GetValue(name) is null && parse.GetValue(zone) is null && parse.GetValue(dayStart) is null)
            {
                throw new UsageException("Say what to change: --name, --tz, --day-start, --plan, --remind or --notify-to.");
            }

            TrainingPlan? newPlan = planText is null ? null
                : TrainingPlan.Parse(planText, out string? planProblem) ?? throw new UsageException(planProblem ?? $"\"{planText}\" is not a training plan.");
            Reminder? time = null;
            if (remindText is not null)
            {
                time = Reminder.TryParseTime(remindText, out TimeOnly? at, out string? problem)
                    ? new Reminder(at, null)
                    : throw new UsageException(problem!);
            }

            int? hour = Options.InRange(parse, dayStart, 0, Player.MaxDayStartHour, "an hour");
            SettingsChange change = game.ChangePlayer(who, new SettingsRequest(parse.GetValue(name), parse.GetValue(zone), hour, newPlan, time, to));
            if (parse.GetValue(json))
            {
                (TrainingPlan nowPlan, Reminder nowReminder) = game.Training(who);
                runtime.Out.WriteLine(JsonSerializer.Serialize(JsonViews.PlayerChange(change, nowPlan, nowReminder), CliJson.Default.PlayerChangeJson));
                return ExitCodes.Ok;
            }

            foreach (string line in SettingsText.Lines(change))
            {
                runtime.Out.WriteLine(line);
            }

            return ExitCodes.Ok;
        }));
        return set;
    }
}
