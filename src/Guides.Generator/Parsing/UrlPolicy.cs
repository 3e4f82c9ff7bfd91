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

        private static readonly char[] s_pathStarts = { '/', '?', '#' };

        public static bool IsAllowed(string? url)
        {
            if (url is null)
            {
                return true;
            }

            if (!HasScheme(url))
            {
                return true;
            }

            var colon = url.IndexOf(':');

            var scheme = HasDropped(url, colon) ? Cleaned(url.Substring(0, colon)) : null;
            foreach (var allowed in s_allowedSchemes)
            {
                var same = scheme is null
                    ? colon == allowed.Length && string.Compare(url, 0, allowed, 0, colon, StringComparison.OrdinalIgnoreCase) == 0
                    : string.Equals(scheme, allowed, StringComparison.OrdinalIgnoreCase);
                if (same)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Whether a URL starts with a scheme (<c>https:</c>, <c>mailto:</c>, <c>data:</c>): a ':' before any '/', '?' or '#'
        /// (what browsers drop never is one of these, so the scheme's bounds can be read from the URL as written);
        /// <c>docs/a:b</c> and <c>?q=a:b</c> are relative.
        /// </summary>
        public static bool HasScheme(string url)
        {
            var colon = url.IndexOf(':');
            return colon >= 0 && url.IndexOfAny(s_pathStarts, 0, colon) < 0;
        }

        /// <summary>Browsers drop ASCII tab, newline and leading C0 controls and spaces before they read the scheme.</summary>
        private static bool IsDropped(char c) => c <= ' ' || c == '\u007f';

        private static bool HasDropped(string url, int end)
        {
            for (var i = 0; i < end; i++)
            {
                if (IsDropped(url[i]))
                {
                    return true;
                }
            }

            return false;
        }

        private static string Cleaned(string value)
        {
            var cleaned = new StringBuilder(value.Length);
            foreach (var c in value)
            {
                if (!IsDropped(c))
                {
                    cleaned.Append(c);
                }
            }

            return cleaned.ToString();
        }

        /// <summary>An absolute http or https URL, as the "Useful links" section requires.</summary>
        public static bool IsAbsoluteWebUrl(string? url) =>
            url is not null
            && Uri.TryCreate(url, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
    }
}
