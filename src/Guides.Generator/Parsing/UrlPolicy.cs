using System;
using System.Text;

namespace Guides.Generator.Parsing
{
    /// <summary>
    /// Which link and image targets may reach the rendered HTML: http, https, mailto, tel, and relative
    /// URLs. Anything else (javascript:, data:, vbscript:, file:, ...) is refused, whatever its case and
    /// whatever white space or control characters a browser would skip inside it.
    /// </summary>
    internal static class UrlPolicy
    {
        private static readonly string[] s_allowedSchemes = { "http", "https", "mailto", "tel" };

        public static bool IsAllowed(string? url)
        {
            if (url is null)
            {
                return true;
            }

            // Browsers drop ASCII tab, newline and leading C0 controls and spaces before they read the scheme.
            var cleaned = new StringBuilder(url.Length);
            foreach (var c in url)
            {
                if (c > ' ' && c != '\u007f')
                {
                    cleaned.Append(c);
                }
            }

            var value = cleaned.ToString();
            var colon = value.IndexOf(':');
            if (colon < 0)
            {
                return true;
            }

            var slash = value.IndexOfAny(new[] { '/', '?', '#' });
            if (slash >= 0 && slash < colon)
            {
                // "docs/a:b" or "?q=a:b": a relative URL, no scheme.
                return true;
            }

            var scheme = value.Substring(0, colon);
            foreach (var allowed in s_allowedSchemes)
            {
                if (string.Equals(scheme, allowed, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>An absolute http or https URL, as the "Useful links" section requires.</summary>
        public static bool IsAbsoluteWebUrl(string? url) =>
            url is not null
            && Uri.TryCreate(url, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
    }
}
