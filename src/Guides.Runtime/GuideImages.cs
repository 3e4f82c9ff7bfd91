using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace Guides
{
    /// <summary>The read-only lists of images and files that guides, steps, sections and answers hand out.</summary>
    internal static class GuideImages
    {
        public static readonly IReadOnlyList<GuideImage> None = new ReadOnlyCollection<GuideImage>(Array.Empty<GuideImage>());

        public static readonly IReadOnlyList<GuideFile> NoFiles = new ReadOnlyCollection<GuideFile>(Array.Empty<GuideFile>());

        public static IReadOnlyList<GuideImage> ReadOnly(GuideImage[] images) =>
            images is null ? throw new ArgumentNullException(nameof(images)) : images.Length == 0 ? None : new ReadOnlyCollection<GuideImage>(images);

        public static IReadOnlyList<GuideFile> ReadOnly(GuideFile[] files) =>
            files is null ? throw new ArgumentNullException(nameof(files)) : files.Length == 0 ? NoFiles : new ReadOnlyCollection<GuideFile>(files);
    }
}
