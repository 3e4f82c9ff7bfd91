using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Runtime.CompilerServices;
using Guides.Search;

namespace Guides
{
    /// <summary>
    /// Searches the index that the generator compiles into a content library. Generated code calls this: apps call the
    /// library's own search method.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static class GuideSearch
    {
        private static readonly ConditionalWeakTable<byte[], SearchIndex> Indexes = new ConditionalWeakTable<byte[], SearchIndex>();

        /// <summary>
        /// The <paramref name="length"/> bytes of a search index the generator packed (Deflate, 7 bits a byte: <see cref="PackedText"/>) into
        /// <paramref name="packed"/>. Generated code calls this once, on the first search.
        /// </summary>
        /// <exception cref="System.IO.InvalidDataException">The packed index is damaged.</exception>
        [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
        public static byte[] Unpack(byte[] packed, int length)
        {
            if (packed is null) throw new ArgumentNullException(nameof(packed));
            if (length < 0) throw new ArgumentOutOfRangeException(nameof(length));
            return PackedText.Unpack(packed, length);
        }

        /// <summary>
        /// The languages to search in, in order: the culture's (or its parents': <c>fr-CA</c>, then <c>fr</c>) among
        /// <paramref name="available"/>, then <paramref name="defaultLanguage"/>, then every other language of the library.
        /// </summary>
        /// <param name="available">The library's languages.</param>
        /// <param name="culture">The reader's culture, or null.</param>
        /// <param name="defaultLanguage">The library's default language.</param>
        public static IReadOnlyList<string> Languages(IReadOnlyList<string> available, System.Globalization.CultureInfo? culture, string defaultLanguage)
        {
            if (available is null) throw new ArgumentNullException(nameof(available));
            var chain = new List<string>(available.Count);
            for (var c = culture; c is not null && c.Name.Length > 0; c = c.Parent)
            {
                Add(c.Name);
            }

            Add(defaultLanguage);
            foreach (var language in available)
            {
                Add(language);
            }

            return chain;

            void Add(string? language)
            {
                if (language is null)
                {
                    return;
                }

                foreach (var candidate in available)
                {
                    if (string.Equals(candidate, language, StringComparison.OrdinalIgnoreCase) && !chain.Contains(candidate))
                    {
                        chain.Add(candidate);
                    }
                }
            }
        }

        /// <summary>
        /// Searches <paramref name="index"/> for <paramref name="query"/>: the guides of the first of
        /// <paramref name="languages"/> that has any match, best first.
        /// </summary>
        /// <param name="index">The index's bytes, as the generator wrote them. Read once per array (keep the same array);
        /// a malformed index finds nothing.</param>
        /// <param name="guideAt">The guide of a guide number of the index, in the language of its document.</param>
        /// <param name="query">What the user typed. Case, accents, ligatures and apostrophes do not matter; the last word
        /// also matches as the start of a word; a word of 5 letters or more that matches nothing may have one typo (two
        /// from 9 letters), matched on the words as written and on their stems.</param>
        /// <param name="languages">Language tags in order of preference: the next one is searched only when the one
        /// before matched nothing.</param>
        /// <param name="limit">The most hits to return.</param>
        /// <returns>A <see cref="GuideSearchResult"/>: the hits, best first, and the corrected query; empty for an empty
        /// query, no match, or a malformed index.</returns>
        public static IReadOnlyList<GuideSearchHit> Search(
            byte[] index, Func<int, Guide> guideAt, string query, IReadOnlyList<string> languages, int limit = 20)
        {
            if (guideAt is null) throw new ArgumentNullException(nameof(guideAt));
            if (index is null || string.IsNullOrEmpty(query) || languages is null || limit <= 0)
            {
                return GuideSearchResult.Empty(query);
            }

            var results = IndexOf(index).Search(query, languages, limit, out var corrected);
            if (results.Count == 0)
            {
                return GuideSearchResult.Empty(query);
            }

            var hits = new List<GuideSearchHit>(results.Count);
            foreach (var result in results)
            {
                if (Hit(result, guideAt(result.Guide)) is { } hit) hits.Add(hit);
            }

            return new GuideSearchResult(query, hits, corrected);
        }

        /// <summary>The index of these bytes, read once per array.</summary>
        internal static SearchIndex IndexOf(byte[] index) => Indexes.GetValue(index, data => SearchIndex.Load(data));

        /// <summary>A result as a hit of <paramref name="guide"/> (its guide): the step or FAQ entry it matched and its text; null when the guide lacks that part.</summary>
        internal static GuideSearchHit? Hit(SearchResult result, Guide? guide)
        {
            if (guide is null) return null;
            GuideStep? step = null;
            FaqEntry? faq = null;
            string? text;
            switch (result.Kind)
            {
                case SearchPart.Step:
                    if (result.Part < 1 || result.Part > guide.Steps.Count) return null;
                    step = guide.Steps[result.Part - 1];
                    text = step.Text.Length > 0 ? step.Text : step.Title;
                    break;
                case SearchPart.Faq:
                    if (result.Part >= guide.Faq.Count) return null;
                    faq = guide.Faq[result.Part];
                    text = faq.Answer;
                    break;
                case SearchPart.Section:
                    if (result.Part >= guide.Sections.Count) return null;
                    text = guide.Sections[result.Part].Text;
                    break;
                case SearchPart.Tip:
                    if (result.Part >= guide.Tips.Count) return null;
                    text = guide.Tips[result.Part].Text;
                    break;
                default:
                    text = guide.Description.Length > 0 ? guide.Description : guide.Title;
                    break;
            }

            return new GuideSearchHit(guide, step, faq, result.Score, text, result.Language, result.MatchedTerms);
        }

        /// <summary>
        /// Completes what a reader is typing from the titles of guides and steps in <paramref name="index"/>: every word
        /// of <paramref name="prefix"/> but the last is a word of the title (case, accents do not matter), the last one
        /// starts a word of it (or is one, when the prefix ends with a space). Guides' titles first, then steps'; shorter
        /// titles first. From the compiled index: nothing is built for it.
        /// </summary>
        /// <param name="index">The index's bytes, as for <see cref="Search"/>.</param>
        /// <param name="guideAt">The guide of a guide number of the index.</param>
        /// <param name="prefix">What the reader has typed so far.</param>
        /// <param name="languages">Language tags in order of preference: the next one only when the one before completes nothing.</param>
        /// <param name="limit">The most suggestions to return (10 by default).</param>
        public static IReadOnlyList<GuideSuggestion> Suggest(
            byte[] index, Func<int, Guide> guideAt, string prefix, IReadOnlyList<string> languages, int limit = 10)
        {
            if (guideAt is null) throw new ArgumentNullException(nameof(guideAt));
            if (index is null || string.IsNullOrEmpty(prefix) || languages is null || limit <= 0)
            {
                return Array.Empty<GuideSuggestion>();
            }

            var results = IndexOf(index).Suggest(prefix, languages, limit);
            if (results.Count == 0)
            {
                return Array.Empty<GuideSuggestion>();
            }

            var suggestions = new List<GuideSuggestion>(results.Count);
            foreach (var result in results)
            {
                var guide = guideAt(result.Guide);
                if (guide is null) continue;
                if (result.Kind == SearchPart.Step)
                {
                    if (result.Part < 1 || result.Part > guide.Steps.Count) continue;
                    suggestions.Add(new GuideSuggestion(guide, guide.Steps[result.Part - 1]));
                }
                else
                {
                    suggestions.Add(new GuideSuggestion(guide, null));
                }
            }

            return suggestions;
        }
    }
}
