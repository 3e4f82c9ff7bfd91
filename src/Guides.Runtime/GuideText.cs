using System;

namespace Guides
{
    /// <summary>A piece of a guide's body (a list item, a tip, a requirement) in its three forms.</summary>
    public sealed class GuideText
    {
        /// <summary>Creates a text. Generated code calls this.</summary>
        public GuideText(string markdown, string html, string text)
        {
            Markdown = markdown ?? throw new ArgumentNullException(nameof(markdown));
            Html = html ?? throw new ArgumentNullException(nameof(html));
            Text = text ?? throw new ArgumentNullException(nameof(text));
        }

        /// <summary>The text as written in the guide (Markdown source).</summary>
        public string Markdown { get; }

        /// <summary>The text as safe HTML, rendered at compile time.</summary>
        public string Html { get; }

        /// <summary>The text as plain text, without Markdown syntax.</summary>
        public string Text { get; }

        /// <summary>Returns the plain text.</summary>
        public override string ToString() => Text;
    }
}
