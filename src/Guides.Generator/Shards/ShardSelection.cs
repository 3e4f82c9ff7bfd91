using System;
using System.Collections.Generic;
using System.Linq;
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

        /// <summary>
        /// The folders and languages of the settings that hold none of <paramref name="guides"/> (the id and language of
        /// each guide file the shard compiles), each with the setting that names it: a misspelt name selects nothing.
        /// </summary>
        public IEnumerable<(string Name, string Setting)> Unused(IReadOnlyCollection<(string Id, string Language)> guides)
        {
            foreach (var folder in Folders)
            {
                if (!guides.Any(g => IsIn(g.Id, folder)))
                {
                    yield return (folder, "GuidesShardFolders");
                }
            }

            foreach (var language in Languages)
            {
                if (!guides.Any(g => string.Equals(g.Language, language, StringComparison.OrdinalIgnoreCase)))
                {
                    yield return (language, "GuidesShardLanguages");
                }
            }
        }

        private bool InFolder(string id) => Folders.Count == 0 || Folders.Any(folder => IsIn(id, folder));

        private bool InLanguage(string language) =>
            Languages.Count == 0 || Languages.Any(candidate => string.Equals(candidate, language, StringComparison.OrdinalIgnoreCase));

        /// <summary>Whether the guide id is the folder or under it (<c>api</c> holds <c>api</c> and <c>api/keys</c>, not <c>apis/keys</c>).</summary>
        private static bool IsIn(string id, string folder) =>
            id.StartsWith(folder, StringComparison.Ordinal) && (id.Length == folder.Length || id[folder.Length] == '/');
    }
}
