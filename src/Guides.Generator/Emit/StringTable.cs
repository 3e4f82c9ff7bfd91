using System.Collections.Generic;
using System.Text;

namespace Guides.Generator.Emit
{
    /// <summary>
    /// How a guide's strings are written into generated code.
    /// <para>
    /// String literals are stored in the assembly's user-string heap, which holds 16 MiB for the whole
    /// assembly (error CS8103 past it): a few hundred guides in three forms fill it. Where the language
    /// allows (C# 11 and an <c>Encoding.GetString(ReadOnlySpan&lt;byte&gt;)</c>), every string of a guide
    /// goes instead into one UTF-8 literal (<c>"..."u8</c>), which the compiler stores as data outside that
    /// heap. Each string is then an index in the guide's <c>GuideStrings</c>, which decodes it on its first
    /// read: creating a guide decodes nothing. Strings that are not valid UTF-16 (a lone surrogate) cannot be
    /// UTF-8: they take an index with no bytes, and the decoder returns them as literals.
    /// </para>
    /// </summary>
    internal sealed class StringTable
    {
        private static readonly UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

        /// <summary>Every string, by index.</summary>
        private readonly List<string> _strings;

        /// <summary>Where the UTF-8 bytes of string <c>i</c> start, and where the last string's end.</summary>
        private readonly List<int> _offsets;

        /// <summary>The indexes of the strings that have no UTF-8 form.</summary>
        private readonly List<int> _withoutUtf8 = new();

        /// <summary>The index of every string.</summary>
        private readonly Dictionary<string, int> _indexes;

        /// <param name="useUtf8">Whether strings are indexes (<see cref="IsIndexed"/>).</param>
        /// <param name="capacity">How many strings the table will likely hold: its collections are sized for them.</param>
        public StringTable(bool useUtf8, int capacity = 0)
        {
            IsIndexed = useUtf8;
            capacity = useUtf8 ? capacity : 0;
            _strings = new List<string>(capacity);
            _offsets = new List<int>(capacity + 1) { 0 };
            _indexes = new Dictionary<string, int>(capacity, System.StringComparer.Ordinal);
        }

        /// <summary>
        /// True when strings are indexes in the guide's UTF-8 data (C# 11 and later); false when they are string literals.
        /// </summary>
        public bool IsIndexed { get; }

        /// <summary>How many strings have an index: the last index is <c>Count - 1</c>.</summary>
        public int Count => _strings.Count;

        /// <summary>
        /// Appends a C# expression for <paramref name="value"/>: a string literal, or when <see cref="IsIndexed"/> the
        /// string's index (an <c>int</c>). Equal strings share one index.
        /// </summary>
        public SourceWriter AppendExpression(SourceWriter writer, string value) =>
            IsIndexed ? writer.AppendNumber(IndexOf(value)) : writer.AppendQuoted(value);

        /// <summary>
        /// Appends where each string starts in the UTF-8 literal, and where the last ends: string <c>i</c> is the bytes
        /// from <c>offsets[i]</c> to <c>offsets[i + 1]</c>. As C# numbers, separated by commas.
        /// </summary>
        public void AppendOffsets(SourceWriter writer)
        {
            for (var i = 0; i < _offsets.Count; i++)
            {
                if (i > 0)
                {
                    writer.Append(", ");
                }

                writer.AppendNumber(_offsets[i]);
            }
        }

        /// <summary>
        /// Appends a C# expression of type string for string <c>index</c> (a variable of that name) given
        /// <paramref name="decoded"/>, the expression that decodes it from the UTF-8 data.
        /// </summary>
        public void AppendDecoder(SourceWriter writer, string decoded)
        {
            foreach (var index in _withoutUtf8)
            {
                writer.Append("index == ").AppendNumber(index).Append(" ? ").AppendQuoted(_strings[index]).Append(" : ");
            }

            writer.Append(decoded);
        }

        /// <summary>
        /// How many strings stay unpacked when the text is packed: those given an index before <see cref="MarkPlain"/>
        /// (a guide's title, description, category and platform, which lists of guides read).
        /// </summary>
        public int PlainCount { get; private set; }

        /// <summary>Every string given an index so far stays unpacked (<see cref="PlainCount"/>).</summary>
        public void MarkPlain() => PlainCount = Count;

        /// <summary>How many UTF-8 bytes the strings after <see cref="PlainCount"/> take.</summary>
        public int PackableLength => _offsets[Count] - _offsets[PlainCount];

        /// <summary>
        /// The strings after <see cref="PlainCount"/>, packed (<see cref="PackedText"/>: Deflate, 7 bits a byte) and written
        /// as the body of a <c>"..."u8</c> literal (<see cref="CSharpLiteral.AsciiBody"/>); null when packing would not make
        /// them smaller.
        /// </summary>
        public string? Pack(DeflateEncoder.PresetDictionary? dictionary = null)
        {
            var length = PackableLength;
            if (length == 0)
            {
                return null;
            }

            var bytes = new byte[length];
            var at = 0;
            for (var i = PlainCount; i < _strings.Count; i++)
            {
                if (_offsets[i + 1] > _offsets[i])
                {
                    at += Encoding.UTF8.GetBytes(_strings[i], 0, _strings[i].Length, bytes, at);
                }
            }

            var packed = PackedText.Pack(bytes, 0, length, dictionary);
            return packed.Length < length ? CSharpLiteral.AsciiBody(packed) : null;
        }

        /// <summary>Whether some string has no UTF-8 form (a lone surrogate), which only a generated decoder can return.</summary>
        public bool HasStringsWithoutUtf8 => _withoutUtf8.Count > 0;

        /// <summary>Adds the UTF-8 length of each string, in index order, to <paramref name="shape"/>.</summary>
        public void AddLengths(ShapeWriter shape)
        {
            for (var i = 0; i < _strings.Count; i++)
            {
                shape.Add(_offsets[i + 1] - _offsets[i]);
            }
        }

        /// <summary>Appends the first <paramref name="count"/> strings, one after the other, escaped for a C# string literal.</summary>
        public void AppendEscaped(SourceWriter writer, int count)
        {
            for (var i = 0; i < count; i++)
            {
                // A string with no UTF-8 form has no bytes, and is not in the literal.
                if (_offsets[i + 1] > _offsets[i])
                {
                    writer.AppendEscaped(_strings[i]);
                }
            }
        }

        /// <summary>Appends the UTF-8 literal holding every string given an index, one after the other.</summary>
        public void AppendUtf8Literal(SourceWriter writer) => AppendUtf8Literal(writer, _strings.Count);

        /// <summary>Appends the UTF-8 literal holding the first <paramref name="count"/> strings, one after the other.</summary>
        public void AppendUtf8Literal(SourceWriter writer, int count)
        {
            writer.Append('"');
            AppendEscaped(writer, count);
            writer.Append("\"u8");
        }

        /// <summary>
        /// The index of <paramref name="value"/>, given one if it has none. The same text twice (a plain list item's
        /// Markdown, HTML and text) is stored once.
        /// </summary>
        public int IndexOf(string value)
        {
            if (_indexes.TryGetValue(value, out var known))
            {
                return known;
            }

            var index = Add(value);
            _indexes.Add(value, index);
            return index;
        }

        private int Add(string value)
        {
            var index = Count;
            var end = _offsets[index];
            try
            {
                end += s_strictUtf8.GetByteCount(value);
            }
            catch (System.ArgumentException)
            {
                // Not valid UTF-16: no UTF-8 form, so the decoder returns it as a literal.
                _withoutUtf8.Add(index);
            }

            _strings.Add(value);
            _offsets.Add(end);
            return index;
        }
    }
}
