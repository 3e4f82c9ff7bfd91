using System;
using System.Collections.Generic;

namespace Guides.Build
{
    /// <summary>
    /// The globs of <c>GuidesExclude</c> (<c>**/_TEMPLATE.md;drafts/**</c>), matched against a path under the content
    /// folder with <c>/</c> separators, ignoring case: <c>*</c> stands for any characters but <c>/</c>, <c>**</c> for any
    /// folders (none included), <c>?</c> for one character but <c>/</c>. The generator (for guides) and the build task (for
    /// the other files) share this file, so that one setting means the same for both.
    /// </summary>
    internal static class ContentGlob
    {
        /// <summary>The globs of a <c>GuidesExclude</c> value: separated by <c>;</c>, trimmed, with <c>\</c> as <c>/</c> and no leading <c>./</c> or <c>/</c>.</summary>
        public static List<string> Parse(string? value)
        {
            List<string> globs = new List<string>();
            foreach (string part in (value ?? string.Empty).Split(';'))
            {
                string glob = part.Trim().Replace('\\', '/');
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

            return globs;
        }

        /// <summary>Whether <paramref name="glob"/> matches the whole of <paramref name="path"/>.</summary>
        public static bool Matches(string glob, string path) => Matches(glob, 0, path, 0);

        /// <summary>
        /// Whether <paramref name="glob"/> matches every file under <paramref name="folder"/> (a path under the content
        /// folder, no trailing <c>/</c>), because it ends with <c>/**</c> after a part that matches the folder: a walk of
        /// the content folder need not enter it.
        /// </summary>
        public static bool MatchesAllUnder(string glob, string folder) =>
            glob.EndsWith("/**", StringComparison.Ordinal) && Matches(glob.Substring(0, glob.Length - 3), 0, folder, 0);

        private static bool Matches(string glob, int g, string path, int p)
        {
            while (g < glob.Length)
            {
                char c = glob[g];
                if (c == '*' && g + 1 < glob.Length && glob[g + 1] == '*')
                {
                    // "**/" matches no folder or any folders; a final "**" matches the rest.
                    int rest = g + 2 < glob.Length && glob[g + 2] == '/' ? g + 3 : g + 2;
                    if (rest >= glob.Length)
                    {
                        return true;
                    }

                    for (int i = p; i <= path.Length; i++)
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
                    for (int i = p; i <= path.Length; i++)
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
}
