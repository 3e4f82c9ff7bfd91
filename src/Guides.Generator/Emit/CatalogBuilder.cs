using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Guides.Generator.Diagnostics;
using Guides.Generator.Model;

namespace Guides.Generator.Emit
{
    /// <summary>
    /// Builds the catalog from every file's entry: files grouped into guides by id, one file per id and language,
    /// one id per property name, the default-language translation chosen, translations compared with it.
    /// </summary>
    internal static class CatalogBuilder
    {
        public static CatalogModel Build(ImmutableArray<CatalogEntry> entries, string defaultLanguage)
        {
            var diagnostics = new List<DiagnosticInfo>();
            var rejected = new List<string>();
            var groups = new List<CatalogGroup>();
            var primaries = new List<string>();
            // Ignoring case: properties that differ only by case read as one, and Visual Basic cannot tell them apart.
            var propertyOwners = new Dictionary<string, CatalogEntry>(StringComparer.OrdinalIgnoreCase);

            foreach (var byId in entries.OrderBy(e => e).GroupBy(e => e.Id, StringComparer.Ordinal))
            {
                var first = byId.First();
                if (propertyOwners.TryGetValue(first.PropertyName, out var owner))
                {
                    foreach (var entry in byId)
                    {
                        rejected.Add(entry.FilePath);
                        diagnostics.Add(DiagnosticInfo.Create(GuideDiagnostics.DuplicatePropertyName, entry.Location, entry.Id, entry.PropertyName, owner.DisplayPath));
                    }

                    continue;
                }

                propertyOwners.Add(first.PropertyName, first);
                var translations = new List<CatalogEntry>();
                foreach (var entry in byId)
                {
                    var taken = translations.FirstOrDefault(t => string.Equals(t.Language, entry.Language, StringComparison.OrdinalIgnoreCase));
                    if (taken is not null)
                    {
                        rejected.Add(entry.FilePath);
                        diagnostics.Add(DiagnosticInfo.Create(GuideDiagnostics.DuplicateId, entry.Location, entry.Id, entry.Language, taken.DisplayPath));
                        continue;
                    }

                    translations.Add(entry);
                }

                var primary = ChoosePrimary(translations, defaultLanguage);
                primaries.Add(translations[primary].FilePath);
                CompareWithPrimary(translations, primary, diagnostics);
                groups.Add(new CatalogGroup(
                    first.Id,
                    first.PropertyName,
                    primary,
                    translations.Select(t => new CatalogTranslation(t.Language, GuideEmitter.HolderName(t.PropertyName, t.Language), t.FilePath)).ToEquatableArray()));
            }

            return new CatalogModel(
                defaultLanguage,
                groups.ToEquatableArray(),
                primaries.OrderBy(p => p, StringComparer.Ordinal).ToEquatableArray(),
                rejected.OrderBy(p => p, StringComparer.Ordinal).ToEquatableArray(),
                diagnostics.ToEquatableArray());
        }

        /// <summary>The default language itself; else a region of it (<c>en-GB</c> for <c>en</c>) or its neutral language; else the first.</summary>
        private static int ChoosePrimary(List<CatalogEntry> translations, string defaultLanguage)
        {
            var exact = translations.FindIndex(t => string.Equals(t.Language, defaultLanguage, StringComparison.OrdinalIgnoreCase));
            if (exact >= 0)
            {
                return exact;
            }

            var neutral = Neutral(defaultLanguage);
            var related = translations.FindIndex(t => string.Equals(Neutral(t.Language), neutral, StringComparison.OrdinalIgnoreCase));
            return related >= 0 ? related : 0;
        }

        private static string Neutral(string language)
        {
            var dash = language.IndexOf('-');
            return dash < 0 ? language : language.Substring(0, dash);
        }

        private static void CompareWithPrimary(List<CatalogEntry> translations, int primary, List<DiagnosticInfo> diagnostics)
        {
            var reference = translations[primary];
            foreach (var translation in translations)
            {
                if (translation == reference)
                {
                    continue;
                }

                if (translation.StepCount != reference.StepCount)
                {
                    diagnostics.Add(DiagnosticInfo.Create(GuideDiagnostics.TranslationMismatch, translation.Location,
                        translation.Language, translation.Id, translation.StepCount, "steps", reference.Language, reference.DisplayPath, reference.StepCount));
                }

                if (translation.FaqCount != reference.FaqCount)
                {
                    diagnostics.Add(DiagnosticInfo.Create(GuideDiagnostics.TranslationMismatch, translation.Location,
                        translation.Language, translation.Id, translation.FaqCount, "FAQ entries", reference.Language, reference.DisplayPath, reference.FaqCount));
                }
            }
        }
    }
}
