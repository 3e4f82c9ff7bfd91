using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;

namespace Guides.Build
{
    /// <summary>
    /// The facts of the files read by the last build, in a small text file in obj/: a file whose full path, length and
    /// last write time (UTC ticks) are unchanged is not read again. One line a file, its fields separated by tabs:
    /// path, length, ticks, width, height, hash, problem. The first line names the format and the build of this
    /// assembly that wrote it: a cache written by another build of the task is ignored, as is a missing or damaged one.
    /// </summary>
    internal sealed class AssetCache
    {
        private static readonly string Header =
            "Guides.Build asset cache 1 " + typeof(AssetCache).Assembly.ManifestModule.ModuleVersionId.ToString("N");

        private readonly Dictionary<string, Entry> _loaded;
        private readonly string _loadedText;
        private readonly List<Entry> _entries = new List<Entry>();

        private AssetCache(Dictionary<string, Entry> loaded, string loadedText)
        {
            _loaded = loaded;
            _loadedText = loadedText;
        }

        private sealed class Entry
        {
            public Entry(string fullPath, long length, long ticks, AssetFacts facts)
            {
                FullPath = fullPath;
                Length = length;
                Ticks = ticks;
                Facts = facts;
            }

            public string FullPath { get; }

            public long Length { get; }

            public long Ticks { get; }

            public AssetFacts Facts { get; }
        }

        /// <summary>An empty cache, for a build that has none (no CacheFile, or the file is missing, unreadable or damaged).</summary>
        public static AssetCache Empty() => new AssetCache(new Dictionary<string, Entry>(StringComparer.Ordinal), string.Empty);

        /// <summary>The cache in <paramref name="path"/>, or an empty one when it is missing, unreadable, damaged or written by another build.</summary>
        public static AssetCache Load(string? path)
        {
            if (string.IsNullOrEmpty(path))
            {
                return Empty();
            }

            string text;
            try
            {
                if (!File.Exists(path))
                {
                    return Empty();
                }

                text = File.ReadAllText(path, Encoding.UTF8);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is ArgumentException || e is NotSupportedException)
            {
                return Empty();
            }

            Dictionary<string, Entry>? entries = Parse(text);
            return entries == null ? Empty() : new AssetCache(entries, text);
        }

        /// <summary>The facts kept for the file, when its length and last write time are those it had when they were read.</summary>
        public AssetFacts? Find(string fullPath, long length, long ticks)
        {
            return _loaded.TryGetValue(fullPath, out Entry? entry) && entry.Length == length && entry.Ticks == ticks ? entry.Facts : null;
        }

        /// <summary>Keeps the facts of a file for the next build (the files not kept again are dropped from the cache).</summary>
        public void Keep(string fullPath, long length, long ticks, AssetFacts facts)
        {
            _entries.Add(new Entry(fullPath, length, ticks, facts));
        }

        /// <summary>The text of the cache as it would be saved now.</summary>
        public string ToText()
        {
            StringBuilder text = new StringBuilder(Header).Append('\n');
            foreach (Entry entry in _entries)
            {
                AssetFacts facts = entry.Facts;
                text.Append(TextFields.Escape(entry.FullPath)).Append('\t')
                    .Append(entry.Length.ToString(CultureInfo.InvariantCulture)).Append('\t')
                    .Append(entry.Ticks.ToString(CultureInfo.InvariantCulture)).Append('\t')
                    .Append(facts.Width?.ToString(CultureInfo.InvariantCulture)).Append('\t')
                    .Append(facts.Height?.ToString(CultureInfo.InvariantCulture)).Append('\t')
                    .Append(facts.Hash).Append('\t')
                    .Append(TextFields.Escape(facts.Problem ?? string.Empty)).Append('\n');
            }

            return text.ToString();
        }

        /// <summary>Writes the cache to <paramref name="path"/> when its text changed; returns whether it wrote it. Throws when it cannot.</summary>
        public bool SaveIfChanged(string path)
        {
            string text = ToText();
            if (text == _loadedText)
            {
                return false;
            }

            TextFields.WriteWhole(path, text);
            return true;
        }

        private static Dictionary<string, Entry>? Parse(string text)
        {
            string[] lines = text.Split('\n');
            if (lines.Length < 2 || lines[0] != Header || lines[lines.Length - 1].Length != 0)
            {
                // Not this build's cache, or cut short (every line, the last too, ends with a line feed).
                return null;
            }

            Dictionary<string, Entry> entries = new Dictionary<string, Entry>(StringComparer.Ordinal);
            for (int i = 1; i < lines.Length - 1; i++)
            {
                string[] fields = lines[i].Split('\t');
                if (fields.Length != 7
                    || !long.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out long length)
                    || !long.TryParse(fields[2], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long ticks)
                    || !TryParseSize(fields[3], out int? width)
                    || !TryParseSize(fields[4], out int? height)
                    || !IsHash(fields[5]))
                {
                    return null;
                }

                string fullPath = TextFields.Unescape(fields[0]);
                string problem = TextFields.Unescape(fields[6]);
                string extension = FileKind.ExtensionOf(fullPath);
                AssetFacts facts = new AssetFacts(
                    length,
                    FileKind.ContentType(extension),
                    FileKind.IsImage(extension),
                    FileKind.IsWebImage(extension),
                    width,
                    height,
                    fields[5],
                    problem.Length == 0 ? null : problem);
                entries[fullPath] = new Entry(fullPath, length, ticks, facts);
            }

            return entries;
        }

        private static bool TryParseSize(string field, out int? size)
        {
            size = null;
            if (field.Length == 0)
            {
                return true;
            }

            if (int.TryParse(field, NumberStyles.None, CultureInfo.InvariantCulture, out int value) && value > 0)
            {
                size = value;
                return true;
            }

            return false;
        }

        private static bool IsHash(string field)
        {
            if (field.Length != AssetReader.HashLength)
            {
                return false;
            }

            foreach (char c in field)
            {
                if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
