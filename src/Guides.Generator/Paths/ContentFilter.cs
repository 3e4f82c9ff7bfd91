using System;
using System.Collections.Generic;
using Guides.Generator.Model;

namespace Guides.Generator.Paths
{
    /// <summary>
    /// Which files of the content folder are not guides: a <c>README.md</c> (any case) anywhere, and the paths that match a
    /// glob of <c>GuidesExclude</c> (<c>**/_TEMPLATE.md;drafts/**</c>), matched against the path under the content folder,
    /// ignoring case. <c>*</c> stands for any characters but <c>/</c>, <c>**</c> for any folders (none included), <c>?</c> for one character.
    /// </summary>
    internal static class ContentFilter
    {
        public static bool IsExcluded(string relativePath, EquatableGlobs globs)
        {
            var path = relativePath.Replace('\\', '/');
            var name = path.Substring(path.LastIndexOf('/') + 1);
            if (string.Equals(name, "README.md", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            foreach (var glob in globs.Patterns)
            {
                if (Matches(glob, 0, path, 0))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The globs of a <c>GuidesExclude</c> value: separated by <c>;</c>, trimmed, with <c>\</c> as <c>/</c> and no leading <c>./</c> or <c>/</c>.</summary>
        public static EquatableGlobs Parse(string? value)
        {
            var globs = new List<string>();
            foreach (var part in (value ?? string.Empty).Split(';'))
            {
                var glob = part.Trim().Replace('\\', '/');
                while (glob.StartsWith("./", StringComparison.Ordinal))
                {
                    glob = glob.Substring(2);
                }

                glob = glob.TrimStart('/');
                if (glob.Length > 0)
                {
                    globs.Add(glob);
                }
            }

            return new EquatableGlobs(globs.ToEquatableArray());
        }

        /// <summary>Whether <paramref name="glob"/> from <paramref name="g"/> matches <paramref name="path"/> from <paramref name="p"/>.</summary>
        private static bool Matches(string glob, int g, string path, int p)
        {
            while (g < glob.Length)
            {
                var c = glob[g];
                if (c == '*' && g + 1 < glob.Length && glob[g + 1] == '*')
                {
                    // "**/" matches no folder or any folders; a final "**" matches the rest.
                    var rest = g + 2 < glob.Length && glob[g + 2] == '/' ? g + 3 : g + 2;
                    if (rest >= glob.Length)
                    {
                        return true;
                    }

                    for (var i = p; i <= path.Length; i++)
                    {
                        if ((i == p || path[i - 1] == '/') && Matches(glob, rest, path, i))
                        {
                            return true;
                        }
                    }

                    return false;
                }

                if (c == '*')
                {
                    for (var i = p; i <= path.Length; i++)
                    {
                        if (Matches(glob, g + 1, path, i))
                        {
                            return true;
                        }

                        if (i < path.Length && path[i] == '/')
                        {
                            break;
                        }
                    }

                    return false;
                }

                if (p >= path.Length || (c == '?' ? path[p] == '/' : char.ToUpperInvariant(c) != char.ToUpperInvariant(path[p])))
                {
                    return false;
                }

                g++;
                p++;
            }

            return p == path.Length;
        }
    }

    /// <summary>The exclusion globs, split once when the settings are read, compared by value.</summary>
    internal readonly record struct EquatableGlobs(Model.EquatableArray<string> Patterns);
}
