using System;
using System.Collections.Generic;
using System.Text;
using Guides.Generator.Parsing;

namespace Guides.Generator.Paths
{
    /// <summary>
    /// What a guide's path under the content folder says, as Hugo and Astro read it: its id (the path without the language
    /// folder or suffix and without the extension, segments joined by <c>/</c>, lower case, spaces as <c>-</c>), and its
    /// language (the first folder when it is a culture name, or else a <c>.fr.md</c> suffix at any depth). A folder's
    /// <c>index.md</c> (leaf bundle) or <c>_index.md</c> (branch bundle) is the guide of the folder.
    /// </summary>
    internal readonly struct ContentPath
    {
        private ContentPath(string id, string? language, string languageSource)
        {
            Id = id;
            Language = language;
            LanguageSource = languageSource;
        }

        /// <summary><c>accounts/reset-password</c>.</summary>
        public string Id { get; }

        /// <summary>The language the path gives, normalised (<c>pt-BR</c>), or null.</summary>
        public string? Language { get; }

        /// <summary>Where the path gives it: <c>folder</c>, <c>name</c>, or empty.</summary>
        public string LanguageSource { get; }

        /// <summary>The id a root <c>index.md</c> or <c>_index.md</c> takes.</summary>
        public const string RootIndexId = "index";

        public static ContentPath Parse(string relativePath)
        {
            var segments = new List<string>(relativePath.Replace('\\', '/').Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries));
            if (segments.Count == 0)
            {
                return new ContentPath(string.Empty, null, string.Empty);
            }

            var folder = segments.Count > 1 ? LanguageTag.Normalize(segments[0]) : null;
            if (folder is not null)
            {
                segments.RemoveAt(0);
            }

            // A suffix is the language (ameli.fr.md), but under a language folder only the folder's: socket.io.md in en/
            // is the guide socket.io in English, not a guide in Ido.
            string? language = folder;
            var source = folder is null ? string.Empty : "folder";
            var fileName = segments[segments.Count - 1];
            var stem = fileName.EndsWith(".md", StringComparison.OrdinalIgnoreCase) ? fileName.Substring(0, fileName.Length - 3) : fileName;
            var dot = stem.LastIndexOf('.');
            if (dot > 0 && LanguageTag.Normalize(stem.Substring(dot + 1)) is { } suffix
                && (folder is null || string.Equals(folder, suffix, StringComparison.Ordinal)))
            {
                language = suffix;
                source = folder is null ? "name" : "folder";
                stem = stem.Substring(0, dot);
            }

            segments[segments.Count - 1] = stem;
            if (segments.Count > 0 && IsIndex(segments[segments.Count - 1]))
            {
                segments.RemoveAt(segments.Count - 1);
            }

            return new ContentPath(segments.Count == 0 ? RootIndexId : Join(segments), language, source);
        }

        /// <summary>An id as ids are written: segments lower case, spaces as <c>-</c>, joined by <c>/</c>.</summary>
        public static string NormalizeId(string id) =>
            Join(new List<string>(id.Replace('\\', '/').Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries)));

        private static bool IsIndex(string stem) =>
            string.Equals(stem, "index", StringComparison.OrdinalIgnoreCase) || string.Equals(stem, "_index", StringComparison.OrdinalIgnoreCase);

        private static string Join(List<string> segments)
        {
            var builder = new StringBuilder();
            foreach (var segment in segments)
            {
                if (builder.Length > 0)
                {
                    builder.Append('/');
                }

                foreach (var c in segment.Trim())
                {
                    builder.Append(c == ' ' ? '-' : char.ToLowerInvariant(c));
                }
            }

            return builder.ToString();
        }
    }
}
