using StrengthQuest.Tests.Support;
using StrengthQuest.Tui.Text;
using Terminal.Gui.Text;
using Xunit.Abstractions;

namespace StrengthQuest.Tests.Scratch;

public class DebugTests(ITestOutputHelper output)
{
    [Fact]
    public void Debug()
    {
        string line = "  Co-op with Sam: none yet · today you not yet, Sam not yet (n nudges) ████░░░";
        for (int round = 0; round < 3; round++)
        {
            var sw = System.Diagnostics.Stopwatch.StartNew();
            int total = 0;
            for (int i = 0; i < 10000; i++) total += line.GetColumns();
            output.WriteLine($"GetColumns x10000: {sw.Elapsed.TotalMilliseconds} ms ({total})");
            sw.Restart();
            for (int i = 0; i < 10000; i++) total += TextWrap.Rows(line, 78).Count();
            output.WriteLine($"Rows x10000: {sw.Elapsed.TotalMilliseconds} ms");
        }
    }
}
