using System;
using System.IO;
using System.Reflection;

namespace Guides
{
    /// <summary>
    /// A file of the content folder that a guide links to (<c>[the form](cerfa-12345.pdf)</c>), checked at compile time
    /// and shipped inside the library's assembly as an embedded resource.
    /// </summary>
    public sealed class GuideFile
    {
        /// <summary>The prefix of every file's embedded resource name: <c>Guides.Assets/</c> then its <see cref="Path"/>.</summary>
        public const string ResourcePrefix = "Guides.Assets/";

        private readonly Assembly _assembly;

        /// <summary>Creates a file. Generated code calls this; apps read files from <see cref="Guide.Files"/> and <see cref="Guide.Images"/>.</summary>
        /// <param name="path">The file's path relative to the content folder, with '/' separators.</param>
        /// <param name="url">The URL the file is served at (content-hashed, from <c>GuidesAssetBaseUrl</c>).</param>
        /// <param name="contentType">The file's media type, such as <c>image/png</c> or <c>application/pdf</c>.</param>
        /// <param name="length">The file's size in bytes.</param>
        /// <param name="assembly">The assembly that holds the file as the embedded resource <c>Guides.Assets/{path}</c>.</param>
        public GuideFile(string path, string url, string contentType, long length, Assembly assembly)
        {
            Path = path ?? throw new ArgumentNullException(nameof(path));
            Url = url ?? throw new ArgumentNullException(nameof(url));
            ContentType = contentType ?? throw new ArgumentNullException(nameof(contentType));
            Length = length;
            _assembly = assembly ?? throw new ArgumentNullException(nameof(assembly));
        }

        /// <summary>The file's path relative to the content folder, with '/' separators (<c>fr/help-center/checklist.pdf</c>).</summary>
        public string Path { get; }

        /// <summary>
        /// The URL the file is served at: <c>GuidesAssetBaseUrl</c> (<c>/guide-files/</c> unless the library sets another),
        /// then its path with a hash of its bytes before the extension (<c>/guide-files/fr/help-center/checklist.3f2a9c1b7e.pdf</c>),
        /// so that a server can let browsers cache it for ever. Rendered <c>Html</c> links to this URL.
        /// </summary>
        public string Url { get; }

        /// <summary>The file's media type (<c>application/pdf</c>), from its extension.</summary>
        public string ContentType { get; }

        /// <summary>The file's size in bytes.</summary>
        public long Length { get; }

        /// <summary>The file's name (<c>checklist.pdf</c>).</summary>
        public string Name => Path.Substring(Path.LastIndexOf('/') + 1);

        /// <summary>Opens the file's bytes, from the library's assembly: no file system path is involved.</summary>
        /// <exception cref="FileNotFoundException">The assembly does not hold the file (it was built without the package's build files).</exception>
        public Stream OpenRead() =>
            _assembly.GetManifestResourceStream(ResourcePrefix + Path)
            ?? throw new FileNotFoundException("The assembly " + _assembly.GetName().Name + " holds no embedded file '" + ResourcePrefix + Path + "'.", Path);

        /// <summary>Returns the path.</summary>
        public override string ToString() => Path;
    }
}
