using System.IO.Compression;
using System.Text;
using CsCheck;
using Guides.Corpus;

namespace Guides.Generator.Tests;

/// <summary>
/// The runtime's own Deflate decoder (RFC 1951), reading the packed bytes 7 bits a byte: checked against an independent
/// encoder (System.IO.Compression's DeflateStream, zlib), against streams written by hand from the RFC, and on damaged
/// input, which must be an <see cref="InvalidDataException"/> and nothing else.
/// </summary>
public sealed class InflaterTests
{
    private static readonly CompressionLevel[] s_levels = [CompressionLevel.Optimal, CompressionLevel.Fastest, CompressionLevel.SmallestSize, CompressionLevel.NoCompression];

    public static IEnumerable<object[]> Inputs =>
        new[] { "empty", "one byte", "random", "text", "run", "runs and random", "varied prose", "far repeat", "all bytes" }.Select(name => new object[] { name });

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Inflates_what_DeflateStream_deflates_at_every_level(string name)
    {
        var bytes = Input(name);
        foreach (var level in s_levels)
        {
            Assert.Equal(bytes, Inflate(Deflate(bytes, level), bytes.Length));
        }
    }

    [Fact]
    public void Matches_reach_back_into_a_preset_dictionary()
    {
        var guides = GuideCorpus.GenerateVaried(12).Select(g => g.Text).ToArray();
        var dictionary = Guides.Generator.Emit.PackingDictionary.Build(guides.Skip(2), 8192);
        var text = Encoding.UTF8.GetBytes(guides[0] + guides[1]);

        var with = PackedText.Pack(text, 0, text.Length, new Guides.Generator.Emit.DeflateEncoder.PresetDictionary(dictionary));
        var without = PackedText.Pack(text, 0, text.Length);

        Assert.True(with.Length < without.Length * 0.95, $"{with.Length} packed characters with the dictionary, {without.Length} without");
        Assert.Equal(text, PackedText.Unpack(Encoding.ASCII.GetBytes(with), text.Length, dictionary));
        // Without its dictionary the stream reaches back before its start: an error, never other bytes.
        Assert.Throws<InvalidDataException>(() => PackedText.Unpack(Encoding.ASCII.GetBytes(with), text.Length));
        // Another dictionary of the same length gives other bytes: the dictionary is part of the data, as its length is.
        var other = dictionary.Reverse().ToArray();
        var read = Record.Exception(() => Assert.NotEqual(text, PackedText.Unpack(Encoding.ASCII.GetBytes(with), text.Length, other)));
        Assert.True(read is null or InvalidDataException, read?.ToString());
    }

    [Fact]
    public void Inflates_what_DeflateStream_deflates_for_any_bytes()
    {
        // Text-like bytes from a small alphabet (matches, dynamic codes), any bytes (stored blocks), and both mixed.
        var gen = Gen.Frequency(
                (2, Gen.Byte.Array[0, 70_000]),
                (3, Gen.Byte[(byte)'a', (byte)'h'].Array[0, 70_000]),
                (2, Gen.Select(Gen.Byte.Array[0, 3_000], Gen.Int[1, 40], (chunk, times) => Enumerable.Repeat(chunk, times).SelectMany(c => c).ToArray())))
            .Select(Gen.OneOfConst(s_levels), (bytes, level) => (bytes, level));
        gen.Sample(
            sample => Assert.Equal(sample.bytes, Inflate(Deflate(sample.bytes, sample.level), sample.bytes.Length)),
            iter: 60,
            threads: 1);
    }

    [Fact]
    public void Inflates_stored_blocks_that_start_at_any_bit()
    {
        // Random bytes: stored blocks of 16 KB or so, some after Huffman-coded ones, their headers at any bit of the
        // 7-bit bytes (a stored block's header once left fewer bits than its padding in the reader).
        foreach (var level in s_levels)
        {
            for (var length = 1; length < 140_000; length += 3_331)
            {
                var bytes = new byte[length];
                new Random(length).NextBytes(bytes);
                Assert.Equal(bytes, Inflate(Deflate(bytes, level), length));
            }
        }
    }

    [Fact]
    public void Decodes_a_stored_block_written_from_the_RFC()
    {
        // BFINAL 1, BTYPE 00, padding to the byte; LEN 5 and NLEN ~5, little-endian; then the 5 bytes as they are.
        byte[] stream = [0x01, 0x05, 0x00, 0xFA, 0xFF, (byte)'H', (byte)'e', (byte)'l', (byte)'l', (byte)'o'];

        Assert.Equal("Hello"u8.ToArray(), Inflate(stream, 5));
    }

    [Fact]
    public void Decodes_fixed_Huffman_streams_written_from_the_RFC()
    {
        // "a": BFINAL 1, BTYPE 01 (bits 1, 1, 0), 'a' = 0x30 + 0x61 in 8 bits (10010001, first bit first), end of block
        // 256 = 0000000: bits 1101 0010 | 0010 0000 | 00, bytes filled from their lowest bit.
        Assert.Equal("a"u8.ToArray(), Inflate([0x4B, 0x04, 0x00], 1));

        // "aaaaaaaaaa": 'a', then length 9 (code 263 = 0000111) at distance 1 (code 0 = 00000), then end of block.
        Assert.Equal("aaaaaaaaaa"u8.ToArray(), Inflate([0x4B, 0x84, 0x03, 0x00], 10));
    }

    [Fact]
    public void Decodes_the_longest_match_at_the_farthest_distance()
    {
        // zlib never looks back the whole 32 KB window (262 bytes short of it): written by hand with the fixed codes.
        var random = new byte[32_768];
        new Random(7).NextBytes(random);
        var writer = new FixedHuffmanWriter();
        foreach (var b in random)
        {
            writer.Literal(b);
        }

        writer.Match(258, 32_768);
        writer.Match(3, 1);
        writer.EndOfBlock();

        var expected = random.Concat(random.Take(258)).Concat(Enumerable.Repeat(random[257], 3)).ToArray();
        Assert.Equal(expected, Inflate(writer.ToArray(), expected.Length));
    }

    [Fact]
    public void Blocks_of_every_kind_follow_one_another()
    {
        // A stored block (not final); DeflateStream's dynamic blocks up to a flush, which ends them with an empty stored
        // block on a byte; then a final block with the fixed codes.
        byte[] stored = [0x00, 0x02, 0x00, 0xFD, 0xFF, (byte)'o', (byte)'k'];
        var text = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("Une étape, puis une autre. ", 200)));
        using var buffer = new MemoryStream();
        using var deflate = new DeflateStream(buffer, CompressionLevel.Optimal);
        deflate.Write(text);
        deflate.Flush();
        var flushed = buffer.ToArray();
        var writer = new FixedHuffmanWriter();
        writer.Literal((byte)'x');
        writer.Match(4, 1);
        writer.EndOfBlock();
        var stream = stored.Concat(flushed).Concat(writer.ToArray()).ToArray();

        Assert.Equal("ok"u8.ToArray().Concat(text).Concat("xxxxx"u8.ToArray()).ToArray(), Inflate(stream, 7 + text.Length));
    }

    [Theory]
    [InlineData("text")]
    [InlineData("random")]
    [InlineData("run")]
    public void A_stream_cut_short_is_an_error(string name)
    {
        var bytes = Input(name);
        var packed = Seven(Deflate(bytes, CompressionLevel.Optimal));
        for (var cut = 0; cut < packed.Length; cut += Math.Max(1, packed.Length / 300))
        {
            Assert.Throws<InvalidDataException>(() => Unpack(packed[..cut], bytes.Length));
        }

        Assert.Throws<InvalidDataException>(() => Unpack(packed[..^1], bytes.Length));
    }

    [Theory]
    [InlineData("text")]
    [InlineData("random")]
    [InlineData("one byte")]
    public void A_wrong_length_is_an_error(string name)
    {
        var bytes = Input(name);
        var packed = Seven(Deflate(bytes, CompressionLevel.Optimal));

        Assert.Throws<InvalidDataException>(() => Unpack(packed, bytes.Length - 1));
        Assert.Throws<InvalidDataException>(() => Unpack(packed, bytes.Length + 1));
        Assert.Throws<InvalidDataException>(() => Unpack(packed, 0));
    }

    [Theory]
    [InlineData("text")]
    [InlineData("random")]
    [InlineData("run")]
    [InlineData("varied prose")]
    public void A_flipped_bit_is_an_error_or_at_worst_other_bytes_of_the_same_length(string name)
    {
        // Deflate has no checksum: a literal damaged into another literal of the same code length cannot be seen. Any
        // other damage must be an InvalidDataException, never another exception, a hang, or a different length.
        var bytes = Input(name);
        var packed = Seven(Deflate(bytes, CompressionLevel.Optimal));
        var detected = 0;
        var tried = 0;
        for (var bit = 0; bit < packed.Length * 8; bit += Math.Max(1, packed.Length * 8 / 2_000))
        {
            var damaged = (byte[])packed.Clone();
            damaged[bit / 8] ^= (byte)(1 << (bit % 8));
            tried++;
            try
            {
                Assert.Equal(bytes.Length, Unpack(damaged, bytes.Length).Length);
                Assert.True(bit % 8 != 7, "a byte above 0x7F was read");
            }
            catch (InvalidDataException)
            {
                detected++;
            }
        }

        // Every high bit is seen (above): an eighth of the flips. In a stored block the others cannot be; in Huffman-coded
        // text, a flip that changes a code's length, or makes a match reach too far, is (some 44 % of all flips).
        Assert.True(detected >= tried / 8, detected + " of " + tried);
        if (name != "random")
        {
            Assert.True(detected > tried / 3, detected + " of " + tried);
        }
    }

    [Fact]
    public void Damage_to_the_structure_is_an_error()
    {
        // The reserved block type 3.
        AssertDamaged([0x07, 0x00], 0);
        // A stored block whose NLEN is not the complement of LEN.
        AssertDamaged([0x01, 0x05, 0x00, 0xFB, 0xFF, 1, 2, 3, 4, 5], 5);
        // A fixed block's match before the first byte: length 3 (code 257 = 0000001) at distance 1.
        var writer = new FixedHuffmanWriter();
        writer.Match(3, 1);
        writer.EndOfBlock();
        AssertDamaged(writer.ToArray(), 3);
        // The fixed code 286, which is no length.
        writer = new FixedHuffmanWriter();
        writer.Literal((byte)'a');
        writer.Code(0b11000110, 8); // 280 + 6
        writer.EndOfBlock();
        AssertDamaged(writer.ToArray(), 4);
        // A final block that does not end the input.
        AssertDamaged([0x4B, 0x04, 0x00, 0x00, 0x00], 1);
        // Bits set after the final block's end.
        AssertDamaged([0x4B, 0x04, 0x04], 1);
        // A dynamic block whose code length code is over-subscribed: HLIT 0, HDIST 0, HCLEN 0 (4 lengths), all 1 bit.
        AssertDamaged(Bits((1, 1), (2, 2), (0, 5), (0, 5), (0, 4), (1, 3), (1, 3), (1, 3), (1, 3)), 1);
        // A dynamic block whose code length code is incomplete: one code of 1 bit.
        AssertDamaged(Bits((1, 1), (2, 2), (0, 5), (0, 5), (0, 4), (1, 3), (0, 3), (0, 3), (0, 3)), 1);
        // A byte above 0x7F in the packed bytes.
        var packed = Seven([0x4B, 0x04, 0x00]);
        packed[0] |= 0x80;
        Assert.Throws<InvalidDataException>(() => Unpack(packed, 1));
    }

    [Fact]
    public void A_dynamic_block_with_only_its_end_of_block_code_and_no_distance_code_is_empty()
    {
        // HLIT 257, HDIST 1, HCLEN 18: code length codes 0 and 1 of 1 bit each (code 0 = '0', code 1 = '1'); then 256 zero
        // lengths, a length of 1 for the end-of-block code, and a zero length for the one distance code; then the
        // end-of-block code '0'. A single code of 1 bit, and no distance code, as zlib allows.
        var writer = new BitWriter();
        writer.Write(1, 1).Write(2, 2).Write(0, 5).Write(0, 5).Write(14, 4);
        // The order 16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1: 0 and 1 have length 1.
        foreach (var symbol in new[] { 16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1 })
        {
            writer.Write(symbol is 0 or 1 ? 1u : 0u, 3);
        }

        for (var i = 0; i < 256; i++)
        {
            writer.Write(0, 1);
        }

        writer.Write(1, 1).Write(0, 1);
        writer.Write(0, 1); // end of block: the one code of 1 bit
        Assert.Empty(Inflate(writer.ToArray(), 0));
    }

    [Fact]
    public void Seven_bit_packing_writes_every_bit_7_a_byte_lowest_first()
    {
        Gen.Byte.Array[0, 300].Sample(
            bytes =>
            {
                var text = PackedText.ToSevenBit(bytes, bytes.Length);

                Assert.Equal(((bytes.Length * 8) + 6) / 7, text.Length);
                Assert.All(text, c => Assert.True(c < 0x80));
                // Read back independently: bit i of the input is bit (i % 7) of character i / 7.
                var back = new byte[bytes.Length];
                for (var i = 0; i < bytes.Length * 8; i++)
                {
                    back[i / 8] |= (byte)(((text[i / 7] >> (i % 7)) & 1) << (i % 8));
                }

                Assert.Equal(bytes, back);
                // And the padding is zero.
                Assert.Equal(0, text.Length == 0 ? 0 : text[^1] >> ((bytes.Length * 8) - ((text.Length - 1) * 7)));
            },
            iter: 500,
            threads: 1);
    }

    /// <summary>The bits of a stream, each (value, count) written first bit lowest.</summary>
    private static byte[] Bits(params (uint Value, int Count)[] fields)
    {
        var writer = new BitWriter();
        foreach (var (value, count) in fields)
        {
            writer.Write(value, count);
        }

        return writer.ToArray();
    }

    private static void AssertDamaged(byte[] deflate, int length) =>
        Assert.Throws<InvalidDataException>(() => Inflate(deflate, length));

    private static byte[] Inflate(byte[] deflate, int length) => Unpack(Seven(deflate), length);

    /// <summary>
    /// Unpacks with both builds of the decoder: the generator's (netstandard2.0, as the tests see PackedText) and the
    /// runtime's that apps get (net8.0, through GuideSearch.Unpack), which must agree, on errors too.
    /// </summary>
    private static byte[] Unpack(byte[] packed, int length)
    {
        var (bytes, error) = Try(() => PackedText.Unpack(packed, length));
        var (runtimeBytes, runtimeError) = Try(() => GuideSearch.Unpack(packed, length));
        Assert.Equal(error?.GetType(), runtimeError?.GetType());
        if (error is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(error);
        }

        Assert.Equal(bytes, runtimeBytes);
        return bytes!;

        static (byte[]? Bytes, Exception? Error) Try(Func<byte[]> unpack)
        {
            try
            {
                return (unpack(), null);
            }
            catch (Exception e)
            {
                return (null, e);
            }
        }
    }

    /// <summary>Deflate bytes as the generator packs them, 7 bits a byte.</summary>
    private static byte[] Seven(byte[] deflate) => PackedText.ToSevenBit(deflate, deflate.Length).Select(c => (byte)c).ToArray();

    private static byte[] Deflate(byte[] bytes, CompressionLevel level)
    {
        using var buffer = new MemoryStream();
        using (var deflate = new DeflateStream(buffer, level, leaveOpen: true))
        {
            deflate.Write(bytes);
        }

        return buffer.ToArray();
    }

    internal static byte[] Input(string name)
    {
        var random = new Random(name.Length);
        switch (name)
        {
            case "empty":
                return [];
            case "one byte":
                return [0x42];
            case "random":
                var bytes = new byte[100_000];
                random.NextBytes(bytes);
                return bytes;
            case "text":
                return Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(0, 3_000).Select(i => "Étape " + i + " : ouvrez le menu « Réglages », puis " + (i * 7 % 13) + ". ")));
            case "run":
                return Enumerable.Repeat((byte)'z', 200_000).ToArray();
            case "runs and random":
                var mixed = new byte[150_000];
                random.NextBytes(mixed);
                for (var i = 0; i < mixed.Length; i += 1_000)
                {
                    mixed.AsSpan(i, Math.Min(400, mixed.Length - i)).Fill((byte)(i / 1_000));
                }

                return mixed;
            case "varied prose":
                return Encoding.UTF8.GetBytes(string.Concat(GuideCorpus.GenerateVaried(3).Select(g => g.Text)));
            case "far repeat":
                // 30 KB of random bytes twice: matches as far back as zlib looks.
                var half = new byte[30_000];
                random.NextBytes(half);
                return half.Concat(half).Concat(half).ToArray();
            case "all bytes":
                return Enumerable.Range(0, 256 * 40).Select(i => (byte)(i * 37 % 256)).ToArray();
            default:
                throw new ArgumentException(name);
        }
    }

    /// <summary>Writes a Deflate stream's bits, first bit lowest, as RFC 1951 (3.1.1) packs them into bytes.</summary>
    private class BitWriter
    {
        private readonly List<byte> _bytes = [];
        private int _bit;

        public BitWriter Write(uint value, int count)
        {
            for (var i = 0; i < count; i++)
            {
                if (_bit == 0)
                {
                    _bytes.Add(0);
                }

                _bytes[^1] |= (byte)(((value >> i) & 1) << _bit);
                _bit = (_bit + 1) % 8;
            }

            return this;
        }

        /// <summary>A Huffman code: its most significant bit first (RFC 1951, 3.1.1).</summary>
        public void Code(uint code, int length)
        {
            for (var i = length - 1; i >= 0; i--)
            {
                Write((code >> i) & 1, 1);
            }
        }

        public byte[] ToArray() => [.. _bytes];
    }

    /// <summary>One block with the fixed Huffman codes (RFC 1951, 3.2.6), written from the RFC's tables.</summary>
    private sealed class FixedHuffmanWriter : BitWriter
    {
        private static readonly int[] s_lengthBases = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258];
        private static readonly int[] s_lengthExtra = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
        private static readonly int[] s_distanceBases = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577];
        private static readonly int[] s_distanceExtra = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];

        public FixedHuffmanWriter(bool final = true) => Write(final ? 1u : 0u, 1).Write(1, 2);

        public void Literal(byte value) => Symbol(value);

        public void EndOfBlock() => Symbol(256);

        public void Match(int length, int distance)
        {
            var l = Array.FindLastIndex(s_lengthBases, b => b <= length);
            Symbol(257 + l);
            Write((uint)(length - s_lengthBases[l]), s_lengthExtra[l]);
            var d = Array.FindLastIndex(s_distanceBases, b => b <= distance);
            Code((uint)d, 5);
            Write((uint)(distance - s_distanceBases[d]), s_distanceExtra[d]);
        }

        private void Symbol(int symbol)
        {
            if (symbol < 144)
            {
                Code((uint)(0x30 + symbol), 8);
            }
            else if (symbol < 256)
            {
                Code((uint)(0x190 + symbol - 144), 9);
            }
            else if (symbol < 280)
            {
                Code((uint)(symbol - 256), 7);
            }
            else
            {
                Code((uint)(0xC0 + symbol - 280), 8);
            }
        }
    }
}
