using System;
using System.Collections.Generic;

namespace Guides.Build
{
    /// <summary>
    /// What a file's extension says it is: its content type, whether it is an image, and whether browsers show it.
    /// Extensions are compared without the dot and ignoring case ("PNG" is "png").
    /// </summary>
    internal static class FileKind
    {
        /// <summary>The content type of a file whose extension is not in the table.</summary>
        public const string DefaultContentType = "application/octet-stream";

        private sealed class Kind
        {
            public Kind(string contentType, bool isImage, bool isWebImage)
            {
                ContentType = contentType;
                IsImage = isImage;
                IsWebImage = isWebImage;
            }

            public string ContentType { get; }

            public bool IsImage { get; }

            public bool IsWebImage { get; }
        }

        private static readonly Dictionary<string, Kind> Kinds = new Dictionary<string, Kind>(StringComparer.OrdinalIgnoreCase)
        {
            // Images that every current browser shows in an <img>.
            ["png"] = WebImage("image/png"),
            ["jpg"] = WebImage("image/jpeg"),
            ["jpeg"] = WebImage("image/jpeg"),
            ["gif"] = WebImage("image/gif"),
            ["webp"] = WebImage("image/webp"),
            ["svg"] = WebImage("image/svg+xml"),
            ["avif"] = WebImage("image/avif"),
            ["bmp"] = WebImage("image/bmp"),
            ["ico"] = WebImage("image/x-icon"),

            // Images that browsers do not show (a guide should link to an exported PNG, JPEG or WebP instead).
            ["tif"] = OtherImage("image/tiff"),
            ["tiff"] = OtherImage("image/tiff"),
            ["heic"] = OtherImage("image/heic"),
            ["heif"] = OtherImage("image/heif"),
            ["psd"] = OtherImage("image/vnd.adobe.photoshop"),

            // Documents, archives, data, audio and video: downloads, not images.
            ["pdf"] = File("application/pdf"),
            ["zip"] = File("application/zip"),
            ["7z"] = File("application/x-7z-compressed"),
            ["gz"] = File("application/gzip"),
            ["txt"] = File("text/plain"),
            ["csv"] = File("text/csv"),
            ["json"] = File("application/json"),
            ["xml"] = File("application/xml"),
            ["html"] = File("text/html"),
            ["htm"] = File("text/html"),
            ["rtf"] = File("application/rtf"),
            ["ics"] = File("text/calendar"),
            ["vcf"] = File("text/vcard"),
            ["epub"] = File("application/epub+zip"),
            ["doc"] = File("application/msword"),
            ["xls"] = File("application/vnd.ms-excel"),
            ["ppt"] = File("application/vnd.ms-powerpoint"),
            ["docx"] = File("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            ["xlsx"] = File("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            ["pptx"] = File("application/vnd.openxmlformats-officedocument.presentationml.presentation"),
            ["odt"] = File("application/vnd.oasis.opendocument.text"),
            ["ods"] = File("application/vnd.oasis.opendocument.spreadsheet"),
            ["odp"] = File("application/vnd.oasis.opendocument.presentation"),
            ["mp4"] = File("video/mp4"),
            ["m4v"] = File("video/mp4"),
            ["webm"] = File("video/webm"),
            ["mov"] = File("video/quicktime"),
            ["mp3"] = File("audio/mpeg"),
            ["m4a"] = File("audio/mp4"),
            ["ogg"] = File("audio/ogg"),
            ["oga"] = File("audio/ogg"),
            ["wav"] = File("audio/wav"),
        };

        /// <summary>The content type for the extension (without its dot), or application/octet-stream.</summary>
        public static string ContentType(string extension) =>
            Kinds.TryGetValue(extension, out Kind? kind) ? kind.ContentType : DefaultContentType;

        /// <summary>Whether the extension is an image's, whether or not browsers show it.</summary>
        public static bool IsImage(string extension) => Kinds.TryGetValue(extension, out Kind? kind) && kind.IsImage;

        /// <summary>Whether browsers show an image with this extension in an &lt;img&gt;.</summary>
        public static bool IsWebImage(string extension) => Kinds.TryGetValue(extension, out Kind? kind) && kind.IsWebImage;

        /// <summary>The extension of a path, without its dot, in lower case ("" when it has none).</summary>
        public static string ExtensionOf(string path)
        {
            int slash = Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\'));
            int dot = path.LastIndexOf('.');
            return dot > slash && dot < path.Length - 1 ? path.Substring(dot + 1).ToLowerInvariant() : string.Empty;
        }

        private static Kind WebImage(string contentType) => new Kind(contentType, isImage: true, isWebImage: true);

        private static Kind OtherImage(string contentType) => new Kind(contentType, isImage: true, isWebImage: false);

        private static Kind File(string contentType) => new Kind(contentType, isImage: false, isWebImage: false);
    }
}
