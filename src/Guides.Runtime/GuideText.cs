using System;

namespace Guides
{
    /// <summary>A piece of a guide's body (a list item, a tip, a requirement) in its three forms.</summary>
    public sealed class GuideText
    {
        private readonly LazyString _markdown;
        private readonly LazyString _html;
        private readonly LazyString _text;

        /// <summary>Creates a text, for a guide built in code (tests, previews); generated guides are read from their records.</summary>
        public GuideText(string markdown, string html, string text)
        {
            _markdown = new LazyString(markdown, nameof(markdown));
            _html = new LazyString(html, nameof(html));
            _text = new LazyString(text, nameof(text));
        }

        /// <summary>
        /// Creates a text whose strings are decoded from <paramref name="strings"/> on first read: the other arguments
        /// are indexes in it. The record reader calls this.
        /// </summary>
        /// <exception cref="ArgumentOutOfRangeException">An index is not one of <paramref name="strings"/>.</exception>
        internal GuideText(GuideStrings strings, int markdown, int html, int text, bool? isChecked)
        {
            IsChecked = isChecked;
            _markdown = strings.At(markdown, nameof(markdown));
            _html = strings.At(html, nameof(html));
            _text = strings.At(text, nameof(text));
        }

        /// <summary>The text as written in the guide (Markdown source).</summary>
        public string Markdown => _markdown.Value;

        /// <summary>The text as safe HTML, rendered at compile time.</summary>
        public string Html => _html.Value;

        /// <summary>The text as plain text, without Markdown syntax; a task item's text does not start with its <c>[ ]</c> or <c>[x]</c>.</summary>
        public string Text => _text.Value;

        /// <summary>
        /// For a task item (<c>- [ ] A phone</c>, <c>- [x] A phone</c>), whether it is checked; <see langword="null"/> for an
        /// item that is not a task, and for a text created in code. Its <see cref="Html"/> shows a disabled check box, as GitHub does.
        /// </summary>
        public bool? IsChecked { get; }

        /// <summary>Returns the plain text.</summary>
        public override string ToString() => Text;
    }
}
