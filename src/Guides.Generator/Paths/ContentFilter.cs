using System;
using Guides.Build;
using Guides.Generator.Model;

namespace Guides.Generator.Paths
{
    /// <summary>
    /// Which files of the content folder are not guides: a <c>README.md</c> (any case) anywhere, and the paths that match a
    /// glob of <c>GuidesExclude</c> (<c>**/_TEMPLATE.md;drafts/**</c>), matched against the path under the content folder,
    /// ignoring case, as <see cref="ContentGlob"/> matches them (the build task excludes the other files with the same globs).
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
                if (ContentGlob.Matches(glob, path))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The globs of a <c>GuidesExclude</c> value (<see cref="ContentGlob.Parse"/>).</summary>
        public static EquatableGlobs Parse(string? value) => new EquatableGlobs(ContentGlob.Parse(value).ToEquatableArray());
    }

    /// <summary>The exclusion globs, split once when the settings are read, compared by value.</summary>
    internal readonly record struct EquatableGlobs(Model.EquatableArray<string> Patterns);
}
