using System;
using System.Collections.Generic;

namespace Guides.Search
{
    /// <summary>
    /// One search over the indexes of several generated libraries (shards), ranked as one index of all their guides would
    /// rank: each shard's index is searched through a view scored with the statistics of every shard
    /// (<see cref="ShardStatistics"/>), each language of the reader's chain in turn (the next only when no shard matched),
    /// and the shards' best results are merged in the one index's order: higher score first, then its document order
    /// (language, then guide id, then the guide's parts, which each shard keeps).
    /// </summary>
    /// <remarks>
    /// Exact: the terms a word being typed completes to, and those a misspelt word is near, are chosen over every shard's
    /// dictionary with every shard's document counts, as one index chooses them, and every shard shows the same
    /// correction. Libraries that are not generated, or built before search, are not searched.
    /// </remarks>
    internal sealed class ShardedSearch
    {
        private readonly Shard[] _shards;

        public ShardedSearch(IReadOnlyList<GuideLibrary> libraries)
        {
            var shards = new List<(GuideCatalogRecord Record, SearchIndex Index)>();
            foreach (var library in libraries)
            {
                if (library is GuideCatalogRecord record && record.SearchIndexBytes() is { } bytes)
                {
                    shards.Add((record, GuideSearch.IndexOf(bytes)));
                }
            }

            var indexes = new SearchIndex[shards.Count];
            for (var i = 0; i < indexes.Length; i++)
            {
                indexes[i] = shards[i].Index;
            }

            var statistics = new ShardStatistics(indexes);
            _shards = new Shard[shards.Count];
            for (var i = 0; i < _shards.Length; i++)
            {
                _shards[i] = new Shard(shards[i].Record, shards[i].Index.WithStatistics(statistics));
            }
        }

        public IReadOnlyList<GuideSearchHit> Search(string query, IReadOnlyList<string> languages, int limit)
        {
            try
            {
                return SearchShards(query, languages, limit);
            }
            finally
            {
                ShardStatistics.ForgetTypos();
            }
        }

        private IReadOnlyList<GuideSearchHit> SearchShards(string query, IReadOnlyList<string> languages, int limit)
        {
            if (string.IsNullOrEmpty(query) || limit <= 0 || _shards.Length == 0)
            {
                return GuideSearchResult.Empty(query);
            }

            var one = new string[1];
            foreach (var language in languages)
            {
                one[0] = language;
                var found = new List<(SearchResult Result, Shard Shard)>();
                string? corrected = null;
                foreach (var shard in _shards)
                {
                    var results = shard.Index.Search(query, one, limit, out var correction);
                    foreach (var result in results)
                    {
                        found.Add((result, shard));
                    }

                    corrected ??= results.Count > 0 ? correction : null;
                }

                if (found.Count == 0)
                {
                    continue;
                }

                found.Sort(static (x, y) => Compare(x.Result, x.Shard, y.Result, y.Shard));
                var hits = new List<GuideSearchHit>(Math.Min(limit, found.Count));
                for (var i = 0; i < found.Count && hits.Count < limit; i++)
                {
                    var (result, shard) = found[i];
                    if (GuideSearch.Hit(result, shard.Record.TranslationAt(result.Guide)) is { } hit)
                    {
                        hits.Add(hit);
                    }
                }

                return new GuideSearchResult(query, hits, corrected);
            }

            return GuideSearchResult.Empty(query);
        }

        public IReadOnlyList<GuideSuggestion> Suggest(string prefix, IReadOnlyList<string> languages, int limit)
        {
            var one = new string[1];
            foreach (var language in languages)
            {
                one[0] = language;
                var found = new List<(GuideSuggestion Suggestion, string Id, int Order)>();
                foreach (var shard in _shards)
                {
                    var results = shard.Index.Suggest(prefix, one, limit);
                    for (var i = 0; i < results.Count; i++)
                    {
                        var result = results[i];
                        var guide = shard.Record.TranslationAt(result.Guide);
                        if (result.Kind == SearchPart.Step)
                        {
                            if (result.Part >= 1 && result.Part <= guide.Steps.Count)
                            {
                                found.Add((new GuideSuggestion(guide, guide.Steps[result.Part - 1]), guide.Id, i));
                            }
                        }
                        else
                        {
                            found.Add((new GuideSuggestion(guide, null), guide.Id, i));
                        }
                    }
                }

                if (found.Count == 0)
                {
                    continue;
                }

                // As each index orders them: guides' titles before steps', shorter titles first; then by language and id.
                found.Sort(static (x, y) =>
                    (x.Suggestion.Step is null).CompareTo(y.Suggestion.Step is null) is var kind and not 0 ? -kind :
                    x.Suggestion.Text.Length.CompareTo(y.Suggestion.Text.Length) is var length and not 0 ? length :
                    string.CompareOrdinal(x.Suggestion.Guide.Language, y.Suggestion.Guide.Language) is var language and not 0 ? language :
                    string.CompareOrdinal(x.Id, y.Id) is var id and not 0 ? id :
                    x.Order.CompareTo(y.Order));
                var suggestions = new List<GuideSuggestion>(Math.Min(limit, found.Count));
                for (var i = 0; i < found.Count && i < limit; i++)
                {
                    suggestions.Add(found[i].Suggestion);
                }

                return suggestions;
            }

            return Array.Empty<GuideSuggestion>();
        }

        /// <summary>One index's rank order across shards: score, then language, then guide id, then the shard's document order.</summary>
        private static int Compare(SearchResult x, Shard xShard, SearchResult y, Shard yShard)
        {
            if (x.Score != y.Score) return y.Score.CompareTo(x.Score);
            var language = string.CompareOrdinal(x.Language, y.Language);
            if (language != 0) return language;
            if (xShard != yShard)
            {
                var id = string.CompareOrdinal(xShard.Record.IdOf(x.Guide), yShard.Record.IdOf(y.Guide));
                if (id != 0) return id;
            }

            return x.Document.CompareTo(y.Document);
        }

        private sealed class Shard
        {
            public Shard(GuideCatalogRecord record, SearchIndex index)
            {
                Record = record;
                Index = index;
            }

            public GuideCatalogRecord Record { get; }

            public SearchIndex Index { get; }
        }
    }
}
