using System;

namespace Guides
{
    /// <summary>A link from the "Useful links" section of a guide.</summary>
    public sealed class GuideLink
    {
        /// <summary>Creates a link. Generated code calls this.</summary>
        /// <exception cref="ArgumentException"><paramref name="url"/> is not an absolute URL.</exception>
        public GuideLink(string text, string url)
        {
            Text = text ?? throw new ArgumentNullException(nameof(text));
            if (url is null) throw new ArgumentNullException(nameof(url));
            Url = new Uri(url, UriKind.Absolute);
        }

        /// <summary>The link's text, as plain text.</summary>
        public string Text { get; }

        /// <summary>The link's target: an absolute <c>http</c> or <c>https</c> URL, checked at compile time.</summary>
        public Uri Url { get; }

        /// <summary>Returns the text and the URL.</summary>
        public override string ToString() => Text + " <" + Url.OriginalString + ">";
    }
}
