using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Guides.Generator.Parsing
{
    /// <summary>Searches of a Markdig tree by direct recursive walks (no iterator, no stacks), in document order.</summary>
    internal static class MarkdownTree
    {
        /// <summary>The first link that is not an image, in blocks and their inlines; null when there is none.</summary>
        public static LinkInline? FirstLink(ContainerBlock container)
        {
            for (var i = 0; i < container.Count; i++)
            {
                var found = container[i] switch
                {
                    ContainerBlock child => FirstLink(child),
                    LeafBlock { Inline: { } inline } => FirstLink(inline),
                    _ => null,
                };
                if (found is not null)
                {
                    return found;
                }
            }

            return null;
        }

        private static LinkInline? FirstLink(ContainerInline container)
        {
            for (var child = container.FirstChild; child is not null; child = child.NextSibling)
            {
                if (child is LinkInline { IsImage: false } link)
                {
                    return link;
                }

                if (child is ContainerInline nested && FirstLink(nested) is { } found)
                {
                    return found;
                }
            }

            return null;
        }
    }
}
