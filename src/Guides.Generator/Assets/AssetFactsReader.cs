using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using Guides.Generator.Diagnostics;
using Guides.Generator.Model;
using Guides.Build;
using Microsoft.CodeAnalysis.Text;

namespace Guides.Generator.Assets
{
    /// <summary>
    /// Reads what the build knows of the content folder's other files: the package's build files run the ReadGuideAssets
    /// task over them, which writes their facts to one manifest (<see cref="Guides.Build.AssetManifest"/>) that the
    /// compiler hands over as an additional file. The generator never opens an image: editing one changes the manifest,
    /// and the guides that use it are checked again.
    /// </summary>
    internal static class AssetFactsReader
    {
        /// <summary>The file table in the manifest's text; empty when the text is not a manifest of this version.</summary>
        public static AssetTable Read(SourceText? text)
        {
            if (text is null || text.Lines.Count == 0 || text.Lines[0].ToString().TrimEnd() != AssetManifest.Header)
            {
                return AssetTable.Empty;
            }

            static int Number(string value) => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;

            var files = new List<AssetFacts>(text.Lines.Count);
            for (var i = 1; i < text.Lines.Count; i++)
            {
                var line = text.Lines[i].ToString();
                if (line.Length == 0 || AssetManifest.Fields(line) is not { } fields || fields[0].Length == 0)
                {
                    continue;
                }

                var hasLength = long.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var length);
                files.Add(new AssetFacts(
                    fields[0],
                    hasLength ? length : 0,
                    fields[2].Length == 0 ? "application/octet-stream" : fields[2],
                    fields[3] == "1",
                    fields[4] == "1",
                    Number(fields[5]),
                    Number(fields[6]),
                    fields[7],
                    fields[8].Length == 0 ? null : fields[8],
                    fields[9]));
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
