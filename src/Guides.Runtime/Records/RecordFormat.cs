namespace Guides.Records
{
    /// <summary>
    /// The one format of the records a content library is made of: a guide, and the catalog's tables. This file is compiled
    /// into the generator, which writes records (<c>RecordWriter</c>), and into the runtime, which reads them
    /// (<see cref="RecordText"/>, <see cref="GuideRecord"/>, <see cref="GuideCatalogRecord"/>): what is written here is all
    /// the two agree on.
    /// </summary>
    /// <remarks>
    /// <para>
    /// A record is bytes: numbers, a <c>.</c>, then strings.
    /// </para>
    /// <para>
    /// <b>Numbers</b> are whole numbers from 0 to <see cref="int.MaxValue"/>, each in base 32 from its highest digit: a
    /// character of <c>0-9A-V</c> (values 0 to 31) is a number's last digit, one of <c>W-Za-z-_</c> (32 to 63) a digit with
    /// more to come. They are printable ASCII with neither <c>"</c> nor <c>\</c>, so that they stand for themselves in a
    /// C# literal.
    /// </para>
    /// <para>
    /// The numbers start with the <b>header</b>: <see cref="Version"/>, the record's checksum (<see cref="Checksum(byte[], int)"/> of
    /// every byte after the checksum's own digits, to the record's end), the <see cref="RecordKind"/>, the
    /// <see cref="RecordFlags"/>, how many strings there are (<c>N</c>), how many come before the packed ones (<c>P</c>,
    /// equal to <c>N</c> unless <see cref="RecordFlags.Packed"/>), then the UTF-8 byte length of each of the <c>N</c>
    /// strings. The <b>body</b>'s numbers follow: <see cref="GuideRecord"/> and <see cref="GuideCatalogRecord"/> say what they
    /// are, each naming strings by index. Then a <c>.</c>, the first <c>P</c> strings' UTF-8 bytes one after the other,
    /// then the others', packed (<c>PackedText</c>: Deflate, 7 bits a byte) when <see cref="RecordFlags.Packed"/>, with the
    /// library's preset dictionary when <see cref="RecordFlags.Dictionary"/>.
    /// </para>
    /// <para>
    /// <b>Literal forms.</b> Generated code holds a record as a <c>"..."u8</c> literal (C# 11 and a runtime with spans) or as
    /// a string literal whose characters, U+0000 to U+00FF, are the record's bytes (earlier C#, the netstandard2.0
    /// runtime). The bytes are the same.
    /// </para>
    /// <para>
    /// <b>Versions.</b> A reader reads the versions up to its own; a newer record is refused with an exception that names
    /// both, never read as something else. The version is the first number whatever the version: a reader can always
    /// tell.
    /// </para>
    /// </remarks>
    internal static class RecordFormat
    {
        /// <summary>The version this code writes and reads.</summary>
        public const int Version = 1;

        /// <summary>The digits of the numbers: value <c>d</c> is <c>Digits[d]</c>; 32 and above say more digits follow.</summary>
        public const string Digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";

        /// <summary>The byte that ends the numbers.</summary>
        public const byte EndOfNumbers = (byte)'.';

        /// <summary>
        /// A record's checksum of <paramref name="bytes"/> from <paramref name="start"/> to the end: FNV-1a over 64-bit words
        /// (offset basis 14695981039346656037, prime 1099511628211), each word eight bytes little-endian, then the bytes
        /// left one by one; mixed by MurmurHash3's 64-bit finalizer and cut to 31 bits (a number is at most <see cref="int.MaxValue"/>). Each step is a bijection of
        /// the hash, so that any one damaged word is an error, never a wrong guide; a word at a time, it costs a record's
        /// first use about a nanosecond per eight bytes.
        /// </summary>
        public static int Checksum(byte[] bytes, int start)
        {
            var hash = ChecksumStart;
            var i = start;
            for (; i + 8 <= bytes.Length; i += 8)
            {
                var word = bytes[i] | ((ulong)bytes[i + 1] << 8) | ((ulong)bytes[i + 2] << 16) | ((ulong)bytes[i + 3] << 24) |
                    ((ulong)bytes[i + 4] << 32) | ((ulong)bytes[i + 5] << 40) | ((ulong)bytes[i + 6] << 48) | ((ulong)bytes[i + 7] << 56);
                hash = (hash ^ word) * ChecksumPrime;
            }

            for (; i < bytes.Length; i++)
            {
                hash = (hash ^ bytes[i]) * ChecksumPrime;
            }

            return Fold(hash);
        }

#if NET
        /// <summary><see cref="Checksum(byte[], int)"/> of a span: the same words, read eight bytes at a time.</summary>
        public static int Checksum(System.ReadOnlySpan<byte> bytes, int start)
        {
            var hash = ChecksumStart;
            var i = start;
            for (; i + 8 <= bytes.Length; i += 8)
            {
                hash = (hash ^ System.Buffers.Binary.BinaryPrimitives.ReadUInt64LittleEndian(bytes.Slice(i))) * ChecksumPrime;
            }

            for (; i < bytes.Length; i++)
            {
                hash = (hash ^ bytes[i]) * ChecksumPrime;
            }

            return Fold(hash);
        }
#endif

        private const ulong ChecksumStart = 14695981039346656037;

        private const ulong ChecksumPrime = 1099511628211;

        /// <summary>The hash mixed (MurmurHash3's 64-bit finalizer, a bijection) so that a difference in any bit reaches the low 31 kept.</summary>
        private static int Fold(ulong hash)
        {
            hash = (hash ^ (hash >> 33)) * 0xff51afd7ed558ccd;
            hash = (hash ^ (hash >> 33)) * 0xc4ceb9fe1a85ec53;
            return (int)((hash ^ (hash >> 33)) & int.MaxValue);
        }

        /// <summary>The value of the digit <paramref name="c"/> (0 to 63), or -1 when it is not one.</summary>
        public static int DigitValue(byte c) =>
            c >= (byte)'0' && c <= (byte)'9' ? c - '0' :
            c >= (byte)'A' && c <= (byte)'Z' ? c - 'A' + 10 :
            c >= (byte)'a' && c <= (byte)'z' ? c - 'a' + 36 :
            c == (byte)'-' ? 62 :
            c == (byte)'_' ? 63 :
            -1;
    }

    /// <summary>What a record holds: the second number of its header.</summary>
    internal enum RecordKind
    {
        /// <summary>One translation of a guide (<see cref="GuideRecord"/>).</summary>
        Guide = 1,

        /// <summary>The catalog's tables: ids, translations, languages (<see cref="GuideCatalogRecord"/>).</summary>
        Catalog = 2,
    }

    /// <summary>How a record's strings are stored: the third number of its header, bits.</summary>
    [System.Flags]
    internal enum RecordFlags
    {
        /// <summary>Every string as it is.</summary>
        None = 0,

        /// <summary>The strings after the first <c>P</c> are packed.</summary>
        Packed = 1,

        /// <summary>They are packed with the library's preset dictionary.</summary>
        Dictionary = 2,
    }

    /// <summary>A guide's difficulty in a record. The runtime's <c>GuideDifficulty</c> has the same values (a test says so).</summary>
    internal enum Difficulty
    {
        Unspecified = 0,
        Easy = 1,
        Medium = 2,
        Hard = 3,
    }

    /// <summary>What a heading of the outline heads, in a record. The runtime's <c>GuideHeadingKind</c> has the same values.</summary>
    internal enum OutlineKind
    {
        Section = 0,
        Introduction = 1,
        Requirements = 2,
        Steps = 3,
        Step = 4,
        Tips = 5,
        Links = 6,
    }

    /// <summary>Whether a list item of a record is a task (<c>- [ ]</c>, <c>- [x]</c>), and checked: one number.</summary>
    internal enum TaskMark
    {
        /// <summary>Not a task item.</summary>
        None = 0,

        /// <summary><c>[ ]</c>.</summary>
        Unchecked = 1,

        /// <summary><c>[x]</c> or <c>[X]</c>.</summary>
        Checked = 2,
    }
}
