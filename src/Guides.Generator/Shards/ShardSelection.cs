using System;
using System.Collections.Generic;
using Guides.Generator.Model;
using Guides.Generator.Paths;

namespace Guides.Generator.Shards
{
    /// <summary>
    /// Which guides of the content folder a shard project compiles (<c>GuidesShardFolders</c>, <c>GuidesShardLanguages</c>):
    /// those whose id is in one of the folders (<c>api</c> holds <c>api/keys</c>, in every language) and whose language is
    /// one of the languages, both read from the file's path alone (a guide whose path names no language is in the default
    /// language), so that another shard's file costs no read. Either list may be empty: no condition.
    /// </summary>
    internal sealed record ShardSelection(EquatableArray<string> Folders, EquatableArray<string> Languages)
    {
        /// <summary>The selection the settings give, or null when neither is set (the project is not a shard).</summary>
        public static ShardSelection? Parse(string? folders, string? languages)
        {
            var folderList = Split(folders, static f => ContentPath.NormalizeId(f.Trim()));
            var languageList = Split(languages, static l => Parsing.LanguageTag.Normalize(l.Trim()) ?? l.Trim());
            return folderList.Count == 0 && languageList.Count == 0 ? null : new ShardSelection(folderList, languageList);
        }

        private static EquatableArray<string> Split(string? value, Func<string, string> normalize)
        {
            var items = new List<string>();
            foreach (var item in (value ?? string.Empty).Split(new[] { ';', ',' }, StringSplitOptions.RemoveEmptyEntries))
            {
                var normalized = normalize(item);
                if (normalized.Length > 0 && !items.Contains(normalized))
                {
                    items.Add(normalized);
                }
            }

            items.Sort(StringComparer.Ordinal);
            return items.ToEquatableArray();
        }

        /// <summary>Whether the guide file at <paramref name="relativePath"/> (under the content folder) is this shard's.</summary>
        public bool Holds(string relativePath, string defaultLanguage)
        {
            var path = ContentPath.Parse(relativePath);
            return InFolder(path.Id) && InLanguage(path.Language ?? defaultLanguage);
        }

        private bool InFolder(string id)
        {
            if (Folders.Count == 0)
            {
                return true;
            }

            foreach (var folder in Folders)
            {
                if (id.Length >= folder.Length && id.StartsWith(folder, StringComparison.Ordinal) && (id.Length == folder.Length || id[folder.Length] == '/'))
                {
                    return true;
                }
            }

            return false;
        }

        private bool InLanguage(string language)
        {
            if (Languages.Count == 0)
            {
                return true;
            }

            foreach (var candidate in Languages)
            {
                if (string.Equals(candidate, language, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
