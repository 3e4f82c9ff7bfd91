using System.Runtime.CompilerServices;
using System.Text;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using Guides.Generator.Emit;

namespace Guides.Generator.Tests.Infrastructure;

/// <summary>
/// Snapshot files beside the tests: <c>Snapshots/{name}.verified.cs</c>. On a mismatch the test fails with a
/// line diff and writes <c>{name}.received.cs</c> next to the snapshot. Set <c>GUIDES_ACCEPT_SNAPSHOTS=1</c> to
/// write the received text as the new snapshot instead (then review the change with git diff).
/// </summary>
public static class Snapshot
{
    public const string AcceptVariable = "GUIDES_ACCEPT_SNAPSHOTS";

    public static void Verify(string actual, string name, [CallerFilePath] string callerFile = "")
    {
        var folder = Path.Combine(Path.GetDirectoryName(callerFile)!, "Snapshots");
        var verifiedPath = Path.Combine(folder, name + ".verified.cs");
        var receivedPath = Path.Combine(folder, name + ".received.cs");
        var received = Scrub(actual);
        var accept = Environment.GetEnvironmentVariable(AcceptVariable) is "1" or "true";

        var verified = File.Exists(verifiedPath) ? File.ReadAllText(verifiedPath) : null;
        if (verified == received)
        {
            File.Delete(receivedPath);
            return;
        }

        if (accept)
        {
            Directory.CreateDirectory(folder);
            File.WriteAllText(verifiedPath, received, new UTF8Encoding(false));
            File.Delete(receivedPath);
            return;
        }

        Directory.CreateDirectory(folder);
        File.WriteAllText(receivedPath, received, new UTF8Encoding(false));
        Assert.Fail(verified is null
            ? $"No snapshot {verifiedPath} yet. Received text written to {receivedPath}; run with {AcceptVariable}=1 to accept it."
            : $"Snapshot {name} differs (- verified, + received). Received text written to {receivedPath}; run with {AcceptVariable}=1 to accept it.\n{Diff(verified, received)}");
    }

    /// <summary>The generator's version changes with every release: snapshots hold a placeholder.</summary>
    private static string Scrub(string text) =>
        text.Replace("\"" + GeneratedCode.Version + "\"", "\"VERSION\"", StringComparison.Ordinal).Replace("\r\n", "\n", StringComparison.Ordinal);

    private static string Diff(string verified, string received)
    {
        var diff = InlineDiffBuilder.Diff(verified, received, ignoreWhiteSpace: false);
        var builder = new StringBuilder();
        var lines = diff.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Type == ChangeType.Unchanged)
            {
                // Keep two lines of context around each change.
                var near = Enumerable.Range(Math.Max(0, i - 2), 5).Any(j => j < lines.Count && lines[j].Type != ChangeType.Unchanged);
                if (!near)
                {
                    continue;
                }
            }

            var prefix = lines[i].Type switch { ChangeType.Inserted => "+ ", ChangeType.Deleted => "- ", _ => "  " };
            builder.Append(prefix).Append(lines[i].Position?.ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(5) ?? "     ").Append(' ').AppendLine(lines[i].Text);
        }

        return builder.ToString();
    }
}
