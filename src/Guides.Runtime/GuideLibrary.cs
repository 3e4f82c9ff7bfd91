using System;
using System.Collections.Generic;
using System.Globalization;

namespace Guides
{
    /// <summary>
    /// The guides of one content library as a value: every generated catalog has one (<c>GuideCatalog.Library</c>), so that
    /// an app can take guides from several content packages alike, or be handed the library it shows.
    /// </summary>
    /// <remarks>
    /// Members behave as the catalog's static members of the same name: ids ignore case; nothing is created until it is
    /// asked for; lookups of a created guide do not allocate.
    /// </remarks>
    public abstract class GuideLibrary
    {
        /// <summary>For generated catalogs.</summary>
        protected GuideLibrary()
        {
        }

        /// <summary>
        /// One library over several: <see cref="Find(string)"/>, <see cref="All"/> and the other lookups ask each of them and
        /// choose as one library would (a guide whose translations are in several libraries is one guide; the default
        /// language is the first library's); <see cref="Search"/> ranks the generated libraries' guides as one index of
        /// all of them would. A library project over shards (<c>GuidesShardProjects</c>) gives such a library whose guides
        /// also find their translations and links in every shard; this one leaves each library's guides as they are.
        /// </summary>
        /// <param name="libraries">The libraries, in order of preference for <see cref="Find(string, string)"/>.</param>
        /// <exception cref="ArgumentException">No library is given, or one is null.</exception>
        public static GuideLibrary Combine(params GuideLibrary[] libraries)
        {
            if (libraries is null) throw new ArgumentNullException(nameof(libraries));
            if (libraries.Length == 0) throw new ArgumentException("Give at least one library.", nameof(libraries));
            return new ShardedLibrary(libraries, (libraries[0] ?? throw new ArgumentException("A library is null.", nameof(libraries))).DefaultLanguage, string.Empty);
        }

        /// <summary>The number of guides (each counted once, whatever its translations).</summary>
        public abstract int Count { get; }

        /// <summary>The language a guide is given in when none is asked for: the library's <c>GuidesDefaultLanguage</c>.</summary>
        public abstract string DefaultLanguage { get; }

        /// <summary>The id of every guide, in ordinal order (<c>accounts/reset-password</c>). Reading them creates no guide.</summary>
        public abstract IReadOnlyList<string> Ids { get; }

        /// <summary>Every language of the library's guides, in ordinal order.</summary>
        public abstract IReadOnlyList<string> Languages { get; }

        /// <summary>Every guide once, in its default language, ordered by id. The first read creates every guide.</summary>
        public abstract IReadOnlyList<Guide> All { get; }

        /// <summary>Finds a guide by id, ignoring case, in its default language.</summary>
        /// <returns>The guide, or <see langword="null"/> when the library has no guide of that id.</returns>
        public abstract Guide? Find(string id);

        /// <summary>
        /// Finds a guide by id in the language that best fits <paramref name="culture"/>, as <c>ResourceManager</c> does:
        /// the culture (<c>fr-CA</c>), then its parents (<c>fr</c>), then <see cref="DefaultLanguage"/>, then any translation.
        /// </summary>
        /// <returns>The guide, or <see langword="null"/> when the library has no guide of that id.</returns>
        public abstract Guide? Find(string id, CultureInfo culture);

        /// <summary>Finds a guide by id in exactly one language (<c>"en"</c>, ignoring case), with no fallback.</summary>
        /// <returns>The translation, or <see langword="null"/> when the guide does not exist in that language.</returns>
        public abstract Guide? Find(string id, string language);

        /// <summary>The guides that exist in exactly one language (<c>"en"</c>, ignoring case), ordered by id.</summary>
        public abstract IReadOnlyList<Guide> InLanguage(string language);

        /// <summary>
        /// Searches the library's guides, offline, in an index compiled with them: ranked hits, each with the step or FAQ
        /// entry that matched and a snippet. The culture's language is searched first (its parents, then the library's
        /// default language, then the others, each only when the one before found nothing). Case, accents and common word
        /// endings do not matter; the last word matches as a prefix as one types; a word may have one typo from 5 letters,
        /// two from 9 (<see cref="GuideSearchResult.CorrectedQuery"/> says how the query was read).
        /// </summary>
        /// <param name="query">What the user typed.</param>
        /// <param name="culture">The reader's culture; <see langword="null"/> for the library's default language.</param>
        /// <returns>The hits, best first (at most 20), as a <see cref="GuideSearchResult"/> (read it with
        /// <see cref="GuideSearchResult.Of"/>: it says which typos were corrected); empty when the library has no index
        /// (a library built before search).</returns>
        public virtual IReadOnlyList<GuideSearchHit> Search(string query, CultureInfo? culture = null) => Array.Empty<GuideSearchHit>();

        /// <summary>
        /// Completes what a reader is typing with the titles of guides and steps (at most <paramref name="limit"/>): every
        /// word typed but the last is a word of the title, the last starts one. Guides' titles first, then steps'; shorter
        /// titles first. The culture's language first, as <see cref="Search"/>. Read from the index compiled with the
        /// library: nothing is built for it.
        /// </summary>
        /// <param name="prefix">What the reader has typed so far.</param>
        /// <param name="culture">The reader's culture; <see langword="null"/> for the library's default language.</param>
        /// <param name="limit">The most suggestions (10 by default).</param>
        /// <returns>The suggestions, best first; empty when nothing completes the prefix or the library has no index.</returns>
        public virtual IReadOnlyList<GuideSuggestion> Suggest(string prefix, CultureInfo? culture = null, int limit = 10) => Array.Empty<GuideSuggestion>();

        /// <summary>
        /// Makes the library's first search now, so that no reader's is the first: its index is read, and the longest
        /// word of one of its first guides' titles (else its first id) is searched and completed in its default language,
        /// which compiles the search's code too in a JIT process. At 10,000 guides a first search costs about 130 ms in a
        /// JIT app (26 ms with NativeAOT); a reader who searches meanwhile waits for the index being read, not for a second
        /// read. Call it where the app starts, off the start's path: <c>_ = Task.Run(GuideCatalog.Library.PrepareSearch);</c>
        /// (<c>Guides.AspNetCore</c> does it for each library it serves). Safe from any thread and more than once; a
        /// library whose search throws throws here too.
        /// </summary>
        public void PrepareSearch()
        {
            var word = WordToSearch();
            if (word.Length == 0) return;
            Search(word);
            Suggest(word.Substring(0, Math.Min(3, word.Length)));
        }

        /// <summary>The guides whose titles <see cref="PrepareSearch"/> tries for a word, at most.</summary>
        private const int TitlesTried = 10;

        /// <summary>The longest word of the first titles that have one (guides found by id: the library's list is not made), else the first id.</summary>
        private string WordToSearch()
        {
            var ids = Ids;
            for (var i = 0; i < ids.Count && i < TitlesTried; i++)
            {
                var word = LongestWord(Find(ids[i])?.Title ?? string.Empty);
                if (word.Length > 0) return word;
            }

            return ids.Count > 0 ? ids[0] : string.Empty;
        }

        /// <summary>The longest word of <paramref name="title"/> (letters and digits; the first of equals), or an empty string.</summary>
        private static string LongestWord(string title)
        {
            var best = string.Empty;
            var start = -1;
            for (var i = 0; i <= title.Length; i++)
            {
                if (i < title.Length && char.IsLetterOrDigit(title[i]))
                {
                    if (start < 0) start = i;
                }
                else if (start >= 0)
                {
                    if (i - start > best.Length) best = title.Substring(start, i - start);
                    start = -1;
                }
            }

            return best;
        }
    }
}
