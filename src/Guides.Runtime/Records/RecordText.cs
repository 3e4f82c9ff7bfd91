using System;
using System.Text;
using Guides.Records;
#if NET
using Bytes = System.ReadOnlySpan<byte>;
#else
using Bytes = byte[];
#endif

namespace Guides
{
    /// <summary>Where a record's bytes come from: its generated holder's literal (<see cref="RecordFormat"/>).</summary>
    internal interface IRecordSource
    {
        /// <summary>The record's bytes, always the same.</summary>
        Bytes RecordBytes();

        /// <summary>The library's preset dictionary of the record's packed strings; empty when there is none.</summary>
        Bytes DictionaryBytes();
    }

    /// <summary>
    /// A record's header and strings (<see cref="RecordFormat"/>): the header is read once, when the record is opened; each
    /// string is decoded on its first read, and packed strings are unpacked together on the first read of any of them.
    /// </summary>
    internal sealed class RecordText : GuideStrings
    {
        private readonly IRecordSource _source;
        private readonly int[] _offsets;
        private readonly int _plainCount;
        private readonly int _start;
        private readonly RecordFlags _flags;
        private byte[]? _unpacked;

        private RecordText(IRecordSource source, int[] offsets, int plainCount, int start, RecordFlags flags)
            : base(offsets.Length - 1)
        {
            _source = source;
            _offsets = offsets;
            _plainCount = plainCount;
            _start = start;
            _flags = flags;
        }

        /// <summary>
        /// Opens the record of <paramref name="source"/>: checks its version and kind, reads the strings' lengths, and leaves
        /// <paramref name="reader"/> at the first number of the body.
        /// </summary>
        /// <exception cref="InvalidOperationException">The record was written by a newer generator (the message names both versions).</exception>
        /// <exception cref="ArgumentException">The record is not one the generator writes.</exception>
        public static RecordText Open(IRecordSource source, RecordKind kind, Bytes bytes, out RecordReader reader)
        {
            var end = -1;
            for (var i = 0; i < bytes.Length; i++)
            {
                if (bytes[i] == RecordFormat.EndOfNumbers)
                {
                    end = i;
                    break;
                }
            }

            if (end < 0)
            {
                throw RecordReader.Damaged("it has no end to its numbers");
            }

            reader = new RecordReader(end);
            var version = reader.Next(bytes);
            if (version != RecordFormat.Version)
            {
                throw new InvalidOperationException(
                    "This content library's " + (kind == RecordKind.Guide ? "guide" : "catalog") + " record is in format version " + version +
                    ", written by " + (version > RecordFormat.Version ? "a newer" : "an older") + " Guides.Generator; this Guides.Runtime (" +
                    typeof(RecordText).Assembly.GetName().Version + ") reads format version " + RecordFormat.Version +
                    ". Reference the Guides.Runtime version that the content library was built with, or a later one.");
            }

            var checksum = reader.Next(bytes);
            if (RecordFormat.Checksum(bytes, reader.Position) != checksum)
            {
                throw RecordReader.Damaged("its checksum is not that of its bytes");
            }

            if (reader.Next(bytes) != (int)kind)
            {
                throw RecordReader.Damaged("it is not a " + kind + " record");
            }

            var flags = (RecordFlags)reader.Next(bytes);
            if ((flags & ~(RecordFlags.Packed | RecordFlags.Dictionary)) != 0 || flags == RecordFlags.Dictionary)
            {
                throw RecordReader.Damaged("its flags are " + (int)flags);
            }

            int count = reader.Next(bytes), plainCount = reader.Next(bytes);
            if (plainCount > count || ((flags & RecordFlags.Packed) == 0 && plainCount != count))
            {
                throw RecordReader.Damaged("it has more plain strings than strings");
            }

            var offsets = new int[count + 1];
            for (var i = 0; i < count; i++)
            {
                offsets[i + 1] = checked(offsets[i] + reader.Next(bytes));
            }

            var start = end + 1;
            var length = bytes.Length - start;
            if (offsets[plainCount] > length || ((flags & RecordFlags.Packed) == 0 && offsets[count] != length))
            {
                throw RecordReader.Damaged("its strings are not as long as it says");
            }

            return new RecordText(source, offsets, plainCount, start, flags);
        }

        /// <summary>String <paramref name="index"/>, checked: a record that names a string it does not have is damaged.</summary>
        public int Index(int index) => (uint)index < (uint)Count ? index : throw RecordReader.Damaged("it names string " + index + " of " + Count);

        /// <inheritdoc/>
        protected override string Decode(int index)
        {
            int start = _offsets[index], length = _offsets[index + 1] - start;
            var bytes = _source.RecordBytes();
            if (index < _plainCount)
            {
                return Utf8(bytes, _start + start, length);
            }

            var unpacked = _unpacked ??= Unpack(bytes);
            return Encoding.UTF8.GetString(unpacked, start - _offsets[_plainCount], length);
        }

        private byte[] Unpack(Bytes bytes)
        {
            var from = _start + _offsets[_plainCount];
            var packed = new byte[bytes.Length - from];
            for (var i = 0; i < packed.Length; i++)
            {
                packed[i] = bytes[from + i];
            }

            var length = _offsets[_offsets.Length - 1] - _offsets[_plainCount];
            if ((_flags & RecordFlags.Dictionary) == 0)
            {
                return PackedText.Unpack(packed, length);
            }

            var dictionary = _source.DictionaryBytes();
            if (dictionary.Length == 0)
            {
                throw RecordReader.Damaged("it is packed with a dictionary, and the library has none");
            }

            return PackedText.Unpack(packed, length, dictionary);
        }

        private static string Utf8(Bytes bytes, int start, int length) =>
#if NET
            Encoding.UTF8.GetString(bytes.Slice(start, length));
#else
            Encoding.UTF8.GetString(bytes, start, length);
#endif

        /// <summary>
        /// The bytes of a record held as a string literal (<paramref name="chars"/>), made on first use and kept in
        /// <paramref name="cache"/>; null when the record is not held as a string.
        /// </summary>
        public static byte[]? FromChars(string? chars, ref byte[]? cache) => cache ?? (chars is null ? null : cache = FromChars(chars));

        /// <summary>
        /// The bytes of a record held as a string literal (<see cref="RecordFormat"/>'s second literal form), each character
        /// a byte.
        /// </summary>
        /// <exception cref="ArgumentException">A character is above U+00FF.</exception>
        public static byte[] FromChars(string chars)
        {
            var bytes = new byte[chars.Length];
            for (var i = 0; i < chars.Length; i++)
            {
                bytes[i] = chars[i] <= 0xFF ? (byte)chars[i] : throw RecordReader.Damaged("its character " + i + " is not a byte");
            }

            return bytes;
        }
    }

    /// <summary>Reads a record's numbers one after the other (<see cref="RecordFormat"/>).</summary>
    internal struct RecordReader
    {
        private readonly int _end;
        private int _at;

        public RecordReader(int end)
        {
            _end = end;
            _at = 0;
        }

        /// <summary>Where the next number starts.</summary>
        public int Position => _at;

        /// <summary>The next number.</summary>
        /// <exception cref="ArgumentException">There is none, or it does not fit an <see cref="int"/>.</exception>
        public int Next(Bytes bytes)
        {
            var value = 0;
            while (true)
            {
                var digit = _at < _end ? RecordFormat.DigitValue(bytes[_at]) : -1;
                if (digit < 0 || value > (int.MaxValue >> 5))
                {
                    throw Damaged("its numbers end early or are damaged at byte " + _at);
                }

                _at++;
                value = (value << 5) | (digit & 31);
                if (digit < 32)
                {
                    return value;
                }
            }
        }

        /// <summary>The next number, which must be below <paramref name="limit"/>.</summary>
        public int Next(Bytes bytes, int limit)
        {
            var value = Next(bytes);
            return value < limit ? value : throw Damaged("a number is " + value + " where at most " + (limit - 1) + " fits");
        }

        /// <summary>Checks that every number was read.</summary>
        public void End()
        {
            if (_at != _end)
            {
                throw Damaged("it has " + (_end - _at) + " bytes of numbers too many");
            }
        }

        public static ArgumentException Damaged(string what) =>
            new ArgumentException("The content library's record is damaged: " + what + ". Records are written by Guides.Generator; rebuild the library.");
    }
}
