using System;

namespace Guides.Generator.Model
{
    /// <summary>
    /// A relative image or file link of a guide: the URL as written, the path it resolves to against the guide's own
    /// folder (relative to the content folder, '/' separators; null when it leaves the content folder), whether it is an
    /// image (<c>![alt](…)</c>) and its alt text, and where the URL stands in the guide. <see cref="Index"/> is the
    /// number its placeholder carries in the parsed HTML until the files' facts are known.
    /// </summary>
    internal sealed record AssetReference(int Index, string Written, string? Path, bool IsImage, string Alt, LocationInfo Location);

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

        public AssetFacts? Find(string path)
        {
            int low = 0, high = Files.Count - 1;
            while (low <= high)
            {
                var middle = low + ((high - low) >> 1);
                var order = string.CompareOrdinal(Files[middle].Path, path);
                if (order == 0)
                {
                    return Files[middle];
                }

                if (order < 0)
                {
                    low = middle + 1;
                }
                else
                {
                    high = middle - 1;
                }
            }

            return null;
        }

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

    /// <summary>The settings files are checked and addressed with: <c>GuidesAssetBaseUrl</c> and <c>GuidesMaxFileSize</c>.</summary>
    internal sealed record AssetSettings(string BaseUrl, long MaxLength)
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
