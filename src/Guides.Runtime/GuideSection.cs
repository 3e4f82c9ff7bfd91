using System;

namespace Guides
{
    /// <summary>A section of a guide's body: a <c>##</c> heading and what follows it.</summary>
    public sealed class GuideSection
    {
        /// <summary>Creates a section. Generated code calls this.</summary>
        public GuideSection(string heading, string markdown, string html, string text)
        {
            Heading = heading ?? throw new ArgumentNullException(nameof(heading));
            Markdown = markdown ?? throw new ArgumentNullException(nameof(markdown));
            Html = html ?? throw new ArgumentNullException(nameof(html));
            Text = text ?? throw new ArgumentNullException(nameof(text));
        }

        /// <summary>The section's heading as plain text; empty for the text that stands before the first heading.</summary>
        public string Heading { get; }

        /// <summary>The section's body as written in the guide (Markdown source), without its heading.</summary>
        public string Markdown { get; }

        /// <summary>The section's body as safe HTML, rendered at compile time.</summary>
        public string Html { get; }

        /// <summary>The section's body as plain text.</summary>
        public string Text { get; }

        /// <summary>Returns the heading.</summary>
        public override string ToString() => Heading;
    }
}
