using System.Collections.Generic;
using Guides.Generator.Model;

namespace Guides.Generator.Emit.Records
{
    /// <summary>
    /// Writes the catalog's tables as a record, in the order <c>Guides.GuideCatalogRecord</c> reads it (its remarks say what
    /// each number is): ids, translations and languages. Never packed: a lookup reads its strings on the first search.
    /// </summary>
    internal static class CatalogRecordWriter
    {
        /// <summary>The catalog's record; its translations are numbered in the order of <see cref="Translations"/>.</summary>
        public static Record Write(CatalogModel catalog)
        {
            var groups = catalog.Groups;
            var languages = Languages(catalog);
            var translations = 0;
            foreach (var group in groups)
            {
                translations += group.Translations.Count;
            }

            var record = new RecordWriter(groups.Count + languages.Count + 1);
            foreach (var group in groups)
            {
                // The ids first, in their order: string g is the id of guide g.
                record.Strings.IndexOf(group.Id);
            }

            record.Number(groups.Count).Number(translations).Number(languages.Count).String(catalog.DefaultLanguage);
            foreach (var language in languages)
            {
                record.String(language);
            }

            foreach (var group in groups)
            {
                record.String(group.Id).Number(group.Translations.Count).Number(group.Primary);
            }

            foreach (var translation in Translations(catalog))
            {
                record.Number(languages.IndexOf(translation.Language));
            }

            return record.Finish(RecordKind.Catalog, pack: false);
        }

        /// <summary>Every translation, guide after guide (ordered by id), each guide's ordered by language: their numbers in the record.</summary>
        public static IEnumerable<CatalogTranslation> Translations(CatalogModel catalog)
        {
            foreach (var group in catalog.Groups)
            {
                foreach (var translation in group.Translations)
                {
                    yield return translation;
                }
            }
        }

        /// <summary>The translations' languages in ordinal order, the empty name of an unknown language last.</summary>
        private static List<string> Languages(CatalogModel catalog)
        {
            var named = new SortedSet<string>(System.StringComparer.Ordinal);
            var unknown = false;
            foreach (var translation in Translations(catalog))
            {
                if (translation.Language.Length > 0)
                {
                    named.Add(translation.Language);
                }
                else
                {
                    unknown = true;
                }
            }

            var languages = new List<string>(named);
            if (unknown)
            {
                languages.Add(string.Empty);
            }

            return languages;
        }
    }
}
