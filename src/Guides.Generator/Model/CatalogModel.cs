namespace Guides.Generator.Model
{
    /// <summary>What the catalog needs of one guide: not its text, so that editing a guide's text leaves the catalog cached.</summary>
    internal sealed record CatalogEntry(string Id, string PropertyName, string FilePath, LocationInfo Location) : System.IComparable<CatalogEntry>
    {
        public int CompareTo(CatalogEntry? other) =>
            other is null ? 1 :
            System.StringComparer.Ordinal.Compare(Id, other.Id) is var byId and not 0 ? byId :
            System.StringComparer.Ordinal.Compare(FilePath, other.FilePath);
    }

    /// <summary>
    /// The catalog: the guides it lists, ordered by id, and the files left out because their id or
    /// property name was taken first (by ordinal order of id, then of path), with the diagnostics that say so.
    /// </summary>
    internal sealed record CatalogModel(
        EquatableArray<CatalogEntry> Guides,
        EquatableArray<string> RejectedPaths,
        EquatableArray<DiagnosticInfo> Diagnostics);
}
