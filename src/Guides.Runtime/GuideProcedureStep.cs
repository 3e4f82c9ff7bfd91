using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace Guides
{
    /// <summary>
    /// One item of a section's procedure: a numbered list written in a section, usually under a heading of its own
    /// (<c>### Create a branch</c> then <c>1.</c> <c>2.</c> <c>3.</c>), the form of a how-to outside the guide format's
    /// <c>### Step N:</c> headings. <see cref="GuideSection.Steps"/> lists them in the order of the file.
    /// </summary>
    /// <remarks>
    /// It is not a <see cref="GuideStep"/>: it has no title and no anchor of its own; the section's <see cref="GuideSection.Html"/>
    /// shows it in its list, and this gives it typed, one item at a time.
    /// </remarks>
    public sealed class GuideProcedureStep
    {
        internal static readonly IReadOnlyList<GuideProcedureStep> None = new ReadOnlyCollection<GuideProcedureStep>(new GuideProcedureStep[0]);

        private readonly LazyString _heading;
        private readonly LazyString _markdown;
        private readonly LazyString _html;
        private readonly LazyString _text;

        /// <summary>A step whose strings are decoded from <paramref name="strings"/> on first read. The record reader calls this.</summary>
        internal GuideProcedureStep(GuideStrings strings, int number, int heading, int markdown, int html, int text, bool? isChecked)
        {
            Number = number;
            _heading = strings.At(heading, nameof(heading));
            _markdown = strings.At(markdown, nameof(markdown));
            _html = strings.At(html, nameof(html));
            _text = strings.At(text, nameof(text));
            IsChecked = isChecked;
        }

        /// <summary>
        /// Its number as the reader sees it: its list's first number (<c>1.</c>, or the number the list starts with) plus its
        /// place in the list. A second procedure of the same section starts again from its own first number.
        /// </summary>
        public int Number { get; }

        /// <summary>
        /// The heading its list stands under inside the section (<c>Create a branch</c>), as plain text: what tells two
        /// procedures of one section apart. Empty when no heading stands between the section's own heading and the list.
        /// </summary>
        public string Heading => _heading.Value;

        /// <summary>The item's content as written in the guide (Markdown source), without its list marker.</summary>
        public string Markdown => _markdown.Value;

        /// <summary>The item's content as safe HTML: its words alone when it is one paragraph, else its blocks.</summary>
        public string Html => _html.Value;

        /// <summary>The item's content as plain text; a task item's text does not start with its <c>[ ]</c> or <c>[x]</c>.</summary>
        public string Text => _text.Value;

        /// <summary>
        /// For a task item (<c>1. [x] Sign</c>), whether it is checked; <see langword="null"/> for an item that is not a task.
        /// Its <see cref="Html"/> shows a disabled check box.
        /// </summary>
        public bool? IsChecked { get; }

        /// <summary>The fenced code blocks of the item, in order; empty when it has none. Its section lists them too.</summary>
        public IReadOnlyList<GuideCodeBlock> CodeBlocks { get; private set; } = GuideCodeBlock.None;

        /// <summary>Gives the step its code blocks: the record reader, on the step it has just created, before anything reads it.</summary>
        internal void ShowCodeBlocks(GuideCodeBlock[] codeBlocks) => CodeBlocks = codeBlocks.Length == 0 ? GuideCodeBlock.None : new ReadOnlyCollection<GuideCodeBlock>(codeBlocks);

        /// <summary>The callouts of the item, in order; empty when it has none. Its section lists them too.</summary>
        public IReadOnlyList<GuideCallout> Callouts { get; private set; } = GuideCallout.None;

        /// <summary>Gives the step its callouts: the record reader, on the step it has just created, before anything reads it.</summary>
        internal void ShowCallouts(GuideCallout[] callouts) => Callouts = callouts.Length == 0 ? GuideCallout.None : new ReadOnlyCollection<GuideCallout>(callouts);

        /// <summary>Returns the number and the text.</summary>
        public override string ToString() => Number + ". " + Text;
    }
}
