using System.CommandLine;
using System.Text.Json;
using StrengthQuest.Cli.Json;
using StrengthQuest.Cli.Text;
using StrengthQuest.Hosting;
using StrengthQuest.Services;

namespace StrengthQuest.Cli;

/// <summary><c>board</c>, <c>board join</c> and <c>board leave</c>: the couples' board of this host.</summary>
internal static class BoardCommands
{
    public static Command Board(CliRuntime runtime)
    {
        Option<string> player = Options.Player();
        player.Recursive = true;
        Option<bool> json = Options.Json();
        Command board = new("board", "This week's ranking of the host's couples that opted in: co-op days, then combined XP.") { player, json };
        board.SetAction(parse => runtime.Run(parse, game =>
        {
            BoardView view = game.Board(parse.GetValue(player)!);
            if (parse.GetValue(json))
            {
                runtime.Out.WriteLine(JsonSerializer.Serialize(Json(view), CliJson.Default.BoardJson));
            }
            else
            {
                foreach (string line in BoardText.Lines(view))
                {
                    runtime.Out.WriteLine(line);
                }
            }

            return ExitCodes.Ok;
        }));

        Command join = new("join", "Agree to put your couple on the board; it shows once your partner agrees too.");
        join.SetAction(parse => runtime.Run(parse, game =>
        {
            bool on = game.JoinBoard(parse.GetValue(player)!);
            runtime.Out.WriteLine(BoardText.Joined(on, game.Board(parse.GetValue(player)!)));
            return ExitCodes.Ok;
        }));

        Command leave = new("leave", "Take your couple off the board (either partner may).");
        leave.SetAction(parse => runtime.Run(parse, game =>
        {
            runtime.Out.WriteLine(BoardText.Left(game.LeaveBoard(parse.GetValue(player)!)));
            return ExitCodes.Ok;
        }));

        board.Add(join);
        board.Add(leave);
        return board;
    }

    private static BoardJson Json(BoardView view) => new(
        view.Week,
        view.Mine?.Rank,
        [.. view.Rows.Select(r => new BoardCoupleJson(r.Rank, [r.Couple.NameA, r.Couple.NameB], r.Couple.CoopDays, r.Couple.Xp, r.Couple.Id == view.MyCouple))]);
}
