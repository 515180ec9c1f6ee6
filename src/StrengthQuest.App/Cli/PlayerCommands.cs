using System.CommandLine;
using System.Text.Json;
using StrengthQuest.Cli.Json;
using StrengthQuest.Core.Players;
using StrengthQuest.Hosting;
using StrengthQuest.Services;
using static StrengthQuest.Core.Text.SafeText;

namespace StrengthQuest.Cli;

/// <summary><c>player add</c>, <c>player list</c> and <c>couple link</c>.</summary>
internal static class PlayerCommands
{
    public static Command Player(CliRuntime runtime)
    {
        Command player = new("player", "Add and list players.");
        player.Add(Add(runtime));
        player.Add(List(runtime));
        player.Add(PlayerSetCommand.Build(runtime));
        return player;
    }

    public static Command Couple(CliRuntime runtime)
    {
        Argument<string> a = Options.NotBlank(new Argument<string>("A") { Description = "One partner's handle." }, "couple link", "two handles");
        Argument<string> b = Options.NotBlank(new Argument<string>("B") { Description = "The other partner's handle." }, "couple link", "two handles");
        Command link = new("link", "Link two players as a couple: they share a co-op streak and a weekly duel.") { a, b };
        link.SetAction(parse => runtime.Run(parse, game =>
        {
            (Player first, Player second) = game.Link(parse.GetValue(a)!, parse.GetValue(b)!);
            runtime.Out.WriteLine($"Linked {Strip(first.Name)} ({first.Handle}) and {Strip(second.Name)} ({second.Handle}) as a couple.");
            return ExitCodes.Ok;
        }));
        Command couple = new("couple", "Manage the couple.");
        couple.Add(link);
        return couple;
    }

    private static Command Add(CliRuntime runtime)
    {
        Argument<string> handle = Options.NotBlank(
            new Argument<string>("HANDLE") { Description = "Lower-case letters, digits and dashes, starting with a letter (at most 24)." }, "player add", "a handle");
        Option<string> name = Options.NotBlank(
            new Option<string>("--name") { Description = $"Display name, 1–{DisplayName.MaxLength} printable characters.", HelpName = "NAME", Required = true }, "a display name");
        Option<string?> zone = Options.NotBlank(
            new Option<string?>("--tz") { Description = "IANA time zone, e.g. Europe/Berlin (default: this machine's).", HelpName = "ZONE" },
            "a time zone like Europe/Berlin (leave it out for this machine's)");
        Option<string?> dayStart = Options.Number(
            "--day-start", "H", $"Hour (0–{Core.Players.Player.MaxDayStartHour}) the game day starts; a session before it counts for the day before (default: the catalog's default day start).");
        Command add = new("add", "Add a player.") { handle, name, zone, dayStart };
        add.SetAction(parse => runtime.Run(parse, game =>
        {
            int? hour = Options.InRange(parse, dayStart, 0, Core.Players.Player.MaxDayStartHour, "an hour");
            Player p = game.AddPlayer(parse.GetValue(handle)!, parse.GetValue(name)!, parse.GetValue(zone), hour);
            runtime.Out.WriteLine($"Added {Strip(p.Name)} ({p.Handle}): time zone {p.TimeZoneId}, game day starts at {p.DayStartHour:00}:00.");
            return ExitCodes.Ok;
        }));
        return add;
    }

    private static Command List(CliRuntime runtime)
    {
        Option<bool> json = Options.Json();
        Command list = new("list", "List the players.") { json };
        list.SetAction(parse => runtime.Run(parse, game =>
        {
            IReadOnlyList<PlayerListing> players = game.Players();
            if (parse.GetValue(json))
            {
                List<PlayerJson> rows = [.. players.Select(p => new PlayerJson(p.Player.Handle, Strip(p.Player.Name), p.Player.TimeZoneId, p.Player.DayStartHour, p.Partner))];
                runtime.Out.WriteLine(JsonSerializer.Serialize(rows, CliJson.Default.ListPlayerJson));
                return ExitCodes.Ok;
            }

            if (players.Count == 0)
            {
                runtime.Out.WriteLine("No players yet. Add one with: strengthquest player add HANDLE --name NAME");
            }

            foreach (PlayerListing p in players)
            {
                string partner = p.Partner is null ? "" : $" · partner {p.Partner}";
                runtime.Out.WriteLine($"{p.Player.Handle,-24} {Strip(p.Player.Name)} · {p.Player.TimeZoneId} · day starts {p.Player.DayStartHour:00}:00{partner}");
            }

            return ExitCodes.Ok;
        }));
        return list;
    }
}
