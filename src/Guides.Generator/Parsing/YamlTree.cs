using System.Collections.Generic;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Guides.Generator.Parsing
{
    /// <summary>A front-matter node with its place in the YAML text. Lives only while one file is parsed.</summary>
    internal abstract class YamlNode
    {
        protected YamlNode(Mark start, Mark end)
        {
            Start = start;
            End = end;
        }

        public Mark Start { get; }

        public Mark End { get; }
    }

    internal sealed class YamlScalar : YamlNode
    {
        public YamlScalar(Mark start, Mark end, string value, bool isPlain)
            : base(start, end)
        {
            Value = value;
            IsPlain = isPlain;
        }

        public string Value { get; }

        /// <summary>Unquoted: <c>null</c> and <c>~</c> mean no value.</summary>
        public bool IsPlain { get; }

        public bool IsNull => IsPlain && (Value.Length == 0 || Value == "~" || Value == "null" || Value == "Null" || Value == "NULL");
    }

    internal sealed class YamlSequence : YamlNode
    {
        public YamlSequence(Mark start, Mark end, List<YamlNode> items)
            : base(start, end) => Items = items;

        public List<YamlNode> Items { get; }
    }

    internal sealed class YamlMapping : YamlNode
    {
        public YamlMapping(Mark start, Mark end, List<KeyValuePair<YamlScalar, YamlNode>> entries)
            : base(start, end) => Entries = entries;

        public List<KeyValuePair<YamlScalar, YamlNode>> Entries { get; }
    }

    /// <summary>Why a front matter could not be read, and where.</summary>
    internal sealed class YamlReadException : System.Exception
    {
        public YamlReadException(YamlProblem problem, Mark start, Mark end, string detail)
            : base(detail)
        {
            Problem = problem;
            Start = start;
            End = end;
        }

        public YamlProblem Problem { get; }

        public Mark Start { get; }

        public Mark End { get; }
    }

    internal enum YamlProblem
    {
        Syntax,
        Alias,
        TooDeep,
    }

    /// <summary>
    /// Reads YAML into <see cref="YamlNode"/>s: in the simple shape of most front matter with <see cref="SimpleYamlReader"/>,
    /// anything else with YamlDotNet's event parser: one document only,
    /// anchors and aliases refused (no alias bomb can expand), nesting bounded.
    /// </summary>
    internal static class YamlTreeReader
    {
        public const int MaxDepth = 16;

        /// <summary>Reads the front matter's text; null when it holds no document at all.</summary>
        public static YamlNode? Read(string yaml)
        {
            return SimpleYamlReader.TryRead(yaml) ?? ReadWithYamlDotNet(yaml);
        }

        /// <summary>Reads any front matter with YamlDotNet; throws <see cref="YamlReadException"/> where it is not valid.</summary>
        internal static YamlNode? ReadWithYamlDotNet(string yaml)
        {
            try
            {
                var parser = new Parser(new Scanner(new System.IO.StringReader(YamlLineSeparators.Hide(yaml, out var separators)), skipComments: true));
                parser.Consume<StreamStart>();
                if (parser.TryConsume<StreamEnd>(out _))
                {
                    return null;
                }

                parser.Consume<DocumentStart>();
                var root = ReadNode(parser, depth: 0, separators);
                parser.Consume<DocumentEnd>();
                if (parser.Current is DocumentStart extra)
                {
                    throw new YamlReadException(YamlProblem.Syntax, extra.Start, extra.End, "the front matter holds more than one YAML document");
                }

                parser.Consume<StreamEnd>();
                return root;
            }
            catch (YamlException e)
            {
                var (start, end) = e.Message.IndexOf(" tab ", System.StringComparison.Ordinal) >= 0 && FirstIndentingTab(yaml) is { } tab ? tab : (e.Start, e.End);
                throw new YamlReadException(YamlProblem.Syntax, start, end, TrimMessage(e.Message));
            }
        }

        private static YamlNode ReadNode(IParser parser, int depth, YamlLineSeparators separators)
        {
            var current = parser.Current ?? throw new YamlReadException(YamlProblem.Syntax, Mark.Empty, Mark.Empty, "unexpected end of the front matter");
            if (current is AnchorAlias || (current is NodeEvent node && !node.Anchor.IsEmpty))
            {
                throw new YamlReadException(YamlProblem.Alias, current.Start, current.End, "anchor or alias");
            }

            switch (current)
            {
                case Scalar scalar:
                    parser.MoveNext();
                    return new YamlScalar(scalar.Start, scalar.End, separators.Restore(scalar.Value), scalar.Style == ScalarStyle.Plain);

                case SequenceStart start:
                {
                    CheckDepth(start, depth);
                    parser.MoveNext();
                    var items = new List<YamlNode>();
                    while (parser.Current is not SequenceEnd)
                    {
                        items.Add(ReadNode(parser, depth + 1, separators));
                    }

                    var end = parser.Current;
                    parser.MoveNext();
                    return new YamlSequence(start.Start, end.End, items);
                }

                case MappingStart start:
                {
                    CheckDepth(start, depth);
                    parser.MoveNext();
                    var entries = new List<KeyValuePair<YamlScalar, YamlNode>>();
                    Mark endMark = start.End;
                    while (true)
                    {
                        if (parser.Current is MappingEnd end)
                        {
                            endMark = end.End;
                            parser.MoveNext();
                            break;
                        }

                        var keyEvent = parser.Current;
                        var key = ReadNode(parser, depth + 1, separators);
                        if (key is not YamlScalar scalarKey)
                        {
                            throw new YamlReadException(YamlProblem.Syntax, keyEvent!.Start, keyEvent.End, "a key must be a plain name, such as 'title'");
                        }

                        entries.Add(new KeyValuePair<YamlScalar, YamlNode>(scalarKey, ReadNode(parser, depth + 1, separators)));
                    }

                    return new YamlMapping(start.Start, endMark, entries);
                }

                default:
                    throw new YamlReadException(YamlProblem.Syntax, current.Start, current.End, "unexpected " + current.GetType().Name);
            }
        }

        /// <summary>YamlDotNet places "invalid tab as indentation" at the start of the mapping: the tab is what to show.</summary>
        private static (Mark Start, Mark End)? FirstIndentingTab(string yaml)
        {
            var line = 1;
            for (var i = 0; i < yaml.Length; i++)
            {
                if (yaml[i] == '\t' && (i == 0 || yaml[i - 1] == '\n'))
                {
                    return (new Mark(i, line, 1), new Mark(i + 1, line, 2));
                }

                if (yaml[i] == '\n')
                {
                    line++;
                }
            }

            return null;
        }

        private static void CheckDepth(ParsingEvent start, int depth)
        {
            if (depth >= MaxDepth)
            {
                throw new YamlReadException(YamlProblem.TooDeep, start.Start, start.End, depth.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        /// <summary>YamlDotNet's messages start with the position ("(Line: 3, Col: 1, Idx: 20) - ..."): the diagnostic has it already.</summary>
        private static string TrimMessage(string message)
        {
            var dash = message.IndexOf(") - (", System.StringComparison.Ordinal);
            var colon = message.LastIndexOf("): ", System.StringComparison.Ordinal);
            if (colon >= 0)
            {
                return message.Substring(colon + 3).TrimEnd('.');
            }

            return (dash >= 0 ? message.Substring(dash + 5) : message).TrimEnd('.');
        }
    }
}
