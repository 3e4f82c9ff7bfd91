namespace Guides.Generator.Model
{
    /// <summary>
    /// What parsing one file gives: the guide when it has no error, and the file's diagnostics.
    /// Holds the file's path and id even when the guide is left out, so that duplicate ids can still be found.
    /// <see cref="Extra"/>: the front-matter fields the generator does not read itself, for the <c>[GuideFields]</c> check;
    /// <see cref="FrontMatterStart"/>: the opening <c>---</c>, where a missing field is reported.
    /// <see cref="IsLeftOutDraft"/>: a draft (<c>draft: true</c>) built without <c>GuidesIncludeDrafts</c>, which is neither
    /// in the catalog nor checked. <see cref="Assets"/>: the guide's links to files of the content folder, each a
    /// placeholder (<see cref="AssetToken"/> and its index) in the HTML until AssetResolver knows the files.
    /// </summary>
    internal sealed record GuideParseResult(
        string FilePath,
        string DisplayPath,
        string Id,
        string Language,
        GuideModel Guide,
        EquatableArray<DiagnosticInfo> Diagnostics,
        bool IsLeftOutDraft = false,
        EquatableArray<FieldEntry> Extra = default,
        LocationInfo? FrontMatterStart = null,
        EquatableArray<AssetReference> Assets = default,
        string AssetToken = "");
}
