using Markdig.Extensions.DefinitionLists;
using Markdig.Extensions.Footnotes;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Guides.Generator.Parsing
{
    /// <summary>
    /// Plain text for the extensions whose Markdig renderers write HTML whatever the renderer's settings: footnotes
    /// (<c>[1]</c> at the reference, <c>[1] text</c> at the end) and definition lists (the term on its line, then its
    /// definitions).
    /// </summary>
    internal static class PlainTextRenderers
    {
        /// <summary>Puts the plain-text renderers in the place of Markdig's.</summary>
        public static void Use(HtmlRenderer renderer)
        {
            renderer.ObjectRenderers.Replace<HtmlFootnoteLinkRenderer>(new FootnoteLinkRenderer());
            renderer.ObjectRenderers.Replace<HtmlFootnoteGroupRenderer>(new FootnoteGroupRenderer());
            renderer.ObjectRenderers.Replace<HtmlDefinitionListRenderer>(new DefinitionListRenderer());
        }

        private sealed class FootnoteLinkRenderer : HtmlObjectRenderer<FootnoteLink>
        {
            protected override void Write(HtmlRenderer renderer, FootnoteLink link)
            {
                if (!link.IsBackLink)
                {
                    renderer.Write('[').Write(link.Footnote.Order.ToString(System.Globalization.CultureInfo.InvariantCulture)).Write(']');
                }
            }
        }

        private sealed class FootnoteGroupRenderer : HtmlObjectRenderer<FootnoteGroup>
        {
            protected override void Write(HtmlRenderer renderer, FootnoteGroup group)
            {
                renderer.EnsureLine();
                for (var i = 0; i < group.Count; i++)
                {
                    if (group[i] is not Footnote footnote)
                    {
                        continue;
                    }

                    renderer.Write('[').Write(footnote.Order.ToString(System.Globalization.CultureInfo.InvariantCulture)).Write("] ");
                    var paragraphs = footnote.Count;
                    for (var j = 0; j < paragraphs; j++)
                    {
                        if (footnote[j] is ParagraphBlock paragraph)
                        {
                            renderer.WriteLeafInline(paragraph);
                            renderer.WriteLine();
                        }
                        else
                        {
                            renderer.Write(footnote[j]);
                        }
                    }

                    renderer.EnsureLine();
                }
            }
        }

        private sealed class DefinitionListRenderer : HtmlObjectRenderer<DefinitionList>
        {
            protected override void Write(HtmlRenderer renderer, DefinitionList list)
            {
                renderer.EnsureLine();
                foreach (var item in list)
                {
                    if (item is not DefinitionItem definition)
                    {
                        continue;
                    }

                    foreach (var child in definition)
                    {
                        if (child is DefinitionTerm term)
                        {
                            renderer.WriteLeafInline(term);
                            renderer.WriteLine();
                        }
                        else
                        {
                            renderer.Write(child);
                            renderer.EnsureLine();
                        }
                    }
                }
            }
        }
    }
}
