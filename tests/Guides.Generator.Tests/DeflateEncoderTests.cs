using System.IO.Compression;
using System.Text;
using Guides.Corpus;
using Guides.Generator.Emit;
using Guides.Generator.Tests.Infrastructure;

namespace Guides.Generator.Tests;

/// <summary>
/// The generator's own Deflate encoder (RFC 1951, raw), checked by an independent decoder: .NET's DeflateStream must
/// inflate every output to the exact input. With a preset dictionary, DeflateStream inflates a stored block of the
/// dictionary (written here by hand from RFC 1951) followed by our stream: back-references into the dictionary then
/// resolve against the dictionary's bytes, already output.
/// </summary>
public sealed class DeflateEncoderTests
{
    [Fact]
    public void Empty_input_is_a_final_fixed_block_holding_only_its_end()
    {
        // BFINAL 1, BTYPE 01 (fixed), end of block (symbol 256: seven 0 bits), padded: bits 1 10 0000000 -> 03 00.
        Assert.Equal(new byte[] { 0x03, 0x00 }, DeflateEncoder.Compress([], 0, 0));
        Assert.Empty(Inflate(DeflateEncoder.Compress([], 0, 0)));
    }

    [Fact]
    public void One_byte_is_the_fixed_block_written_by_hand()
    {
        // BFINAL 1, BTYPE 01; 'a' (97) is the fixed code 0x30 + 97 = 10010001 (8 bits, first bit first); end of block
        // 0000000. Bits in order: 1 1 0 | 1 0 0 1 0 0 0 1 | 0 0 0 0 0 0 0, filled from each byte's low bit: 4B 04 00.
        Assert.Equal(new byte[] { 0x4B, 0x04, 0x00 }, DeflateEncoder.Compress("a"u8.ToArray(), 0, 1));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(257)]
    [InlineData(258)]
    [InlineData(259)]
    [InlineData(260)]
    [InlineData(516)]
    [InlineData(517)]
    [InlineData(65_535)]
    [InlineData(65_536)]
    [InlineData(1_000_000)]
    public void Runs_of_one_byte_inflate_to_themselves(int length)
    {
        var run = Enumerable.Repeat((byte)'x', length).ToArray();

        var packed = DeflateEncoder.Compress(run, 0, run.Length);

        Assert.Equal(run, Inflate(packed));
        Assert.True(packed.Length <= 16 + (length / 100), $"{length} bytes of one value packed into {packed.Length}");
    }

    [Theory]
    [InlineData(100)]
    [InlineData(40_000)]
    [InlineData(200_000)]
    public void Random_bytes_are_stored_blocks(int length)
    {
        var bytes = new byte[length];
        new Random(length).NextBytes(bytes);

        var packed = DeflateEncoder.Compress(bytes, 0, bytes.Length);

        Assert.Equal(bytes, Inflate(packed));
        Assert.Equal(0, (packed[0] >> 1) & 3); // BTYPE 00
        Assert.True(packed.Length <= length + 5 + (5 * (length / 10_000)), $"{length} random bytes packed into {packed.Length}");
    }

    [Fact]
    public void Offset_and_count_pick_the_bytes_to_compress()
    {
        var bytes = Encoding.UTF8.GetBytes("0123456789 hello hello hello 0123456789");

        var packed = DeflateEncoder.Compress(bytes, 11, 17);

        Assert.Equal(bytes.AsSpan(11, 17).ToArray(), Inflate(packed));
    }

    [Fact]
    public void The_repository_guides_inflate_to_themselves()
    {
        foreach (var guide in Repository.ContentGuides())
        {
            var bytes = Encoding.UTF8.GetBytes(guide.Text.ToString());
            Assert.Equal(bytes, Inflate(DeflateEncoder.Compress(bytes, 0, bytes.Length)));
        }
    }

    /// <summary>
    /// What DeflateStream (CompressionLevel.Optimal, .NET 10's zlib-ng) made of the 200 varied guides below when this test
    /// was written (2026-12-07): a fixed figure, so that the test does not depend on the zlib of the machine it runs on.
    /// The side-by-side comparison with the host's DeflateStream is bench/Guides.Benchmarks' PackedSize.
    /// </summary>
    private const long DeflateStreamOptimalBytes = 674_772;

    [Fact]
    public void Corpus_guides_compress_within_two_percent_of_DeflateStream_optimal()
    {
        long ours = 0;
        foreach (var guide in GuideCorpus.GenerateVaried(200))
        {
            var bytes = Encoding.UTF8.GetBytes(guide.Text);
            var packed = DeflateEncoder.Compress(bytes, 0, bytes.Length);
            Assert.Equal(bytes, Inflate(packed));
            ours += packed.Length;
        }

        Assert.True(ours <= DeflateStreamOptimalBytes * 1.02, $"ours {ours} bytes, DeflateStream {DeflateStreamOptimalBytes} when it was measured");
    }

    [Fact]
    public void Text_longer_than_65535_bytes_spans_blocks_and_inflates_to_itself()
    {
        var text = Encoding.UTF8.GetBytes(string.Concat(GuideCorpus.GenerateVaried(60).Select(g => g.Text)));
        Assert.True(text.Length > 300_000);

        var packed = DeflateEncoder.Compress(text, 0, text.Length);

        Assert.Equal(text, Inflate(packed));
        Assert.True(packed.Length < text.Length / 2);
    }

    [Fact]
    public void A_match_reaches_back_exactly_32768_bytes()
    {
        // 32 KB of random bytes twice: the second copy's only matches are 32,768 bytes back, the window's far end.
        var block = new byte[32_768];
        new Random(32_768).NextBytes(block);
        var twice = block.Concat(block).ToArray();

        var packed = DeflateEncoder.Compress(twice, 0, twice.Length);

        Assert.Equal(twice, Inflate(packed));
        Assert.True(packed.Length < 32_768 + 1_000, $"packed into {packed.Length} bytes: the second copy was not matched");
    }

    [Fact]
    public void Seeded_random_inputs_of_many_sizes_inflate_to_themselves()
    {
        var random = new Random(1951);
        for (var round = 0; round < 300; round++)
        {
            var length = round < 100 ? round : random.Next(0, round < 280 ? 5_000 : 150_000);
            var bytes = RandomInput(random, length);

            var packed = DeflateEncoder.Compress(bytes, 0, bytes.Length);

            Assert.Equal(bytes, Inflate(packed));
        }
    }

    [Fact]
    public void Skewed_byte_frequencies_need_length_limited_codes_and_still_inflate()
    {
        // Fibonacci frequencies: an unlimited Huffman code would be 24 bits deep; Deflate allows 15.
        var random = new Random(15);
        var bytes = new List<byte>();
        long a = 1, b = 1;
        for (var symbol = 0; symbol < 26; symbol++)
        {
            for (var i = 0; i < a; i++)
            {
                bytes.Add((byte)(symbol * 7));
            }

            (a, b) = (b, a + b);
        }

        var shuffled = bytes.OrderBy(_ => random.Next()).ToArray();

        Assert.Equal(shuffled, Inflate(DeflateEncoder.Compress(shuffled, 0, shuffled.Length)));
    }

    [Fact]
    public void Package_merge_lengths_respect_the_limit_and_make_a_complete_code()
    {
        var frequencies = new int[30];
        int a = 1, b = 1;
        for (var i = 0; i < frequencies.Length; i++)
        {
            frequencies[i] = a;
            (a, b) = (b, a + b);
        }

        foreach (var (count, limit) in new[] { (30, 15), (19, 7), (2, 15) })
        {
            var lengths = new byte[count];
            DeflateEncoder.HuffmanLengths(frequencies, count, limit, lengths);

            Assert.All(lengths, length => Assert.InRange(length, 1, limit));
            Assert.Equal(1.0, lengths.Sum(length => Math.Pow(2, -length)), 12); // Kraft: complete
        }

        // One used symbol still gets a bit, and a second (unused) one completes the code.
        var single = new byte[30];
        DeflateEncoder.HuffmanLengths([0, 0, 5, .. new int[27]], 30, 15, single);
        Assert.Equal(2, single.Count(length => length == 1));
        Assert.Equal(1, single[2]);
    }

    [Fact]
    public void Compressing_twice_gives_the_same_bytes()
    {
        var text = Encoding.UTF8.GetBytes(string.Concat(GuideCorpus.GenerateVaried(10).Select(g => g.Text)));
        var dictionary = PackingDictionary.Build(GuideCorpus.GenerateVaried(30).Select(g => g.Text));

        Assert.Equal(DeflateEncoder.Compress(text, 0, text.Length), DeflateEncoder.Compress(text, 0, text.Length));
        Assert.Equal(DeflateEncoder.Compress(text, 0, text.Length, dictionary), DeflateEncoder.Compress(text, 0, text.Length, dictionary));
        Assert.Equal(DeflateEncoder.Compress(text, 0, text.Length, dictionary), DeflateEncoder.Compress(text, 0, text.Length, new DeflateEncoder.PresetDictionary(dictionary)));
    }

    [Fact]
    public void With_a_dictionary_guides_inflate_after_the_dictionary()
    {
        var guides = GuideCorpus.GenerateVaried(40).Select(g => g.Text).ToArray();
        var dictionary = PackingDictionary.Build(guides.Take(20));
        var prepared = new DeflateEncoder.PresetDictionary(dictionary);
        long with = 0, without = 0;
        foreach (var text in guides.Concat(Repository.ContentGuides().Select(g => g.Text.ToString())))
        {
            var bytes = Encoding.UTF8.GetBytes(text);
            var packed = DeflateEncoder.Compress(bytes, 0, bytes.Length, prepared);

            Assert.Equal(bytes, InflateAfter(dictionary, packed));
            with += packed.Length;
            without += DeflateEncoder.Compress(bytes, 0, bytes.Length).Length;
        }

        Assert.True(with < without * 0.9, $"with the dictionary {with} bytes, without {without}");
    }

    [Fact]
    public void Text_that_repeats_the_dictionary_is_matches_into_it()
    {
        var dictionary = Encoding.UTF8.GetBytes(string.Concat(GuideCorpus.GenerateVaried(8).Select(g => g.Text)))[..30_000];
        var text = dictionary.AsSpan(5_000, 20_000).ToArray();

        var with = DeflateEncoder.Compress(text, 0, text.Length, dictionary);
        var without = DeflateEncoder.Compress(text, 0, text.Length);

        Assert.Equal(text, InflateAfter(dictionary, with));
        Assert.True(with.Length * 20 < without.Length, $"with the dictionary {with.Length} bytes, without {without.Length}");
    }

    [Fact]
    public void A_match_reaches_exactly_32768_bytes_back_into_the_dictionary()
    {
        var dictionary = new byte[32_768];
        new Random(7).NextBytes(dictionary);

        var packed = DeflateEncoder.Compress(dictionary, 0, dictionary.Length, dictionary);

        Assert.Equal(dictionary, InflateAfter(dictionary, packed));
        Assert.True(packed.Length < 1_000, $"packed into {packed.Length} bytes: the dictionary was not matched");
    }

    [Fact]
    public void Only_the_last_32768_bytes_of_a_longer_dictionary_count()
    {
        var random = new Random(3);
        var dictionary = new byte[50_000];
        random.NextBytes(dictionary);
        var text = dictionary.AsSpan(10_000, 5_000).ToArray().Concat(dictionary.AsSpan(30_000, 5_000).ToArray()).ToArray();
        var last = dictionary.AsSpan(dictionary.Length - 32_768).ToArray();

        var packed = DeflateEncoder.Compress(text, 0, text.Length, dictionary);

        Assert.Equal(packed, DeflateEncoder.Compress(text, 0, text.Length, last));
        Assert.Equal(text, InflateAfter(last, packed));
    }

    [Fact]
    public void Seeded_random_inputs_and_dictionaries_inflate_after_the_dictionary()
    {
        var random = new Random(1950);
        for (var round = 0; round < 150; round++)
        {
            var dictionary = RandomInput(random, random.Next(0, round % 10 == 0 ? 40_000 : 3_000));
            byte[] bytes = random.Next(2) == 0
                ? RandomInput(random, random.Next(0, 4_000))
                : [.. dictionary.Skip(random.Next(0, dictionary.Length + 1)).Take(random.Next(0, 600)), .. RandomInput(random, random.Next(0, 600))];

            var packed = DeflateEncoder.Compress(bytes, 0, bytes.Length, dictionary);

            Assert.Equal(bytes, InflateAfter(dictionary.Length > 32_768 ? dictionary[^32_768..] : dictionary, packed));
        }
    }

    [Fact]
    public void The_dictionary_is_the_same_whatever_order_the_texts_come_in()
    {
        var texts = GuideCorpus.GenerateVaried(30).Select(g => g.Text).ToArray();

        var forward = PackingDictionary.Build(texts);
        var backward = PackingDictionary.Build(texts.Reverse());
        var shuffled = PackingDictionary.Build(texts.OrderBy(t => t.GetHashCode(StringComparison.Ordinal)));

        Assert.Equal(forward, backward);
        Assert.Equal(forward, shuffled);
        Assert.InRange(forward.Length, 1_000, 32_768);
    }

    [Fact]
    public void The_dictionary_fits_its_size_and_ends_with_its_most_valuable_word()
    {
        string[] texts = ["the the the the cat sat", "the\tdog\nsat on the mat, the end. once", "dog dog ünïcode ünïcode"];

        var dictionary = Encoding.UTF8.GetString(PackingDictionary.Build(texts));

        // the: 7 × 3 = 21; dog: 3 × 3 = 9; ünïcode: 2 × 9 bytes = 18; sat: 2 × 3 = 6; words seen once are left out.
        Assert.Equal("sat dog ünïcode the ", dictionary);
        Assert.Equal("ünïcode the ", Encoding.UTF8.GetString(PackingDictionary.Build(texts, maxBytes: 14)));
        Assert.Empty(PackingDictionary.Build(texts, maxBytes: 3));

        var large = PackingDictionary.Build(GuideCorpus.GenerateVaried(50).Select(g => g.Text), maxBytes: 5_000);
        Assert.InRange(large.Length, 4_900, 5_000);
        Assert.Equal((byte)' ', large[^1]);
    }

    private static byte[] RandomInput(Random random, int length)
    {
        // Bytes from an alphabet of 2 to 256 values, with copies of earlier stretches (matches near and far).
        var alphabet = random.Next(2, 257);
        var bytes = new byte[length];
        var i = 0;
        while (i < length)
        {
            if (i > 10 && random.Next(3) == 0)
            {
                var from = random.Next(Math.Max(0, i - 40_000), i);
                var count = Math.Min(random.Next(1, 300), length - i);
                for (var k = 0; k < count; k++)
                {
                    bytes[i + k] = bytes[from + k];
                }

                i += count;
            }
            else
            {
                bytes[i++] = (byte)random.Next(alphabet);
            }
        }

        return bytes;
    }

    private static byte[] Inflate(byte[] packed) => InflateAfter([], packed);

    /// <summary>
    /// DeflateStream's inflation of a non-final stored block holding <paramref name="dictionary"/> (RFC 1951, 3.2.4: a
    /// byte 0x00 for BFINAL 0 and BTYPE 00, then LEN and NLEN, little-endian) and then <paramref name="packed"/>,
    /// less the dictionary it starts with.
    /// </summary>
    private static byte[] InflateAfter(byte[] dictionary, byte[] packed)
    {
        Assert.InRange(dictionary.Length, 0, 65_535);
        var stream = new MemoryStream();
        if (dictionary.Length > 0)
        {
            stream.Write([0x00, (byte)dictionary.Length, (byte)(dictionary.Length >> 8), (byte)~dictionary.Length, (byte)(~dictionary.Length >> 8)]);
            stream.Write(dictionary);
        }

        stream.Write(packed);
        stream.Position = 0;
        var output = new MemoryStream();
        using (var inflate = new DeflateStream(stream, CompressionMode.Decompress))
        {
            inflate.CopyTo(output);
        }

        var inflated = output.ToArray();
        Assert.Equal(dictionary, inflated.AsSpan(0, Math.Min(dictionary.Length, inflated.Length)).ToArray());
        return inflated[dictionary.Length..];
    }
}
