using System;
using System.Collections.Generic;

namespace Guides.Search
{
    /// <summary>
    /// The statistics a search of several shards scores with, so that it ranks as one index of every shard's guides would:
    /// the number of documents, their average length, and each term's number of documents, summed over the shards. Each
    /// shard's index is searched through a view (<see cref="SearchIndex.WithStatistics"/>) whose postings are scored with
    /// them; the views' results are merged in the order one index gives (<see cref="ShardedSearch"/>).
    /// </summary>
    /// <remarks>
    /// The sums are exact, so the scores are the one index's to the bit: document counts are integers, and a document's
    /// length is a multiple of 1/<see cref="SearchFormat.Scale"/> (a power of two), so that adding them up in a double
    /// gives the same value in any order (while the total stays below 2^52 / Scale).
    /// </remarks>
    internal sealed class ShardStatistics
    {
        private readonly SearchIndex[] _shards;

        public ShardStatistics(IReadOnlyList<SearchIndex> shards)
        {
            if (shards is null) throw new ArgumentNullException(nameof(shards));
            _shards = new SearchIndex[shards.Count];
            double length = 0;
            for (var i = 0; i < _shards.Length; i++)
            {
                _shards[i] = shards[i];
                DocumentCount += shards[i].DocumentCount;
                length += shards[i].LengthSum;
            }

            AverageLength = DocumentCount == 0 || length <= 0 ? 1 : length / DocumentCount;
        }

        /// <summary>The documents of every shard.</summary>
        public int DocumentCount { get; }

        /// <summary>The average length of a document over every shard, as one index computes it.</summary>
        public double AverageLength { get; }

        /// <summary>The number of documents of <paramref name="term"/> in every shard.</summary>
        public int DocumentsOf(string term)
        {
            var documents = 0;
            foreach (var shard in _shards)
            {
                documents += shard.DocumentsOf(term);
            }

            return documents;
        }

        /// <summary>BM25's idf of <paramref name="term"/> over every shard.</summary>
        public double Idf(string term) => SearchIndex.Idf(DocumentCount, DocumentsOf(term));
    }

    /// <summary>Members of <see cref="SearchIndex"/> that shards need, kept apart from the engine.</summary>
    internal sealed partial class SearchIndex
    {
        /// <summary>BM25's idf: <paramref name="documents"/> documents in all, <paramref name="matching"/> of which hold the term.</summary>
        public static double Idf(int documents, int matching) => Math.Log(1 + (documents - matching + 0.5) / (matching + 0.5));

        /// <summary>The lengths of the documents, added up.</summary>
        public double LengthSum { get; }

        /// <summary>The number of documents of <paramref name="term"/> (a term as the index holds it: folded, stemmed); 0 when it has none.</summary>
        public int DocumentsOf(string term)
        {
            var found = Find(_terms, term);
            return found < 0 ? 0 : DocumentsOf(found);
        }

        /// <summary>
        /// The same index, scored with the statistics of every shard: a view with postings of its own (decoded when a query
        /// needs them), so that the index searched alone keeps its own scores.
        /// </summary>
        public SearchIndex WithStatistics(ShardStatistics statistics) =>
            new SearchIndex(
                _languages, _docGuide, _docKind, _docLanguage, _docPart, _docLength, _terms, _data, _postingOffset,
                _words, _wordLanguage, _wordTerm, _wordSpelling, _titleDoc, _titleWords, _titleWordOffset, statistics ?? throw new ArgumentNullException(nameof(statistics)));
    }
}
