using System;
using System.IO;
using System.Linq;

namespace Guides.Testing;

/// <summary>Two dumps of <c>GuideDump</c> (tests/Shared/GuideDump.cs) compared, for a test's failure message.</summary>
internal static class DumpDifference
{
    /// <summary>
    /// Null when two dumps are the same; else where they first differ (line, guide, both lines), both dumps being written
    /// to the temporary folder as <c>guides-dump-NAME.txt</c> for a diff tool.
    /// </summary>
    public static string? Of(string expectedName, string expected, string actualName, string actual)
    {
        if (expected == actual)
        {
            return null;
        }

        var e = expected.Split('\n');
        var a = actual.Split('\n');
        var common = Math.Min(e.Length, a.Length);
        var line = Enumerable.Range(0, common).Where(i => e[i] != a[i]).DefaultIfEmpty(common).First();
        var guide = e.Take(line + 1).LastOrDefault(l => l.StartsWith("# ", StringComparison.Ordinal)) ?? "(catalog)";
        File.WriteAllText(Path.Combine(Path.GetTempPath(), "guides-dump-" + expectedName + ".txt"), expected);
        File.WriteAllText(Path.Combine(Path.GetTempPath(), "guides-dump-" + actualName + ".txt"), actual);
        return "The " + actualName + " build reads differently from " + expectedName + " at line " + (line + 1) + ", in " + guide + ":\n" +
            "  " + expectedName + ": " + (line < e.Length ? e[line] : "(end)") + "\n" +
            "  " + actualName + ": " + (line < a.Length ? a[line] : "(end)") + "\n" +
            "Both dumps are in " + Path.GetTempPath() + " (guides-dump-" + expectedName + ".txt, guides-dump-" + actualName + ".txt).";
    }
}
