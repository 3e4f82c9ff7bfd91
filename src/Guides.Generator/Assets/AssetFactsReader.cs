using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using Guides.Generator.Diagnostics;
using Guides.Generator.Model;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Guides.Generator.Assets
{
    /// <summary>
    /// Reads what the build knows of the content folder's other files: the package's build files run the ReadGuideAssets
    /// task over them and hand each to the compiler as an AdditionalFiles item with these metadata. The generator never
    /// opens an image: editing one changes its metadata, and the guides that use it are checked again.
    /// </summary>
    internal static class AssetFactsReader
    {
        public const string PathKey = "build_metadata.AdditionalFiles.GuidesAssetPath";
        private const string Prefix = "build_metadata.AdditionalFiles.GuidesAsset";

        /// <summary>The facts of a file, or null when it is not one of the content folder's files (a guide, another tool's file).</summary>
        public static AssetFacts? Read(string filePath, AnalyzerConfigOptions options)
        {
            if (!options.TryGetValue(PathKey, out var path) || string.IsNullOrWhiteSpace(path))
            {
                return null;
            }

            string Get(string name) => options.TryGetValue(Prefix + name, out var value) ? value.Trim() : string.Empty;
            static int Number(string text) => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;

            var hasLength = long.TryParse(Get("Length"), NumberStyles.None, CultureInfo.InvariantCulture, out var length);
            var problem = Get("Problem");
            if (!hasLength && problem.Length == 0)
            {
                // Metadata without the task's facts: the build files that read them did not run.
                problem = "the build did not read it (are the Guides.Generator package's build files imported?)";
            }

            var contentType = Get("ContentType");
            return new AssetFacts(
                path.Trim().Replace('\\', '/'),
                hasLength ? length : 0,
                contentType.Length == 0 ? "application/octet-stream" : contentType,
                string.Equals(Get("Image"), "true", StringComparison.OrdinalIgnoreCase),
                string.Equals(Get("WebImage"), "true", StringComparison.OrdinalIgnoreCase),
                Number(Get("Width")),
                Number(Get("Height")),
                Get("Hash"),
                problem.Length == 0 ? null : problem,
                filePath);
        }

        /// <summary>The files, sorted by path (the order of the project's items does not matter).</summary>
        public static AssetTable Table(ImmutableArray<AssetFacts?> facts)
        {
            var files = new List<AssetFacts>(facts.Length);
            foreach (var fact in facts)
            {
                if (fact is not null)
                {
                    files.Add(fact);
                }
            }

            if (files.Count == 0)
            {
                return AssetTable.Empty;
            }

            files.Sort();
            return new AssetTable(files.ToEquatableArray());
        }

        /// <summary>The paths of the files a guide links to.</summary>
        public static EquatableArray<string> PathsUsed(GuideParseResult result)
        {
            if (result.Assets.Count == 0)
            {
                return EquatableArray<string>.Empty;
            }

            var paths = new List<string>(result.Assets.Count);
            foreach (var reference in result.Assets)
            {
                if (reference.Path is { } path)
                {
                    paths.Add(path);
                }
            }

            return paths.ToEquatableArray();
        }

        /// <summary>GUIDE046 at each file that no guide links to.</summary>
        public static EquatableArray<DiagnosticInfo> Unused(ImmutableArray<EquatableArray<string>> used, AssetTable table)
        {
            if (table.Files.Count == 0)
            {
                return EquatableArray<DiagnosticInfo>.Empty;
            }

            var all = new HashSet<string>(StringComparer.Ordinal);
            foreach (var paths in used)
            {
                foreach (var path in paths)
                {
                    all.Add(path);
                }
            }

            var diagnostics = new List<DiagnosticInfo>();
            foreach (var file in table.Files)
            {
                if (!all.Contains(file.Path))
                {
                    diagnostics.Add(DiagnosticInfo.Create(GuideDiagnostics.FileUnused, LocationInfo.FileStart(file.FilePath), file.Path));
                }
            }

            return diagnostics.ToEquatableArray();
        }
    }
}
