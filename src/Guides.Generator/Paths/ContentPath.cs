using System;
using System.Collections.Generic;
using System.Text;
using Guides.Generator.Parsing;

namespace Guides.Generator.Paths
{
    /// <summary>
    /// What a guide's path under the content folder says, as Hugo and Astro read it: its id (the path without the language
    /// folder or suffix and without the extension, segments joined by <c>/</c>, lower case, spaces as <c>-</c>), and its
    /// language (the first folder when it is a culture name, or a <c>.fr.md</c> suffix at any depth). A folder's
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

            string? language = null;
            var source = string.Empty;
            var fileName = segments[segments.Count - 1];
            var stem = fileName.EndsWith(".md", StringComparison.OrdinalIgnoreCase) ? fileName.Substring(0, fileName.Length - 3) : fileName;
            var dot = stem.LastIndexOf('.');
            if (dot > 0 && LanguageTag.Normalize(stem.Substring(dot + 1)) is { } suffix)
            {
                language = suffix;
                source = "name";
                stem = stem.Substring(0, dot);
            }

            segments[segments.Count - 1] = stem;
            if (segments.Count > 1 && LanguageTag.Normalize(segments[0]) is { } folder)
            {
                // The language folder is the first folder; a suffix, nearer the file, says more.
                if (language is null)
                {
                    language = folder;
                    source = "folder";
                }

                segments.RemoveAt(0);
            }

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
