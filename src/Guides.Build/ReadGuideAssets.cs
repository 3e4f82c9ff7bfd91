using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace Guides.Build
{
    /// <summary>
    /// Reads the files of the content folder that are not Markdown (images, PDFs, downloads) before compilation and
    /// writes their facts to one manifest (<see cref="AssetManifest"/>), which the generator receives as one additional
    /// file: the generator may not read files itself. The facts are also returned as item metadata, for the build's own use.
    /// <para>
    /// Each output item has the input's identity and exactly these metadata: GuidesAssetPath (the input's, unchanged),
    /// GuidesAssetLength, GuidesAssetContentType, GuidesAssetImage, GuidesAssetWebImage, GuidesAssetWidth,
    /// GuidesAssetHeight, GuidesAssetHash and GuidesAssetProblem.
    /// </para>
    /// <para>
    /// The task never fails the build: a file that is not what its extension says, or that cannot be read, gets a
    /// GuidesAssetProblem, which the generator reports at the guide's link to the file.
    /// </para>
    /// </summary>
    public sealed class ReadGuideAssets : Task
    {
        /// <summary>The metadata that holds a file's path relative to the content folder, with '/' separators.</summary>
        public const string PathMetadata = "GuidesAssetPath";

        public const string LengthMetadata = "GuidesAssetLength";

        public const string ContentTypeMetadata = "GuidesAssetContentType";

        public const string ImageMetadata = "GuidesAssetImage";

        public const string WebImageMetadata = "GuidesAssetWebImage";

        public const string WidthMetadata = "GuidesAssetWidth";

        public const string HeightMetadata = "GuidesAssetHeight";

        public const string HashMetadata = "GuidesAssetHash";

        public const string ProblemMetadata = "GuidesAssetProblem";

        /// <summary>The files to read: the identity is the file's path, and GuidesAssetPath its path in the content folder.</summary>
        public ITaskItem[] Files { get; set; } = Array.Empty<ITaskItem>();

        /// <summary>
        /// Optional: the content folder, whose files other than guides are read as well as <see cref="Files"/>: every file
        /// but Markdown, dotfiles, files in dot-folders and the paths <see cref="Exclude"/> matches (<see cref="ContentScan"/>).
        /// </summary>
        public string? ContentFolder { get; set; }

        /// <summary>Optional: the <c>GuidesExclude</c> globs, separated by ';', of paths under <see cref="ContentFolder"/> to leave out.</summary>
        public string? Exclude { get; set; }

        /// <summary>Optional: a file in obj/ where the content folder's listing is kept, so that the next build lists only the folders that changed.</summary>
        public string? ScanCacheFile { get; set; }

        /// <summary>Optional: a file in obj/ where the facts are kept, so that the next build does not read unchanged files again.</summary>
        public string? CacheFile { get; set; }

        /// <summary>
        /// Optional: where to write the manifest for the generator (<see cref="AssetManifest"/>). It is written only when
        /// its text changes, so that an unchanged content folder leaves the compiler's inputs as they were.
        /// </summary>
        public string? Manifest { get; set; }

        /// <summary>One item per file, in the order of <see cref="Files"/> then of the content folder's files by path, with its facts as metadata.</summary>
        [Output]
        public ITaskItem[] Assets { get; private set; } = Array.Empty<ITaskItem>();

        /// <summary>How many files the last run opened and read (the others came from the cache).</summary>
        internal int FilesRead { get; private set; }

        public override bool Execute()
        {
            FilesRead = 0;
            ITaskItem[] files = Files;
            if (!string.IsNullOrEmpty(ContentFolder))
            {
                files = WithContentFolder(files);
            }

            AssetCache cache = AssetCache.Load(CacheFile);
            ITaskItem[] assets = new ITaskItem[files.Length];
            List<string> lines = new List<string>(files.Length);
            for (int i = 0; i < files.Length; i++)
            {
                ITaskItem file = files[i];
                AssetFacts facts = Facts(file, cache);
                assets[i] = ToItem(file, facts);
                lines.Add(ManifestLine(file, facts));
            }

            Assets = assets;
            SaveCache(cache);
            if (!string.IsNullOrEmpty(Manifest) && files.Length > 0 && !WriteManifest(Manifest!, lines))
            {
                return false;
            }

            Log.LogMessage(MessageImportance.Low, "Guides: {0} asset file(s), {1} read, the others unchanged since the last build.", files.Length, FilesRead);
            return true;
        }

        /// <summary><paramref name="files"/> followed by the content folder's files that are not guides.</summary>
        private ITaskItem[] WithContentFolder(ITaskItem[] files)
        {
            ContentScan.Result scan = ContentScan.Scan(ContentFolder!, ContentGlob.Parse(Exclude), ScanCacheFile);
            if (scan.CacheNotWritten)
            {
                // Only the next build's speed depends on it: it lists every folder again.
                Log.LogMessage(MessageImportance.Low, "Guides: the content folder's listing '{0}' could not be written.", ScanCacheFile);
            }

            Log.LogMessage(MessageImportance.Low, "Guides: {0} folder(s) of the content folder, {1} listed, the others unchanged since the last build.", scan.FoldersSeen, scan.FoldersListed);
            ITaskItem[] all = new ITaskItem[files.Length + scan.Files.Count];
            Array.Copy(files, all, files.Length);
            for (int i = 0; i < scan.Files.Count; i++)
            {
                TaskItem item = new TaskItem(Escape(scan.Files[i].FullPath));
                item.SetMetadata(PathMetadata, Escape(scan.Files[i].RelativePath));
                all[files.Length + i] = item;
            }

            return all;
        }

        private AssetFacts Facts(ITaskItem file, AssetCache cache)
        {
            string extension = FileKind.ExtensionOf(file.ItemSpec);
            string fullPath;
            long length;
            long ticks;
            try
            {
                fullPath = Path.GetFullPath(file.ItemSpec);
                FileInfo info = new FileInfo(fullPath);
                if (!info.Exists)
                {
                    return AssetFacts.CouldNotBeRead(extension, "it does not exist");
                }

                length = info.Length;
                ticks = info.LastWriteTimeUtc.Ticks;
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is ArgumentException || e is NotSupportedException || e is System.Security.SecurityException)
            {
                return AssetFacts.CouldNotBeRead(extension, e.Message.TrimEnd('.'));
            }

            AssetFacts? facts = cache.Find(fullPath, length, ticks);
            if (facts == null)
            {
                FilesRead++;
                try
                {
                    facts = AssetReader.Read(fullPath);
                }
                catch (Exception e)
                {
                    // A file that trips the reader in a way not foreseen: a problem at the guide's link, never a failed build.
                    facts = AssetFacts.CouldNotBeRead(extension, e.GetType().Name + ": " + e.Message.TrimEnd('.'));
                }
            }

            if (!facts.Unread)
            {
                cache.Keep(fullPath, length, ticks, facts);
            }

            return facts;
        }

        private static ITaskItem ToItem(ITaskItem file, AssetFacts facts)
        {
            // The identity as MSBuild holds it (escaped), so that a file named "50% off;new.png" keeps its name.
            string identity = file is ITaskItem2 escaped ? escaped.EvaluatedIncludeEscaped : Escape(file.ItemSpec);
            ITaskItem2 item = new TaskItem(identity);
            item.SetMetadataValueLiteral(PathMetadata, file.GetMetadata(PathMetadata));
            item.SetMetadataValueLiteral(LengthMetadata, facts.Length.ToString(CultureInfo.InvariantCulture));
            item.SetMetadataValueLiteral(ContentTypeMetadata, facts.ContentType);
            item.SetMetadataValueLiteral(ImageMetadata, facts.IsImage ? "true" : "false");
            item.SetMetadataValueLiteral(WebImageMetadata, facts.IsWebImage ? "true" : "false");
            item.SetMetadataValueLiteral(WidthMetadata, facts.Width?.ToString(CultureInfo.InvariantCulture) ?? string.Empty);
            item.SetMetadataValueLiteral(HeightMetadata, facts.Height?.ToString(CultureInfo.InvariantCulture) ?? string.Empty);
            item.SetMetadataValueLiteral(HashMetadata, facts.Hash);
            item.SetMetadataValueLiteral(ProblemMetadata, facts.Problem ?? string.Empty);
            return item;
        }

        private static string ManifestLine(ITaskItem file, AssetFacts facts)
        {
            string fullPath;
            try
            {
                fullPath = Path.GetFullPath(file.ItemSpec);
            }
            catch (Exception e) when (e is ArgumentException || e is NotSupportedException || e is PathTooLongException || e is System.Security.SecurityException)
            {
                fullPath = file.ItemSpec;
            }

            return AssetManifest.Line(new[]
            {
                file.GetMetadata(PathMetadata).Replace('\\', '/'),
                facts.Length.ToString(CultureInfo.InvariantCulture),
                facts.ContentType,
                facts.IsImage ? "1" : "0",
                facts.IsWebImage ? "1" : "0",
                facts.Width?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
                facts.Height?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
                facts.Hash,
                facts.Problem ?? string.Empty,
                fullPath,
            });
        }

        /// <summary>The manifest, lines sorted (the order of the project's items does not matter), written only when it changes.</summary>
        private bool WriteManifest(string path, List<string> lines)
        {
            lines.Sort(StringComparer.Ordinal);
            StringBuilder text = new StringBuilder(AssetManifest.Header).Append('\n');
            foreach (string line in lines)
            {
                text.Append(line).Append('\n');
            }

            string content = text.ToString();
            try
            {
                if (File.Exists(path) && File.ReadAllText(path, Encoding.UTF8) == content)
                {
                    return true;
                }

                string? folder = Path.GetDirectoryName(Path.GetFullPath(path));
                if (!string.IsNullOrEmpty(folder))
                {
                    Directory.CreateDirectory(folder);
                }

                File.WriteAllText(path, content, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
                return true;
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is ArgumentException || e is NotSupportedException || e is System.Security.SecurityException)
            {
                // Without the manifest the generator would find none of the files: a build error that says why.
                Log.LogError(null, "GUIDE902", null, path, 0, 0, 0, 0, "Guides: the manifest of the content folder's files could not be written to '{0}': {1}", path, e.Message);
                return false;
            }
        }

        private void SaveCache(AssetCache cache)
        {
            if (string.IsNullOrEmpty(CacheFile))
            {
                return;
            }

            try
            {
                cache.SaveIfChanged(CacheFile!);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is ArgumentException || e is NotSupportedException || e is System.Security.SecurityException)
            {
                // Only the next build's speed depends on the cache: it reads the files again.
                Log.LogMessage(MessageImportance.Low, "Guides: the asset cache '{0}' could not be written: {1}", CacheFile, e.Message);
            }
        }

        /// <summary>MSBuild's escaping of the characters it gives a meaning in an item's identity (%XX, as ProjectCollection.Escape does).</summary>
        private static string Escape(string value)
        {
            System.Text.StringBuilder escaped = new System.Text.StringBuilder(value.Length);
            foreach (char c in value)
            {
                if (c == '%' || c == '*' || c == '?' || c == '@' || c == '$' || c == '(' || c == ')' || c == ';' || c == '\'')
                {
                    escaped.Append('%').Append(((int)c).ToString("x2", CultureInfo.InvariantCulture));
                }
                else
                {
                    escaped.Append(c);
                }
            }

            return escaped.ToString();
        }
    }
}
