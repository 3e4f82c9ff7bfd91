using System;
using System.Collections.Generic;

namespace Guides.Generator.Paths
{
    /// <summary>
    /// Which link and image targets are files of the content folder, and the path each resolves to: relative URLs,
    /// against the guide's own folder (<c>images/step-1.png</c> beside <c>en/help/index.md</c> is
    /// <c>en/help/images/step-1.png</c>), percent-decoded, without their <c>?query</c> and <c>#fragment</c>.
    /// </summary>
    internal static class AssetPath
    {
        private static readonly string[] s_pageExtensions = { ".md", ".markdown", ".html", ".htm" };

        private static readonly char[] s_queryStarts = { '?', '#' };

        /// <summary>
        /// Whether a target is a file of the content folder: a relative URL (no scheme, not <c>/…</c>, <c>//…</c>,
        /// <c>#…</c> or <c>?…</c>) for an image; for a link, one that also names a file with an extension other than a
        /// page's (<c>cerfa.pdf</c>, not <c>../other-guide/</c> or <c>reset.md</c>, which are links between guides).
        /// </summary>
        public static bool IsFile(string? url, bool isImage)
        {
            if (!IsRelative(url))
            {
                return false;
            }

            if (isImage)
            {
                return true;
            }

            var path = WithoutQuery(url!);
            if (path.Length == 0 || path.EndsWith("/", StringComparison.Ordinal))
            {
                return false;
            }

            var extension = Extension(path);
            if (extension.Length == 0)
            {
                return false;
            }

            foreach (var page in s_pageExtensions)
            {
                if (string.Equals(extension, page, StringComparison.OrdinalIgnoreCase))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Whether a link's target is another guide's file: a relative URL whose path ends in <c>.md</c> or <c>.markdown</c> (<c>../accounts/reset.md#step-2</c>).</summary>
        public static bool IsPage(string? url)
        {
            if (!IsRelative(url))
            {
                return false;
            }

            var extension = Extension(WithoutQuery(url!));
            return string.Equals(extension, ".md", StringComparison.OrdinalIgnoreCase) || string.Equals(extension, ".markdown", StringComparison.OrdinalIgnoreCase);
        }

        /// <summary>The fragment of a URL without its <c>#</c>, percent-decoded; empty when it has none.</summary>
        public static string Fragment(string url)
        {
            var hash = url.IndexOf('#');
            return hash < 0 ? string.Empty : Decode(url.Substring(hash + 1));
        }

        /// <summary>
        /// The path, relative to the content folder, that a relative URL of the guide at <paramref name="guidePath"/>
        /// names; null when it leaves the content folder.
        /// </summary>
        public static string? Resolve(string guidePath, string url)
        {
            var decoded = Decode(WithoutQuery(url)).Replace('\\', '/');
            var folder = guidePath.Replace('\\', '/');
            var slash = folder.LastIndexOf('/');
            var segments = new List<string>();
            if (slash > 0)
            {
                segments.AddRange(folder.Substring(0, slash).Split('/'));
            }

            foreach (var segment in decoded.Split('/'))
            {
                switch (segment)
                {
                    case "":
                    case ".":
                        break;
                    case "..":
                        if (segments.Count == 0)
                        {
                            return null;
                        }

                        segments.RemoveAt(segments.Count - 1);
                        break;
                    default:
                        segments.Add(segment);
                        break;
                }
            }

            return string.Join("/", segments);
        }

        /// <summary>The URL a file is served at: the base, then its path with the content's hash before the extension, each segment escaped.</summary>
        public static string Url(string baseUrl, string path, string hash)
        {
            var builder = new System.Text.StringBuilder(baseUrl);
            if (!baseUrl.EndsWith("/", StringComparison.Ordinal))
            {
                builder.Append('/');
            }

            var segments = path.Split('/');
            for (var i = 0; i < segments.Length; i++)
            {
                var segment = segments[i];
                if (i == segments.Length - 1 && hash.Length > 0)
                {
                    var dot = segment.LastIndexOf('.');
                    segment = dot > 0 ? segment.Substring(0, dot) + "." + hash + segment.Substring(dot) : segment + "." + hash;
                }

                if (i > 0)
                {
                    builder.Append('/');
                }

                builder.Append(Uri.EscapeDataString(segment));
            }

            return builder.ToString();
        }

        /// <summary>A relative URL: no scheme (<c>http:</c>, <c>mailto:</c>, <c>data:</c>), not <c>/…</c>, <c>//…</c>, <c>#…</c> or <c>?…</c>.</summary>
        private static bool IsRelative(string? url)
        {
            if (url is null || url.Length == 0 || url[0] is '/' or '\\' or '#' or '?')
            {
                return false;
            }

            return !Parsing.UrlPolicy.HasScheme(url);
        }

        private static string WithoutQuery(string url)
        {
            var end = url.IndexOfAny(s_queryStarts);
            return end < 0 ? url : url.Substring(0, end);
        }

        private static string Extension(string path)
        {
            var name = path.Substring(path.LastIndexOf('/') + 1);
            var dot = name.LastIndexOf('.');
            return dot > 0 ? name.Substring(dot) : string.Empty;
        }

        private static string Decode(string path)
        {
            try
            {
                return Uri.UnescapeDataString(path);
            }
            catch (UriFormatException)
            {
                return path;
            }
        }
    }
}
