using System.Collections.Generic;
using System.Globalization;
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

        private readonly StringBuilder _utf8Text = new();
        private readonly Dictionary<string, string> _expressions = new(System.StringComparer.Ordinal);
        private readonly List<int> _offsets = new() { 0 };
        private readonly List<KeyValuePair<int, string>> _literals = new();

        public StringTable(bool useUtf8) => IsIndexed = useUtf8;

        /// <summary>
        /// True when strings are indexes in the guide's UTF-8 data (C# 11 and later); false when they are string literals.
        /// </summary>
        public bool IsIndexed { get; }

        /// <summary>How many strings have an index: the last index is <c>Count - 1</c>.</summary>
        public int Count => _offsets.Count - 1;

        /// <summary>
        /// A C# expression for <paramref name="value"/>: a string literal, or when <see cref="IsIndexed"/> the string's
        /// index (an <c>int</c>). Equal strings share one index.
        /// </summary>
        public string Expression(string value)
        {
            if (!IsIndexed)
            {
                return CSharpLiteral.Quote(value);
            }

            if (_expressions.TryGetValue(value, out var known))
            {
                // The same text twice (a plain list item's Markdown, HTML and text): stored once.
                return known;
            }

            var index = Count;
            var end = _offsets[index];
            try
            {
                end += s_strictUtf8.GetByteCount(value);
                _utf8Text.Append(value);
            }
            catch (System.ArgumentException)
            {
                // Not valid UTF-16: no UTF-8 form, so the decoder returns it as a literal.
                _literals.Add(new KeyValuePair<int, string>(index, CSharpLiteral.Quote(value)));
            }

            _offsets.Add(end);
            var expression = index.ToString(CultureInfo.InvariantCulture);
            _expressions.Add(value, expression);
            return expression;
        }

        /// <summary>
        /// Where each string starts in <see cref="Utf8Literal"/>, and where the last ends: string <c>i</c> is the bytes
        /// from <c>offsets[i]</c> to <c>offsets[i + 1]</c>. As C# numbers, separated by commas.
        /// </summary>
        public string Offsets()
        {
            var builder = new StringBuilder(_offsets.Count * 6);
            for (var i = 0; i < _offsets.Count; i++)
            {
                builder.Append(i == 0 ? string.Empty : ", ").Append(_offsets[i].ToString(CultureInfo.InvariantCulture));
            }

            return builder.ToString();
        }

        /// <summary>
        /// A C# expression of type string for string <c>index</c> (a variable of that name) given
        /// <paramref name="decoded"/>, the expression that decodes it from the UTF-8 data.
        /// </summary>
        public string Decoder(string decoded)
        {
            var builder = new StringBuilder();
            foreach (var literal in _literals)
            {
                builder.Append("index == ").Append(literal.Key.ToString(CultureInfo.InvariantCulture)).Append(" ? ").Append(literal.Value).Append(" : ");
            }

            return builder.Append(decoded).ToString();
        }

        /// <summary>The UTF-8 literal holding every string given to <see cref="Expression"/>, one after the other.</summary>
        public string Utf8Literal()
        {
            var builder = new StringBuilder(_utf8Text.Length + 8);
            builder.Append('"');
            CSharpLiteral.AppendEscaped(builder, _utf8Text.ToString());
            builder.Append("\"u8");
            return builder.ToString();
        }
    }
}
