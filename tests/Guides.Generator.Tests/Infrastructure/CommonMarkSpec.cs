using System.Diagnostics;
using System.Text.Json;

namespace Guides.Generator.Tests.Infrastructure;

/// <summary>
/// One example of the CommonMark spec: its number, section, Markdown and the HTML the spec expects for it (tabs
/// restored from the spec's '→' in both, as the spec's own test runner does).
/// </summary>
public sealed record CommonMarkExample(int Number, string Section, string Markdown, string Html);

/// <summary>
/// The examples of the CommonMark spec 0.31.2, from the npm package <c>commonmark-spec</c>, installed with npm into a
/// temporary folder on first use (not committed) and read through its <c>tests</c> export with node.
/// </summary>
public static class CommonMarkSpec
{
    public const string Version = "0.31.2";

    private static readonly Lazy<IReadOnlyList<CommonMarkExample>> s_examples = new(Load);

    public static IReadOnlyList<CommonMarkExample> Examples => s_examples.Value;

    private static IReadOnlyList<CommonMarkExample> Load()
    {
        var folder = Path.Combine(Path.GetTempPath(), "guides-commonmark-spec-" + Version);
        Directory.CreateDirectory(folder);
        if (!File.Exists(Path.Combine(folder, "node_modules", "commonmark-spec", "index.js")))
        {
            Run(folder, "npm", "install", "--no-audit", "--no-fund", "--no-save", "--prefix", folder, "commonmark-spec@" + Version);
        }

        var json = Run(folder, "node", "-e", "process.stdout.write(JSON.stringify(require('commonmark-spec').tests))");
        using var document = JsonDocument.Parse(json);
        return [.. document.RootElement.EnumerateArray().Select(e => new CommonMarkExample(
            e.GetProperty("number").GetInt32(),
            e.GetProperty("section").GetString()!,
            e.GetProperty("markdown").GetString()!.Replace('\u2192', '\t'),
            e.GetProperty("html").GetString()!.Replace('\u2192', '\t')))];
    }

    private static string Run(string folder, string command, params string[] arguments)
    {
        var start = new ProcessStartInfo(command) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{command} took over two minutes.");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{command} {string.Join(' ', arguments)} failed ({process.ExitCode}): {error.Result}");
        }

        return output.Result;
    }
}
