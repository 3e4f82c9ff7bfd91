using System;
using System.Collections.Generic;

namespace Guides
{
    /// <summary>One numbered step of a guide (<c>### Step 1: Title</c>, <c>### Étape 1 : Titre</c>).</summary>
    public sealed class GuideStep
    {
        private readonly LazyString _title;
        private readonly LazyString _markdown;
        private readonly LazyString _html;
        private readonly LazyString _text;

        /// <summary>Creates a step, for a guide built in code; apps read steps from <see cref="Guide.Steps"/>.</summary>
        public GuideStep(int number, string title, string markdown, string html, string text)
        {
            Number = number;
            _title = new LazyString(title, nameof(title));
            _markdown = new LazyString(markdown, nameof(markdown));
            _html = new LazyString(html, nameof(html));
            _text = new LazyString(text, nameof(text));
        }

        /// <summary>
        /// Creates a step whose strings are decoded from <paramref name="strings"/> on first read: the other arguments
        /// are indexes in it. The record reader calls this.
        /// </summary>
        /// <exception cref="ArgumentOutOfRangeException">An index is not one of <paramref name="strings"/>.</exception>
        internal GuideStep(GuideStrings strings, int number, int title, int markdown, int html, int text)
        {
            Number = number;
            _title = strings.At(title, nameof(title));
            _markdown = strings.At(markdown, nameof(markdown));
            _html = strings.At(html, nameof(html));
            _text = strings.At(text, nameof(text));
        }

        /// <summary>The step's number: 1 for the first step, in order.</summary>
        public int Number { get; }

        /// <summary>The step's title, from its heading, as plain text.</summary>
        public string Title => _title.Value;

        /// <summary>The step's body as written in the guide (Markdown source).</summary>
        public string Markdown => _markdown.Value;

        /// <summary>The step's body as safe HTML, rendered at compile time: raw HTML is escaped and unsafe link targets are dropped.</summary>
        public string Html => _html.Value;

        /// <summary>The step's body as plain text, without Markdown syntax.</summary>
        public string Text => _text.Value;



        /// <summary>The images the step shows, in order, once each; empty when it shows none.</summary>
        public IReadOnlyList<GuideImage> Images { get; private set; } = GuideImages.None;

        /// <summary>Gives the step its images: the record reader, on the step it has just created, before anything reads it.</summary>
        internal void ShowImages(GuideImage[] images) => Images = GuideImages.ReadOnly(images);

        /// <summary>The fenced code blocks of the step, in order; empty when it has none. <see cref="Guide.CodeBlocks"/> lists every one of the guide.</summary>
        public IReadOnlyList<GuideCodeBlock> CodeBlocks { get; private set; } = GuideCodeBlock.None;

        /// <summary>Gives the step its code blocks: the record reader, on the step it has just created, before anything reads it.</summary>
        internal void ShowCodeBlocks(GuideCodeBlock[] codeBlocks) => CodeBlocks = codeBlocks.Length == 0 ? GuideCodeBlock.None : new System.Collections.ObjectModel.ReadOnlyCollection<GuideCodeBlock>(codeBlocks);

        /// <summary>The callouts of the step, in order; empty when it has none. <see cref="Guide.Callouts"/> lists every one of the guide.</summary>
        public IReadOnlyList<GuideCallout> Callouts { get; private set; } = GuideCallout.None;

        /// <summary>Gives the step its callouts: the record reader, on the step it has just created, before anything reads it.</summary>
        internal void ShowCallouts(GuideCallout[] callouts) => Callouts = callouts.Length == 0 ? GuideCallout.None : new System.Collections.ObjectModel.ReadOnlyCollection<GuideCallout>(callouts);

        /// <summary>
        /// The step's anchor, the same in every language: <c>step-4</c>. A link from another guide to
        /// <c>guide.md#step-4</c> is checked at compile time; an app uses it as the step's HTML <c>id</c>.
        /// </summary>
        public string Anchor => GuideAnchors.Step(Number);

        /// <summary>Returns the step's number and title.</summary>
        public override string ToString() => Number + ". " + Title;
    }
}
