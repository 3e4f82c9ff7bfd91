using System;
using System.Collections.Generic;
using System.Text;
using Markdig.Helpers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Guides.Generator.Parsing
{
    /// <summary>
    /// Plain text of the blocks and inlines guides are made of (paragraphs, headings, lists; text, emphasis, links,
    /// code, line breaks, entities), written character for character as Markdig's HTML renderer writes them with HTML
    /// disabled, but by a direct walk: no renderer looked up per node, no writer in between. For any other node it
    /// gives up (null), and the caller renders with Markdig, which also keeps Markdig's own behaviour past its depth limit.
    /// </summary>
    internal sealed class PlainTextWriter
    {
        /// <summary>Deeper than this, Markdig renders (and applies its own limit, which is higher).</summary>
        private const int MaxDepth = 64;

        [ThreadStatic]
        private static PlainTextWriter? t_writer;

        private readonly StringBuilder _written = new(1024);

        /// <summary>Markdig's "previous write was a line end": a line break is due before more text only when false.</summary>
        private bool _atLineStart;

        /// <summary>Markdig's ImplicitParagraph: in a tight list, a paragraph does not end its line.</summary>
        private bool _implicitParagraph;

        private int _depth;

        /// <summary>The blocks' text, each followed by a line break of its own; null for a node this writer does not know.</summary>
        public static StringBuilder? TryBlocks(IReadOnlyList<Block> blocks)
        {
            var writer = Start();
            for (var i = 0; i < blocks.Count; i++)
            {
                if (!writer.Block(blocks[i]))
                {
                    return null;
                }

                writer._written.Append('\n');
            }

            return writer._written;
        }

        /// <summary>A leaf block's inlines (a list item's paragraph); null for a node this writer does not know.</summary>
        public static StringBuilder? TryInlines(LeafBlock leaf)
        {
            var writer = Start();
            return writer.LeafInlines(leaf) ? writer._written : null;
        }

        /// <summary>An inline's children (a heading's or a link's text); null for a node this writer does not know.</summary>
        public static StringBuilder? TryChildren(ContainerInline inline)
        {
            var writer = Start();
            return writer.Children(inline) ? writer._written : null;
        }

        private static PlainTextWriter Start()
        {
            var writer = t_writer ??= new PlainTextWriter();
            writer._written.Length = 0;
            writer._atLineStart = true;
            writer._implicitParagraph = false;
            writer._depth = 0;
            return writer;
        }

        private bool Block(Block block)
        {
            switch (block)
            {
                case ParagraphBlock paragraph:
                    if (!LeafInlines(paragraph))
                    {
                        return false;
                    }

                    if (!_implicitParagraph)
                    {
                        EnsureLine();
                    }

                    return true;
                case HeadingBlock heading:
                    if (!LeafInlines(heading))
                    {
                        return false;
                    }

                    EnsureLine();
                    return true;
                case ListBlock list:
                    return List(list);
                default:
                    return false;
            }
        }

        private bool List(ListBlock list)
        {
            EnsureLine();
            foreach (var child in list)
            {
                if (child is not ListItemBlock item || ++_depth > MaxDepth)
                {
                    return false;
                }

                var outerImplicit = _implicitParagraph;
                _implicitParagraph = !list.IsLoose;
                EnsureLine();
                foreach (var block in item)
                {
                    if (!Block(block))
                    {
                        return false;
                    }
                }

                EnsureLine();
                _implicitParagraph = outerImplicit;
                _depth--;
            }

            EnsureLine();
            return true;
        }

        private bool LeafInlines(LeafBlock leaf)
        {
            for (var inline = (Inline?)leaf.Inline; inline is not null; inline = inline.NextSibling)
            {
                if (!Inline(inline))
                {
                    return false;
                }
            }

            return true;
        }

        private bool Children(ContainerInline container)
        {
            if (++_depth > MaxDepth)
            {
                return false;
            }

            for (var child = container.FirstChild; child is not null; child = child.NextSibling)
            {
                if (!Inline(child))
                {
                    return false;
                }
            }

            _depth--;
            return true;
        }

        private bool Inline(Inline inline)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    Write(literal.Content);
                    return true;
                case EmphasisInline emphasis:
                    return Children(emphasis);
                case LinkInline link:
                    // A link's text, or an image's description: its children either way.
                    return Children(link);
                case CodeInline code:
                    Write(code.Content);
                    return true;
                case LineBreakInline:
                    EnsureLine();
                    return true;
                case HtmlEntityInline entity:
                    Write(entity.Transcoded);
                    return true;
                case ContainerInline container when container.GetType() == typeof(ContainerInline):
                    return Children(container);
                default:
                    return false;
            }
        }

        private void Write(StringSlice text)
        {
            if (text.Length > 0)
            {
                _written.Append(text.Text, text.Start, text.Length);
                _atLineStart = false;
            }
        }

        private void Write(string text)
        {
            _written.Append(text);
            _atLineStart = false;
        }

        private void EnsureLine()
        {
            if (!_atLineStart)
            {
                _written.Append('\n');
                _atLineStart = true;
            }
        }
    }
}
