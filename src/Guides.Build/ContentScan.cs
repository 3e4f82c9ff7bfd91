using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;

namespace Guides.Build
{
    /// <summary>
    /// Finds the files of the content folder that are not guides: every file but Markdown (<c>*.md</c>), dotfiles,
    /// files in dot-folders and the paths that a glob of <c>GuidesExclude</c> matches (<see cref="ContentGlob"/>).
    /// <para>
    /// A content folder of 100,000 guides has few other files, and every project that shares it (the shards of one
    /// library) looks for them on every build. So the walk keeps, in a small file in obj/, each folder's last write time
    /// and what it held: a folder whose last write time is unchanged holds the same names (a file added, removed or
    /// renamed in a folder changes the folder's time on NTFS, ext4, APFS and the other file systems .NET runs on), and is
    /// not listed again. A build then costs one look at each folder's time instead of one at each of its files. A folder
    /// written less than <see cref="Settle"/> before it was listed is listed again the next time, for file systems whose
    /// times are coarse.
    /// </para>
    /// </summary>
    internal static class ContentScan
    {
        /// <summary>How long a folder's time must be older than its listing for the listing to be kept.</summary>
        public static readonly TimeSpan Settle = TimeSpan.FromSeconds(2);

        /// <summary>How deep the walk goes: deeper folders (a link that loops back, most likely) are not entered.</summary>
        public const int MaxDepth = 64;

        private static readonly string Header =
            "Guides.Build content scan 1 " + typeof(ContentScan).Assembly.ManifestModule.ModuleVersionId.ToString("N");

        // A guide is a *.md file as MSBuild's glob finds it: ignoring case but on Linux, whose file systems tell case apart.
        private static readonly StringComparison MarkdownCase =
            System.Runtime.InteropServices.RuntimeInformation.IsOSPlatform(System.Runtime.InteropServices.OSPlatform.Linux)
                ? StringComparison.Ordinal
                : StringComparison.OrdinalIgnoreCase;

        /// <summary>A file found: its full path and its path under the content folder, with '/' separators.</summary>
        public readonly struct Found
        {
            public Found(string fullPath, string relativePath)
            {
                FullPath = fullPath;
                RelativePath = relativePath;
            }

            public string FullPath { get; }

            public string RelativePath { get; }
        }

        /// <summary>What a walk found, and how many folders it listed (the others it took from the cache).</summary>
        public sealed class Result
        {
            public Result(IReadOnlyList<Found> files, int foldersListed, int foldersSeen, bool cacheNotWritten)
            {
                Files = files;
                FoldersListed = foldersListed;
                FoldersSeen = foldersSeen;
                CacheNotWritten = cacheNotWritten;
            }

            /// <summary>Whether the listing could not be kept in the cache file (only the next build's speed depends on it).</summary>
            public bool CacheNotWritten { get; }

            /// <summary>The files, sorted by their path under the content folder (ordinal), whatever the file system's order.</summary>
            public IReadOnlyList<Found> Files { get; }

            public int FoldersListed { get; }

            public int FoldersSeen { get; }
        }

        /// <summary>One folder as listed: its last write time (UTC ticks), when it was listed, its sub-folders and its candidate files.</summary>
        private sealed class Listing
        {
            public Listing(long ticks, long listedTicks, string[] folders, string[] files)
            {
                Ticks = ticks;
                ListedTicks = listedTicks;
                Folders = folders;
                Files = files;
            }

            public long Ticks { get; }

            public long ListedTicks { get; }

            public string[] Folders { get; }

            public string[] Files { get; }
        }

        /// <summary>
        /// Walks <paramref name="root"/> and returns the files that are not guides, reading and writing the folders'
        /// listings in <paramref name="cacheFile"/> when one is given. Never throws for the file system: a folder that
        /// cannot be listed is skipped, a cache that cannot be written is said in the result.
        /// </summary>
        public static Result Scan(string root, IReadOnlyList<string> excludes, string? cacheFile)
        {
            string fullRoot;
            try
            {
                fullRoot = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
            }
            catch (Exception e) when (IsFileSystemError(e))
            {
                // No such folder can exist: it holds no file.
                return new Result(Array.Empty<Found>(), 0, 0, cacheNotWritten: false);
            }

            string loadedText = string.Empty;
            Dictionary<string, Listing> cached = string.IsNullOrEmpty(cacheFile)
                ? new Dictionary<string, Listing>(StringComparer.Ordinal)
                : Load(cacheFile!, fullRoot, out loadedText);
            Dictionary<string, Listing> kept = new Dictionary<string, Listing>(StringComparer.Ordinal);
            List<Found> found = new List<Found>();
            int listed = 0;
            if (Directory.Exists(fullRoot))
            {
                Walk(fullRoot, string.Empty, 0, excludes, cached, kept, found, ref listed);
            }

            found.Sort((a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));
            var cacheNotWritten = false;
            if (!string.IsNullOrEmpty(cacheFile))
            {
                string text = ToText(fullRoot, kept);
                if (text != loadedText && !Save(cacheFile!, text))
                {
                    cacheNotWritten = true;
                }
            }

            return new Result(found, listed, kept.Count, cacheNotWritten);
        }

        private static void Walk(
            string fullPath,
            string relativePath,
            int depth,
            IReadOnlyList<string> excludes,
            Dictionary<string, Listing> cached,
            Dictionary<string, Listing> kept,
            List<Found> found,
            ref int listed)
        {
            Listing? listing = ListingOf(fullPath, relativePath, cached, ref listed);
            if (listing == null)
            {
                return;
            }

            kept[relativePath] = listing;
            string prefix = relativePath.Length == 0 ? string.Empty : relativePath + "/";
            foreach (string file in listing.Files)
            {
                string path = prefix + file;
                if (!IsExcluded(path, excludes))
                {
                    found.Add(new Found(Path.Combine(fullPath, file), path));
                }
            }

            if (depth >= MaxDepth)
            {
                return;
            }

            foreach (string folder in listing.Folders)
            {
                string path = prefix + folder;
                if (!IsExcludedWhole(path, excludes))
                {
                    Walk(Path.Combine(fullPath, folder), path, depth + 1, excludes, cached, kept, found, ref listed);
                }
            }
        }

        /// <summary>The folder's listing: the cached one when the folder's time is unchanged and settled, else a new one; null when it cannot be listed.</summary>
        private static Listing? ListingOf(string fullPath, string relativePath, Dictionary<string, Listing> cached, ref int listed)
        {
            long ticks;
            try
            {
                ticks = Directory.GetLastWriteTimeUtc(fullPath).Ticks;
            }
            catch (Exception e) when (IsFileSystemError(e))
            {
                return null;
            }

            if (cached.TryGetValue(relativePath, out Listing? old) && old.Ticks == ticks && old.ListedTicks - ticks >= Settle.Ticks)
            {
                return old;
            }

            long listedTicks = DateTime.UtcNow.Ticks;
            List<string> folders = new List<string>();
            List<string> files = new List<string>();
            try
            {
                DirectoryInfo directory = new DirectoryInfo(fullPath);
                foreach (FileSystemInfo entry in directory.EnumerateFileSystemInfos())
                {
                    string name = entry.Name;
                    if (name.StartsWith(".", StringComparison.Ordinal))
                    {
                        continue;
                    }

                    if ((entry.Attributes & FileAttributes.Directory) != 0)
                    {
                        // A link to a folder is not entered: one that points back up would make the walk endless.
                        if ((entry.Attributes & FileAttributes.ReparsePoint) == 0)
                        {
                            folders.Add(name);
                        }
                    }
                    else if (!name.EndsWith(".md", MarkdownCase))
                    {
                        files.Add(name);
                    }
                }
            }
            catch (Exception e) when (IsFileSystemError(e))
            {
                return null;
            }

            listed++;
            folders.Sort(StringComparer.Ordinal);
            files.Sort(StringComparer.Ordinal);
            return new Listing(ticks, listedTicks, folders.ToArray(), files.ToArray());
        }

        private static bool IsExcluded(string path, IReadOnlyList<string> excludes)
        {
            foreach (string glob in excludes)
            {
                if (ContentGlob.Matches(glob, path))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsExcludedWhole(string folder, IReadOnlyList<string> excludes)
        {
            foreach (string glob in excludes)
            {
                if (ContentGlob.MatchesAllUnder(glob, folder))
                {
                    return true;
                }
            }

            return false;
        }

        // The cache: a header line, the content folder's full path, then one line a folder: its path under the content
        // folder, its time, when it was listed, then its sub-folders (each ending with '/') and files, separated by tabs.
        private static Dictionary<string, Listing> Load(string cacheFile, string fullRoot, out string text)
        {
            Dictionary<string, Listing> listings = new Dictionary<string, Listing>(StringComparer.Ordinal);
            text = string.Empty;
            try
            {
                if (!File.Exists(cacheFile))
                {
                    return listings;
                }

                text = File.ReadAllText(cacheFile, Encoding.UTF8);
            }
            catch (Exception e) when (IsFileSystemError(e))
            {
                return listings;
            }

            string[] lines = text.Split('\n');
            if (lines.Length < 3 || lines[0] != Header || TextFields.Unescape(lines[1]) != fullRoot || lines[lines.Length - 1].Length != 0)
            {
                // Another build's cache, another folder's, or cut short: walk the folder again.
                return listings;
            }

            for (int i = 2; i < lines.Length - 1; i++)
            {
                string[] fields = lines[i].Split('\t');
                if (fields.Length < 3
                    || !long.TryParse(fields[1], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long ticks)
                    || !long.TryParse(fields[2], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long listedTicks))
                {
                    listings.Clear();
                    return listings;
                }

                List<string> folders = new List<string>();
                List<string> files = new List<string>();
                for (int f = 3; f < fields.Length; f++)
                {
                    string name = TextFields.Unescape(fields[f]);
                    if (name.EndsWith("/", StringComparison.Ordinal))
                    {
                        folders.Add(name.Substring(0, name.Length - 1));
                    }
                    else
                    {
                        files.Add(name);
                    }
                }

                listings[TextFields.Unescape(fields[0])] = new Listing(ticks, listedTicks, folders.ToArray(), files.ToArray());
            }

            return listings;
        }

        private static string ToText(string fullRoot, Dictionary<string, Listing> listings)
        {
            List<string> paths = new List<string>(listings.Keys);
            paths.Sort(StringComparer.Ordinal);
            StringBuilder text = new StringBuilder(Header).Append('\n').Append(TextFields.Escape(fullRoot)).Append('\n');
            foreach (string path in paths)
            {
                Listing listing = listings[path];
                text.Append(TextFields.Escape(path)).Append('\t')
                    .Append(listing.Ticks.ToString(CultureInfo.InvariantCulture)).Append('\t')
                    .Append(listing.ListedTicks.ToString(CultureInfo.InvariantCulture));
                foreach (string folder in listing.Folders)
                {
                    text.Append('\t').Append(TextFields.Escape(folder)).Append('/');
                }

                foreach (string file in listing.Files)
                {
                    text.Append('\t').Append(TextFields.Escape(file));
                }

                text.Append('\n');
            }

            return text.ToString();
        }

        /// <summary>Writes the cache; false when it cannot be written (the next build walks the folder again).</summary>
        private static bool Save(string cacheFile, string text)
        {
            try
            {
                TextFields.WriteWhole(cacheFile, text);
                return true;
            }
            catch (Exception e) when (IsFileSystemError(e))
            {
                return false;
            }
        }

        private static bool IsFileSystemError(Exception e) =>
            e is IOException || e is UnauthorizedAccessException || e is ArgumentException || e is NotSupportedException || e is System.Security.SecurityException;
    }
}
