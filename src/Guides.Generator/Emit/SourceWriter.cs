using System;
using System.Runtime.CompilerServices;
using System.Text;

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

        /// <summary>
        /// The largest builder a thread keeps for its next file (in characters, 2 MiB): a file of 16 seed-sized guides
        /// is about 300,000.
        /// </summary>
        private const int MaxSpareCapacity = 1024 * 1024;

        /// <summary>The builder of this thread's last file written with <see cref="ForOneFile"/>, kept for its next file.</summary>
        [ThreadStatic]
        private static StringBuilder? t_spare;

        private readonly StringBuilder _builder;
        private int _depth;

        public SourceWriter()
            : this(new StringBuilder())
        {
        }

        private SourceWriter(StringBuilder builder) => _builder = builder;

        /// <summary>
        /// A writer for one file, on the builder this thread used for its previous file (emptied), so that writing a file
        /// allocates little more than its text. End it with <see cref="ToStringAndRelease"/>. The builder leaves the
        /// thread's slot while in use: a file written meanwhile, or after a failure, gets a builder of its own.
        /// </summary>
        public static SourceWriter ForOneFile()
        {
            var builder = t_spare ?? new StringBuilder();
            t_spare = null;
            return new SourceWriter(builder.Clear());
        }

        /// <summary>The text written, and the builder back to this thread for its next file: the writer is done.</summary>
        public string ToStringAndRelease()
        {
            var text = _builder.ToString();
            if (_builder.Capacity <= MaxSpareCapacity)
            {
                t_spare = _builder;
            }

            return text;
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
    }
}
