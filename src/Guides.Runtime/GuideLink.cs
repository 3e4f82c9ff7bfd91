using System;

namespace Guides
{
    /// <summary>A link from the "Useful links" section of a guide.</summary>
    public sealed class GuideLink
    {
        private readonly LazyString _text;
        private readonly LazyString _url;
        private Uri? _uri;

        /// <summary>Creates a link, for a guide built in code; apps read links from <see cref="Guide.Links"/>.</summary>
        /// <exception cref="ArgumentException"><paramref name="url"/> is not an absolute URL.</exception>
        public GuideLink(string text, string url)
        {
            _text = new LazyString(text, nameof(text));
            _url = new LazyString(url, nameof(url));
            _uri = new Uri(url, UriKind.Absolute);
        }

        /// <summary>
        /// Creates a link whose strings are decoded from <paramref name="strings"/> on first read: the other arguments
        /// are indexes in it. Generated code calls this; the generator has checked the URL.
        /// </summary>
        /// <exception cref="ArgumentOutOfRangeException">An index is not one of <paramref name="strings"/>.</exception>
        internal GuideLink(GuideStrings strings, int text, int url)
        {
            _text = strings.At(text, nameof(text));
            _url = strings.At(url, nameof(url));
        }

        /// <summary>The link's text, as plain text.</summary>
        public string Text => _text.Value;

        /// <summary>The link's target: an absolute <c>http</c> or <c>https</c> URL, checked at compile time.</summary>
        /// <remarks>Created on first read (a benign race may create two equal ones); the same object after.</remarks>
        public Uri Url => _uri ?? (_uri = new Uri(_url.Value, UriKind.Absolute));

        /// <summary>Returns the text and the URL.</summary>
        public override string ToString() => Text + " <" + Url.OriginalString + ">";
    }
}
