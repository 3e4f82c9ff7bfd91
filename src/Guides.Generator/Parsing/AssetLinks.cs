using System.Collections.Generic;
using Guides.Generator.Model;
using Guides.Generator.Paths;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Microsoft.CodeAnalysis.Text;

namespace Guides.Generator.Parsing
{
    /// <summary>
    /// Finds a guide's links to files of the content folder (<c>![alt](images/step-1.png)</c>,
    /// <c>[the form](cerfa.pdf)</c>) before it is rendered, records each as an <see cref="AssetReference"/>, and puts a
    /// placeholder in its place in the tree: the HTML is rendered when the guide is parsed, and the file's URL, width and
    /// height are known later, from the build's facts, when <c>AssetResolver</c> replaces the placeholders. Parsing a
    /// guide thus never depends on its files: editing an image re-checks the guides that use it without parsing them.
    /// </summary>
    internal sealed class AssetLinks
    {
        private readonly string _guidePath;
        private readonly string _sitePath;
        private readonly string _token;
        private readonly List<AssetReference> _references = new();

        /// <param name="guidePath">The guide's path relative to the content folder.</param>
        /// <param name="text">The guide's whole text: the placeholder is a word it does not contain.</param>
        /// <param name="sitePath">
        /// Where the site serves the content folder (<c>GuidesSitePath</c>, <c>/docs/</c>; empty for none): a link that starts
        /// with it (<c>/docs/area/page.md</c>) names a file from the content folder's root, and is checked and rewritten as a relative one.
        /// </param>
        public AssetLinks(string guidePath, string text, string sitePath = "")
        {
            _guidePath = guidePath;
            _sitePath = sitePath;
            _token = TokenFor(text);
        }

        /// <summary>The word each placeholder starts with (then the reference's index): one the guide's text does not contain.</summary>
        public string Token => _token;

        public IReadOnlyList<AssetReference> References => _references;

        /// <summary>A placeholder's word: <c>guides-asset-</c>, then a number if the text holds that word already.</summary>
        internal static string TokenFor(string text)
        {
            const string Word = "guides-asset-";
            if (text.IndexOf(Word, System.StringComparison.Ordinal) < 0)
            {
                return Word;
            }

            for (var n = 1; ; n++)
            {
                var candidate = Word + n.ToString(System.Globalization.CultureInfo.InvariantCulture) + "x";
                if (text.IndexOf(candidate, System.StringComparison.Ordinal) < 0)
                {
                    return candidate;
                }
            }
        }

        /// <summary>Marks the file links of blocks; <paramref name="locate"/> gives a Markdig span's place in the guide file.</summary>
        public void Mark(IReadOnlyList<Block> blocks, GuideSource source, System.Func<SourceSpan, TextSpan> locate)
        {
            for (var i = 0; i < blocks.Count; i++)
            {
                MarkBlock(blocks[i], source, locate);
            }
        }

        private void MarkBlock(Block block, GuideSource source, System.Func<SourceSpan, TextSpan> locate)
        {
            switch (block)
            {
                case ContainerBlock container:
                    for (var i = 0; i < container.Count; i++)
                    {
                        MarkBlock(container[i], source, locate);
                    }

                    break;
                case LeafBlock { Inline: { } inline }:
                    MarkInlines(inline, source, locate);
                    break;
            }
        }

        private void MarkInlines(ContainerInline container, GuideSource source, System.Func<SourceSpan, TextSpan> locate)
        {
            for (var child = container.FirstChild; child is not null; child = child.NextSibling)
            {
                if (child is LinkInline { IsAutoLink: false } link && link.Url is { } written
                    && FromRoot(written, out var relative, out var from)
                    && (AssetPath.IsFile(relative, link.IsImage) || (!link.IsImage && AssetPath.IsPage(relative))))
                {
                    var isPage = !link.IsImage && AssetPath.IsPage(relative);
                    var span = link.UrlSpan is { IsEmpty: false } urlSpan && urlSpan.Start >= 0 ? urlSpan : link.Span;
                    var index = _references.Count;
                    _references.Add(new AssetReference(
                        index, written, AssetPath.Resolve(from, relative), link.IsImage,
                        link.IsImage ? MarkdownRendering.InlinesToText(link) : string.Empty, source.Locate(locate(span)),
                        isPage, isPage ? AssetPath.Fragment(written) : string.Empty));
                    link.Url = _token + index.ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                if (child is ContainerInline nested)
                {
                    MarkInlines(nested, source, locate);
                }
            }
        }

        /// <summary>
        /// A link as a path relative to a guide: as written, from the guide's own path; or, when it starts with the site
        /// path, the rest of it from the content folder's root (an empty guide path).
        /// </summary>
        private bool FromRoot(string written, out string relative, out string from)
        {
            if (_sitePath.Length > 0 && written.Length > _sitePath.Length && written.StartsWith(_sitePath, System.StringComparison.Ordinal))
            {
                relative = written.Substring(_sitePath.Length);
                from = string.Empty;
                return relative[0] is not '/' and not '\\';
            }

            relative = written;
            from = _guidePath;
            return true;
        }
    }
}
