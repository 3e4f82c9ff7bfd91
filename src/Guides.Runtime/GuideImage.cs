using System;
using System.IO;

namespace Guides
{
    /// <summary>
    /// An image shown in a guide (<c>![My account](images/step-1.png)</c>): its file, checked at compile time and shipped
    /// in the library's assembly, its alt text, and its size in pixels read from the file at compile time.
    /// </summary>
    public sealed class GuideImage
    {
        /// <summary>Creates an image. Generated code calls this; apps read images from <see cref="Guide.Images"/> and <see cref="GuideStep.Images"/>.</summary>
        /// <param name="file">The image's file.</param>
        /// <param name="alt">The alt text, as plain text.</param>
        /// <param name="width">The width in CSS pixels (EXIF orientation applied); 0 when unknown.</param>
        /// <param name="height">The height in CSS pixels; 0 when unknown.</param>
        public GuideImage(GuideFile file, string alt, int width, int height)
        {
            File = file ?? throw new ArgumentNullException(nameof(file));
            Alt = alt ?? throw new ArgumentNullException(nameof(alt));
            Width = width;
            Height = height;
        }

        /// <summary>The image's file.</summary>
        public GuideFile File { get; }

        /// <summary>The image's path relative to the content folder (<c>en/help-center/images/home.png</c>).</summary>
        public string Path => File.Path;

        /// <summary>The URL the image is served at (content-hashed): the <c>src</c> of its <c>&lt;img&gt;</c> in <c>Html</c>.</summary>
        public string Url => File.Url;

        /// <summary>The alt text: what the image shows, for readers who cannot see it.</summary>
        public string Alt { get; }

        /// <summary>The width in pixels, as browsers lay it out (EXIF orientation applied; an SVG's <c>width</c> or <c>viewBox</c>).</summary>
        public int Width { get; }

        /// <summary>The height in pixels.</summary>
        public int Height { get; }

        /// <summary>The image's media type (<c>image/png</c>, <c>image/svg+xml</c>).</summary>
        public string ContentType => File.ContentType;

        /// <summary>The file's size in bytes.</summary>
        public long Length => File.Length;

        /// <summary>Opens the image's bytes, from the library's assembly.</summary>
        public Stream OpenRead() => File.OpenRead();

        /// <summary>Returns the path, the size and the alt text.</summary>
        public override string ToString() => Path + " (" + Width + "×" + Height + ") " + Alt;
    }
}
