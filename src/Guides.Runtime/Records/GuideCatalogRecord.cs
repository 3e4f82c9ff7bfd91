using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.ComponentModel;
using System.Globalization;
using System.Threading;
using Guides.Records;
#if NET
using Bytes = System.ReadOnlySpan<byte>;
#else
using Bytes = byte[];
#endif

namespace Guides
{
    /// <summary>
    /// A generated library's catalog: its tables held in one record (<see cref="RecordFormat"/>), and every lookup of
    /// <see cref="GuideLibrary"/> done here, once for every library. The generator subclasses it once per library with the
    /// record's literal and the switch that gives each translation's guide. Apps use the library's <c>GuideCatalog</c>.
    /// </summary>
    /// <remarks>
    /// The body of a catalog's record is, as numbers (strings by index): how many guides (<c>G</c>), translations
    /// (<c>T</c>) and languages (<c>L</c>) there are; the default language; the <c>L</c> languages, in ordinal order (the
    /// empty name of an unknown language last); for each guide in ordinal order of id, its id, how many translations it
    /// has and which of them its property returns; for each translation, guide after guide, in ordinal order of language,
    /// the index of its language.
    /// </remarks>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public abstract class GuideCatalogRecord : GuideLibrary, IRecordSource
    {
        private Tables? _tables;
        private ReadOnlyCollection<string>? _ids;
        private ReadOnlyCollection<Guide>? _all;
        private byte[]? _fromChars;
        private byte[]? _searchIndex;
        private bool _searchIndexRead; // written after _searchIndex, under the lock; read without it (Volatile)
        private readonly object _searchIndexLock = new object();
        private Func<int, Guide>? _guideAt;

        /// <summary>Called by the generated subclass.</summary>
        protected GuideCatalogRecord()
        {
        }

#if NET
        /// <summary>The catalog's record as a <c>"..."u8</c> literal, always the same bytes.</summary>
        protected virtual ReadOnlySpan<byte> Data => throw new InvalidOperationException("The catalog's record was not generated.");
#endif

        /// <summary>The catalog's record as a string literal whose characters are its bytes; <see langword="null"/> when it is in <c>Data</c>.</summary>
        protected virtual string? Chars => null;

        /// <summary>The guide of translation <paramref name="translation"/> (in the record's order), created on first use.</summary>
        protected abstract Guide GuideAt(int translation);

        /// <summary>The search index's bytes, or <see langword="null"/> when the library has none. Called once.</summary>
        protected virtual byte[]? SearchIndex() => null;

        /// <summary>Drops every list and index read so far (a Debug build's hot reload), to be read again on next use.</summary>
        protected void Reset()
        {
            _tables = null;
            _ids = null;
            _all = null;
            lock (_searchIndexLock)
            {
                _searchIndex = null;
                Volatile.Write(ref _searchIndexRead, false);
            }
        }

        /// <inheritdoc/>
        public override int Count => Read().GroupStart.Length - 1;

        /// <inheritdoc/>
        public override string DefaultLanguage => Read().DefaultLanguage;

        /// <inheritdoc/>
        public override IReadOnlyList<string> Ids => _ids ??= CreateIds();

        /// <inheritdoc/>
        public override IReadOnlyList<string> Languages => Read().Languages;

        /// <inheritdoc/>
        public override IReadOnlyList<Guide> All => _all ??= CreateAll();

        /// <inheritdoc/>
        public override Guide? Find(string id)
        {
            var tables = Read();
            var group = IndexOf(tables, id);
            return group < 0 ? null : GuideAt(tables.GroupStart[group] + tables.Primary[group]);
        }

        /// <inheritdoc/>
        public override Guide? Find(string id, CultureInfo culture)
        {
            if (culture is null) throw new ArgumentNullException(nameof(culture));
            var tables = Read();
            var group = IndexOf(tables, id);
            if (group < 0)
            {
                return null;
            }

            int start = tables.GroupStart[group], end = tables.GroupStart[group + 1];
            for (var current = culture; !string.IsNullOrEmpty(current.Name); current = current.Parent)
            {
                if (InGroup(tables, start, end, current.Name) is var found and >= 0)
                {
                    return GuideAt(found);
                }
            }

            var fallback = InGroup(tables, start, end, tables.DefaultLanguage);
            return GuideAt(fallback >= 0 ? fallback : start);
        }

        /// <inheritdoc/>
        public override Guide? Find(string id, string language)
        {
            if (language is null) throw new ArgumentNullException(nameof(language));
            var tables = Read();
            var group = IndexOf(tables, id);
            return group >= 0 && InGroup(tables, tables.GroupStart[group], tables.GroupStart[group + 1], language) is var found and >= 0 ? GuideAt(found) : null;
        }

        /// <inheritdoc/>
        public override IReadOnlyList<Guide> InLanguage(string language)
        {
            if (language is null) throw new ArgumentNullException(nameof(language));
            var tables = Read();
            var guides = new List<Guide>();
            for (var i = 0; i < tables.LanguageOf.Length; i++)
            {
                if (string.Equals(tables.LanguageNames[tables.LanguageOf[i]], language, StringComparison.OrdinalIgnoreCase))
                {
                    guides.Add(GuideAt(i));
                }
            }

            return guides.AsReadOnly();
        }

        /// <inheritdoc/>
        public override IReadOnlyList<GuideSearchHit> Search(string query, CultureInfo? culture = null) =>
            ReadSearchIndex() is { } index
                ? GuideSearch.Search(index, _guideAt ??= GuideAt, query, GuideSearch.Languages(Languages, culture, DefaultLanguage))
                : GuideSearchResult.Empty(query);

        /// <inheritdoc/>
        public override IReadOnlyList<GuideSuggestion> Suggest(string prefix, CultureInfo? culture = null, int limit = 10) =>
            !string.IsNullOrEmpty(prefix) && limit > 0 && ReadSearchIndex() is { } index
                ? GuideSearch.Suggest(index, _guideAt ??= GuideAt, prefix, GuideSearch.Languages(Languages, culture, DefaultLanguage), limit)
                : Array.Empty<GuideSuggestion>();

        /// <summary>
        /// The index's bytes, put together once: the threads that ask while it is being made wait for it (an app's first
        /// search made at start-up and a reader's, at once), and none sees it read but not yet there.
        /// </summary>
        private byte[]? ReadSearchIndex()
        {
            if (Volatile.Read(ref _searchIndexRead)) return _searchIndex;
            lock (_searchIndexLock)
            {
                if (!_searchIndexRead)
                {
                    _searchIndex = SearchIndex();
                    Volatile.Write(ref _searchIndexRead, true);
                }

                return _searchIndex;
            }
        }

        /// <summary>
        /// The library of shards this library is one shard of (<see cref="Shards"/>), or <see langword="null"/>: its guides
        /// find their translations and links there, on first read.
        /// </summary>
        internal ShardedLibrary? Joined { get; set; }

        /// <summary>
        /// One library over the libraries of several shards of one content set (each shard project's <c>GuideCatalog.Library</c>),
        /// which a library project's generated catalog returns: each shard's guides find their translations and links in
        /// every shard from then on. Generated code calls this.
        /// </summary>
        /// <param name="shards">The shards' libraries.</param>
        /// <param name="defaultLanguage">The library's default language.</param>
        /// <param name="crossLinks">The links between guides of different shards, checked at compile time: for each, the
        /// linking guide's id and language and the linked guide's id and language, each followed by a NUL.</param>
        public static GuideLibrary Shards(GuideLibrary[] shards, string defaultLanguage, string crossLinks)
        {
            if (shards is null) throw new ArgumentNullException(nameof(shards));
            var library = new ShardedLibrary(shards, defaultLanguage ?? throw new ArgumentNullException(nameof(defaultLanguage)), crossLinks ?? string.Empty);
            foreach (var shard in shards)
            {
                if (shard is GuideCatalogRecord record)
                {
                    record.Joined = library;
                }
            }

            return library;
        }

        /// <summary>The search index as a shard's search reads it, or <see langword="null"/>.</summary>
        internal byte[]? SearchIndexBytes() => ReadSearchIndex();

        /// <summary>The guide of translation <paramref name="translation"/>.</summary>
        internal Guide TranslationAt(int translation) => GuideAt(translation);

        /// <summary>The id of translation <paramref name="translation"/>, read without creating its guide.</summary>
        internal string IdOf(int translation)
        {
            var tables = Read();
            int low = 0, high = tables.Primary.Length - 1;
            while (low < high)
            {
                var middle = low + ((high - low + 1) >> 1);
                if (tables.GroupStart[middle] <= translation) low = middle;
                else high = middle - 1;
            }

            return tables.Text.Get(tables.IdString[low]);
        }

        /// <summary>The languages of the guide <paramref name="id"/>'s translations, ordered by language, read without creating them.</summary>
        internal IEnumerable<string> LanguagesOf(string id)
        {
            var tables = Read();
            var group = IndexOf(tables, id);
            if (group < 0)
            {
                yield break;
            }

            for (var i = tables.GroupStart[group]; i < tables.GroupStart[group + 1]; i++)
            {
                yield return tables.LanguageNames[tables.LanguageOf[i]];
            }
        }

        /// <summary>Every translation of the guide <paramref name="id"/>, ordered by language: in every shard when this library is one.</summary>
        internal IReadOnlyList<Guide> TranslationsOf(string id) => Joined?.TranslationsOf(id) ?? LocalTranslationsOf(id);

        /// <summary>The guides a guide links to (<paramref name="outgoing"/>) or that link to it: its own library's, and the other shards' when it is one.</summary>
        internal IReadOnlyList<Guide> Links(string id, string language, string[] idsAndLanguages, bool outgoing) =>
            Joined?.Links(id, language, idsAndLanguages, outgoing) ?? Guides(idsAndLanguages);

        /// <summary>Every translation of the guide <paramref name="id"/> in this library, ordered by language.</summary>
        internal IReadOnlyList<Guide> LocalTranslationsOf(string id)
        {
            var tables = Read();
            var group = IndexOf(tables, id);
            if (group < 0)
            {
                return new ReadOnlyCollection<Guide>(Array.Empty<Guide>());
            }

            var start = tables.GroupStart[group];
            var translations = new Guide[tables.GroupStart[group + 1] - start];
            for (var i = 0; i < translations.Length; i++)
            {
                translations[i] = GuideAt(start + i);
            }

            return new ReadOnlyCollection<Guide>(translations);
        }

        /// <summary>The guides of these ids and languages (one after the other) that the library has.</summary>
        internal IReadOnlyList<Guide> Guides(string[] idsAndLanguages)
        {
            var guides = new List<Guide>(idsAndLanguages.Length / 2);
            for (var i = 0; i + 1 < idsAndLanguages.Length; i += 2)
            {
                if (Find(idsAndLanguages[i], idsAndLanguages[i + 1]) is { } guide)
                {
                    guides.Add(guide);
                }
            }

            return new ReadOnlyCollection<Guide>(guides);
        }

        Bytes IRecordSource.RecordBytes() =>
#if NET
            RecordText.FromChars(Chars, ref _fromChars) ?? Data;
#else
            RecordText.FromChars(Chars, ref _fromChars) ?? throw new InvalidOperationException("The catalog's record was not generated.");
#endif

        Bytes IRecordSource.DictionaryBytes() => Array.Empty<byte>();

        private Tables Read() => _tables ??= Tables.Read(this);

        /// <summary>The index of a guide in the sorted ids (binary search, ordinal), or -1; a miss is tried again in lower case.</summary>
        private static int IndexOf(Tables tables, string id)
        {
            if (id is null) throw new ArgumentNullException(nameof(id));
            int low = 0, high = tables.Primary.Length - 1;
            while (low <= high)
            {
                var middle = low + ((high - low) >> 1);
                var comparison = string.CompareOrdinal(tables.Text.Get(tables.IdString[middle]), id);
                if (comparison == 0)
                {
                    return middle;
                }

                if (comparison < 0)
                {
                    low = middle + 1;
                }
                else
                {
                    high = middle - 1;
                }
            }

            var lower = id.ToLowerInvariant();
            return (object)lower == id || lower == id ? -1 : IndexOf(tables, lower);
        }

        /// <summary>The translation of <c>[start, end)</c> in <paramref name="language"/> (ignoring case), or -1.</summary>
        private static int InGroup(Tables tables, int start, int end, string language)
        {
            for (var i = start; i < end; i++)
            {
                if (string.Equals(tables.LanguageNames[tables.LanguageOf[i]], language, StringComparison.OrdinalIgnoreCase))
                {
                    return i;
                }
            }

            return -1;
        }

        private ReadOnlyCollection<string> CreateIds()
        {
            var tables = Read();
            var ids = new string[tables.IdString.Length];
            for (var i = 0; i < ids.Length; i++)
            {
                ids[i] = tables.Text.Get(tables.IdString[i]);
            }

            return new ReadOnlyCollection<string>(ids);
        }

        private ReadOnlyCollection<Guide> CreateAll()
        {
            var tables = Read();
            var guides = new Guide[tables.Primary.Length];
            for (var i = 0; i < guides.Length; i++)
            {
                guides[i] = GuideAt(tables.GroupStart[i] + tables.Primary[i]);
            }

            return new ReadOnlyCollection<Guide>(guides);
        }

        /// <summary>The catalog's tables, read from its record once.</summary>
        private sealed class Tables
        {
            public RecordText Text = null!;
            public string DefaultLanguage = string.Empty;
            public string[] LanguageNames = Array.Empty<string>();
            public ReadOnlyCollection<string> Languages = null!;
            public int[] IdString = Array.Empty<int>();
            public int[] Primary = Array.Empty<int>();
            public int[] GroupStart = Array.Empty<int>();
            public int[] LanguageOf = Array.Empty<int>();

            public static Tables Read(IRecordSource source)
            {
                var bytes = source.RecordBytes();
                var text = RecordText.Open(source, RecordKind.Catalog, bytes, out var reader);
                int groups = reader.Next(bytes, bytes.Length + 1), translations = reader.Next(bytes, bytes.Length + 1), languages = reader.Next(bytes, bytes.Length + 1);
                var tables = new Tables { Text = text, DefaultLanguage = text.Get(text.Index(reader.Next(bytes))) };
                tables.LanguageNames = new string[languages];
                var named = new List<string>(languages);
                for (var i = 0; i < languages; i++)
                {
                    var name = text.Get(text.Index(reader.Next(bytes)));
                    tables.LanguageNames[i] = name;
                    if (name.Length > 0)
                    {
                        named.Add(name);
                    }
                }

                tables.Languages = named.AsReadOnly();
                tables.IdString = new int[groups];
                tables.Primary = new int[groups];
                tables.GroupStart = new int[groups + 1];
                for (var g = 0; g < groups; g++)
                {
                    tables.IdString[g] = text.Index(reader.Next(bytes));
                    var count = reader.Next(bytes, translations + 1);
                    tables.Primary[g] = reader.Next(bytes, Math.Max(count, 1));
                    tables.GroupStart[g + 1] = checked(tables.GroupStart[g] + count);
                }

                if (tables.GroupStart[groups] != translations)
                {
                    throw RecordReader.Damaged("its guides have " + tables.GroupStart[groups] + " translations, not " + translations);
                }

                tables.LanguageOf = new int[translations];
                for (var t = 0; t < translations; t++)
                {
                    tables.LanguageOf[t] = reader.Next(bytes, languages);
                }

                reader.End();
                return tables;
            }
        }
    }
}
