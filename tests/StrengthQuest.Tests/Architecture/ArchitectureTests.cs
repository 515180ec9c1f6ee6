using System.Reflection;
using System.Reflection.Emit;

namespace StrengthQuest.Tests.Architecture;

/// <summary>
/// The shape of the code, checked on the compiled assemblies: the rules (Core) do no IO, read no
/// clock and use no database or UI library; the views (screens and their text) never reach the
/// database. Every member a method body calls is read from its IL.
/// </summary>
public class ArchitectureTests
{
    private static readonly Assembly Core = typeof(Core.Game.GameEngine).Assembly;
    private static readonly Assembly Game = typeof(StrengthQuest.Tui.GameWindow).Assembly;

    [Fact]
    public void Core_references_no_database_ui_or_app_assembly()
    {
        string[] references = [.. Core.GetReferencedAssemblies().Select(a => a.Name!)];
        string[] forbidden = ["Terminal.Gui", "Microsoft.Data.Sqlite", "Dapper", "Npgsql", "StrengthQuest.Storage", "StrengthQuest.App", "StrengthQuest.Game", "System.Console", "System.Net"];
        Assert.DoesNotContain(references, r => forbidden.Any(f => r.StartsWith(f, StringComparison.Ordinal)));
    }

    [Fact]
    public void Core_does_no_io_and_reads_no_clock()
    {
        string[] calls = [.. Calls(Core, _ => true).Select(Describe)];
        Assert.NotEmpty(calls);
        string[] offending =
        [
            // (Iterators the compiler writes ask for the current thread's id; that is no IO.)
            .. calls.Where(c =>
                c.StartsWith("System.IO.", StringComparison.Ordinal)
                || (c.StartsWith("System.Environment.", StringComparison.Ordinal) && c != "System.Environment.get_CurrentManagedThreadId")
                || c.StartsWith("System.Console.", StringComparison.Ordinal)
                || c is "System.DateTime.get_Now" or "System.DateTime.get_UtcNow" or "System.DateTime.get_Today"
                    or "System.DateTimeOffset.get_Now" or "System.DateTimeOffset.get_UtcNow" or "System.TimeProvider.get_System"
                    or "System.TimeZoneInfo.get_Local" or "System.TimeZoneInfo.FindSystemTimeZoneById"),
        ];
        Assert.Empty(offending);
    }

    [Fact]
    public void Views_never_open_a_connection()
    {
        static bool IsView(Type t) => t.Namespace is "StrengthQuest.Tui.Screens" or "StrengthQuest.Tui.Text";
        Type[] views = [.. Game.GetTypes().Where(IsView)];
        Assert.Contains(views, t => t.Name == "DashboardScreen");
        string[] offending =
        [
            .. Calls(Game, IsView).Select(Describe).Where(c =>
                c.StartsWith("StrengthQuest.Storage.", StringComparison.Ordinal)
                || c.StartsWith("Microsoft.Data.Sqlite.", StringComparison.Ordinal)
                || c.StartsWith("Dapper.", StringComparison.Ordinal)
                || c == "StrengthQuest.Services.GameService.get_Database"),
        ];
        Assert.Empty(offending);
    }

    private static string Describe(MemberInfo m) => $"{m.DeclaringType?.FullName}.{m.Name}";

    /// <summary>Every method or field a method body of the chosen types refers to, read from the IL.</summary>
    private static IEnumerable<MemberInfo> Calls(Assembly assembly, Func<Type, bool> include)
    {
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        foreach (Type type in assembly.GetTypes().Where(t => include(t) || (t.DeclaringType is { } outer && include(outer))))
        {
            IEnumerable<MethodBase> bodies = type.GetMethods(all).Cast<MethodBase>().Concat(type.GetConstructors(all));
            foreach (MethodBase method in bodies)
            {
                byte[]? il = method.GetMethodBody()?.GetILAsByteArray();
                if (il is null)
                {
                    continue;
                }

                foreach (int token in MemberTokens(il))
                {
                    MemberInfo? member = Resolve(method.Module, token, method);
                    if (member is not null)
                    {
                        yield return member;
                    }
                }
            }
        }
    }

    private static MemberInfo? Resolve(Module module, int token, MethodBase context)
    {
        try
        {
            Type[]? typeArgs = context.DeclaringType?.IsGenericType == true ? context.DeclaringType.GetGenericArguments() : null;
            Type[]? methodArgs = context.IsGenericMethod ? context.GetGenericArguments() : null;
            return module.ResolveMember(token, typeArgs, methodArgs);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static readonly Dictionary<short, OpCode> OpCodesByValue =
        typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (OpCode)f.GetValue(null)!)
            .ToDictionary(o => o.Value);

    /// <summary>Walks the IL instruction by instruction and yields the method and field tokens.</summary>
    private static IEnumerable<int> MemberTokens(byte[] il)
    {
        int i = 0;
        while (i < il.Length)
        {
            short value = il[i] == 0xFE && i + 1 < il.Length ? (short)(0xFE00 | il[i + 1]) : il[i];
            i += value > 0xFF || value < 0 ? 2 : 1;
            if (!OpCodesByValue.TryGetValue(value, out OpCode op))
            {
                yield break;
            }

            switch (op.OperandType)
            {
                case OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineTok:
                    yield return BitConverter.ToInt32(il, i);
                    i += 4;
                    break;
                case OperandType.InlineSwitch:
                    i += 4 + (4 * BitConverter.ToInt32(il, i));
                    break;
                case OperandType.InlineI8 or OperandType.InlineR:
                    i += 8;
                    break;
                case OperandType.InlineNone:
                    break;
                case OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar:
                    i += 1;
                    break;
                case OperandType.InlineVar:
                    i += 2;
                    break;
                default:
                    i += 4;
                    break;
            }
        }
    }
}
