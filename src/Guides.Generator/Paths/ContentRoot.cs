using System;

namespace Guides.Generator.Paths
{
    /// <summary>
    /// Which of the compiler's additional files are guides, and their paths under the content folder, from one setting:
    /// the content folder's full path (<c>_GuidesContentRootForCompiler</c>, which the package's build files derive from
    /// <c>GuidesContentFolder</c>). Nothing is handed over per file: per-file metadata makes the compiler's analyzer config
    /// one section per file, which it matches every file against (the square of the number of files).
    /// </summary>
    internal static class ContentRoot
    {
        /// <summary>The folder with '/' separators and one '/' at the end; null when there is none.</summary>
        public static string? Normalize(string? folder)
        {
            if (string.IsNullOrWhiteSpace(folder))
            {
                return null;
            }

            var normalized = Collapse(folder!.Trim());
            return normalized.EndsWith("/", StringComparison.Ordinal) ? normalized : normalized + "/";
        }

        /// <summary>
        /// The path of <paramref name="filePath"/> under <paramref name="root"/> (<c>fr/ameli.md</c>, '/' separators) when it is
        /// a Markdown file (<c>.md</c>, any case) there; otherwise null. Paths are compared ignoring case, as Windows and macOS
        /// name files.
        /// </summary>
        public static string? RelativePath(string filePath, string? root)
        {
            if (root is null || !filePath.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            // The compiler hands a path over as the project wrote it: `src/Lib/../../content/a.md` is the content folder's.
            filePath = Collapse(filePath);
            if (filePath.Length <= root.Length + 3)
            {
                return null;
            }

            for (var i = 0; i < root.Length; i++)
            {
                var c = filePath[i] == '\\' ? '/' : filePath[i];
                if (c != root[i] && char.ToUpperInvariant(c) != char.ToUpperInvariant(root[i]))
                {
                    return null;
                }
            }

            return filePath.Substring(root.Length).Replace('\\', '/');
        }

        /// <summary>
        /// The path with '/' separators, without <c>.</c> segments and with each <c>..</c> segment taking the one before it
        /// away (<c>/a/b/../c</c> is <c>/a/c</c>), as <c>Path.GetFullPath</c> reads it, without the file system.
        /// </summary>
        public static string Collapse(string path)
        {
            path = path.Replace('\\', '/');
            if (path.IndexOf("/.", StringComparison.Ordinal) < 0 && !path.StartsWith(".", StringComparison.Ordinal))
            {
                return path;
            }

            var segments = path.Split('/');
            var kept = new System.Collections.Generic.List<string>(segments.Length);
            for (var i = 0; i < segments.Length; i++)
            {
                var segment = segments[i];
                if (segment == "." && i < segments.Length - 1)
                {
                    continue;
                }

                if (segment == ".." && kept.Count > 0 && kept[kept.Count - 1] is { Length: > 0 } previous && previous != ".." && !previous.EndsWith(":", StringComparison.Ordinal))
                {
                    kept.RemoveAt(kept.Count - 1);
                    continue;
                }

                kept.Add(segment);
            }

            return string.Join("/", kept);
        }

        /// <summary>Whether two full paths name the same file ('/' and '\\' alike, case ignored); false when <paramref name="other"/> is null.</summary>
        public static bool SamePath(string path, string? other) =>
            other is not null && string.Equals(Collapse(path), Collapse(other), StringComparison.OrdinalIgnoreCase);
    }
}
