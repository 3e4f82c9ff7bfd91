using System.Text;

namespace Guides.Generator.Emit
{
    /// <summary>A <see cref="StringBuilder"/> that indents: the emitters write C# line by line through it.</summary>
    internal sealed class SourceWriter
    {
        private const string Indentation = "    ";
        private readonly StringBuilder _builder = new();
        private int _depth;

        public SourceWriter Line(string text = "")
        {
            if (text.Length > 0)
            {
                for (var i = 0; i < _depth; i++)
                {
                    _builder.Append(Indentation);
                }

                _builder.Append(text);
            }

            _builder.Append('\n');
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
