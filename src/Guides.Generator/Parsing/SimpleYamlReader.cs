using System.Collections.Generic;
using System.Text;
using YamlDotNet.Core;

namespace Guides.Generator.Parsing
{
    /// <summary>
    /// Reads, without YamlDotNet, the YAML that front matter almost always is: <c>key: value</c> lines at the left
    /// margin, and lists of one-line scalars or of <c>key: value</c> entries under a key (the <c>faq</c>):
    /// <code>
    /// title: "Ameli"
    /// steps: 7
    /// faq:
    ///   - question: "Qu'est-ce qu'Ameli ?"
    ///     answer: 'Le site de l''Assurance Maladie.'
    /// </code>
    /// Each value fits on its line: double-quoted with no escape, single-quoted, or plain. Anything else (comments,
    /// tabs, escapes, values over several lines, flow collections, anchors, tags, block scalars, other line breaks,
    /// characters outside the Basic Multilingual Plane) returns null, and <see cref="YamlTreeReader"/> reads the text
    /// with YamlDotNet. Where this reader gives a tree, it is the tree YamlDotNet would give, marks included (the
    /// property tests compare both on random front matter): it exists because YamlDotNet's scanner was half the cost
    /// of a guide's front matter and body together.
    /// </summary>
    internal sealed class SimpleYamlReader
    {
        private readonly string _text;
        private int _position;
        private int _line = 1;
        private int _lineStart;

        private SimpleYamlReader(string text) => _text = text;

        /// <summary>The tree of <paramref name="yaml"/>, or null when it is not of the simple shape.</summary>
        /// <remarks>
        /// The text must end with a line break, as front matter does (it ends before the closing <c>---</c>): where a
        /// text stops within a line, YamlDotNet ends some mappings on that line and others on a line after it.
        /// </remarks>
        public static YamlNode? TryRead(string yaml) =>
            yaml.Length > 0 && yaml[yaml.Length - 1] == '\n' && HasOnlySimpleCharacters(yaml) ? new SimpleYamlReader(yaml).ReadDocument() : null;

        /// <summary>
        /// No tab, no control character but line feeds (alone or after a carriage return), no character that YAML 1.1
        /// takes for a line break or refuses, no surrogate.
        /// </summary>
        private static bool HasOnlySimpleCharacters(string text)
        {
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (c < ' ')
                {
                    if (c == '\n' || (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n'))
                    {
                        continue;
                    }

                    return false;
                }

                if (c < '\u007f')
                {
                    continue;
                }

                if (c <= '\u009f' || c == '\u2028' || c == '\u2029' || c == '\ufeff' || c >= '\ufffe' || char.IsSurrogate(c))
                {
                    return false;
                }
            }

            return true;
        }

        private bool AtEnd => _position >= _text.Length;

        private Mark MarkAt(int index) => new(index, _line, index - _lineStart + 1);

        private YamlNode? ReadDocument()
        {
            SkipBlankLines();
            if (AtEnd)
            {
                return null;
            }

            var start = MarkAt(_position);
            var entries = new List<KeyValuePair<YamlScalar, YamlNode>>(12);
            while (!AtEnd)
            {
                if (ReadKey() is not { } key)
                {
                    return null;
                }

                YamlNode? value;
                if (RestOfLineIsBlank(_position))
                {
                    NextLine();
                    SkipBlankLines();
                    value = AtEnd ? null : ReadSequence();
                }
                else
                {
                    value = ReadScalarLine();
                }

                if (value is null || (!AtEnd && _position != _lineStart))
                {
                    // A value over several lines, or an indented line where the next key should be.
                    return null;
                }

                entries.Add(new KeyValuePair<YamlScalar, YamlNode>(key, value));
            }

            return new YamlMapping(start, MarkAt(_position), entries);
        }

        /// <summary>A list under a key: items at one indentation (the left margin too), each a scalar or entries.</summary>
        private YamlSequence? ReadSequence()
        {
            var indent = Indentation();
            if (!IsItemStart(_lineStart + indent))
            {
                return null;
            }

            _position = _lineStart + indent;
            var start = MarkAt(_position);
            var items = new List<YamlNode>();
            while (true)
            {
                // At the item's '-': the item is what follows it on the line.
                _position++;
                SkipSpaces();
                YamlNode? item = IsKeyAt(_position) ? ReadItemEntries(indent) : ReadScalarLine();
                if (item is null)
                {
                    return null;
                }

                items.Add(item);
                if (AtEnd)
                {
                    break;
                }

                var next = Indentation();
                if (next == indent && IsItemStart(_lineStart + indent))
                {
                    _position = _lineStart + indent;
                    continue;
                }

                if (next != 0)
                {
                    return null;
                }

                _position = _lineStart;
                break;
            }

            return new YamlSequence(start, MarkAt(_position), items);
        }

        /// <summary>An item's <c>key: value</c> lines, the first on the item's line, the others at its column.</summary>
        private YamlMapping? ReadItemEntries(int itemIndent)
        {
            var column = _position - _lineStart;
            var start = MarkAt(_position);
            var entries = new List<KeyValuePair<YamlScalar, YamlNode>>(2);
            while (true)
            {
                if (ReadKey() is not { } key || RestOfLineIsBlank(_position) || ReadScalarLine() is not { } value)
                {
                    return null;
                }

                entries.Add(new KeyValuePair<YamlScalar, YamlNode>(key, value));
                if (AtEnd)
                {
                    break;
                }

                var next = Indentation();
                if (next == column)
                {
                    _position = _lineStart + column;
                    continue;
                }

                if (next == itemIndent || next == 0)
                {
                    // The next item, or the next key of the document: the caller reads it.
                    _position = _lineStart + next;
                    break;
                }

                return null;
            }

            return new YamlMapping(start, MarkAt(_position), entries);
        }

        /// <summary>
        /// A key (letters, digits, '_' and '-', not first) followed by ':' and a space or the end of the line; leaves
        /// the position after the spaces that follow the ':'.
        /// </summary>
        private YamlScalar? ReadKey()
        {
            if (!IsKeyAt(_position))
            {
                return null;
            }

            var start = _position;
            var end = start;
            while (IsKeyCharacter(_text[end], first: end == start))
            {
                end++;
            }

            var key = new YamlScalar(MarkAt(start), MarkAt(end), _text.Substring(start, end - start), isPlain: true);
            _position = end + 1;
            SkipSpaces();
            return key;
        }

        private bool IsKeyAt(int index)
        {
            var end = index;
            while (end < _text.Length && IsKeyCharacter(_text[end], first: end == index))
            {
                end++;
            }

            return end > index && end < _text.Length && _text[end] == ':' && (end + 1 == _text.Length || _text[end + 1] is ' ' or '\n' or '\r');
        }

        private static bool IsKeyCharacter(char c, bool first) =>
            (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || (!first && ((c >= '0' && c <= '9') || c == '-'));

        private bool IsItemStart(int index) =>
            index + 1 < _text.Length && _text[index] == '-' && _text[index + 1] == ' ' && !RestOfLineIsBlank(index + 1);

        /// <summary>A value that ends on its line, then the next non-blank line.</summary>
        private YamlScalar? ReadScalarLine()
        {
            var lineEnd = LineEnd(_position);
            var scalar = _text[_position] switch
            {
                '"' => ReadDoubleQuoted(lineEnd),
                '\'' => ReadSingleQuoted(lineEnd),
                _ => ReadPlain(lineEnd),
            };
            if (scalar is null)
            {
                return null;
            }

            NextLine();
            SkipBlankLines();
            return scalar;
        }

        /// <summary><c>"text"</c> with no backslash inside, nothing after it but spaces.</summary>
        private YamlScalar? ReadDoubleQuoted(int lineEnd)
        {
            var close = _text.IndexOf('"', _position + 1, lineEnd - _position - 1);
            if (close < 0 || _text.IndexOf('\\', _position + 1, close - _position - 1) >= 0 || !RestOfLineIsBlank(close + 1))
            {
                return null;
            }

            return new YamlScalar(MarkAt(_position), MarkAt(close + 1), _text.Substring(_position + 1, close - _position - 1), isPlain: false);
        }

        /// <summary><c>'text'</c>, where <c>''</c> is one quote, nothing after it but spaces.</summary>
        private YamlScalar? ReadSingleQuoted(int lineEnd)
        {
            StringBuilder? value = null;
            var from = _position + 1;
            var index = from;
            while (true)
            {
                var quote = _text.IndexOf('\'', index, lineEnd - index);
                if (quote < 0)
                {
                    return null;
                }

                if (quote + 1 < lineEnd && _text[quote + 1] == '\'')
                {
                    (value ??= new StringBuilder()).Append(_text, from, quote + 1 - from);
                    from = index = quote + 2;
                    continue;
                }

                if (!RestOfLineIsBlank(quote + 1))
                {
                    return null;
                }

                var text = value is null ? _text.Substring(from, quote - from) : value.Append(_text, from, quote - from).ToString();
                return new YamlScalar(MarkAt(_position), MarkAt(quote + 1), text, isPlain: false);
            }
        }

        /// <summary>Plain text that starts with no indicator and holds no <c>": "</c> or <c>" #"</c>; spaces at its end are not part of it.</summary>
        private YamlScalar? ReadPlain(int lineEnd)
        {
            if (IsIndicator(_text[_position]))
            {
                return null;
            }

            var end = lineEnd;
            while (_text[end - 1] == ' ')
            {
                end--;
            }

            for (var i = _position; i < end; i++)
            {
                var c = _text[i];
                if ((c == ':' && (i + 1 == end || _text[i + 1] == ' ')) || (c == '#' && _text[i - 1] == ' '))
                {
                    return null;
                }
            }

            return new YamlScalar(MarkAt(_position), MarkAt(end), _text.Substring(_position, end - _position), isPlain: true);
        }

        private static bool IsIndicator(char c) => c switch
        {
            '-' or '?' or ':' or ',' or '[' or ']' or '{' or '}' or '#' or '&' or '*' or '!' or '|' or '>' or '\'' or '"' or '%' or '@' or '`' => true,
            _ => false,
        };

        /// <summary>Where the line holding <paramref name="index"/> ends, before its line break.</summary>
        private int LineEnd(int index)
        {
            var newline = _text.IndexOf('\n', index);
            if (newline < 0)
            {
                return _text.Length;
            }

            return newline > index && _text[newline - 1] == '\r' ? newline - 1 : newline;
        }

        private bool RestOfLineIsBlank(int index)
        {
            var end = LineEnd(index);
            for (var i = index; i < end; i++)
            {
                if (_text[i] != ' ')
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>The spaces at the start of the current line.</summary>
        private int Indentation()
        {
            var index = _lineStart;
            while (index < _text.Length && _text[index] == ' ')
            {
                index++;
            }

            return index - _lineStart;
        }

        private void SkipSpaces()
        {
            while (_position < _text.Length && _text[_position] == ' ')
            {
                _position++;
            }
        }

        /// <summary>Moves to the start of the next line, or to the end of the text.</summary>
        private void NextLine()
        {
            var newline = _text.IndexOf('\n', _position);
            if (newline < 0)
            {
                _position = _text.Length;
                return;
            }

            _position = _lineStart = newline + 1;
            _line++;
        }

        /// <summary>Skips lines of spaces alone; stays at the start of the first other line, or at the end.</summary>
        private void SkipBlankLines()
        {
            while (!AtEnd && RestOfLineIsBlank(_lineStart))
            {
                _position = _lineStart;
                NextLine();
            }

            if (!AtEnd)
            {
                _position = _lineStart;
            }
        }
    }
}
