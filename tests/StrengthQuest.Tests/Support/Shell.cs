using System.Diagnostics;

namespace StrengthQuest.Tests.Support;

/// <summary>Runs a system command (useradd, ssh-keygen, …) and returns its exit code and output.</summary>
public static class Shell
{
    public static (int Code, string Out, string Err) Run(string file, params string[] args) => Run(file, null, args);

    public static (int Code, string Out, string Err) Run(string file, IDictionary<string, string>? environment, params string[] args)
    {
        ProcessStartInfo info = new(file) { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        foreach (string a in args)
        {
            info.ArgumentList.Add(a);
        }

        foreach ((string key, string value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[key] = value;
        }

        using Process p = Process.Start(info)!;
        p.StandardInput.Close();
        Task<string> output = p.StandardOutput.ReadToEndAsync();
        Task<string> error = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(60_000))
        {
            p.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {string.Join(' ', args)} did not finish");
        }

        return (p.ExitCode, output.Result, error.Result);
    }

    /// <summary>Runs and insists on success.</summary>
    public static string Must(string file, params string[] args)
    {
        (int code, string output, string error) = Run(file, args);
        Assert.True(code == 0, $"{file} {string.Join(' ', args)} failed ({code}): {error}{output}");
        return output;
    }
}
