using System;
using System.Collections;
using System.Collections.Generic;

namespace Guides
{
    /// <summary>
    /// What a search of a content library found: its hits, best first, and what it corrected. The catalog's
    /// <c>Search(query, culture)</c> and <see cref="GuideLibrary.Search"/> return one (typed as its list of hits): read it
    /// with <see cref="Of"/>.
    /// </summary>
    /// <remarks>
    /// A word of five letters or more that matches nothing in the index is taken for the nearest words of the index
    /// (one edit, two from nine letters): the hits then hold them, and <see cref="CorrectedQuery"/> says which word was
    /// read, to show "Showing results for …". An empty result (<see cref="Count"/> 0) found nothing, even with typos.
    /// </remarks>
    public sealed class GuideSearchResult : IReadOnlyList<GuideSearchHit>
    {
        private static readonly GuideSearchHit[] NoHits = Array.Empty<GuideSearchHit>();

        internal GuideSearchResult(string query, IReadOnlyList<GuideSearchHit> hits, string? correctedQuery)
        {
            Query = query;
            Hits = hits;
            CorrectedQuery = correctedQuery;
        }

        /// <summary>What was searched for, as typed.</summary>
        public string Query { get; }

        /// <summary>The hits, best first.</summary>
        public IReadOnlyList<GuideSearchHit> Hits { get; }

        /// <summary>
        /// The query as it was read when some of its words were taken for others of the index (a typo): each such word
        /// replaced by its most frequent spelling in the guides (<c>rembousement</c> → <c>remboursement</c>), the rest as
        /// typed; <see langword="null"/> when every word was read as typed.
        /// </summary>
        public string? CorrectedQuery { get; }

        /// <summary>Whether some word of the query was read as another (<see cref="CorrectedQuery"/> is set).</summary>
        public bool IsCorrected => CorrectedQuery != null;

        /// <summary>The number of hits.</summary>
        public int Count => Hits.Count;

        /// <summary>The hit at <paramref name="index"/> (0 is the best).</summary>
        public GuideSearchHit this[int index] => Hits[index];

        /// <summary>
        /// The result behind hits that a search returned (the catalog's <c>Search</c> returns a result typed as its
        /// hits); for any other list of hits, a result of them with no correction.
        /// </summary>
        public static GuideSearchResult Of(IReadOnlyList<GuideSearchHit> hits)
        {
            if (hits is null) throw new ArgumentNullException(nameof(hits));
            return hits as GuideSearchResult ?? new GuideSearchResult(string.Empty, hits, null);
        }

        internal static GuideSearchResult Empty(string? query) => new GuideSearchResult(query ?? string.Empty, NoHits, null);

        /// <inheritdoc />
        public IEnumerator<GuideSearchHit> GetEnumerator() => Hits.GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
