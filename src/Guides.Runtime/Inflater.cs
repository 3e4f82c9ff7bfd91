using System;
#if NET
using System.Buffers.Binary;
#endif
using System.IO;
using System.Runtime.CompilerServices;

namespace Guides
{
    /// <summary>
    /// Deflate (RFC 1951) decoding of a stream written 7 bits a byte (<see cref="PackedText"/>): byte <c>k</c> holds bits
    /// <c>7k</c> to <c>7k + 6</c> of the Deflate stream, its high bit clear. Managed code only (no zlib, no
    /// <c>DeflateStream</c>), no copy of the input: the bit reader takes 7 bits from each byte. Huffman codes are decoded
    /// through tables: one look-up of the next 10 bits (8 for distances), and a second one for the rare longer codes.
    /// </summary>
    /// <remarks>
    /// The output's length is known, and the stream must make exactly that many bytes, end with its final block within
    /// the last bits of the input, and have only zero bits after it: anything else, a byte with its high bit set, a code
    /// that the stream's Huffman codes do not have, a match reaching before the start, is an
    /// <see cref="InvalidDataException"/>. Deflate has no checksum: a damaged literal that still decodes as another literal
    /// (same code length) cannot be told from the right one.
    /// </remarks>
    internal static class Inflater
    {
        // A decoding table's entry: bits 0-3 the code's length (bits to drop), bits 4-7 the extra bits that follow the
        // code (or, for a link to a second-level table, how many bits index it), bits 8-10 the kind, bits 16-31 the value
        // (a literal byte, a length or distance base, the symbol of a code length code, the second-level table's start).
        private const int KindShift = 8;
        private const int KindMask = 7 << KindShift;
        private const int Literal = 0 << KindShift;
        private const int Match = 1 << KindShift;
        private const int EndOfBlock = 2 << KindShift;
        private const int Link = 3 << KindShift;
        private const int Invalid = 4 << KindShift;

        private const int LiteralBits = 10;
        private const int DistanceBits = 8;
        private const int CodeLengthBits = 7;

        // Complete codes need at most this much: the first level, and second levels of at most 2^5 entries for at least
        // 6 codes (literals and lengths, 288 codes) or 2^7 for at least 8 (distances, 32 codes). Checked as tables are built.
        private const int LiteralTableSize = (1 << LiteralBits) + (288 / 6 * 32);
        private const int DistanceTableSize = (1 << DistanceBits) + (32 / 8 * 128);

        private const int MaxCodeLength = 15;

        private static readonly byte[] s_codeLengthOrder = { 16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15 };

        private static readonly int[] s_literalSymbols = LiteralSymbols();
        private static readonly int[] s_distanceSymbols = DistanceSymbols();
        private static readonly int[] s_codeLengthSymbols = CodeLengthSymbols();
        private static readonly byte[] s_reversed = Reversed();

        private static Tables? s_fixed;

        [ThreadStatic]
        private static Tables? t_dynamic;

        /// <summary>
        /// Inflates the Deflate stream written 7 bits a byte in <paramref name="input"/> into exactly
        /// <paramref name="length"/> bytes.
        /// </summary>
        /// <exception cref="InvalidDataException">The input is no Deflate stream of <paramref name="length"/> bytes.</exception>
        public static byte[] Inflate(byte[] input, int length)
        {
            if (input is null) throw new ArgumentNullException(nameof(input));
            if (length < 0) throw new ArgumentOutOfRangeException(nameof(length));

            var output = new byte[length];
            if (input.Length == 0 && length == 0)
            {
                // What DeflateStream writes for no bytes: nothing at all.
                return output;
            }

            InflateInto(input, output, 0);
            return output;
        }

        /// <summary>
        /// Inflates the Deflate stream written 7 bits a byte in <paramref name="input"/> into exactly
        /// <paramref name="length"/> bytes, its matches reaching back into <paramref name="dictionary"/> as if it had been
        /// inflated just before (zlib's preset dictionary; the generator's encoder writes such streams).
        /// </summary>
        /// <exception cref="InvalidDataException">The input is no Deflate stream of <paramref name="length"/> bytes after that dictionary.</exception>
        public static byte[] Inflate(byte[] input, int length, byte[] dictionary)
        {
            if (dictionary is null) throw new ArgumentNullException(nameof(dictionary));
            if (dictionary.Length == 0)
            {
                return Inflate(input, length);
            }

            if (input is null) throw new ArgumentNullException(nameof(input));
            if (length < 0) throw new ArgumentOutOfRangeException(nameof(length));
            var window = new byte[dictionary.Length + length];
            Array.Copy(dictionary, window, dictionary.Length);
            return AfterDictionary(input, window, dictionary.Length);
        }

#if NET
        /// <inheritdoc cref="Inflate(byte[], int, byte[])"/>
        public static byte[] Inflate(byte[] input, int length, ReadOnlySpan<byte> dictionary)
        {
            if (dictionary.IsEmpty)
            {
                return Inflate(input, length);
            }

            if (input is null) throw new ArgumentNullException(nameof(input));
            if (length < 0) throw new ArgumentOutOfRangeException(nameof(length));
            var window = new byte[dictionary.Length + length];
            dictionary.CopyTo(window);
            return AfterDictionary(input, window, dictionary.Length);
        }
#endif

        /// <summary>The text inflated after the dictionary that fills the first <paramref name="start"/> bytes of <paramref name="window"/>: matches reach back into it as into text already written.</summary>
        private static byte[] AfterDictionary(byte[] input, byte[] window, int start)
        {
            InflateInto(input, window, start);
            var output = new byte[window.Length - start];
            Array.Copy(window, start, output, 0, output.Length);
            return output;
        }

        /// <summary>Inflates <paramref name="input"/> into <paramref name="output"/> from <paramref name="start"/> to its end, exactly.</summary>
        private static void InflateInto(byte[] input, byte[] output, int start)
        {
            var reader = new BitReader(input);
            var at = start;
            Tables? dynamic = null;
            bool final;
            do
            {
                final = reader.Bits(1) != 0;
                switch (reader.Bits(2))
                {
                    case 0:
                        at = Stored(ref reader, output, at);
                        break;
                    case 1:
                        at = Decode(ref reader, output, at, Fixed());
                        break;
                    case 2:
                        dynamic ??= t_dynamic ?? new Tables();
                        t_dynamic = null; // Not shared with a nested call on this thread (there is none) while in use.
                        ReadCodes(ref reader, dynamic);
                        at = Decode(ref reader, output, at, dynamic);
                        break;
                    default:
                        throw Damaged("a block of the reserved type 3");
                }
            }
            while (!final);

            if (dynamic is not null)
            {
                t_dynamic = dynamic;
            }

            if (at != output.Length)
            {
                throw Damaged("its " + (at - start) + " bytes instead of " + (output.Length - start));
            }

            reader.CheckEnd();
        }

        /// <summary>A stored block: its length, the one's complement of its length, then that many bytes as they are.</summary>
        private static int Stored(ref BitReader reader, byte[] output, int at)
        {
            reader.AlignToByte();
            var length = (int)reader.Bits(16);
            var complement = (int)reader.Bits(16);
            if ((length ^ 0xFFFF) != complement)
            {
                throw Damaged("a stored block whose length is not followed by its complement");
            }

            if (length > output.Length - at)
            {
                throw TooLong(output.Length);
            }

            for (var end = at + length; at < end; at++)
            {
                output[at] = (byte)reader.Bits(8);
            }

            return at;
        }

        /// <summary>The literal and length, and the distance, codes of a block with dynamic Huffman codes.</summary>
        private static void ReadCodes(ref BitReader reader, Tables tables)
        {
            var literalCount = (int)reader.Bits(5) + 257;
            var distanceCount = (int)reader.Bits(5) + 1;
            var codeLengthCount = (int)reader.Bits(4) + 4;
            if (literalCount > 286 || distanceCount > 30)
            {
                throw Damaged("too many literal, length or distance codes");
            }

            var lengths = tables.Lengths;
            Array.Clear(lengths, 0, 19);
            for (var i = 0; i < codeLengthCount; i++)
            {
                lengths[s_codeLengthOrder[i]] = (byte)reader.Bits(3);
            }

            Build(lengths, 0, 19, s_codeLengthSymbols, tables.CodeLengths, CodeLengthBits, tables, Completeness.Complete);

            var codeLengths = tables.CodeLengths;
            var total = literalCount + distanceCount;
            for (var i = 0; i < total;)
            {
                reader.Need(MaxCodeLength);
                var entry = codeLengths[reader.Peek(CodeLengthBits)];
                reader.Drop(entry & 15);
                var symbol = entry >> 16;
                if (symbol < 16)
                {
                    lengths[i++] = (byte)symbol;
                    continue;
                }

                int repeat;
                byte value = 0;
                if (symbol == 16)
                {
                    if (i == 0)
                    {
                        throw Damaged("a code length repeated before any");
                    }

                    value = lengths[i - 1];
                    repeat = 3 + (int)reader.Bits(2);
                }
                else if (symbol == 17)
                {
                    repeat = 3 + (int)reader.Bits(3);
                }
                else
                {
                    repeat = 11 + (int)reader.Bits(7);
                }

                if (repeat > total - i)
                {
                    throw Damaged("code lengths repeated past the last code");
                }

                for (; repeat > 0; repeat--)
                {
                    lengths[i++] = value;
                }
            }

            if (lengths[256] == 0)
            {
                throw Damaged("a block with no end-of-block code");
            }

            Build(lengths, 0, literalCount, s_literalSymbols, tables.Literals, LiteralBits, tables, Completeness.OneCodeOfOneBit);
            Build(lengths, literalCount, distanceCount, s_distanceSymbols, tables.Distances, DistanceBits, tables, Completeness.OneCodeOfOneBitOrNone);
        }

        /// <summary>The Huffman-coded data of a block, up to its end-of-block code.</summary>
        private static int Decode(ref BitReader reader, byte[] output, int at, Tables tables)
        {
            var literals = tables.Literals;
            var distances = tables.Distances;
            var input = reader.Input;
            var position = reader.Position;
            var bits = reader.Buffer;
            var count = reader.Count;
            var lastWord = input.Length - 8;

            // The bits above count in the buffer are either zero or the stream's next bits, already read: a refill ORs
            // the same bits there again.
            while (true)
            {
                // At least 32 bits: a literal or length code (15 bits) and its extra bits (5), or two literals.
                if (count < 32)
                {
                    // 8 bytes at once, their 7-bit groups side by side: 56 bits, of which the whole bytes that fit.
                    var word = BitConverter.IsLittleEndian && position <= lastWord ? BitConverter.ToUInt64(input, position) : Word(input, position);
                    if ((word & 0x8080808080808080UL) != 0)
                    {
                        throw Damaged("a byte with its high bit set");
                    }

                    word = (word & 0x007F007F007F007FUL) | ((word >> 1) & 0x3F803F803F803F80UL);
                    word = (word & 0x00003FFF00003FFFUL) | ((word >> 2) & 0x0FFFC0000FFFC000UL);
                    word = (word & 0x000000000FFFFFFFUL) | ((word >> 4) & 0x00FFFFFFF0000000UL);
                    bits |= word << count;
                    var taken = (62 - count) / 7;
                    position += taken;
                    count += taken * 7;
                    if (position > input.Length)
                    {
                        reader.Update(position, bits, count, 0);
                    }
                }

                var entry = literals[(int)bits & ((1 << LiteralBits) - 1)];
                if ((entry & KindMask) == Literal)
                {
                    // A literal, and often the next one too (at least 17 bits are left for it).
                    if ((uint)at >= (uint)output.Length)
                    {
                        throw TooLong(output.Length);
                    }

                    output[at++] = (byte)(entry >> 16);
                    bits >>= entry & 15;
                    count -= entry & 15;
                    entry = literals[(int)bits & ((1 << LiteralBits) - 1)];
                    if ((entry & KindMask) == Literal)
                    {
                        if ((uint)at >= (uint)output.Length)
                        {
                            throw TooLong(output.Length);
                        }

                        output[at++] = (byte)(entry >> 16);
                        bits >>= entry & 15;
                        count -= entry & 15;
                    }

                    continue;
                }

                if ((entry & KindMask) == Link)
                {
                    entry = literals[(entry >> 16) + ((int)(bits >> LiteralBits) & ((1 << ((entry >> 4) & 15)) - 1))];
                }

                var codeLength = entry & 15;
                bits >>= codeLength;
                count -= codeLength;
                var kind = entry & KindMask;
                if (kind == Literal)
                {
                    if ((uint)at >= (uint)output.Length)
                    {
                        throw TooLong(output.Length);
                    }

                    output[at++] = (byte)(entry >> 16);
                    continue;
                }

                if (kind != Match)
                {
                    if (kind == EndOfBlock)
                    {
                        break;
                    }

                    throw Damaged("a literal or length code that is none");
                }

                var extra = (entry >> 4) & 15;
                var length = (entry >> 16) + ((int)bits & ((1 << extra) - 1));
                bits >>= extra;
                count -= extra;

                // At least 28 bits: a distance code (15 bits) and its extra bits (13).
                if (count < 28)
                {
                    // 8 bytes at once, their 7-bit groups side by side: 56 bits, of which the whole bytes that fit.
                    var word = BitConverter.IsLittleEndian && position <= lastWord ? BitConverter.ToUInt64(input, position) : Word(input, position);
                    if ((word & 0x8080808080808080UL) != 0)
                    {
                        throw Damaged("a byte with its high bit set");
                    }

                    word = (word & 0x007F007F007F007FUL) | ((word >> 1) & 0x3F803F803F803F80UL);
                    word = (word & 0x00003FFF00003FFFUL) | ((word >> 2) & 0x0FFFC0000FFFC000UL);
                    word = (word & 0x000000000FFFFFFFUL) | ((word >> 4) & 0x00FFFFFFF0000000UL);
                    bits |= word << count;
                    var taken = (62 - count) / 7;
                    position += taken;
                    count += taken * 7;
                    if (position > input.Length)
                    {
                        reader.Update(position, bits, count, 0);
                    }
                }

                entry = distances[(int)bits & ((1 << DistanceBits) - 1)];
                if ((entry & KindMask) == Link)
                {
                    entry = distances[(entry >> 16) + ((int)(bits >> DistanceBits) & ((1 << ((entry >> 4) & 15)) - 1))];
                }

                codeLength = entry & 15;
                bits >>= codeLength;
                count -= codeLength;
                if ((entry & KindMask) != Match)
                {
                    throw Damaged("a distance code that is none");
                }

                extra = (entry >> 4) & 15;
                var distance = (entry >> 16) + ((int)bits & ((1 << extra) - 1));
                bits >>= extra;
                count -= extra;

                if (distance > at)
                {
                    throw Damaged("a match reaching before the start");
                }

                if (length > output.Length - at)
                {
                    throw TooLong(output.Length);
                }

                var from = at - distance;
#if NET
                if (distance >= length && length >= 32)
                {
                    output.AsSpan(from, length).CopyTo(output.AsSpan(at));
                    at += length;
                    continue;
                }

                if (distance >= 8 && length <= output.Length - at - 8)
                {
                    // 8 bytes at a time, which may write past the match: bytes that later symbols write again.
                    var matchEnd = at + length;
                    do
                    {
                        BinaryPrimitives.WriteUInt64LittleEndian(output.AsSpan(at), BinaryPrimitives.ReadUInt64LittleEndian(output.AsSpan(from)));
                        at += 8;
                        from += 8;
                    }
                    while (at < matchEnd);

                    at = matchEnd;
                    continue;
                }

                if (distance == 1)
                {
                    output.AsSpan(at, length).Fill(output[from]);
                    at += length;
                    continue;
                }
#else
                if (distance >= length && length >= 32)
                {
                    Buffer.BlockCopy(output, from, output, at, length);
                    at += length;
                    continue;
                }
#endif

                // Byte by byte: a match may repeat the bytes it makes (distance below length).
                var stop = at + length;
                do
                {
                    output[at++] = output[from++];
                }
                while (at < stop);
            }

            reader.Update(position, bits, count, 0);
            return at;
        }

        /// <summary>The 8 input bytes from <paramref name="position"/>, first lowest, zero past the input's end.</summary>
        private static ulong Word(byte[] input, int position)
        {
            var word = 0UL;
            for (var i = 7; i >= 0; i--)
            {
                var at = position + i;
                word = (word << 8) | ((uint)at < (uint)input.Length ? input[at] : 0u);
            }

            return word;
        }

        /// <summary>The tables of Deflate's fixed Huffman codes (RFC 1951, 3.2.6), built once.</summary>
        private static Tables Fixed()
        {
            var tables = System.Threading.Volatile.Read(ref s_fixed);
            if (tables is null)
            {
                tables = new Tables();
                var lengths = tables.Lengths;
                for (var i = 0; i < 288; i++)
                {
                    lengths[i] = (byte)(i < 144 ? 8 : i < 256 ? 9 : i < 280 ? 7 : 8);
                }

                for (var i = 0; i < 32; i++)
                {
                    lengths[288 + i] = 5;
                }

                Build(lengths, 0, 288, s_literalSymbols, tables.Literals, LiteralBits, tables, Completeness.Complete);
                Build(lengths, 288, 32, s_distanceSymbols, tables.Distances, DistanceBits, tables, Completeness.Complete);
                System.Threading.Volatile.Write(ref s_fixed, tables); // Published once built; a race builds equal tables twice.
            }

            return tables;
        }

        private enum Completeness
        {
            /// <summary>Every code is used (the code length code; the fixed codes).</summary>
            Complete,

            /// <summary>Complete, or a single code of 1 bit (as zlib allows: a block with only its end-of-block code).</summary>
            OneCodeOfOneBit,

            /// <summary>Complete, a single code of 1 bit, or no code at all (a block without matches).</summary>
            OneCodeOfOneBitOrNone,
        }

        /// <summary>
        /// Fills <paramref name="table"/> for the canonical Huffman code of the <paramref name="count"/> code lengths from
        /// <paramref name="offset"/> in <paramref name="lengths"/>: entry <c>i</c> is the code whose bits, first bit lowest,
        /// are the low <paramref name="rootBits"/> bits of <c>i</c>, or a link to a second-level table for longer codes.
        /// </summary>
        private static void Build(byte[] lengths, int offset, int count, int[] symbols, int[] table, int rootBits, Tables scratch, Completeness completeness)
        {
            var counts = scratch.Counts;
            Array.Clear(counts, 0, counts.Length);
            for (var i = 0; i < count; i++)
            {
                counts[lengths[offset + i]]++;
            }

            counts[0] = 0;
            var left = 1;
            var codes = 0;
            for (var length = 1; length <= MaxCodeLength; length++)
            {
                left = (left << 1) - counts[length];
                codes += counts[length];
                if (left < 0)
                {
                    throw Damaged("a Huffman code with more codes than its lengths allow");
                }
            }

            var rootSize = 1 << rootBits;
            if (left > 0)
            {
                var allowed = completeness switch
                {
                    Completeness.OneCodeOfOneBit => codes == 1 && counts[1] == 1,
                    Completeness.OneCodeOfOneBitOrNone => codes == 0 || (codes == 1 && counts[1] == 1),
                    _ => false,
                };
                if (!allowed)
                {
                    throw Damaged("an incomplete Huffman code");
                }

                for (var i = 0; i < rootSize; i++)
                {
                    table[i] = Invalid;
                }
            }

            // The symbols by code length, then by symbol: the order of their canonical codes.
            var starts = scratch.Starts;
            starts[1] = 0;
            for (var length = 1; length < MaxCodeLength; length++)
            {
                starts[length + 1] = starts[length] + counts[length];
            }

            var sorted = scratch.Sorted;
            for (var i = 0; i < count; i++)
            {
                var length = lengths[offset + i];
                if (length != 0)
                {
                    sorted[starts[length]++] = i;
                }
            }

            var code = 0;
            var next = rootSize;
            var s = 0;
            var link = 0;
            var linkRoot = -1;
            for (var length = 1; length <= MaxCodeLength; length++, code <<= 1)
            {
                if (length <= rootBits)
                {
                    // The first 2^length entries hold the codes of this length and the shorter ones, each where its bits
                    // are; doubled, they hold them for one bit more (the shorter codes' entries repeat, a code's bits
                    // being the low bits of the index), until the first level is full.
                    for (var n = counts[length]; n > 0; n--, code++, s++)
                    {
                        table[Reverse(code, length)] = symbols[sorted[s]] | length;
                    }

                    if (length < rootBits)
                    {
                        Array.Copy(table, 0, table, 1 << length, 1 << length);
                    }

                    continue;
                }

                for (var n = counts[length]; n > 0; n--, code++, s++)
                {
                    var reversed = Reverse(code, length);
                    var entry = symbols[sorted[s]] | length;

                    // A longer code: in the second-level table of the codes that start with the same root bits, which
                    // come one after the other in canonical order, the longest last.
                    var root = code >> (length - rootBits);
                    if (root != linkRoot)
                    {
                        var longest = length;
                        for (int t = s + 1, c = code, l = length; t < codes; t++)
                        {
                            var lt = lengths[offset + sorted[t]];
                            c = (c + 1) << (lt - l);
                            l = lt;
                            if (c >> (l - rootBits) != root)
                            {
                                break;
                            }

                            longest = l;
                        }

                        var size = 1 << (longest - rootBits);
                        if (next + size > table.Length)
                        {
                            throw Damaged("a Huffman code too large for its table");
                        }

                        for (var i = 0; i < size; i++)
                        {
                            table[next + i] = Invalid;
                        }

                        link = Link | ((longest - rootBits) << 4) | (next << 16);
                        table[reversed & (rootSize - 1)] = link;
                        linkRoot = root;
                        next += size;
                    }

                    var start = link >> 16;
                    var end = 1 << ((link >> 4) & 15);
                    for (var i = reversed >> rootBits; i < end; i += 1 << (length - rootBits))
                    {
                        table[start + i] = entry;
                    }
                }
            }
        }

        /// <summary>The <paramref name="length"/> low bits of <paramref name="code"/> in reverse order.</summary>
        private static int Reverse(int code, int length) =>
            ((s_reversed[code & 0xFF] << 8) | s_reversed[(code >> 8) & 0xFF]) >> (16 - length);

        /// <summary>The error of a stream that makes more than <paramref name="length"/> bytes (out of line: the decoding loop stays small).</summary>
        [MethodImpl(MethodImplOptions.NoInlining)]
        private static InvalidDataException TooLong(int length) => Damaged("more than " + length + " bytes");

        [MethodImpl(MethodImplOptions.NoInlining)]
        private static InvalidDataException Damaged(string what) =>
            new InvalidDataException("Packed text is damaged: " + what + ".");

        private static int[] LiteralSymbols()
        {
            int[] bases = { 3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258 };
            var symbols = new int[288];
            for (var i = 0; i < 256; i++)
            {
                symbols[i] = Literal | (i << 16);
            }

            symbols[256] = EndOfBlock;
            for (var i = 0; i < bases.Length; i++)
            {
                var extra = i < 8 || i == 28 ? 0 : (i - 4) / 4;
                symbols[257 + i] = Match | (extra << 4) | (bases[i] << 16);
            }

            symbols[286] = Invalid;
            symbols[287] = Invalid;
            return symbols;
        }

        private static int[] DistanceSymbols()
        {
            var symbols = new int[32];
            var distance = 1;
            for (var i = 0; i < 30; i++)
            {
                var extra = i < 4 ? 0 : (i - 2) / 2;
                symbols[i] = Match | (extra << 4) | (distance << 16);
                distance += 1 << extra;
            }

            symbols[30] = Invalid;
            symbols[31] = Invalid;
            return symbols;
        }

        private static int[] CodeLengthSymbols()
        {
            var symbols = new int[19];
            for (var i = 0; i < symbols.Length; i++)
            {
                symbols[i] = Literal | (i << 16);
            }

            return symbols;
        }

        private static byte[] Reversed()
        {
            var reversed = new byte[256];
            for (var i = 0; i < 256; i++)
            {
                var r = 0;
                for (var b = 0; b < 8; b++)
                {
                    r |= ((i >> b) & 1) << (7 - b);
                }

                reversed[i] = (byte)r;
            }

            return reversed;
        }

        /// <summary>The decoding tables of a block's codes, and the room to build them.</summary>
        private sealed class Tables
        {
            public readonly int[] Literals = new int[LiteralTableSize];
            public readonly int[] Distances = new int[DistanceTableSize];
            public readonly int[] CodeLengths = new int[1 << CodeLengthBits];
            public readonly byte[] Lengths = new byte[288 + 32];
            public readonly int[] Sorted = new int[288];
            public readonly int[] Counts = new int[MaxCodeLength + 1];
            public readonly int[] Starts = new int[MaxCodeLength + 1];
        }

        /// <summary>
        /// Reads the Deflate stream's bits, first bit lowest, 7 from each input byte. Past the input's end it reads zero
        /// bits, and fails as soon as the stream has used one of them.
        /// </summary>
        private struct BitReader
        {
            public readonly byte[] Input;
            public int Position;
            public ulong Buffer;
            public int Count;

            public BitReader(byte[] input)
            {
                Input = input;
                Position = 0;
                Buffer = 0;
                Count = 0;
            }

            /// <summary>Makes sure at least <paramref name="n"/> bits (at most 57) are in the buffer.</summary>
            public void Need(int n)
            {
                if (Count >= n)
                {
                    return;
                }

                var high = 0UL;
                do
                {
                    var b = (uint)Position < (uint)Input.Length ? Input[Position] : 0u;
                    Position++;
                    high |= b;
                    Buffer |= (ulong)b << Count;
                    Count += 7;
                }
                while (Count <= 56);

                Update(Position, Buffer, Count, high);
            }

            public int Peek(int n) => (int)Buffer & ((1 << n) - 1);

            public void Drop(int n)
            {
                Buffer >>= n;
                Count -= n;
            }

            /// <summary>The next <paramref name="n"/> bits (at most 32), first bit lowest.</summary>
            public uint Bits(int n)
            {
                Need(n);
                var value = (uint)Buffer & (uint)((1L << n) - 1);
                Drop(n);
                return value;
            }

            /// <summary>Drops the bits up to the next whole byte of the Deflate stream.</summary>
            public void AlignToByte()
            {
                Need(7);
                Drop((int)(-Used() & 7));
            }

            /// <summary>Keeps the state of a decoding loop, checking the bytes that it read.</summary>
            public void Update(int position, ulong buffer, int count, ulong high)
            {
                Position = position;
                Buffer = buffer;
                Count = count;
                if ((high & 0x8080808080808080UL) != 0)
                {
                    throw Damaged("a byte with its high bit set");
                }

                if (Used() > (long)Input.Length * 7)
                {
                    throw Damaged("its stream cut short");
                }
            }

            /// <summary>
            /// Checks that the input ends where the final block does: the Deflate stream ends with the byte that holds the
            /// final block's last bit, and its 7-bit form with the byte that holds that byte's last bit; every bit after
            /// the final block is zero.
            /// </summary>
            public void CheckEnd()
            {
                Need(14);
                var used = Used();
                var deflateBits = (used + 7) / 8 * 8;
                if ((deflateBits + 6) / 7 != Input.Length)
                {
                    throw Damaged(used > (long)Input.Length * 7 ? "its stream cut short" : "data after its end");
                }

                // The bits left, at most 13, are in the buffer (read ahead, zero past the input).
                var left = (int)(((long)Input.Length * 7) - used);
                if ((Buffer & ((1UL << left) - 1)) != 0)
                {
                    throw Damaged("bits set after its end");
                }
            }

            /// <summary>How many bits of the stream were used: read into the buffer, less those still in it.</summary>
            private long Used() => ((long)Position * 7) - Count;
        }
    }
}
