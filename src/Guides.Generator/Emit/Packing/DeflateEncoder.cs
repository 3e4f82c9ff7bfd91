using System;

namespace Guides.Generator.Emit
{
    /// <summary>
    /// A deterministic Deflate encoder (RFC 1951, raw: no zlib or gzip header): the same bytes in give the same bytes out
    /// on every machine and runtime, unlike <c>System.IO.Compression.DeflateStream</c>, whose output is the host's zlib's.
    /// <para>
    /// Its design is zlib's (deflate_slow, levels 4 to 9): a hash of 4 bytes into chains of earlier positions over a 32 KB
    /// window (at most <see cref="MaxChain"/> links, fewer once a match is good enough) and the last position of each hash
    /// of 3 bytes (for matches of 3, worth little further back: no chain), one step of lazy matching, blocks of at most
    /// <see cref="BlockSymbols"/> symbols, each written the smallest of stored, fixed Huffman or dynamic Huffman. Its
    /// Huffman codes are optimal under the length limit (package-merge), canonical as RFC 1951 requires.
    /// </para>
    /// <para>
    /// A preset dictionary (as zlib's <c>deflateSetDictionary</c>) primes the window: matches may start in its bytes and
    /// run into the data, and the dictionary itself is not written. The decoder must know it: it inflates as if the
    /// dictionary's bytes had been output before the stream (zlib's <c>inflateSetDictionary</c> on raw deflate).
    /// </para>
    /// </summary>
    internal static class DeflateEncoder
    {
        /// <summary>The longest dictionary that counts: the window. Only the last this many bytes of a longer one are used.</summary>
        public const int MaxDictionaryLength = WindowSize;

        private const int WindowSize = 32768;
        private const int HashBits = 15;
        private const int MinMatch = 3;
        private const int MaxMatch = 258;

        // The search's settings, between zlib's levels 5 and 6 (6: 128, 8, 16, 128), measured on the benchmark corpus
        // (docs/deflate-encoder.md): level 6's ratio within 0.06 % with or without a dictionary, 1.02 and 1.15 times as fast.

        /// <summary>The longest chain of earlier positions searched for a match.</summary>
        private const int MaxChain = 64;

        /// <summary>Once the previous match is this long, the lazy search looks at a quarter of the chain.</summary>
        private const int GoodLength = 4;

        /// <summary>A match this long is taken without looking for a longer one one byte later.</summary>
        private const int MaxLazy = 8;

        /// <summary>A match this long ends the search.</summary>
        private const int NiceLength = 64;

        /// <summary>A match of 3 bytes further back than this costs more than its literals.</summary>
        private const int TooFar = 4096;

        /// <summary>The most symbols (literals and matches) in one block.</summary>
        private const int BlockSymbols = 16384;

        private const int EndOfBlock = 256;
        private const int LiteralLengthCodes = 286;
        private const int DistanceCodes = 30;
        private const int CodeLengthCodes = 19;
        private const int MaxBits = 15;
        private const int MaxCodeLengthBits = 7;
        private const int MaxStored = 65535;

        private static readonly int[] s_lengthBase = { 3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258 };
        private static readonly int[] s_lengthExtra = { 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0 };
        private static readonly int[] s_distanceBase = { 1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577 };
        private static readonly int[] s_distanceExtra = { 0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13 };
        private static readonly byte[] s_codeLengthOrder = { 16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15 };

        /// <summary>The length code (0 to 28, symbol 257 + code) of each match length 0 to 258.</summary>
        private static readonly byte[] s_lengthCode = LengthCodes();

        /// <summary>zlib's distance table: the code of distance d is at d - 1 below 257, else at 256 + ((d - 1) &gt;&gt; 7).</summary>
        private static readonly byte[] s_distanceCode = DistanceCodeTable();

        private static readonly byte[] s_fixedLiteralLengths = FixedLiteralLengths();
        private static readonly byte[] s_fixedDistanceLengths = Repeat(5, DistanceCodes);
        private static readonly ushort[] s_fixedLiteralCodes = CanonicalCodes(s_fixedLiteralLengths, 288);
        private static readonly ushort[] s_fixedDistanceCodes = CanonicalCodes(s_fixedDistanceLengths, DistanceCodes);

        /// <summary>The raw deflate stream of <paramref name="count"/> bytes of <paramref name="data"/> from <paramref name="offset"/>.</summary>
        /// <param name="dictionary">
        /// Bytes the decoder is given before the stream (a preset dictionary), or null. Only its last
        /// <see cref="MaxDictionaryLength"/> bytes are used.
        /// </param>
        /// <returns>One or more blocks, the last flagged final, padded with zero bits to a whole byte.</returns>
        public static byte[] Compress(byte[] data, int offset, int count, byte[]? dictionary = null)
        {
            if (data is null)
            {
                throw new ArgumentNullException(nameof(data));
            }

            if (offset < 0 || count < 0 || offset > data.Length - count)
            {
                throw new ArgumentOutOfRangeException(nameof(count));
            }

            return new Encoder(data, offset, count, dictionary is { Length: > 0 } ? new PresetDictionary(dictionary) : null, Settings.Default).Run();
        }

        /// <summary>
        /// The same with a dictionary made ready once (<see cref="PresetDictionary"/>): for many inputs, faster than
        /// passing its bytes each time (the dictionary's positions are hashed once), and the same bytes out.
        /// </summary>
        public static byte[] Compress(byte[] data, int offset, int count, PresetDictionary dictionary)
        {
            if (data is null)
            {
                throw new ArgumentNullException(nameof(data));
            }

            if (offset < 0 || count < 0 || offset > data.Length - count)
            {
                throw new ArgumentOutOfRangeException(nameof(count));
            }

            return new Encoder(data, offset, count, dictionary ?? throw new ArgumentNullException(nameof(dictionary)), Settings.Default).Run();
        }

        /// <summary>The same with other search settings (measurements only).</summary>
        internal static byte[] Compress(byte[] data, PresetDictionary? dictionary, Settings settings) =>
            new Encoder(data, 0, data.Length, dictionary, settings).Run();

        /// <summary>The 4 bytes at <paramref name="position"/>, the first lowest (composed byte by byte: the same on any machine).</summary>
        private static uint Key(byte[] window, int position) =>
            (uint)(window[position] | (window[position + 1] << 8) | (window[position + 2] << 16) | (window[position + 3] << 24));

        /// <summary>The hash of a key's first 3 bytes, in 32 - <paramref name="shift"/> bits.</summary>
        private static int Hash3(uint key, int shift) => (int)(((key & 0xFFFFFF) * 0x9E3779B1u) >> shift);

        /// <summary>The hash of a key's 4 bytes, in 32 - <paramref name="shift"/> bits.</summary>
        private static int Hash4(uint key, int shift) => (int)((key * 0x2C1B3C6Du) >> shift);

        /// <summary>
        /// A preset dictionary's last 32 KB and the hash chains of its positions, ready to prime the window of any
        /// number of inputs (immutable: each compression copies its chains).
        /// </summary>
        internal sealed class PresetDictionary
        {
            public PresetDictionary(byte[] dictionary)
            {
                if (dictionary is null)
                {
                    throw new ArgumentNullException(nameof(dictionary));
                }

                var length = Math.Min(dictionary.Length, MaxDictionaryLength);
                Bytes = new byte[length];
                Buffer.BlockCopy(dictionary, dictionary.Length - length, Bytes, 0, length);
                Head = new int[1 << HashBits];
                Head3 = new int[1 << HashBits];
                Previous = new int[WindowSize];
                for (var i = 0; i < Head.Length; i++)
                {
                    Head[i] = -1;
                    Head3[i] = -1;
                }

                // The positions whose 3 and 4 bytes are all the dictionary's; the last ones are hashed with the data's first bytes.
                for (var position = 0; position + MinMatch <= length; position++)
                {
                    var key = position + 4 <= length ? Key(Bytes, position) : (uint)(Bytes[position] | (Bytes[position + 1] << 8) | (Bytes[position + 2] << 16));
                    Head3[Hash3(key, 32 - HashBits)] = position;
                    if (position + 4 <= length)
                    {
                        var hash = Hash4(key, 32 - HashBits);
                        Previous[position] = Head[hash];
                        Head[hash] = position;
                    }
                }
            }

            /// <summary>The dictionary's bytes that count: its last 32 KB.</summary>
            internal byte[] Bytes { get; }

            /// <summary>The last position of each hash of 4 bytes, the first of its chain in <see cref="Previous"/>.</summary>
            internal int[] Head { get; }

            /// <summary>The last position of each hash of 3 bytes (no chain: a match of 3 is worth little further back).</summary>
            internal int[] Head3 { get; }

            internal int[] Previous { get; }
        }

        /// <summary>How hard the encoder looks for matches, and how long its blocks are.</summary>
        internal sealed class Settings
        {
            public static readonly Settings Default = new(MaxChain, GoodLength, MaxLazy, NiceLength, BlockSymbols);

            public Settings(int maxChain, int goodLength, int maxLazy, int niceLength, int blockSymbols)
            {
                (ChainLimit, GoodEnough, LazyLimit, Nice, SymbolsPerBlock) = (maxChain, goodLength, maxLazy, niceLength, blockSymbols);
            }

            public int ChainLimit { get; }

            public int GoodEnough { get; }

            public int LazyLimit { get; }

            public int Nice { get; }

            public int SymbolsPerBlock { get; }

            public override string ToString() => $"chain {ChainLimit}, good {GoodEnough}, lazy {LazyLimit}, nice {Nice}, block {SymbolsPerBlock}";
        }

        /// <summary>The raw deflate stream of all of <paramref name="data"/>.</summary>
        public static byte[] Compress(byte[] data, byte[]? dictionary = null) =>
            Compress(data ?? throw new ArgumentNullException(nameof(data)), 0, data.Length, dictionary);

        private sealed class Encoder
        {
            /// <summary>The dictionary's bytes, then the data's, then 8 zero bytes (match lengths compare 8 bytes at once).</summary>
            private readonly byte[] _window;

            /// <summary>Where the data starts in <see cref="_window"/>: the dictionary's length.</summary>
            private readonly int _start;

            /// <summary>Where the data ends in <see cref="_window"/>.</summary>
            private readonly int _end;

            /// <summary>The last position of each hash, or -1.</summary>
            private readonly int[] _head;

            /// <summary>The last position of each hash of 3 bytes, or -1.</summary>
            private readonly int[] _head3;

            /// <summary>How far a 32-bit product is shifted right to be a hash: 32 minus the hash's bits.</summary>
            private readonly int _hashShift;

            /// <summary>The previous position of the same hash as position p, at p &amp; <see cref="_previousMask"/>.</summary>
            private readonly int[] _previous;

            /// <summary>The window's size (32 KB) less one, or less for a smaller input: then no two positions share an entry.</summary>
            private readonly int _previousMask;

            /// <summary>The block's symbols: a literal byte or a match length...</summary>
            private readonly ushort[] _symbolValues;

            /// <summary>...and 0 for a literal or the match's distance.</summary>
            private readonly ushort[] _symbolDistances;

            private readonly int[] _literalFrequencies = new int[LiteralLengthCodes];
            private readonly int[] _distanceFrequencies = new int[DistanceCodes];

            private int _symbolCount;

            /// <summary>Where the current block's bytes start in the window, and how many its symbols cover.</summary>
            private int _blockStart;
            private int _blockLength;

            private byte[] _output;
            private int _outputLength;
            private ulong _bits;
            private int _bitCount;

            private readonly int _maxChain;
            private readonly int _goodLength;
            private readonly int _maxLazy;
            private readonly int _niceLength;
            private readonly int _blockSymbols;

            public Encoder(byte[] data, int offset, int count, PresetDictionary? dictionary, Settings settings)
            {
                _maxChain = settings.ChainLimit;
                _goodLength = settings.GoodEnough;
                _maxLazy = settings.LazyLimit;
                _niceLength = settings.Nice;
                _blockSymbols = settings.SymbolsPerBlock;
                // The tables are this thread's, reused from one compression to the next (they are filled anew below).
                var scratch = t_scratch ??= new Scratch();
                if (scratch.SymbolValues.Length < _blockSymbols)
                {
                    scratch.SymbolValues = new ushort[_blockSymbols];
                    scratch.SymbolDistances = new ushort[_blockSymbols];
                }

                _symbolValues = scratch.SymbolValues;
                _symbolDistances = scratch.SymbolDistances;
                _head = scratch.Head;
                _head3 = scratch.Head3;
                _previous = scratch.Previous;
                var dictionaryLength = dictionary is null ? 0 : dictionary.Bytes.Length;
                _window = new byte[dictionaryLength + count + 8];
                Buffer.BlockCopy(data, offset, _window, dictionaryLength, count);
                _start = dictionaryLength;
                _end = dictionaryLength + count;
                _blockStart = _start;
                _output = new byte[(count / 2) + 64];
                if (dictionary is not null)
                {
                    // The dictionary's chains: all 2^15 hashes, a link for each of its positions.
                    Buffer.BlockCopy(dictionary.Bytes, 0, _window, 0, dictionaryLength);
                    _hashShift = 32 - HashBits;
                    _previousMask = WindowSize - 1;
                    Array.Copy(dictionary.Head, _head, _head.Length);
                    Array.Copy(dictionary.Head3, _head3, _head3.Length);
                    Array.Copy(dictionary.Previous, _previous, dictionaryLength);
                }
                else
                {
                    // Tables sized for the input (a guide is a few KB): up to 2^15 hashes, and a link a position up to 32 KB.
                    var hashBits = 8;
                    while (hashBits < HashBits && (1 << hashBits) < count)
                    {
                        hashBits++;
                    }

                    _hashShift = 32 - hashBits;
                    _previousMask = (1 << hashBits) - 1; // HashBits is 15: at most the window
                    for (var i = 0; i <= _previousMask; i++)
                    {
                        _head[i] = -1;
                        _head3[i] = -1;
                    }
                }
            }

            [ThreadStatic]
            private static Scratch? t_scratch;

            /// <summary>A thread's tables: 2^15 heads, 32 K links, a block's symbols.</summary>
            private sealed class Scratch
            {
                public readonly int[] Head = new int[1 << HashBits];
                public readonly int[] Head3 = new int[1 << HashBits];
                public readonly int[] Previous = new int[WindowSize];
                public ushort[] SymbolValues = new ushort[BlockSymbols];
                public ushort[] SymbolDistances = new ushort[BlockSymbols];
            }

            public byte[] Run()
            {
                // The dictionary's last positions, whose 4 bytes reach into the data.
                for (var position = Math.Max(0, _start - 3); position < _start; position++)
                {
                    Insert(position, out _);
                }

                Deflate();
                FlushBlock(final: true);
                if (_bitCount > 0)
                {
                    AlignToByte();
                }

                var result = new byte[_outputLength];
                Buffer.BlockCopy(_output, 0, result, 0, _outputLength);
                return result;
            }

            /// <summary>
            /// Puts <paramref name="position"/> at the head of its 4 bytes' chain and in its 3 bytes' entry; returns the
            /// previous head of the chain and, in <paramref name="head3"/>, the previous position of its 3 bytes (-1: none).
            /// </summary>
            private int Insert(int position, out int head3)
            {
                head3 = -1;
                if (position > _end - MinMatch)
                {
                    return -1;
                }

                // The window has 8 bytes after the data: the 4th byte may be one of them (then only the hash of 3 is used).
                var key = Key(_window, position);
                var hash3 = Hash3(key, _hashShift);
                head3 = _head3[hash3];
                _head3[hash3] = position;
                if (position > _end - 4)
                {
                    return -1;
                }

                var hash = Hash4(key, _hashShift);
                var head = _head[hash];
                _previous[position & _previousMask] = head;
                _head[hash] = position;
                return head;
            }

            /// <summary>zlib's deflate_slow: a match is taken only when the next position has no longer one.</summary>
            private void Deflate()
            {
                var position = _start;
                var matchLength = MinMatch - 1;
                var matchStart = 0;
                var matchAvailable = false;
                while (position < _end)
                {
                    var head = Insert(position, out var head3);
                    var previousLength = matchLength;
                    var previousMatch = matchStart;
                    matchLength = MinMatch - 1;
                    if ((head >= 0 || head3 >= 0) && previousLength < _maxLazy)
                    {
                        matchLength = LongestMatch(position, head, head3, previousLength, ref matchStart);
                        if (matchLength == MinMatch && position - matchStart > TooFar)
                        {
                            matchLength = MinMatch - 1;
                        }
                    }

                    if (previousLength >= MinMatch && matchLength <= previousLength)
                    {
                        // The match found at the previous position is the better: take it, and chain the positions it covers.
                        AddMatch(position - 1 - previousMatch, previousLength);
                        var next = position - 1 + previousLength;
                        for (var covered = position + 1; covered < next; covered++)
                        {
                            Insert(covered, out _);
                        }

                        position = next;
                        matchAvailable = false;
                        matchLength = MinMatch - 1;
                    }
                    else if (matchAvailable)
                    {
                        AddLiteral(_window[position - 1]);
                        position++;
                    }
                    else
                    {
                        matchAvailable = true;
                        position++;
                    }
                }

                if (matchAvailable)
                {
                    AddLiteral(_window[position - 1]);
                }
            }

            /// <summary>
            /// The length of the longest match at <paramref name="position"/> longer than <paramref name="previousLength"/>
            /// (its start in <paramref name="matchStart"/>), or <c>MinMatch - 1</c> when there is none: along the chain of
            /// the same 4 bytes from <paramref name="candidate"/>, and at <paramref name="head3"/>, the last of the same 3.
            /// </summary>
            private int LongestMatch(int position, int candidate, int head3, int previousLength, ref int matchStart)
            {
                var window = _window;
                var maxLength = Math.Min(MaxMatch, _end - position);
                var bestLength = Math.Max(previousLength, MinMatch - 1);
                if (bestLength >= maxLength)
                {
                    return MinMatch - 1;
                }

                var found = false;
                var nice = Math.Min(_niceLength, maxLength);
                var limit = Math.Max(position - WindowSize, 0);
                if (bestLength < MinMatch && head3 >= limit
                    && window[head3] == window[position] && window[head3 + 1] == window[position + 1] && window[head3 + 2] == window[position + 2])
                {
                    bestLength = BitConverter.IsLittleEndian ? MatchLength(window, head3, position, maxLength) : MatchLengthByBytes(window, head3, position, maxLength);
                    matchStart = head3;
                    found = true;
                    if (bestLength >= nice)
                    {
                        return bestLength;
                    }
                }

                if (candidate < limit)
                {
                    return found ? bestLength : MinMatch - 1;
                }

                var chain = previousLength >= _goodLength ? _maxChain >> 2 : _maxChain;
                var littleEndian = BitConverter.IsLittleEndian;
                var previous = _previous;
                var mask = _previousMask;

                // A longer match must be equal up to the best's length: compare its last two bytes and its first two first
                // (as 16-bit values: equality does not depend on the byte order).
                var start = BitConverter.ToUInt16(window, position);
                var end = BitConverter.ToUInt16(window, position + bestLength - 1);
                while (true)
                {
                    if (BitConverter.ToUInt16(window, candidate + bestLength - 1) == end && BitConverter.ToUInt16(window, candidate) == start)
                    {
                        var length = littleEndian ? MatchLength(window, candidate, position, maxLength) : MatchLengthByBytes(window, candidate, position, maxLength);
                        if (length > bestLength)
                        {
                            bestLength = length;
                            matchStart = candidate;
                            found = true;
                            if (length >= nice)
                            {
                                break;
                            }

                            end = BitConverter.ToUInt16(window, position + bestLength - 1);
                        }
                    }

                    var next = previous[candidate & mask];
                    if (next < limit || next >= candidate || --chain == 0)
                    {
                        break;
                    }

                    candidate = next;
                }

                return found ? bestLength : MinMatch - 1;
            }

            /// <summary>How many bytes from <paramref name="a"/> and <paramref name="b"/> are equal, at most <paramref name="max"/>: 8 at a time.</summary>
            private static int MatchLength(byte[] window, int a, int b, int max)
            {
                var length = 0;
                while (length < max)
                {
                    var difference = BitConverter.ToUInt64(window, a + length) ^ BitConverter.ToUInt64(window, b + length);
                    if (difference != 0)
                    {
                        length += TrailingZeroBytes(difference);
                        break;
                    }

                    length += 8;
                }

                return Math.Min(length, max);
            }

            private static int MatchLengthByBytes(byte[] window, int a, int b, int max)
            {
                var length = 0;
                while (length < max && window[a + length] == window[b + length])
                {
                    length++;
                }

                return length;
            }

            private static int TrailingZeroBytes(ulong value)
            {
                // De Bruijn: the index of the lowest set bit, then bytes.
                var lowest = value & (ulong)-(long)value;
                return s_deBruijn[(lowest * 0x03F79D71B4CB0A89UL) >> 58] >> 3;
            }

            private static readonly byte[] s_deBruijn = DeBruijnTable();

            private static byte[] DeBruijnTable()
            {
                var table = new byte[64];
                for (var bit = 0; bit < 64; bit++)
                {
                    table[((1UL << bit) * 0x03F79D71B4CB0A89UL) >> 58] = (byte)bit;
                }

                return table;
            }

            private void AddLiteral(byte value)
            {
                if (_symbolCount == _blockSymbols)
                {
                    FlushBlock(final: false);
                }

                _symbolValues[_symbolCount] = value;
                _symbolDistances[_symbolCount++] = 0;
                _literalFrequencies[value]++;
                _blockLength++;
            }

            private void AddMatch(int distance, int length)
            {
                if (_symbolCount == _blockSymbols)
                {
                    FlushBlock(final: false);
                }

                _symbolValues[_symbolCount] = (ushort)length;
                _symbolDistances[_symbolCount++] = (ushort)distance;
                _literalFrequencies[257 + s_lengthCode[length]]++;
                _distanceFrequencies[DistanceCode(distance)]++;
                _blockLength += length;
            }

            private static int DistanceCode(int distance) =>
                distance <= 256 ? s_distanceCode[distance - 1] : s_distanceCode[256 + ((distance - 1) >> 7)];

            /// <summary>Writes the block's symbols as the smallest of a stored, a fixed and a dynamic block.</summary>
            private void FlushBlock(bool final)
            {
                _literalFrequencies[EndOfBlock]++;

                var literalLengths = new byte[LiteralLengthCodes];
                var distanceLengths = new byte[DistanceCodes];
                HuffmanLengths(_literalFrequencies, LiteralLengthCodes, MaxBits, literalLengths);
                HuffmanLengths(_distanceFrequencies, DistanceCodes, MaxBits, distanceLengths);

                // The bits of the extra bits, and of the symbols in each code.
                long extraBits = 0;
                long dynamicBits = 0;
                long fixedBits = 0;
                for (var symbol = 0; symbol < LiteralLengthCodes; symbol++)
                {
                    var frequency = _literalFrequencies[symbol];
                    dynamicBits += (long)frequency * literalLengths[symbol];
                    fixedBits += (long)frequency * s_fixedLiteralLengths[symbol];
                    if (symbol > EndOfBlock)
                    {
                        extraBits += (long)frequency * s_lengthExtra[symbol - 257];
                    }
                }

                for (var code = 0; code < DistanceCodes; code++)
                {
                    var frequency = _distanceFrequencies[code];
                    dynamicBits += (long)frequency * distanceLengths[code];
                    fixedBits += (long)frequency * 5;
                    extraBits += (long)frequency * s_distanceExtra[code];
                }

                // The dynamic block's header: the two codes' lengths, run-length coded in the code length code.
                var literalCount = LiteralLengthCodes;
                while (literalCount > 257 && literalLengths[literalCount - 1] == 0)
                {
                    literalCount--;
                }

                var distanceCount = DistanceCodes;
                while (distanceCount > 1 && distanceLengths[distanceCount - 1] == 0)
                {
                    distanceCount--;
                }

                var lengths = new byte[literalCount + distanceCount];
                Buffer.BlockCopy(literalLengths, 0, lengths, 0, literalCount);
                Buffer.BlockCopy(distanceLengths, 0, lengths, literalCount, distanceCount);
                var runSymbols = new byte[lengths.Length];
                var runExtras = new byte[lengths.Length];
                var runCount = RunLengths(lengths, runSymbols, runExtras);
                var codeLengthFrequencies = new int[CodeLengthCodes];
                for (var i = 0; i < runCount; i++)
                {
                    codeLengthFrequencies[runSymbols[i]]++;
                }

                var codeLengthLengths = new byte[CodeLengthCodes];
                HuffmanLengths(codeLengthFrequencies, CodeLengthCodes, MaxCodeLengthBits, codeLengthLengths);
                var codeLengthCount = CodeLengthCodes;
                while (codeLengthCount > 4 && codeLengthLengths[s_codeLengthOrder[codeLengthCount - 1]] == 0)
                {
                    codeLengthCount--;
                }

                long headerBits = 5 + 5 + 4 + (3 * codeLengthCount);
                for (var symbol = 0; symbol < CodeLengthCodes; symbol++)
                {
                    headerBits += (long)codeLengthFrequencies[symbol] * (codeLengthLengths[symbol] + (symbol == 16 ? 2 : symbol == 17 ? 3 : symbol == 18 ? 7 : 0));
                }

                dynamicBits += 3 + headerBits + extraBits;
                fixedBits += 3 + extraBits;
                var storedBits = StoredBits(_blockLength);

                if (storedBits < fixedBits && storedBits < dynamicBits)
                {
                    WriteStored(final);
                }
                else if (fixedBits <= dynamicBits)
                {
                    WriteBits(final ? 1u : 0u, 1);
                    WriteBits(1, 2);
                    WriteSymbols(s_fixedLiteralLengths, s_fixedLiteralCodes, s_fixedDistanceLengths, s_fixedDistanceCodes);
                }
                else
                {
                    WriteBits(final ? 1u : 0u, 1);
                    WriteBits(2, 2);
                    WriteBits((uint)(literalCount - 257), 5);
                    WriteBits((uint)(distanceCount - 1), 5);
                    WriteBits((uint)(codeLengthCount - 4), 4);
                    for (var i = 0; i < codeLengthCount; i++)
                    {
                        WriteBits(codeLengthLengths[s_codeLengthOrder[i]], 3);
                    }

                    var codeLengthCodes = CanonicalCodes(codeLengthLengths, CodeLengthCodes);
                    for (var i = 0; i < runCount; i++)
                    {
                        var symbol = runSymbols[i];
                        WriteBits(codeLengthCodes[symbol], codeLengthLengths[symbol]);
                        if (symbol >= 16)
                        {
                            WriteBits(runExtras[i], symbol == 16 ? 2 : symbol == 17 ? 3 : 7);
                        }
                    }

                    WriteSymbols(literalLengths, CanonicalCodes(literalLengths, LiteralLengthCodes), distanceLengths, CanonicalCodes(distanceLengths, DistanceCodes));
                }

                _blockStart += _blockLength;
                _blockLength = 0;
                _symbolCount = 0;
                Array.Clear(_literalFrequencies, 0, _literalFrequencies.Length);
                Array.Clear(_distanceFrequencies, 0, _distanceFrequencies.Length);
            }

            /// <summary>The bits of <paramref name="length"/> bytes in stored blocks of at most 65,535 bytes, from the current bit.</summary>
            private long StoredBits(int length)
            {
                var blocks = Math.Max(1, (length + MaxStored - 1) / MaxStored);
                var firstPadding = (8 - ((_bitCount + 3) & 7)) & 7;
                return (3L + firstPadding + 32) + ((blocks - 1) * 40L) + (8L * length);
            }

            private void WriteStored(bool final)
            {
                var start = _blockStart;
                var remaining = _blockLength;
                do
                {
                    var length = Math.Min(remaining, MaxStored);
                    remaining -= length;
                    WriteBits(final && remaining == 0 ? 1u : 0u, 1);
                    WriteBits(0, 2);
                    AlignToByte();
                    WriteBits((uint)length | ((uint)(~length & 0xFFFF) << 16), 32);
                    EnsureCapacity(length);
                    Buffer.BlockCopy(_window, start, _output, _outputLength, length);
                    _outputLength += length;
                    start += length;
                }
                while (remaining > 0);
            }

            private void WriteSymbols(byte[] literalLengths, ushort[] literalCodes, byte[] distanceLengths, ushort[] distanceCodes)
            {
                for (var i = 0; i < _symbolCount; i++)
                {
                    int distance = _symbolDistances[i];
                    int value = _symbolValues[i];
                    if (distance == 0)
                    {
                        WriteBits(literalCodes[value], literalLengths[value]);
                        continue;
                    }

                    var lengthCode = s_lengthCode[value];
                    var symbol = 257 + lengthCode;
                    WriteBits(literalCodes[symbol] | ((uint)(value - s_lengthBase[lengthCode]) << literalLengths[symbol]), literalLengths[symbol] + s_lengthExtra[lengthCode]);
                    var distanceCode = DistanceCode(distance);
                    WriteBits(distanceCodes[distanceCode] | ((uint)(distance - s_distanceBase[distanceCode]) << distanceLengths[distanceCode]), distanceLengths[distanceCode] + s_distanceExtra[distanceCode]);
                }

                WriteBits(literalCodes[EndOfBlock], literalLengths[EndOfBlock]);
            }

            /// <summary>Writes the <paramref name="count"/> (at most 32) low bits of <paramref name="value"/>, first bit first.</summary>
            private void WriteBits(uint value, int count)
            {
                _bits |= (ulong)value << _bitCount;
                _bitCount += count;
                if (_bitCount >= 32)
                {
                    EnsureCapacity(4);
                    var output = _output;
                    var at = _outputLength;
                    output[at] = (byte)_bits;
                    output[at + 1] = (byte)(_bits >> 8);
                    output[at + 2] = (byte)(_bits >> 16);
                    output[at + 3] = (byte)(_bits >> 24);
                    _outputLength = at + 4;
                    _bits >>= 32;
                    _bitCount -= 32;
                }
            }

            /// <summary>Writes the pending bits, padded with zero bits to a whole byte.</summary>
            private void AlignToByte()
            {
                EnsureCapacity(8);
                while (_bitCount > 0)
                {
                    _output[_outputLength++] = (byte)_bits;
                    _bits >>= 8;
                    _bitCount = Math.Max(0, _bitCount - 8);
                }

                _bits = 0;
            }

            private void EnsureCapacity(int more)
            {
                if (_outputLength + more > _output.Length)
                {
                    var larger = new byte[Math.Max(_output.Length * 2, _outputLength + more)];
                    Buffer.BlockCopy(_output, 0, larger, 0, _outputLength);
                    _output = larger;
                }
            }
        }

        /// <summary>
        /// Run-length codes a sequence of code lengths with the code length alphabet: 0-15 a length, 16 the previous one
        /// 3-6 times (2 extra bits), 17 zero 3-10 times (3), 18 zero 11-138 times (7). Returns how many symbols.
        /// </summary>
        private static int RunLengths(byte[] lengths, byte[] symbols, byte[] extras)
        {
            var count = 0;
            var i = 0;
            while (i < lengths.Length)
            {
                var value = lengths[i];
                var run = 1;
                while (i + run < lengths.Length && lengths[i + run] == value)
                {
                    run++;
                }

                i += run;
                if (value == 0)
                {
                    while (run >= 11)
                    {
                        var n = Math.Min(run, 138);
                        symbols[count] = 18;
                        extras[count++] = (byte)(n - 11);
                        run -= n;
                    }

                    if (run >= 3)
                    {
                        symbols[count] = 17;
                        extras[count++] = (byte)(run - 3);
                        run = 0;
                    }
                }
                else
                {
                    symbols[count++] = value;
                    run--;
                    while (run >= 3)
                    {
                        var n = Math.Min(run, 6);
                        symbols[count] = 16;
                        extras[count++] = (byte)(n - 3);
                        run -= n;
                    }
                }

                while (run > 0)
                {
                    symbols[count++] = value;
                    run--;
                }
            }

            return count;
        }

        /// <summary>
        /// Optimal code lengths of at most <paramref name="maxBits"/> for the first <paramref name="count"/> frequencies
        /// (package-merge). At least two symbols get a code (the lowest unused take frequency 1), so that every code is
        /// complete: a decoder must accept it, and one used symbol still costs one bit as RFC 1951 requires.
        /// </summary>
        internal static void HuffmanLengths(int[] frequencies, int count, int maxBits, byte[] lengths)
        {
            Array.Clear(lengths, 0, count);
            var symbols = new int[count];
            var weights = new long[count];
            var used = 0;
            for (var symbol = 0; symbol < count; symbol++)
            {
                if (frequencies[symbol] > 0)
                {
                    symbols[used] = symbol;
                    weights[used++] = frequencies[symbol];
                }
            }

            for (var symbol = 0; used < 2 && symbol < count; symbol++)
            {
                if (frequencies[symbol] <= 0)
                {
                    // Keep the symbols in order: insert this one where it belongs.
                    var at = used;
                    while (at > 0 && symbols[at - 1] > symbol)
                    {
                        symbols[at] = symbols[at - 1];
                        weights[at] = weights[at - 1];
                        at--;
                    }

                    symbols[at] = symbol;
                    weights[at] = 1;
                    used++;
                }
            }

            // Sort by weight, then symbol (insertion sort: stable, and the symbols are already in order).
            for (var i = 1; i < used; i++)
            {
                var symbol = symbols[i];
                var weight = weights[i];
                var j = i - 1;
                while (j >= 0 && weights[j] > weight)
                {
                    symbols[j + 1] = symbols[j];
                    weights[j + 1] = weights[j];
                    j--;
                }

                symbols[j + 1] = symbol;
                weights[j + 1] = weight;
            }

            // Package-merge: level 0 is the leaves; each next level merges the leaves with the pairs of the level before.
            var levelItems = new long[maxBits][];
            var levelIsLeaf = new bool[maxBits][];
            var levelLength = new int[maxBits];
            levelItems[0] = new long[used];
            levelIsLeaf[0] = new bool[used];
            for (var i = 0; i < used; i++)
            {
                levelItems[0][i] = weights[i];
                levelIsLeaf[0][i] = true;
            }

            levelLength[0] = used;
            for (var level = 1; level < maxBits; level++)
            {
                var previous = levelItems[level - 1];
                var packages = levelLength[level - 1] / 2;
                var items = new long[used + packages];
                var isLeaf = new bool[used + packages];
                int leaf = 0, package = 0, at = 0;
                while (leaf < used || package < packages)
                {
                    if (package >= packages || (leaf < used && weights[leaf] <= previous[2 * package] + previous[(2 * package) + 1]))
                    {
                        items[at] = weights[leaf++];
                        isLeaf[at++] = true;
                    }
                    else
                    {
                        items[at++] = previous[2 * package] + previous[(2 * package) + 1];
                        package++;
                    }
                }

                levelItems[level] = items;
                levelIsLeaf[level] = isLeaf;
                levelLength[level] = at;
            }

            // The first 2n - 2 items of the last level: each leaf among them (and among the items they package) is one bit.
            var take = (2 * used) - 2;
            for (var level = maxBits - 1; level >= 0 && take > 0; level--)
            {
                var leaves = 0;
                var isLeaf = levelIsLeaf[level];
                for (var i = 0; i < take; i++)
                {
                    if (isLeaf[i])
                    {
                        leaves++;
                    }
                }

                for (var i = 0; i < leaves; i++)
                {
                    lengths[symbols[i]]++;
                }

                take = 2 * (take - leaves);
            }
        }

        /// <summary>RFC 1951's canonical codes of <paramref name="lengths"/>, bit-reversed to be written first bit first.</summary>
        internal static ushort[] CanonicalCodes(byte[] lengths, int count)
        {
            var lengthCounts = new int[MaxBits + 1];
            for (var i = 0; i < count; i++)
            {
                lengthCounts[lengths[i]]++;
            }

            lengthCounts[0] = 0;
            var nextCode = new int[MaxBits + 2];
            var code = 0;
            for (var bits = 1; bits <= MaxBits; bits++)
            {
                code = (code + lengthCounts[bits - 1]) << 1;
                nextCode[bits] = code;
            }

            var codes = new ushort[count];
            for (var i = 0; i < count; i++)
            {
                int length = lengths[i];
                if (length == 0)
                {
                    continue;
                }

                var value = nextCode[length]++;
                var reversed = 0;
                for (var bit = 0; bit < length; bit++)
                {
                    reversed = (reversed << 1) | ((value >> bit) & 1);
                }

                codes[i] = (ushort)reversed;
            }

            return codes;
        }

        private static byte[] LengthCodes()
        {
            var codes = new byte[MaxMatch + 1];
            for (var code = 0; code < s_lengthBase.Length; code++)
            {
                var last = code == s_lengthBase.Length - 1 ? MaxMatch : s_lengthBase[code + 1] - 1;
                for (var length = s_lengthBase[code]; length <= last; length++)
                {
                    codes[length] = (byte)code;
                }
            }

            // 258 has its own code (28), not 227's last extra value.
            codes[MaxMatch] = 28;
            return codes;
        }

        private static byte[] DistanceCodeTable()
        {
            var table = new byte[512];
            for (var code = 0; code < s_distanceBase.Length; code++)
            {
                var first = s_distanceBase[code];
                var last = first + (1 << s_distanceExtra[code]) - 1;
                for (var distance = first; distance <= last; distance++)
                {
                    if (distance <= 256)
                    {
                        table[distance - 1] = (byte)code;
                    }
                    else
                    {
                        table[256 + ((distance - 1) >> 7)] = (byte)code;
                    }
                }
            }

            return table;
        }

        private static byte[] FixedLiteralLengths()
        {
            var lengths = new byte[288];
            for (var i = 0; i < 288; i++)
            {
                lengths[i] = (byte)(i < 144 ? 8 : i < 256 ? 9 : i < 280 ? 7 : 8);
            }

            return lengths;
        }

        private static byte[] Repeat(byte value, int count)
        {
            var array = new byte[count];
            for (var i = 0; i < count; i++)
            {
                array[i] = value;
            }

            return array;
        }
    }
}
