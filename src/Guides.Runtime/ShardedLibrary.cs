using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using System.Threading;
using Guides.Search;

namespace Guides
{
    /// <summary>
    /// One library over several (<see cref="GuideLibrary.Combine"/>, or a library project's shards,
    /// <see cref="GuideCatalogRecord.Shards"/>): a guide's translations may be in several of them, each translation in one.
    /// Lookups ask each library in turn and choose as one library would (the same default-language translation, the same
    /// culture fallback); search ranks as one index of every library's guides (<see cref="ShardedSearch"/>).
    /// </summary>
    internal sealed class ShardedLibrary : GuideLibrary
    {
        private static readonly IReadOnlyList<Guide> NoGuides = new ReadOnlyCollection<Guide>(Array.Empty<Guide>());
        private readonly GuideLibrary[] _parts;
        private readonly string _crossLinks;
        private ReadOnlyCollection<string>? _ids;
        private ReadOnlyCollection<string>? _languages;
        private ReadOnlyCollection<Guide>? _all;
        private Dictionary<string, List<string>>? _linksTo;
        private Dictionary<string, List<string>>? _linkedFrom;
        private ShardedSearch? _search;

        public ShardedLibrary(GuideLibrary[] parts, string defaultLanguage, string crossLinks)
        {
            _parts = new GuideLibrary[parts.Length];
            for (var i = 0; i < parts.Length; i++)
            {
                _parts[i] = parts[i] ?? throw new ArgumentException("A library is null.", nameof(parts));
            }

            DefaultLanguage = defaultLanguage;
            _crossLinks = crossLinks;
        }

        /// <inheritdoc/>
        public override int Count => Ids.Count;

        /// <inheritdoc/>
        public override string DefaultLanguage { get; }

        /// <inheritdoc/>
        public override IReadOnlyList<string> Ids => _ids ??= Union(static part => part.Ids);

        /// <inheritdoc/>
        public override IReadOnlyList<string> Languages => _languages ??= Union(static part => part.Languages);

        /// <inheritdoc/>
        public override IReadOnlyList<Guide> All => _all ??= CreateAll();

        /// <inheritdoc/>
        public override Guide? Find(string id)
        {
            var translations = TranslationLanguages(id);
            return translations.Count == 0 ? null : Get(translations[Primary(translations)], id);
        }

        /// <inheritdoc/>
        public override Guide? Find(string id, CultureInfo culture)
        {
            if (culture is null) throw new ArgumentNullException(nameof(culture));
            var translations = TranslationLanguages(id);
            var chosen = GuideLanguage.Choose(translations.ConvertAll(static t => t.Language), 0, translations.Count, culture, DefaultLanguage);
            return chosen < 0 ? null : Get(translations[chosen], id);
        }

        /// <inheritdoc/>
        public override Guide? Find(string id, string language)
        {
            if (id is null) throw new ArgumentNullException(nameof(id));
            if (language is null) throw new ArgumentNullException(nameof(language));
            foreach (var part in _parts)
            {
                if (part.Find(id, language) is { } guide)
                {
                    return guide;
                }
            }

            return null;
        }

        /// <inheritdoc/>
        public override IReadOnlyList<Guide> InLanguage(string language)
        {
            if (language is null) throw new ArgumentNullException(nameof(language));
            var guides = new List<Guide>();
            foreach (var part in _parts)
            {
                guides.AddRange(part.InLanguage(language));
            }

            // Stable: each part's are in id order already.
            var ordered = new Guide[guides.Count];
            var keys = new string[guides.Count];
            for (var i = 0; i < ordered.Length; i++)
            {
                ordered[i] = guides[i];
                keys[i] = guides[i].Id;
            }

            Array.Sort(keys, ordered, StringComparer.Ordinal);
            return new ReadOnlyCollection<Guide>(ordered);
        }

        /// <inheritdoc/>
        public override IReadOnlyList<GuideSearchHit> Search(string query, CultureInfo? culture = null) =>
            Searcher().Search(query, GuideSearch.Languages(Languages, culture, DefaultLanguage), 20);

        /// <inheritdoc/>
        public override IReadOnlyList<GuideSuggestion> Suggest(string prefix, CultureInfo? culture = null, int limit = 10) =>
            string.IsNullOrEmpty(prefix) || limit <= 0
                ? Array.Empty<GuideSuggestion>()
                : Searcher().Suggest(prefix, GuideSearch.Languages(Languages, culture, DefaultLanguage), limit);

        /// <summary>The search over every part, made on first use; one for every thread (the start-up search's and a reader's).</summary>
        private ShardedSearch Searcher() => LazyInitializer.EnsureInitialized(ref _search, () => new ShardedSearch(_parts))!;

        /// <summary>Every translation of the guide <paramref name="id"/> in every part, ordered by language.</summary>
        internal IReadOnlyList<Guide> TranslationsOf(string id)
        {
            var translations = TranslationLanguages(id);
            if (translations.Count == 0)
            {
                return NoGuides;
            }

            var guides = new List<Guide>(translations.Count);
            foreach (var translation in translations)
            {
                if (Get(translation, id) is { } guide)
                {
                    guides.Add(guide);
                }
            }

            return guides.AsReadOnly();
        }

        /// <summary>
        /// The guides a translation links to (<paramref name="outgoing"/>) or that link to it: those its own part found
        /// (<paramref name="idsAndLanguages"/>, one after the other) and those of other parts, checked when the library
        /// project was compiled.
        /// </summary>
        internal IReadOnlyList<Guide> Links(string id, string language, string[] idsAndLanguages, bool outgoing)
        {
            var guides = new List<Guide>();
            Add(idsAndLanguages);
            if (CrossLinks(outgoing).TryGetValue(Key(id, language), out var others))
            {
                Add(others);
            }

            return guides.Count == 0 ? NoGuides : guides.AsReadOnly();

            void Add(IReadOnlyList<string> keys)
            {
                for (var i = 0; i + 1 < keys.Count; i += 2)
                {
                    if (Find(keys[i], keys[i + 1]) is { } guide && !guides.Contains(guide))
                    {
                        guides.Add(guide);
                    }
                }
            }
        }

        private static string Key(string id, string language) => id + "\0" + language.ToLowerInvariant();

        /// <summary>The links between parts, by the linking guide's key (outgoing) or the linked one's.</summary>
        private Dictionary<string, List<string>> CrossLinks(bool outgoing)
        {
            if (_linksTo is null || _linkedFrom is null)
            {
                var linksTo = new Dictionary<string, List<string>>(StringComparer.Ordinal);
                var linkedFrom = new Dictionary<string, List<string>>(StringComparer.Ordinal);
                var fields = _crossLinks.Split('\0');
                for (var i = 0; i + 3 < fields.Length; i += 4)
                {
                    AddTo(linksTo, Key(fields[i], fields[i + 1]), fields[i + 2], fields[i + 3]);
                    AddTo(linkedFrom, Key(fields[i + 2], fields[i + 3]), fields[i], fields[i + 1]);
                }

                _linkedFrom = linkedFrom;
                _linksTo = linksTo;
            }

            return outgoing ? _linksTo : _linkedFrom;

            static void AddTo(Dictionary<string, List<string>> table, string key, string id, string language)
            {
                if (!table.TryGetValue(key, out var list))
                {
                    table.Add(key, list = new List<string>(2));
                }

                list.Add(id);
                list.Add(language);
            }
        }

        /// <summary>The languages of a guide's translations and the part of each, ordered by language as a catalog orders them.</summary>
        private List<(string Language, GuideLibrary Part)> TranslationLanguages(string id)
        {
            if (id is null) throw new ArgumentNullException(nameof(id));
            var translations = new List<(string Language, GuideLibrary Part)>();
            foreach (var part in _parts)
            {
                if (part is GuideCatalogRecord record)
                {
                    foreach (var language in record.LanguagesOf(id))
                    {
                        translations.Add((language, part));
                    }
                }
                else
                {
                    foreach (var language in part.Languages)
                    {
                        if (part.Find(id, language) is not null)
                        {
                            translations.Add((language, part));
                        }
                    }
                }
            }

            // A catalog orders a guide's translations by language, ordinal, the empty name of an unknown language last.
            translations.Sort(static (x, y) =>
                x.Language.Length == 0 ? (y.Language.Length == 0 ? 0 : 1) : y.Language.Length == 0 ? -1 : string.CompareOrdinal(x.Language, y.Language));
            return translations;
        }

        private static Guide? Get((string Language, GuideLibrary Part) translation, string id) => translation.Part.Find(id, translation.Language);

        private static int In(List<(string Language, GuideLibrary Part)> translations, string language) =>
            translations.FindIndex(t => string.Equals(t.Language, language, StringComparison.OrdinalIgnoreCase));

        /// <summary>The translation a guide's property returns, as the generator chooses it: the default language, else a region of it or its neutral language, else the first.</summary>
        private int Primary(List<(string Language, GuideLibrary Part)> translations)
        {
            var exact = In(translations, DefaultLanguage);
            if (exact >= 0)
            {
                return exact;
            }

            var neutral = Neutral(DefaultLanguage);
            var related = translations.FindIndex(t => string.Equals(Neutral(t.Language), neutral, StringComparison.OrdinalIgnoreCase));
            return related >= 0 ? related : 0;

            static string Neutral(string language)
            {
                var dash = language.IndexOf('-');
                return dash < 0 ? language : language.Substring(0, dash);
            }
        }

        private ReadOnlyCollection<string> Union(Func<GuideLibrary, IReadOnlyList<string>> of)
        {
            var set = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var part in _parts)
            {
                set.UnionWith(of(part));
            }

            return new ReadOnlyCollection<string>(new List<string>(set));
        }

        private ReadOnlyCollection<Guide> CreateAll()
        {
            var guides = new List<Guide>(Ids.Count);
            foreach (var id in Ids)
            {
                if (Find(id) is { } guide)
                {
                    guides.Add(guide);
                }
            }

            return guides.AsReadOnly();
        }
    }
}
