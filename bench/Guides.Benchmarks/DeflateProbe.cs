using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using Guides.Generator.Emit;

namespace Guides.Benchmarks;

/// <summary>
/// The generator's Deflate encoder beside DeflateStream (CompressionLevel.Optimal), guide by guide on a corpus folder
/// (the corpus command writes one): total compressed bytes over total Markdown bytes, and MB/s of Markdown (best of 5,
/// one process); then with a preset dictionary of the corpus's frequent words, built from all guides, and built from
/// the even guides and measured on the odd ones (held out). Every output of ours is checked by DeflateStream's inflater.
/// </summary>
internal static class DeflateProbe
{
    public static void Run(string folder, int rounds = 5)
    {
        var texts = Directory.EnumerateFiles(folder, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
        var all = texts.Select(Encoding.UTF8.GetBytes).ToArray();
        var even = all.Where((_, i) => i % 2 == 0).ToArray();
        var odd = all.Where((_, i) => i % 2 == 1).ToArray();
        var watch = Stopwatch.StartNew();
        var dictionaryAll = PackingDictionary.Build(texts);
        var buildAll = watch.Elapsed.TotalMilliseconds;
        var dictionaryEven = PackingDictionary.Build(texts.Where((_, i) => i % 2 == 0));
        Console.WriteLine($"{all.Length} guides, {all.Sum(b => (long)b.Length):N0} bytes; dictionaries: {dictionaryAll.Length:N0} bytes (all guides, built in {buildAll:F0} ms), {dictionaryEven.Length:N0} bytes (even guides)");
        Console.WriteLine();
        Console.WriteLine("| guides | encoder | ratio | MB/s |");
        Console.WriteLine("|---|---|---:|---:|");
        Row("all", "DeflateStream Optimal", all, ours: false, null, rounds);
        Row("all", "ours", all, ours: true, null, rounds);
        Row("all", "ours + dictionary (all guides)", all, ours: true, dictionaryAll, rounds);
        Row("odd (held out)", "DeflateStream Optimal", odd, ours: false, null, rounds);
        Row("odd (held out)", "ours", odd, ours: true, null, rounds);
        Row("odd (held out)", "ours + dictionary (even guides)", odd, ours: true, dictionaryEven, rounds);
        Row("even (in sample)", "ours + dictionary (even guides)", even, ours: true, dictionaryEven, rounds);
    }

    /// <summary>Ratio and speed of ours under other search settings, without and with the dictionary of all guides.</summary>
    public static void Tune(string folder, string[] settings)
    {
        var texts = Directory.EnumerateFiles(folder, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
        var all = texts.Select(Encoding.UTF8.GetBytes).ToArray();
        var dictionary = PackingDictionary.Build(texts);
        long input = all.Sum(b => (long)b.Length);
        var reference = double.MaxValue;
        for (var round = 0; round < 3; round++)
        {
            var watch = Stopwatch.StartNew();
            foreach (var bytes in all)
            {
                DeflateStreamCompress(bytes);
            }

            reference = Math.Min(reference, watch.Elapsed.TotalSeconds);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"DeflateStream Optimal: {input / 1e6 / reference:F1} MB/s"));
        foreach (var setting in settings)
        {
            var v = setting.Split(',').Select(x => int.Parse(x, CultureInfo.InvariantCulture)).ToArray();
            var s = new DeflateEncoder.Settings(v[0], v[1], v[2], v[3], v[4]);
            foreach (var d in new[] { null, new DeflateEncoder.PresetDictionary(dictionary) })
            {
                long output = 0;
                var best = double.MaxValue;
                for (var round = 0; round < 3; round++)
                {
                    output = 0;
                    var watch = Stopwatch.StartNew();
                    foreach (var bytes in all)
                    {
                        output += DeflateEncoder.Compress(bytes, d, s).Length;
                    }

                    best = Math.Min(best, watch.Elapsed.TotalSeconds);
                }

                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{s} dictionary {d is not null}: {(double)output / input:F4} {input / 1e6 / best:F1} MB/s"));
            }
        }
    }

    private static void Row(string set, string encoder, byte[][] inputs, bool ours, byte[]? dictionary, int rounds)
    {
        long input = inputs.Sum(b => (long)b.Length), output = 0;
        foreach (var bytes in inputs)
        {
            output += (ours ? Checked(bytes, dictionary) : DeflateStreamCompress(bytes)).Length; // ours checked, outside the timing
        }

        var prepared = dictionary is null ? null : new DeflateEncoder.PresetDictionary(dictionary);
        var best = double.MaxValue;
        for (var round = 0; round < rounds; round++)
        {
            var watch = Stopwatch.StartNew();
            foreach (var bytes in inputs)
            {
                _ = !ours ? DeflateStreamCompress(bytes) : prepared is null ? DeflateEncoder.Compress(bytes, 0, bytes.Length) : DeflateEncoder.Compress(bytes, 0, bytes.Length, prepared);
            }

            best = Math.Min(best, watch.Elapsed.TotalSeconds);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {set} | {encoder} | {(double)output / input:F4} | {input / 1e6 / best:F1} |"));
    }

    /// <summary>Ours, checked: DeflateStream inflates a stored block of the dictionary then our stream to the dictionary then the input.</summary>
    private static byte[] Checked(byte[] input, byte[]? dictionary)
    {
        var packed = DeflateEncoder.Compress(input, dictionary);
        if (input.Length == 0)
        {
            return packed;
        }

        var prefix = new MemoryStream();
        if (dictionary is { Length: > 0 })
        {
            prefix.WriteByte(0);
            prefix.Write([(byte)dictionary.Length, (byte)(dictionary.Length >> 8), (byte)~dictionary.Length, (byte)(~dictionary.Length >> 8)]);
            prefix.Write(dictionary);
        }

        prefix.Write(packed);
        prefix.Position = 0;
        var inflated = new MemoryStream();
        using (var inflate = new DeflateStream(prefix, CompressionMode.Decompress))
        {
            inflate.CopyTo(inflated);
        }

        var expected = (dictionary ?? []).Concat(input).ToArray();
        if (!inflated.ToArray().AsSpan().SequenceEqual(expected))
        {
            throw new InvalidOperationException("Our stream does not inflate to its input.");
        }

        return packed;
    }

    private static byte[] DeflateStreamCompress(byte[] input)
    {
        using var buffer = new MemoryStream();
        using (var deflate = new DeflateStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            deflate.Write(input);
        }

        return buffer.ToArray();
    }
}
