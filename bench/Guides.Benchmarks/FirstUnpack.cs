using System.Diagnostics;
using System.Globalization;
using Guides.Corpus;

namespace Guides.Benchmarks;

/// <summary>
/// The first unpacking in a new process, where BenchmarkDotNet measures warm code: the seed guide's packed text (written
/// to files by this process, which then unpacks nothing) unpacked once by a child process, Z85 and DeflateStream (R2R
/// framework code and native zlib, loaded on first use) or 7 bits and the runtime's inflater (JIT-compiled on first use),
/// alternately, medians of <c>runs</c> children each. Prints the JIT time the child spent in that call too.
/// </summary>
internal static class FirstUnpack
{
    public static void Run(int runs)
    {
        var folder = Directory.CreateTempSubdirectory("guides-first-unpack").FullName;
        var seed = File.ReadAllText(Path.Combine(PackedTextBenchmarks.RepositoryRoot(), "content", "fr", "ameli.md"));
        var literal = PackedLiterals.OfGuides([new CorpusGuide("fr/ameli.md", "ameli", seed)], out _).Single();
        var utf8 = GuideSearch.Unpack(literal.Packed, literal.Length);
        File.WriteAllBytes(Path.Combine(folder, "seven"), literal.Packed);
        File.WriteAllBytes(Path.Combine(folder, "z85"), Z85Baseline.Pack(utf8));
        File.WriteAllText(Path.Combine(folder, "length"), literal.Length.ToString(CultureInfo.InvariantCulture));

        var results = new Dictionary<string, List<(double Call, double Jit)>> { ["z85"] = [], ["seven"] = [] };
        for (var i = 0; i < runs; i++)
        {
            foreach (var kind in results.Keys)
            {
                var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true };
                foreach (var argument in new[] { typeof(FirstUnpack).Assembly.Location, "first-unpack-child", kind, folder })
                {
                    start.ArgumentList.Add(argument);
                }

                if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) != "dotnet")
                {
                    start.ArgumentList.RemoveAt(0);
                }

                using var child = Process.Start(start)!;
                var line = child.StandardOutput.ReadToEnd().Trim().Split(' ');
                child.WaitForExit();
                results[kind].Add((double.Parse(line[0], CultureInfo.InvariantCulture), double.Parse(line[1], CultureInfo.InvariantCulture)));
            }
        }

        Console.WriteLine($"First unpacking in a new process, seed guide ({literal.Length:N0} bytes), medians of {runs}:");
        foreach (var (kind, values) in results)
        {
            var calls = values.Select(v => v.Call).Order().ToList();
            var jits = values.Select(v => v.Jit).Order().ToList();
            Console.WriteLine($"  {(kind == "z85" ? "Z85 + DeflateStream" : "7-bit + own inflater")}: {calls[calls.Count / 2]:F0} µs (JIT in the call {jits[jits.Count / 2]:F0} µs)");
        }

        Directory.Delete(folder, recursive: true);
    }

    /// <summary>In the child: one unpacking, timed; prints its microseconds and the JIT's.</summary>
    public static void Child(string kind, string folder)
    {
        var packed = File.ReadAllBytes(Path.Combine(folder, kind));
        var length = int.Parse(File.ReadAllText(Path.Combine(folder, "length")), CultureInfo.InvariantCulture);
        var jit = System.Runtime.JitInfo.GetCompilationTime();
        var watch = Stopwatch.StartNew();
        var bytes = kind == "z85" ? Z85Baseline.Unpack(packed, length) : GuideSearch.Unpack(packed, length);
        var elapsed = watch.Elapsed.TotalMicroseconds;
        var jitted = (System.Runtime.JitInfo.GetCompilationTime() - jit).TotalMicroseconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{elapsed:F1} {jitted:F1} {bytes.Length}"));
    }
}
