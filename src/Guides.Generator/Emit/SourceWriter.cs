using System;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace Guides.Generator.Emit
{
    /// <summary>
    /// A <see cref="StringBuilder"/> that indents: the emitters write C# through it, whole lines with <see cref="Line"/>,
    /// or a line in parts, from <see cref="StartLine"/> to <see cref="EndLine"/>, with nothing copied on the way.
    /// </summary>
    internal sealed class SourceWriter
    {
        /// <summary>Spaces a level.</summary>
        private const int IndentSize = 4;

        private readonly StringBuilder _builder;
        private int _depth;

        /// <summary>A builder that grows by chunks of at most 8,000 characters: none of them goes to the large object heap.</summary>
        public SourceWriter() => _builder = new StringBuilder();

        /// <summary>
        /// The text written, as the compiler takes it. A file of several guides is hundreds of thousands of characters:
        /// as one string it would go to the large object heap, whose every few megabytes cost a full garbage collection
        /// of the compiler's heap. <see cref="SourceText.From(TextReader, int, Encoding, SourceHashAlgorithm)"/> keeps a text
        /// that long in chunks of 40K characters instead, read here from the builder's own chunks.
        /// </summary>
        public SourceText ToSourceText() =>
            SourceText.From(new BuilderReader(_builder), _builder.Length, Encoding.UTF8);

        public SourceWriter Line(string text = "")
        {
            if (text.Length > 0)
            {
                StartLine().Append(text);
            }

            return EndLine();
        }

        /// <summary>Starts a line: its indentation.</summary>
        public SourceWriter StartLine()
        {
            _builder.Append(' ', IndentSize * _depth);
            return this;
        }

        /// <summary>Ends the line.</summary>
        public SourceWriter EndLine()
        {
            _builder.Append('\n');
            return this;
        }

        public SourceWriter Append(string text)
        {
            _builder.Append(text);
            return this;
        }

        public SourceWriter Append(char c)
        {
            _builder.Append(c);
            return this;
        }

        /// <summary>Appends <paramref name="value"/> as <c>value.ToString(CultureInfo.InvariantCulture)</c> would, without the string.</summary>
        [MethodImpl(HotPath.Optimized)]
        public SourceWriter AppendNumber(int value)
        {
            if (value < 0)
            {
                _builder.Append('-');
            }

            var magnitude = value < 0 ? 0u - (uint)value : (uint)value;
            var divisor = 1u;
            while (magnitude / divisor >= 10)
            {
                divisor *= 10;
            }

            for (; divisor > 0; divisor /= 10)
            {
                _builder.Append((char)('0' + (magnitude / divisor % 10)));
            }

            return this;
        }

        /// <summary>Appends <paramref name="value"/> as a C# string literal (<see cref="CSharpLiteral.Quote"/>).</summary>
        public SourceWriter AppendQuoted(string value)
        {
            CSharpLiteral.AppendQuoted(_builder, value);
            return this;
        }

        /// <summary>Appends <paramref name="value"/> escaped for a C# string literal, without quotes (<see cref="CSharpLiteral.AppendEscaped"/>).</summary>
        public SourceWriter AppendEscaped(string value)
        {
            CSharpLiteral.AppendEscaped(_builder, value);
            return this;
        }

        /// <summary>Appends <paramref name="value"/> as the text of an XML doc comment (<see cref="CSharpLiteral.XmlDoc"/>).</summary>
        public SourceWriter AppendXmlDoc(string value)
        {
            CSharpLiteral.AppendXmlDoc(_builder, value);
            return this;
        }

        /// <summary>Writes <c>{</c> and indents.</summary>
        public SourceWriter Open(string brace = "{")
        {
            Line(brace);
            _depth++;
            return this;
        }

        /// <summary>Unindents and writes <c>}</c> (or <paramref name="brace"/>, such as <c>},</c> or <c>});</c>).</summary>
        public SourceWriter Close(string brace = "}")
        {
            _depth--;
            return Line(brace);
        }

        public SourceWriter Indent()
        {
            _depth++;
            return this;
        }

        public SourceWriter Unindent()
        {
            _depth--;
            return this;
        }

        public override string ToString() => _builder.ToString();

        /// <summary>Reads a builder's text without making it one string.</summary>
        private sealed class BuilderReader : TextReader
        {
            private readonly StringBuilder _builder;
            private int _position;

            public BuilderReader(StringBuilder builder) => _builder = builder;

            public override int Peek() => _position < _builder.Length ? _builder[_position] : -1;

            public override int Read() => _position < _builder.Length ? _builder[_position++] : -1;

            public override int Read(char[] buffer, int index, int count)
            {
                count = Math.Min(count, _builder.Length - _position);
                _builder.CopyTo(_position, buffer, index, count);
                _position += count;
                return count;
            }

            public override string ReadToEnd()
            {
                var rest = _builder.ToString(_position, _builder.Length - _position);
                _position = _builder.Length;
                return rest;
            }
        }
    }
}
