namespace Guides.Build
{
    /// <summary>What the build knows about one file of the content folder that is not Markdown.</summary>
    internal sealed class AssetFacts
    {
        public AssetFacts(long length, string contentType, bool isImage, bool isWebImage, int? width, int? height, string hash, string? problem)
        {
            Length = length;
            ContentType = contentType;
            IsImage = isImage;
            IsWebImage = isWebImage;
            Width = width;
            Height = height;
            Hash = hash;
            Problem = problem;
        }

        /// <summary>The file's length in bytes.</summary>
        public long Length { get; }

        /// <summary>The content type its extension says (application/octet-stream when the extension is not known).</summary>
        public string ContentType { get; }

        /// <summary>Whether its extension is an image's.</summary>
        public bool IsImage { get; }

        /// <summary>Whether its extension is an image's that browsers show.</summary>
        public bool IsWebImage { get; }

        /// <summary>The width in pixels as a browser shows it; null when it is not an image or its size could not be read.</summary>
        public int? Width { get; }

        /// <summary>The height in pixels as a browser shows it; null when it is not an image or its size could not be read.</summary>
        public int? Height { get; }

        /// <summary>The first 10 lowercase hexadecimal characters of the SHA-256 of the whole file ("" when it could not be read).</summary>
        public string Hash { get; }

        /// <summary>Null, or what is wrong with the file, as a sentence for the guide's author that follows the file's name.</summary>
        public string? Problem { get; }

        /// <summary>Whether the file could not be read at all (such facts are not kept in the cache: the next build tries again).</summary>
        public bool Unread { get; private set; }

        public static AssetFacts CouldNotBeRead(string extension, string reason) =>
            new AssetFacts(0, FileKind.ContentType(extension), FileKind.IsImage(extension), FileKind.IsWebImage(extension), null, null, string.Empty, "it could not be read: " + reason)
            {
                Unread = true,
            };
    }
}
