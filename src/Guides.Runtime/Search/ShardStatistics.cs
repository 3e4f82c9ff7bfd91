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
    /// A word that some shard finds is looked up for typos in none (as one index finds it); a word that none finds is
    /// looked up in all, and its terms chosen among all of theirs (<see cref="Typos"/>). The sums are exact, so the
    /// scores are the one index's to the bit: document counts are integers, and a document's length is a multiple of 1/<see cref="SearchFormat.Scale"/> (a power of two), so that adding them up in a double
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

        /// <summary>
        /// Whether a word of a query finds a term in some shard, as it is or, being typed, as the start of one: then no shard
        /// looks it up for typos, as one index would not.
        /// </summary>
        public bool Finds(string stem, string word, bool prefix)
        {
            foreach (var shard in _shards)
            {
                if (shard.Finds(stem, word, prefix))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The shards' indexes, as given.</summary>
        public IReadOnlyList<SearchIndex> Shards => _shards;

        /// <summary>Whether some shard has <paramref name="term"/>.</summary>
        public bool Has(string term) => Finds(term, term, prefix: false);

        /// <summary>BM25's idf of <paramref name="term"/> over every shard.</summary>
        public double Idf(string term) => SearchIndex.Idf(DocumentCount, DocumentsOf(term));

        [ThreadStatic]
        private static TypoMemo[]? t_typos;

        private sealed class TypoMemo
        {
            public TypoMemo(ShardStatistics owner, string word, string stem, string language, SearchIndex.TypoChoice choice)
            {
                Owner = owner;
                Word = word;
                Stem = stem;
                Language = language;
                Choice = choice;
            }

            public ShardStatistics Owner { get; }

            public string Word { get; }

            public string Stem { get; }

            public string Language { get; }

            public SearchIndex.TypoChoice Choice { get; }
        }

        /// <summary>Forgets this thread's choices (<see cref="Typos"/>) once a query is answered, so that they keep no library alive.</summary>
        public static void ForgetTypos()
        {
            if (t_typos is { } memo) Array.Clear(memo, 0, memo.Length);
        }

        /// <summary>
        /// The terms a misspelt word matches and its correction, chosen over every shard as one index of all of them
        /// chooses (<see cref="SearchIndex.ChooseTypos"/>). A query's shards ask in turn, one after the other on one
        /// thread: the thread keeps its last few answers, so that the choice is made once a query, not once a shard.
        /// </summary>
        public SearchIndex.TypoChoice Typos(string word, string stem, string language)
        {
            var memo = t_typos ??= new TypoMemo[SearchIndex.MaxTypoWords * 2];
            foreach (var entry in memo)
            {
                if (entry != null && entry.Owner == this && entry.Word == word && entry.Stem == stem && entry.Language == language)
                {
                    return entry.Choice;
                }
            }

            var choice = SearchIndex.ChooseTypos(_shards, this, word, stem, language);
            Array.Copy(memo, 0, memo, 1, memo.Length - 1);
            memo[0] = new TypoMemo(this, word, stem, language, choice);
            return choice;
        }
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

        /// <summary>Whether a word finds a term of this index, as it is or (<paramref name="prefix"/>) as the start of one (<c>AddPrefix</c>'s rule).</summary>
        public bool Finds(string stem, string word, bool prefix) =>
            Find(_terms, stem) >= 0 || (prefix && (StartsATerm(stem) || StartsATerm(word)));

        private bool StartsATerm(string prefix)
        {
            if (prefix.Length < 2)
            {
                return false;
            }

            var t = LowerBound(_terms, prefix);
            return t < _terms.Length && _terms[t].StartsWith(prefix, StringComparison.Ordinal);
        }

        /// <summary>
        /// For a shard's view: the terms a word matches as one index of every shard would choose them (the word's stem, and
        /// while it is typed the first <see cref="MaxPrefixTerms"/> completions in the order of all the shards' terms),
        /// those of them this shard has, in that order, with the factors one index gives them (<c>AddPrefix</c>'s).
        /// </summary>
        private void AddShardCandidates(List<(int Term, double Factor)> candidates, string stem, string word, bool prefix)
        {
            var chosen = new List<(string Term, double Factor)>();
            if (_statistics!.Has(stem)) chosen.Add((stem, 1.0));
            if (prefix)
            {
                AddShardPrefix(chosen, stem, word.Length);
                if (!string.Equals(stem, word, StringComparison.Ordinal)) AddShardPrefix(chosen, word, word.Length);
            }

            foreach (var (term, factor) in chosen)
            {
                var t = Find(_terms, term);
                if (t >= 0) candidates.Add((t, factor));
            }
        }

        /// <summary><c>AddPrefix</c> over the terms of every shard, merged in ordinal order.</summary>
        private void AddShardPrefix(List<(string Term, double Factor)> chosen, string prefix, int typed)
        {
            if (prefix.Length < 2)
            {
                return;
            }

            var shards = _statistics!.Shards;
            var positions = new int[shards.Count];
            for (var i = 0; i < positions.Length; i++) positions[i] = LowerBound(shards[i]._terms, prefix);
            while (chosen.Count < MaxPrefixTerms)
            {
                string? next = null;
                for (var i = 0; i < positions.Length; i++)
                {
                    var terms = shards[i]._terms;
                    if (positions[i] < terms.Length && terms[positions[i]].StartsWith(prefix, StringComparison.Ordinal)
                        && (next == null || string.CompareOrdinal(terms[positions[i]], next) < 0))
                    {
                        next = terms[positions[i]];
                    }
                }

                if (next == null) return;
                for (var i = 0; i < positions.Length; i++)
                {
                    var terms = shards[i]._terms;
                    if (positions[i] < terms.Length && string.Equals(terms[positions[i]], next, StringComparison.Ordinal)) positions[i]++;
                }

                if (chosen.Exists(c => string.Equals(c.Term, next, StringComparison.Ordinal))) continue;
                var factor = PrefixFactor * Math.Min(1.0, (double)typed / next.Length);
                chosen.Add((next, Math.Max(factor, PrefixFactor / 2)));
            }
        }

        /// <summary>What a misspelt word matches over every shard: its terms with their distances, in order, and the correction (or null).</summary>
        internal sealed class TypoChoice
        {
            public TypoChoice((string Term, int Distance)[] terms, string? spelling)
            {
                Terms = terms;
                Spelling = spelling;
            }

            public (string Term, int Distance)[] Terms { get; }

            public string? Spelling { get; }
        }

        /// <summary>
        /// For a shard's view: a misspelt word's terms as one index of every shard would choose them (the rules of
        /// <c>AddTypos</c> over every shard's dictionaries and document counts), those of them this shard has, in that
        /// order; returns the correction, the nearest word as written over every shard (or null).
        /// </summary>
        private string? AddShardTypos(List<(int Term, double Factor)> found, string word, string stem, string language)
        {
            var choice = _statistics!.Typos(word, stem, language);
            foreach (var (term, distance) in choice.Terms)
            {
                var t = Find(_terms, term);
                if (t >= 0) found.Add((t, TypoFactor / distance));
            }

            return choice.Spelling;
        }

        /// <summary>
        /// <c>AddTypos</c> over several shards, as one index of all their terms and words would do it: one edit first
        /// (two only when no shard has a word or term one edit away), a term counted once at its nearest, the nearest
        /// first, then those of the most documents over every shard, then in ordinal order, at most
        /// <see cref="MaxTypoTerms"/>; the correction is the nearest word as written in the query's language, of the most
        /// documents, first in ordinal order (spelt as the shard that holds it spells it most often).
        /// </summary>
        internal static TypoChoice ChooseTypos(IReadOnlyList<SearchIndex> shards, ShardStatistics statistics, string word, string stem, string language)
        {
            var typos = new List<(string Term, int Distance, int Documents)>();
            var within = new List<(int Index, int Distance)>();
            var scratch = new TypoTable.Scratch();
            string? spelling = null;
            var best = (Distance: int.MaxValue, Documents: 0, Word: string.Empty, Language: string.Empty);
            string? bestTerm = null;
            var bestTermRank = (Distance: int.MaxValue, Documents: 0);
            for (var distance = 1; distance <= MaxDistance(word.Length) && typos.Count == 0; distance++)
            {
                foreach (var shard in shards)
                {
                    within.Clear();
                    shard._typos.Near(word, distance, shard._terms, shard._words, wordsToo: true, scratch, within);
                    var nearWord = within.Count;
                    if (distance <= MaxDistance(stem.Length) && !string.Equals(stem, word, StringComparison.Ordinal))
                    {
                        shard._typos.Near(stem, distance, shard._terms, shard._words, wordsToo: false, scratch, within);
                    }

                    for (var i = 0; i < within.Count; i++)
                    {
                        var (entry, d) = within[i];
                        if (entry >= 0)
                        {
                            var term = shard._terms[entry];
                            var termDocuments = statistics.DocumentsOf(term);
                            typos.Add((term, d, termDocuments));
                            // A word that is its own term, written as it is by some shard's pages (that shard has it too).
                            if (i < nearWord && (d < bestTermRank.Distance || (d == bestTermRank.Distance &&
                                (termDocuments > bestTermRank.Documents || (termDocuments == bestTermRank.Documents && string.CompareOrdinal(term, bestTerm) < 0))))
                                && shard.IsWritten(term, language))
                            {
                                bestTerm = term;
                                bestTermRank = (d, termDocuments);
                            }

                            continue;
                        }

                        var w = ~entry;
                        if (!shard.Matches(language, shard._wordLanguage[w])) continue;
                        var t = shard.TermOfWord(w);
                        if (t < 0) continue;
                        var termText = shard._terms[t];
                        var documents = statistics.DocumentsOf(termText);
                        typos.Add((termText, d, documents));
                        var (folded, wordLanguage) = (shard._words[w], shard._languages[shard._wordLanguage[w]]);
                        if (d < best.Distance || (d == best.Distance && (documents > best.Documents || (documents == best.Documents &&
                            (string.CompareOrdinal(folded, best.Word) is var byWord and not 0 ? byWord : string.CompareOrdinal(wordLanguage, best.Language)) < 0))))
                        {
                            best = (d, documents, folded, wordLanguage);
                            spelling = shard.Spelling(w);
                        }
                    }
                }
            }

            // The correction as one index chooses it (Correction): a word that is its own term, when it is nearer than the
            // best word as written, or as near and of more documents.
            if (bestTerm != null && (spelling == null || TermBeatsWord(bestTermRank, (best.Distance, best.Documents))))
            {
                spelling = bestTerm;
            }

            // A term found more than once (in several shards, as a word, as a term, through the stem) counts at its nearest.
            typos.Sort((x, y) => string.CompareOrdinal(x.Term, y.Term) is var byTerm and not 0 ? byTerm : x.Distance.CompareTo(y.Distance));
            var kept = 0;
            for (var i = 0; i < typos.Count; i++)
            {
                if (kept == 0 || !string.Equals(typos[kept - 1].Term, typos[i].Term, StringComparison.Ordinal)) typos[kept++] = typos[i];
            }

            typos.RemoveRange(kept, typos.Count - kept);
            typos.Sort((x, y) => x.Distance != y.Distance ? x.Distance.CompareTo(y.Distance) : y.Documents != x.Documents ? y.Documents.CompareTo(x.Documents) : string.CompareOrdinal(x.Term, y.Term));
            var terms = new (string Term, int Distance)[Math.Min(typos.Count, MaxTypoTerms)];
            for (var i = 0; i < terms.Length; i++)
            {
                terms[i] = (typos[i].Term, typos[i].Distance);
            }

            return new TypoChoice(terms, spelling);
        }

        /// <summary>For a shard's view: whether the word finds a term in another shard (so that it is not a typo here either).</summary>
        private bool FoundInAnotherShard(string stem, string word, bool prefix) => _statistics is not null && _statistics.Finds(stem, word, prefix);

        /// <summary>
        /// The same index, scored with the statistics of every shard: a view with postings of its own (decoded when a query
        /// needs them), so that the index searched alone keeps its own scores.
        /// </summary>
        public SearchIndex WithStatistics(ShardStatistics statistics) =>
            new SearchIndex(
                _languages, _docGuide, _docKind, _docLanguage, _docPart, _docLength, _terms, _data, _postingOffset,
                _words, _wordLanguage, _wordTerm, _wordSpelling, _writtenTerms, _titleDoc, _titleWords, _titleWordOffset, _typos, statistics ?? throw new ArgumentNullException(nameof(statistics)));
    }
}
