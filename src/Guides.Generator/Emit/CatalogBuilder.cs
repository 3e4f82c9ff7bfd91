using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Guides.Generator.Diagnostics;
using Guides.Generator.Model;
using Guides.Generator.Paths;

namespace Guides.Generator.Emit
{
    /// <summary>
    /// Builds the catalog from every file's entry: files grouped into guides by id, one file per id and language, the
    /// members placed (a nested class per folder of guides; a folder's own guide is its <c>Index</c> when the folder holds
    /// guides), one guide per member, the default-language translation chosen, translations compared with it.
    /// </summary>
    internal static class CatalogBuilder
    {
        /// <summary>The member of a folder's class that holds the folder's own guide (<c>contribute/_index.md</c> → <c>Contribute.Index</c>).</summary>
        public const string FolderGuide = "Index";

        public static CatalogModel Build(ImmutableArray<CatalogEntry> entries, string defaultLanguage)
        {
            var diagnostics = new List<DiagnosticInfo>();
            var rejected = new List<string>();
            var placements = new List<CatalogPlacement>();
            var groups = new List<CatalogGroup>();
            // Drafts left out of this build shape the folders all the same: GuideCatalog.Contribute is a class whether or
            // not the draft contribute/how-to.md is built, so that code compiles alike in Debug and Release.
            var folders = Folders(entries.OrderBy(e => e).GroupBy(e => e.Id, StringComparer.Ordinal).ToList());
            var byIds = entries.Where(e => !e.IsDraft).OrderBy(e => e).GroupBy(e => e.Id, StringComparer.Ordinal).ToList();

            // Ignoring case: members that differ only by case read as one, and Visual Basic cannot tell them apart.
            var memberOwners = new Dictionary<string, CatalogEntry>(StringComparer.OrdinalIgnoreCase);

            // The guides that link to each file: by the linked file's display path.
            var linkedFrom = new Dictionary<string, List<GuideKey>>(StringComparer.Ordinal);
            foreach (var entry in entries.Where(e => !e.IsDraft).OrderBy(e => e))
            {
                foreach (var target in entry.Links.Distinct(StringComparer.Ordinal))
                {
                    if (!linkedFrom.TryGetValue(target, out var sources))
                    {
                        linkedFrom.Add(target, sources = new List<GuideKey>());
                    }

                    if (!sources.Exists(k => k.Id == entry.Id && k.Language == entry.Language))
                    {
                        sources.Add(new GuideKey(entry.Id, entry.Language));
                    }
                }
            }

            foreach (var byId in byIds)
            {
                var first = byId.First();
                var member = first.MemberPath;
                if (folders.TryGetValue(member, out var folder))
                {
                    if (string.Equals(folder.Id, first.Id, StringComparison.Ordinal))
                    {
                        member += "." + MemberNames.Nested(FolderGuide, member.Substring(member.LastIndexOf('.') + 1));
                    }
                    else
                    {
                        Reject(byId, folder.Entry, member);
                        continue;
                    }
                }

                if (memberOwners.TryGetValue(member, out var owner))
                {
                    Reject(byId, owner, member);
                    continue;
                }

                memberOwners.Add(member, first);
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
                for (var i = 0; i < translations.Count; i++)
                {
                    placements.Add(new CatalogPlacement(
                        translations[i].FilePath, member, i == primary,
                        linkedFrom.TryGetValue(translations[i].DisplayPath, out var sources) ? sources.ToEquatableArray() : EquatableArray<GuideKey>.Empty));
                }

                CompareWithPrimary(translations, primary, diagnostics);
                groups.Add(new CatalogGroup(
                    first.Id,
                    member,
                    primary,
                    translations.Select(t => new CatalogTranslation(t.Language, GuideEmitter.HolderName(member, t.Language), t.FilePath)).ToEquatableArray()));
            }

            return new CatalogModel(
                defaultLanguage,
                groups.ToEquatableArray(),
                folders.Values.Select(f => new CatalogFolder(f.MemberPath, f.Id)).OrderBy(f => f.MemberPath, StringComparer.Ordinal).ToEquatableArray(),
                placements.OrderBy(p => p.FilePath, StringComparer.Ordinal).ToEquatableArray(),
                diagnostics.ToEquatableArray(),
                entries.Where(e => !rejected.Contains(e.FilePath))
                    .Select(e => new CatalogPage(e.DisplayPath, e.Id, e.Language, e.StepCount, e.Anchors, e.IsDraft))
                    .OrderBy(p => p)
                    .ToEquatableArray());

            void Reject(IEnumerable<CatalogEntry> files, CatalogEntry owner, string member)
            {
                foreach (var entry in files)
                {
                    rejected.Add(entry.FilePath);
                    diagnostics.Add(DiagnosticInfo.Create(GuideDiagnostics.DuplicatePropertyName, entry.Location, entry.Id, member, owner.DisplayPath));
                }
            }
        }

        /// <summary>
        /// The folder classes: every folder of a guide's member path (<c>Accounts</c> for <c>Accounts.ResetPassword</c>),
        /// ignoring case, with the id of the folder that first gives it and one of its files (for messages).
        /// </summary>
        private static Dictionary<string, (string MemberPath, string Id, CatalogEntry Entry)> Folders(List<IGrouping<string, CatalogEntry>> byIds)
        {
            var folders = new Dictionary<string, (string, string, CatalogEntry)>(StringComparer.OrdinalIgnoreCase);
            foreach (var byId in byIds)
            {
                var entry = byId.First();
                var member = entry.MemberPath;
                var idSegments = entry.Id.Split('/');
                var dots = 0;
                for (var dot = member.IndexOf('.'); dot >= 0; dot = member.IndexOf('.', dot + 1))
                {
                    dots++;
                    var folder = member.Substring(0, dot);
                    if (!folders.ContainsKey(folder))
                    {
                        var id = string.Join("/", idSegments, 0, Math.Min(dots, idSegments.Length));
                        folders.Add(folder, (folder, id, entry));
                    }
                }
            }

            return folders;
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
