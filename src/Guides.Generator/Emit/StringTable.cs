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
    /// heap, and is decoded when the guide is first used. Strings that are not valid UTF-16 (a lone
    /// surrogate) cannot be UTF-8 and stay literals.
    /// </para>
    /// </summary>
    internal sealed class StringTable
    {
        private static readonly UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

        private readonly bool _useUtf8;
        private readonly StringBuilder _utf8Text = new();
        private readonly System.Collections.Generic.Dictionary<string, string> _expressions = new(System.StringComparer.Ordinal);
        private int _utf8Length;

        public StringTable(bool useUtf8) => _useUtf8 = useUtf8;

        /// <summary>True when at least one string went into the UTF-8 data: the emitter then writes the data and the decoder.</summary>
        public bool HasUtf8Data => _utf8Length > 0;

        /// <summary>A C# expression of type string whose value is <paramref name="value"/>.</summary>
        public string Expression(string value)
        {
            if (!_useUtf8 || value.Length == 0)
            {
                return CSharpLiteral.Quote(value);
            }

            if (_expressions.TryGetValue(value, out var known))
            {
                // The same text twice (a plain list item's Markdown, HTML and text): stored once.
                return known;
            }

            int byteCount;
            try
            {
                byteCount = s_strictUtf8.GetByteCount(value);
            }
            catch (System.ArgumentException)
            {
                // Not valid UTF-16: no UTF-8 form.
                return CSharpLiteral.Quote(value);
            }

            var start = _utf8Length;
            _utf8Text.Append(value);
            _utf8Length += byteCount;
            var expression = "S(" + start.ToString(System.Globalization.CultureInfo.InvariantCulture) + ", " + byteCount.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")";
            _expressions.Add(value, expression);
            return expression;
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
