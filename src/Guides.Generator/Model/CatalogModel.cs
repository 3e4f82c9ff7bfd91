using System;

namespace Guides.Generator.Model
{
    /// <summary>
    /// What the catalog needs of one guide file: not its text, so that editing a guide's text leaves the catalog
    /// cached (the counts are there to compare translations). <see cref="DisplayPath"/> is the file's path as the project
    /// names it, for messages that name a second file. <see cref="IsDraft"/>: a draft left out of this build, which still
    /// shapes the folders' classes, so that the API is the same whether drafts are included or not. <see cref="Anchors"/>:
    /// its sections' anchors, which links from other guides are checked against; <see cref="Links"/>: the display paths
    /// of the guides it links to, for their <c>LinkedFrom</c>.
    /// </summary>
    internal sealed record CatalogEntry(
        string Id, string Language, string MemberPath, string FilePath, string DisplayPath, LocationInfo Location, int StepCount, int FaqCount,
        bool IsDraft = false, EquatableArray<string> Anchors = default, EquatableArray<string> Links = default)
        : IComparable<CatalogEntry>
    {
        public int CompareTo(CatalogEntry? other) =>
            other is null ? 1 :
            StringComparer.Ordinal.Compare(Id, other.Id) is var byId and not 0 ? byId :
            StringComparer.Ordinal.Compare(Language, other.Language) is var byLanguage and not 0 ? byLanguage :
            StringComparer.Ordinal.Compare(FilePath, other.FilePath);
    }

    /// <summary>One language of a guide: the private class that holds it is named from the property and the language.</summary>
    internal sealed record CatalogTranslation(string Language, string HolderName, string FilePath);

    /// <summary>A guide and its translations, ordered by language; <see cref="Primary"/> is the one in the default language.</summary>
    internal sealed record CatalogGroup(string Id, string MemberPath, int Primary, EquatableArray<CatalogTranslation> Translations);

    /// <summary>A folder's class (<c>Accounts</c>) and the folder's id (<c>accounts</c>), for its documentation.</summary>
    internal sealed record CatalogFolder(string MemberPath, string Id);

    /// <summary>
    /// Where a file's guide stands: its member path, whether it is the translation the member returns, and the guides
    /// that link to it.
    /// </summary>
    internal sealed record CatalogPlacement(string FilePath, string MemberPath, bool IsPrimary, EquatableArray<GuideKey> LinkedFrom = default);

    /// <summary>One translation of a guide: its id and language.</summary>
    internal sealed record GuideKey(string Id, string Language);

    /// <summary>
    /// A guide file as a link from another guide finds it, by its display path (<c>content/en/accounts/reset.md</c>):
    /// its id, language, number of steps and section anchors, and whether it is a draft left out of this build.
    /// </summary>
    internal sealed record CatalogPage(string DisplayPath, string Id, string Language, int StepCount, EquatableArray<string> Anchors, bool IsDraft)
        : IComparable<CatalogPage>
    {
        public int CompareTo(CatalogPage? other) => string.CompareOrdinal(DisplayPath, other?.DisplayPath);
    }

    /// <summary>
    /// The catalog: its guides ordered by id, the classes of its folders, where each file's guide stands (a file left out,
    /// because its id and language or its member were taken first, has no placement), and the diagnostics.
    /// Placements are sorted by path (ordinal) so that a guide finds itself by binary search.
    /// </summary>
    internal sealed record CatalogModel(
        string DefaultLanguage,
        EquatableArray<CatalogGroup> Groups,
        EquatableArray<CatalogFolder> Folders,
        EquatableArray<CatalogPlacement> Placements,
        EquatableArray<DiagnosticInfo> Diagnostics,
        EquatableArray<CatalogPage> Pages = default)
    {
        /// <summary>The guide file at a display path, or null.</summary>
        public CatalogPage? Page(string displayPath) => Pages.FindSorted(displayPath, static p => p.DisplayPath);

        /// <summary>Whether the guide <paramref name="id"/> has a translation in <paramref name="language"/> (groups are sorted by id).</summary>
        public bool HasTranslation(string id, string language)
        {
            if (Groups.FindSorted(id, static g => g.Id) is not { } group)
            {
                return false;
            }

            foreach (var translation in group.Translations)
            {
                if (string.Equals(translation.Language, language, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Where the guide of <paramref name="filePath"/> stands, or null when the catalog left it out.</summary>
        public CatalogPlacement? Placement(string filePath) => Placements.FindSorted(filePath, static p => p.FilePath);
    }

    /// <summary>
    /// One guide file to emit: its member path, whether it is the translation the guide's member returns, and the C#
    /// expressions of its typed fields and of its undeclared fields (null when it has none).
    /// </summary>
    internal sealed record GuideToEmit(
        GuideModel Guide, bool IsPrimary, string MemberPath, string? FieldsCode = null, string? ExtraFieldsCode = null, EquatableArray<GuideKey> LinkedFrom = default);

    /// <summary>A guide file's output: its diagnostics, and its code unless the catalog left it out (<see cref="Emission"/> null).</summary>
    internal sealed record GuideJob(GuideToEmit? Emission, EquatableArray<DiagnosticInfo> Diagnostics, EmitSettings Settings);

    /// <summary>An additional file that is a guide: its path under the content folder, and the settings it is read with.</summary>
    internal sealed record MarkdownInput(Microsoft.CodeAnalysis.AdditionalText Text, string RelativePath, ContentSettings Settings);
}
