using System;

namespace Guides.Generator.Model
{
    /// <summary>
    /// A relative image or file link of a guide: the URL as written, the path it resolves to against the guide's own
    /// folder (relative to the content folder, '/' separators; null when it leaves the content folder), whether it is an
    /// image (<c>![alt](…)</c>) and its alt text, and where the URL stands in the guide. <see cref="Index"/> is the
    /// number its placeholder carries in the parsed HTML until the files' facts are known. <see cref="IsPage"/>: a link to
    /// another guide's Markdown file (<c>../accounts/reset.md#step-2</c>), with its <see cref="Fragment"/> (an anchor).
    /// </summary>
    internal sealed record AssetReference(int Index, string Written, string? Path, bool IsImage, string Alt, LocationInfo Location, bool IsPage = false, string Fragment = "");

    /// <summary>
    /// What the build read of one file of the content folder (the ReadGuideAssets task of the package's build files,
    /// handed over as AdditionalFiles metadata): the generator never opens the file itself.
    /// </summary>
    internal sealed record AssetFacts(
        string Path, long Length, string ContentType, bool IsImage, bool IsWebImage, int Width, int Height, string Hash, string? Problem, string FilePath = "")
        : IComparable<AssetFacts>
    {
        public int CompareTo(AssetFacts? other) => string.CompareOrdinal(Path, other?.Path);
    }

    /// <summary>Every file of the content folder that is not a guide, sorted by path.</summary>
    internal sealed record AssetTable(EquatableArray<AssetFacts> Files)
    {
        public static readonly AssetTable Empty = new(EquatableArray<AssetFacts>.Empty);

        public AssetFacts? Find(string path) => Files.FindSorted(path, static f => f.Path);

        /// <summary>A file whose path differs from <paramref name="path"/> in case alone (a link that works on Windows and macOS, not on Linux).</summary>
        public AssetFacts? FindIgnoringCase(string path)
        {
            foreach (var file in Files)
            {
                if (string.Equals(file.Path, path, StringComparison.OrdinalIgnoreCase))
                {
                    return file;
                }
            }

            return null;
        }
    }

    /// <summary>
    /// What a link to another guide's file found: the guide (its id, the language the link leads to: the linking guide's
    /// when the target has it, else the file's), its steps and anchors; <see cref="Found"/> false when no guide is there.
    /// </summary>
    internal sealed record PageTarget(bool Found, string Id, string Language, int StepCount, EquatableArray<string> Anchors, bool IsDraft)
    {
        /// <summary>A guide file that another shard compiles (<see cref="Shards.ShardLinks"/>): the library project checks the link.</summary>
        public bool OtherShard { get; init; }

        public static readonly PageTarget None = new(false, string.Empty, string.Empty, 0, EquatableArray<string>.Empty, false);
    }

    /// <summary>
    /// The settings files and links are checked and addressed with: <c>GuidesAssetBaseUrl</c>, <c>GuidesMaxFileSize</c>,
    /// <c>GuidesLinkFormat</c>, and <c>GuidesBrokenLinks</c> (<paramref name="BrokenLinksAreWarnings"/>: a link to a missing
    /// guide or anchor, GUIDE047 and GUIDE048, is a warning rather than an error).
    /// </summary>
    internal sealed record AssetSettings(string BaseUrl, long MaxLength, string LinkFormat = "/guides/{id}", bool BrokenLinksAreWarnings = false)
    {
        public const string DefaultBaseUrl = "/guide-files/";

        /// <summary>10 MiB: a screenshot or a form is far smaller; a bigger file is most often a mistake (a video, an export).</summary>
        public const long DefaultMaxLength = 10L * 1024 * 1024;

        public static readonly AssetSettings Default = new(DefaultBaseUrl, DefaultMaxLength);
    }

    /// <summary>A file a guide uses, as its code creates it: its path, its URL (content-hashed), its type and size, and its pixel size when it is an image.</summary>
    internal sealed record FileModel(string Path, string Url, string ContentType, long Length, int Width, int Height);

    /// <summary>An image shown in a guide: the file's path (in <see cref="GuideModel.Assets"/>) and its alt text.</summary>
    internal sealed record ImageModel(string Path, string Alt);
}
