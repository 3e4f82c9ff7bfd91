using System;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text;
using Guides.Generator.Model;
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

        /// <summary>The largest builder a thread keeps for its next guide (in characters): a seed-sized guide takes 17,000.</summary>
        private const int MaxSpareCapacity = 128 * 1024;

        /// <summary>The builder of this thread's last guide written with <see cref="ForOneGuide"/>, kept for its next guide.</summary>
        [ThreadStatic]
        private static StringBuilder? t_spare;

        private readonly StringBuilder _builder;
        private int _depth;

        /// <param name="depth">The indentation level the text starts at.</param>
        public SourceWriter(int depth = 0)
            : this(new StringBuilder(), depth)
        {
        }

        private SourceWriter(StringBuilder builder, int depth)
        {
            _builder = builder;
            _depth = depth;
        }

        /// <summary>
        /// A writer for one guide's code, on the builder this thread used for its previous guide (emptied), so that writing
        /// a guide allocates little more than its text. End it with <see cref="ToStringAndRelease"/>. The builder leaves the
        /// thread's slot while in use: a guide written meanwhile, or after a failure, gets a builder of its own.
        /// </summary>
        public static SourceWriter ForOneGuide(int depth)
        {
            var builder = t_spare ?? new StringBuilder();
            t_spare = null;
            return new SourceWriter(builder.Clear(), depth);
        }

        /// <summary>The text written, and the builder back to this thread for its next guide: the writer is done.</summary>
        public string ToStringAndRelease()
        {
            var text = _builder.ToString();
            if (_builder.Capacity <= MaxSpareCapacity)
            {
                t_spare = _builder;
            }

            return text;
        }

        /// <summary>
        /// A file made of <paramref name="header"/>, the <paramref name="parts"/> with <paramref name="separator"/> between
        /// them, and <paramref name="footer"/>, as the compiler takes it, without joining them into one string: a file of
        /// several guides is hundreds of thousands of characters, and as one string it would go to the large object heap,
        /// whose every few megabytes cost a full garbage collection of the compiler's heap.
        /// <see cref="SourceText.From(TextReader, int, Encoding, SourceHashAlgorithm)"/> keeps a text that long in chunks of
        /// 40K characters.
        /// </summary>
        public static SourceText ToSourceText(string header, EquatableArray<string> parts, string separator, string footer)
        {
            var texts = new string[(2 * parts.Count) + 1];
            var length = 0;
            texts[0] = header;
            for (var i = 0; i < parts.Count; i++)
            {
                texts[(2 * i) + 1] = parts[i];
                texts[(2 * i) + 2] = i + 1 < parts.Count ? separator : footer;
            }

            if (parts.Count == 0)
            {
                texts[0] = header + footer;
            }

            foreach (var text in texts)
            {
                length += text.Length;
            }

            return SourceText.From(new PartsReader(texts), length, Encoding.UTF8);
        }

        /// <summary>A file made of <paramref name="texts"/>, one after the other, without joining them (see the overload above).</summary>
        public static SourceText ToSourceText(System.Collections.Generic.List<string> texts)
        {
            var length = 0;
            foreach (var text in texts)
            {
                length += text.Length;
            }

            return SourceText.From(new PartsReader(texts.ToArray()), length, Encoding.UTF8);
        }

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

        /// <summary>Reads strings one after the other, as one text.</summary>
        private sealed class PartsReader : TextReader
        {
            private readonly string[] _parts;
            private int _part;
            private int _offset;

            public PartsReader(string[] parts) => _parts = parts;

            public override int Peek()
            {
                SkipEmptyParts();
                return _part < _parts.Length ? _parts[_part][_offset] : -1;
            }

            public override int Read()
            {
                var next = Peek();
                if (next >= 0)
                {
                    _offset++;
                }

                return next;
            }

            public override int Read(char[] buffer, int index, int count)
            {
                var read = 0;
                while (read < count)
                {
                    SkipEmptyParts();
                    if (_part == _parts.Length)
                    {
                        break;
                    }

                    var part = _parts[_part];
                    var length = Math.Min(count - read, part.Length - _offset);
                    part.CopyTo(_offset, buffer, index + read, length);
                    _offset += length;
                    read += length;
                }

                return read;
            }

            public override string ReadToEnd()
            {
                var rest = new StringBuilder();
                for (SkipEmptyParts(); _part < _parts.Length; _part++, _offset = 0)
                {
                    rest.Append(_parts[_part], _offset, _parts[_part].Length - _offset);
                }

                return rest.ToString();
            }

            private void SkipEmptyParts()
            {
                while (_part < _parts.Length && _offset == _parts[_part].Length)
                {
                    _part++;
                    _offset = 0;
                }
            }
        }
    }
}
