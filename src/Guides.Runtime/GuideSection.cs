using System;
using System.Collections.Generic;

namespace Guides
{
    /// <summary>A section of a guide's body: a <c>##</c> heading and what follows it.</summary>
    public sealed class GuideSection
    {
        private readonly LazyString _heading;
        private readonly LazyString _markdown;
        private readonly LazyString _html;
        private readonly LazyString _text;

        /// <summary>Creates a section, for a guide built in code (tests, previews); generated guides are read from their records.</summary>
        public GuideSection(string heading, string markdown, string html, string text)
        {
            _heading = new LazyString(heading, nameof(heading));
            _markdown = new LazyString(markdown, nameof(markdown));
            _html = new LazyString(html, nameof(html));
            _text = new LazyString(text, nameof(text));
        }

        /// <summary>
        /// Creates a section whose strings are decoded from <paramref name="strings"/> on first read: the other arguments
        /// are indexes in it. The record reader calls this.
        /// </summary>
        /// <exception cref="ArgumentOutOfRangeException">An index is not one of <paramref name="strings"/>.</exception>
        internal GuideSection(GuideStrings strings, int heading, int markdown, int html, int text, int anchor)
        {
            _anchor = strings.At(anchor, nameof(anchor));
            _heading = strings.At(heading, nameof(heading));
            _markdown = strings.At(markdown, nameof(markdown));
            _html = strings.At(html, nameof(html));
            _text = strings.At(text, nameof(text));
        }

        /// <summary>The section's heading as plain text; empty for the text that stands before the first heading.</summary>
        public string Heading => _heading.Value;

        /// <summary>The section's body as written in the guide (Markdown source), without its heading.</summary>
        public string Markdown => _markdown.Value;

        /// <summary>The section's body as safe HTML, rendered at compile time.</summary>
        public string Html => _html.Value;

        /// <summary>The section's body as plain text.</summary>
        public string Text => _text.Value;

        /// <summary>The images the section shows, in order, once each; empty when it shows none.</summary>
        public IReadOnlyList<GuideImage> Images { get; private set; } = GuideImages.None;

        /// <summary>Gives the section its images: the record reader, on the section it has just created, before anything reads it.</summary>
        internal void ShowImages(GuideImage[] images) => Images = GuideImages.ReadOnly(images);

        /// <summary>The fenced code blocks of the section, in order; empty when it has none. <see cref="Guide.CodeBlocks"/> lists every one of the guide.</summary>
        public IReadOnlyList<GuideCodeBlock> CodeBlocks { get; private set; } = GuideCodeBlock.None;

        /// <summary>Gives the section its code blocks: the record reader, on the section it has just created, before anything reads it.</summary>
        internal void ShowCodeBlocks(GuideCodeBlock[] codeBlocks) => CodeBlocks = codeBlocks.Length == 0 ? GuideCodeBlock.None : new System.Collections.ObjectModel.ReadOnlyCollection<GuideCodeBlock>(codeBlocks);

        /// <summary>The callouts of the section, in order; empty when it has none. <see cref="Guide.Callouts"/> lists every one of the guide.</summary>
        public IReadOnlyList<GuideCallout> Callouts { get; private set; } = GuideCallout.None;

        /// <summary>Gives the section its callouts: the record reader, on the section it has just created, before anything reads it.</summary>
        internal void ShowCallouts(GuideCallout[] callouts) => Callouts = callouts.Length == 0 ? GuideCallout.None : new System.Collections.ObjectModel.ReadOnlyCollection<GuideCallout>(callouts);

        /// <summary>
        /// The section's procedure: the items of the numbered lists written in the section itself (not in a list, quote or
        /// callout of it), in order, usually under a heading of their own (<c>### Create a branch</c> then <c>1.</c> <c>2.</c>);
        /// empty when the section has no numbered list.
        /// </summary>
        public IReadOnlyList<GuideProcedureStep> Steps { get; private set; } = GuideProcedureStep.None;

        /// <summary>Gives the section its procedure: the record reader, on the section it has just created, before anything reads it.</summary>
        internal void ShowSteps(GuideProcedureStep[] steps) => Steps = steps.Length == 0 ? GuideProcedureStep.None : new System.Collections.ObjectModel.ReadOnlyCollection<GuideProcedureStep>(steps);

        /// <summary>
        /// The section's anchor, made from its heading (<c>What you need</c> is <c>what-you-need</c>), unique in its guide
        /// (a second <c>Good to know</c> is <c>good-to-know-1</c>; never a step's; <c>section</c> for a heading without
        /// letters or digits), or the id its heading gives (<c>## Setup {#install}</c>): an app uses it as the section's HTML
        /// <c>id</c>, and a link from another guide to <c>guide.md#what-you-need</c> is checked at compile time. Empty for
        /// the text before the first heading. A section built in code takes its heading's slug.
        /// </summary>
        public string Anchor => _anchor.IsSet ? _anchor.Value : GuideAnchors.Slug(Heading);

        private readonly LazyString _anchor;

        /// <summary>Returns the heading.</summary>
        public override string ToString() => Heading;
    }
}
