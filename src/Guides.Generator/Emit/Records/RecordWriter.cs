using System.Text;

namespace Guides.Generator.Emit.Records
{
    /// <summary>
    /// The one writer of records (<see cref="RecordFormat"/>): the body's numbers and strings as a record's reader reads
    /// them, then <see cref="Finish"/> puts the header before them, packing the strings when asked. <see cref="GuideRecordWriter"/>
    /// and <see cref="CatalogRecordWriter"/> say what goes into each kind of record.
    /// </summary>
    internal sealed class RecordWriter
    {
        private readonly StringBuilder _body = new(256);

        public RecordWriter(int stringCapacity = 0) => Strings = new StringTable(stringCapacity);

        /// <summary>The record's strings, by index.</summary>
        public StringTable Strings { get; }

        /// <summary>Appends a number (0 to <see cref="int.MaxValue"/>).</summary>
        public RecordWriter Number(int value)
        {
            AppendNumber(_body, value);
            return this;
        }

        /// <summary>Appends the index of <paramref name="value"/> among the record's strings, giving it one if it has none.</summary>
        public RecordWriter String(string value) => Number(Strings.IndexOf(value));

        /// <summary>
        /// The record: its header (version, <paramref name="kind"/>, flags, strings' count and lengths), the body's numbers,
        /// and its strings, those after <see cref="StringTable.PlainCount"/> packed with <paramref name="dictionary"/> when
        /// <paramref name="pack"/> and packing makes them smaller.
        /// </summary>
        public Record Finish(RecordKind kind, bool pack, DeflateEncoder.PresetDictionary? dictionary = null)
        {
            var packed = pack ? Strings.Pack(dictionary) : null;
            var flags = packed is null ? RecordFlags.None : dictionary is null ? RecordFlags.Packed : RecordFlags.Packed | RecordFlags.Dictionary;
            var rest = new StringBuilder(16 + (2 * Strings.Count) + _body.Length);
            AppendNumber(rest, (int)kind);
            AppendNumber(rest, (int)flags);
            AppendNumber(rest, Strings.Count);
            AppendNumber(rest, packed is null ? Strings.Count : Strings.PlainCount);
            for (var i = 0; i < Strings.Count; i++)
            {
                AppendNumber(rest, Strings.ByteLength(i));
            }

            rest.Append(_body).Append((char)RecordFormat.EndOfNumbers);
            var unsigned = new Record(rest.ToString(), Strings, packed, flags);
            var header = new StringBuilder(24 + rest.Length);
            AppendNumber(header, RecordFormat.Version);
            AppendNumber(header, RecordFormat.Checksum(unsigned.ToBytes(), 0));
            return new Record(header.Append(rest).ToString(), Strings, packed, flags);
        }

        /// <summary>Appends <paramref name="value"/> in the record's base 32, highest digit first.</summary>
        public static void AppendNumber(StringBuilder builder, int value)
        {
            var digits = 1;
            for (var rest = value >> 5; rest > 0; rest >>= 5)
            {
                digits++;
            }

            for (var d = digits - 1; d > 0; d--)
            {
                builder.Append(RecordFormat.Digits[32 + ((value >> (5 * d)) & 31)]);
            }

            builder.Append(RecordFormat.Digits[value & 31]);
        }
    }

    /// <summary>
    /// A record as written: its numbers with the <c>.</c> that ends them (ASCII), its strings, and the packed form of those
    /// after <see cref="StringTable.PlainCount"/> (ASCII, 7 bits a byte), or null when they are as they are.
    /// <see cref="RecordLiteral"/> writes it into C#.
    /// </summary>
    internal sealed class Record
    {
        public Record(string numbers, StringTable strings, string? packed, RecordFlags flags)
        {
            Numbers = numbers;
            Strings = strings;
            Packed = packed;
            Flags = flags;
        }

        /// <summary>How its strings are stored (the header's third number).</summary>
        public RecordFlags Flags { get; }

        public string Numbers { get; }

        public StringTable Strings { get; }

        public string? Packed { get; }

        /// <summary>The record's bytes.</summary>
        public byte[] ToBytes()
        {
            var bytes = new byte[Length];
            var at = Encoding.ASCII.GetBytes(Numbers, 0, Numbers.Length, bytes, 0);
            var plain = Packed is null ? Strings.Count : Strings.PlainCount;
            for (var i = 0; i < plain; i++)
            {
                at += Encoding.UTF8.GetBytes(Strings[i], 0, Strings[i].Length, bytes, at);
            }

            if (Packed is not null)
            {
                Encoding.ASCII.GetBytes(Packed, 0, Packed.Length, bytes, at);
            }

            return bytes;
        }

        /// <summary>How many bytes the record has.</summary>
        public int Length => Numbers.Length + (Packed is null ? Strings.ByteLength(0, Strings.Count) : Strings.ByteLength(0, Strings.PlainCount) + Packed.Length);
    }
}
