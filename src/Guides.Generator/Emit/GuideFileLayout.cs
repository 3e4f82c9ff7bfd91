using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using Guides.Generator.Model;

namespace Guides.Generator.Emit
{
    /// <summary>
    /// Which generated file holds which guide. Every run, even one where nothing changed, the compiler checks each
    /// generated file's name against every other's (Roslyn's <c>AdditionalSourcesCollection</c>; measured in Roslyn 4.14 and 5.9):
    /// that costs the square of the number of files, 3 ms for 1,000 files and 70 ms for 4,000 on every keystroke. And each
    /// file of guides declares the catalog class again (the guides' properties are its members): the compiler's analyzer
    /// driver lists every declaration of a member's class for each member, a cost of files × guides. So guides are written
    /// 8 to 16 to a file, in <c>B</c> files, <c>B</c> the smallest power of two at least a sixteenth of the guides, and at
    /// most <see cref="MaxFiles"/> files (past 4,096 guides, more to a file); a guide's file is picked by a hash of its
    /// property name. A guide stays in its file while the library grows, until the number of files doubles; translations
    /// of a guide share its file.
    /// </summary>
    internal static class GuideFileLayout
    {
        /// <summary>The most guides a file holds on average.</summary>
        public const int GuidesPerFile = 16;

        /// <param name="kind">
        /// What the files hold, in their names: empty for the guides' code (<c>GuideCatalog.Guides3.g.cs</c>),
        /// <c>"Data"</c> for their data (<c>GuideCatalog.Guides3.Data.g.cs</c>, in the same files' grouping).
        /// </param>
        public static ImmutableArray<GuideSourceFile> Split(ImmutableArray<EmittedGuide?> guides, EmitSettings settings, string kind = "")
        {
            var emitted = new List<EmittedGuide>(guides.Length);
            foreach (var guide in guides)
            {
                if (guide is not null)
                {
                    emitted.Add(guide);
                }
            }

            if (emitted.Count == 0)
            {
                return ImmutableArray<GuideSourceFile>.Empty;
            }

            var fileCount = FileCount(emitted.Count);
            var files = new List<EmittedGuide>?[fileCount];
            foreach (var guide in emitted)
            {
                var index = (int)(Hash(guide.MemberPath) & (uint)(fileCount - 1));
                (files[index] ??= new List<EmittedGuide>(GuidesPerFile * 2)).Add(guide);
            }

            var result = ImmutableArray.CreateBuilder<GuideSourceFile>(fileCount);
            for (var i = 0; i < fileCount; i++)
            {
                if (files[i] is { } inFile)
                {
                    inFile.Sort(static (a, b) => Compare(a, b));
                    var code = new string[inFile.Count];
                    var properties = new List<string>();
                    var failures = new List<DiagnosticInfo>();
                    for (var g = 0; g < code.Length; g++)
                    {
                        code[g] = inFile[g].Code;
                        if (inFile[g].Property.Length > 0)
                        {
                            properties.Add(inFile[g].Property);
                        }

                        if (inFile[g].Failure is { } failure)
                        {
                            failures.Add(failure);
                        }
                    }

                    result.Add(new GuideSourceFile(HintName(settings.Options.CatalogName, i, kind), properties.ToEquatableArray(), new EquatableArray<string>(code), new EquatableArray<DiagnosticInfo>(failures), settings));
                }
            }

            return result.ToImmutable();
        }

        /// <summary>The most files of guides (and as many of their data): 100,000 guides make files of about 400.</summary>
        public const int MaxFiles = 256;

        /// <summary>The smallest power of two at least <paramref name="guides"/> / <see cref="GuidesPerFile"/>, at most <see cref="MaxFiles"/>.</summary>
        public static int FileCount(int guides)
        {
            var count = 1;
            while (count * GuidesPerFile < guides && count < MaxFiles)
            {
                count *= 2;
            }

            return count;
        }

        /// <summary><c>GuideCatalog.Guides3.g.cs</c>, <c>GuideCatalog.Guides3.Data.g.cs</c>: no guide's name is in it, so no two files can clash.</summary>
        private static string HintName(string catalogName, int index, string kind) =>
            catalogName + ".Guides" + index.ToString(CultureInfo.InvariantCulture) + (kind.Length > 0 ? "." + kind : string.Empty) + ".g.cs";

        private static int Compare(EmittedGuide a, EmittedGuide b) =>
            string.CompareOrdinal(a.MemberPath, b.MemberPath) is var byName and not 0 ? byName :
            string.CompareOrdinal(a.Language, b.Language) is var byLanguage and not 0 ? byLanguage :
            string.CompareOrdinal(a.FilePath, b.FilePath);

        /// <summary>FNV-1a over the UTF-16 code units: the same on every machine and in every process.</summary>
        private static uint Hash(string value)
        {
            var hash = 2166136261u;
            foreach (var c in value)
            {
                hash = unchecked((hash ^ c) * 16777619u);
            }

            return hash;
        }
    }
}
