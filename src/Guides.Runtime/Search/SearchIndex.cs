using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading;

namespace Guides.Search
{
    /// <summary>One ranked document that a search found.</summary>
    internal readonly struct SearchResult
    {
        public SearchResult(int document, int guide, SearchPart kind, int part, string language, double score, string[] matchedTerms)
        {
            Document = document;
            Guide = guide;
            Kind = kind;
            Part = part;
            Language = language;
            Score = score;
            MatchedTerms = matchedTerms;
        }

        public int Document { get; }

        public int Guide { get; }

        public SearchPart Kind { get; }

        public int Part { get; }

        /// <summary>The document's language, as the index stores it (lower case).</summary>
        public string Language { get; }

        public double Score { get; }

        /// <summary>The index's terms (folded, stemmed) that the document matched.</summary>
        public string[] MatchedTerms { get; }
    }

    /// <summary>
    /// Reads a search index (<see cref="SearchFormat"/>) and answers queries: BM25 over weighted field frequencies;
    /// query words folded and stemmed like the index; the last word also as a prefix; typos for words that match nothing
    /// (<see cref="MaxDistance"/>), found through the index's deletion keys (<see cref="TypoTable"/>); the languages in the
    /// caller's order, the next one only when the one before matched nothing. Loading reads the documents, the terms,
    /// the words and the titles, and only steps over each term's postings; a term's postings are decoded the first time
    /// a query needs them, then kept (two threads may both decode the same term: one of the copies is kept, the other
    /// dropped). The index's bytes must not change once loaded.
    /// </summary>
    /// <remarks>
    /// What one query may cost is capped: <see cref="MaxQueryWords"/> distinct words, <see cref="MaxPrefixTerms"/>
    /// completions of the last word, <see cref="MaxTypoWords"/> words looked up for typos, each matching at most
    /// <see cref="MaxTypoTerms"/> terms.
    /// </remarks>
    internal sealed partial class SearchIndex
    {
        /// <summary>The distinct words of a query that are searched; the ones after are left out.</summary>
        public const int MaxQueryWords = 16;

        /// <summary>The terms that the last word, being typed, may complete to (the first in the dictionary's order).</summary>
        public const int MaxPrefixTerms = 32;

        /// <summary>The words of one query that may be looked up for typos (the first ones that need it).</summary>
        public const int MaxTypoWords = 4;

        /// <summary>The terms one misspelt word may match: the nearest, then those of the most documents.</summary>
        public const int MaxTypoTerms = 8;

        /// <summary>Words longer than this (in chars, folded) are not looked up for typos.</summary>
        public const int MaxTypoLength = 40;

        private const double K1 = 1.2;
        private const double B = 0.75;
        private const double PrefixFactor = 0.8;
        private const double TypoFactor = 0.5;

        private readonly string[] _languages;
        private readonly int[] _languageStart; // per language: its first document; _languageStart[count] = document count
        private readonly int[] _docGuide;
        private readonly byte[] _docKind;
        private readonly int[] _docLanguage;
        private readonly int[] _docPart;
        private readonly float[] _docNorm;
        private readonly string[] _terms;
        private readonly byte[] _data;
        private readonly int[] _postingOffset; // per term: where its postings (their byte count, then them) start in _data
        private readonly Postings?[] _postings; // per term: its postings, once a query has needed them
        private readonly string[] _words;
        private readonly int[] _wordLanguage;
        private readonly int[] _wordTerm;
        private readonly int[] _wordSpelling; // per word: where its spelling starts in _data
        private readonly int[][] _writtenTerms; // per language: the terms its pages write as they are, increasing
        private readonly int[] _titleDoc;
        private readonly string[] _titleWords;
        private readonly int[] _titleWordOffset;
        private readonly int[]?[] _titleLists;
        private readonly float[] _docLength;
        private readonly ShardStatistics? _statistics; // a shard's view scored with the statistics of every shard (ShardStatistics.cs)
        private readonly TypoTable _typos;
        private int _decodedTerms;

        [ThreadStatic]
        private static Scratch? t_scratch;

        public static readonly SearchIndex Empty = new SearchIndex(
            Array.Empty<string>(), Array.Empty<int>(), Array.Empty<byte>(), Array.Empty<int>(), Array.Empty<int>(), Array.Empty<float>(),
            Array.Empty<string>(), Array.Empty<byte>(), Array.Empty<int>(),
            Array.Empty<string>(), Array.Empty<int>(), Array.Empty<int>(), Array.Empty<int>(), Array.Empty<int[]>(),
            Array.Empty<int>(), Array.Empty<string>(), Array.Empty<int>(), TypoTable.Empty);

        private SearchIndex(
            string[] languages, int[] docGuide, byte[] docKind, int[] docLanguage, int[] docPart, float[] docLength,
            string[] terms, byte[] data, int[] postingOffset,
            string[] words, int[] wordLanguage, int[] wordTerm, int[] wordSpelling, int[][] writtenTerms,
            int[] titleDoc, string[] titleWords, int[] titleWordOffset, TypoTable typos, ShardStatistics? statistics = null)
        {
            _writtenTerms = writtenTerms;
            _typos = typos;
            _statistics = statistics;
            _docLength = docLength;
            _languages = languages;
            _docGuide = docGuide;
            _docKind = docKind;
            _docLanguage = docLanguage;
            _docPart = docPart;
            _terms = terms;
            _data = data;
            _postingOffset = postingOffset;
            _postings = new Postings?[terms.Length];
            _words = words;
            _wordLanguage = wordLanguage;
            _wordTerm = wordTerm;
            _wordSpelling = wordSpelling;
            _titleDoc = titleDoc;
            _titleWords = titleWords;
            _titleWordOffset = titleWordOffset;
            _titleLists = new int[]?[titleWords.Length];

            _languageStart = new int[languages.Length + 1];
            var d = 0;
            for (var l = 0; l < languages.Length; l++)
            {
                _languageStart[l] = d;
                while (d < docLanguage.Length && docLanguage[d] == l) d++;
            }

            _languageStart[languages.Length] = d;

            double total = 0;
            foreach (var length in docLength) total += length;
            LengthSum = total;
            var average = statistics?.AverageLength ?? (docLength.Length == 0 || total <= 0 ? 1 : total / docLength.Length);
            _docNorm = new float[docLength.Length];
            for (var i = 0; i < docLength.Length; i++)
            {
                _docNorm[i] = (float)(K1 * (1 - B + B * docLength[i] / average));
            }
        }

        /// <summary>The number of documents.</summary>
        public int DocumentCount => _docGuide.Length;

        /// <summary>The number of distinct terms.</summary>
        public int TermCount => _terms.Length;

        /// <summary>The number of entries of the words' table (a word as written, in one language).</summary>
        public int WordCount => _words.Length;

        /// <summary>The number of titles that completions offer.</summary>
        public int TitleCount => _titleDoc.Length;

        /// <summary>How many documents the thread's last search scored in full (every word's share added up).</summary>
        internal static int ScoredByLastSearch => t_scratch?.Scored ?? 0;

        /// <summary>In how many runs of documents the thread's last search read a required word's documents alone (<c>Require</c>).</summary>
        internal static int ReadAloneByLastSearch => t_scratch?.ReadAlone ?? 0;

        /// <summary>How many terms have had their postings decoded (by the queries so far).</summary>
        internal int DecodedTermCount => Volatile.Read(ref _decodedTerms);

        /// <summary>The edits a word of <paramref name="length"/> chars may have: 1 from 5 letters, 2 from 9, else none.</summary>
        public static int MaxDistance(int length) => length >= 9 ? 2 : length >= 5 ? 1 : 0;

        /// <summary>
        /// Reads an index, all but its postings and title lists (decoded when a query first needs them). Never throws: a
        /// null, empty, malformed, older or newer index reads as <see cref="Empty"/>; postings that run past the end too,
        /// while postings that fit but do not decode (a document out of range) find nothing.
        /// </summary>
        public static SearchIndex Load(byte[]? data)
        {
            if (data is null || data.Length < SearchFormat.Magic.Length)
            {
                return Empty;
            }

            for (var i = 0; i < SearchFormat.Magic.Length; i++)
            {
                if (data[i] != SearchFormat.Magic[i]) return Empty;
            }

            try
            {
                return Read(data);
            }
            catch (FormatException)
            {
                return Empty;
            }
            catch (ArgumentException)
            {
                return Empty;
            }
            catch (IndexOutOfRangeException)
            {
                return Empty;
            }
            catch (OverflowException)
            {
                return Empty;
            }
        }

        private static SearchIndex Read(byte[] data)
        {
            var reader = new Reader(data, SearchFormat.Magic.Length);
            var languageCount = reader.Count(1);
            var languages = new string[languageCount];
            for (var i = 0; i < languageCount; i++)
            {
                var length = reader.Count(1);
                languages[i] = reader.Utf8(length);
                if (i > 0 && string.CompareOrdinal(languages[i - 1], languages[i]) >= 0) throw new FormatException();
            }

            var docCount = reader.Count(4);
            var docGuide = new int[docCount];
            var docKind = new byte[docCount];
            var docLanguage = new int[docCount];
            var docPart = new int[docCount];
            var docLength = new float[docCount];
            for (var d = 0; d < docCount; d++)
            {
                docGuide[d] = reader.Int();
                var languageAndKind = reader.Int();
                docKind[d] = (byte)(languageAndKind & 7);
                docLanguage[d] = languageAndKind >> 3;
                if (docLanguage[d] >= languageCount || docKind[d] > (int)SearchPart.Tip) throw new FormatException();
                // Each language's documents are one run.
                if (d > 0 && docLanguage[d] < docLanguage[d - 1]) throw new FormatException();
                docPart[d] = reader.Int();
                docLength[d] = reader.Int() / SearchFormat.Scale;
            }

            var previous = new byte[64];
            var previousLength = 0;
            var termCount = reader.Count(3);
            var terms = new string[termCount];
            var postingOffset = new int[termCount];
            for (var t = 0; t < termCount; t++)
            {
                terms[t] = reader.PrefixCoded(ref previous, ref previousLength);
                if (t > 0 && string.CompareOrdinal(terms[t - 1], terms[t]) >= 0) throw new FormatException();
                // Where its postings' byte count is: they are decoded when a query first needs them. Their count is read
                // now (the term's document count, before they are decoded, which the shards' idf adds up): at least one,
                // and no more than their bytes nor the documents.
                postingOffset[t] = reader.Position;
                var length = reader.Count(1);
                var start = reader.Position;
                var count = reader.Int() >> 4;
                if (count < 1 || count > length || count > docCount) throw new FormatException();
                reader.Skip(length - (reader.Position - start));
            }

            previousLength = 0;
            var wordCount = reader.Count(4);
            var words = new string[wordCount];
            var wordLanguage = new int[wordCount];
            var wordTerm = new int[wordCount];
            var wordSpelling = new int[wordCount];
            for (var w = 0; w < wordCount; w++)
            {
                words[w] = reader.PrefixCoded(ref previous, ref previousLength);
                wordLanguage[w] = reader.Int();
                // A term that is the word's first k chars is found when a query needs it (-k); else its number.
                var prefix = reader.Int();
                wordTerm[w] = prefix > 0 ? -prefix : reader.Int();
                if (prefix > words[w].Length || wordLanguage[w] >= languageCount || wordTerm[w] >= termCount) throw new FormatException();
                wordSpelling[w] = reader.Position;
                reader.SkipSpelling();
                if (w > 0)
                {
                    var c = string.CompareOrdinal(words[w - 1], words[w]);
                    if (c > 0 || (c == 0 && wordLanguage[w - 1] >= wordLanguage[w])) throw new FormatException();
                }
            }

            var writtenTerms = new int[languageCount][];
            for (var l = 0; l < languageCount; l++)
            {
                writtenTerms[l] = new int[reader.Count(1)];
                for (var i = 0; i < writtenTerms[l].Length; i++)
                {
                    writtenTerms[l][i] = (i == 0 ? 0 : writtenTerms[l][i - 1] + 1) + reader.Int();
                    if (writtenTerms[l][i] < 0 || writtenTerms[l][i] >= termCount) throw new FormatException();
                }
            }

            var titleCount = reader.Count(1);
            var titleDoc = new int[titleCount];
            for (var i = 0; i < titleCount; i++)
            {
                titleDoc[i] = reader.Int();
                if (titleDoc[i] >= docCount) throw new FormatException();
                var kind = (SearchPart)docKind[titleDoc[i]];
                if (kind != SearchPart.Guide && kind != SearchPart.Step) throw new FormatException();
            }

            previousLength = 0;
            var titleWordCount = reader.Count(2);
            var titleWords = new string[titleWordCount];
            var titleWordOffset = new int[titleWordCount];
            for (var i = 0; i < titleWordCount; i++)
            {
                titleWords[i] = reader.PrefixCoded(ref previous, ref previousLength);
                if (i > 0 && string.CompareOrdinal(titleWords[i - 1], titleWords[i]) >= 0) throw new FormatException();
                titleWordOffset[i] = reader.Position;
                var count = reader.Count(1);
                if (count < 1) throw new FormatException();
                reader.SkipVarints(count);
            }

            var typos = TypoTable.Read(ref reader, data, termCount, wordCount);
            if (reader.Position != data.Length) throw new FormatException();

            return new SearchIndex(
                languages, docGuide, docKind, docLanguage, docPart, docLength, terms, data, postingOffset,
                words, wordLanguage, wordTerm, wordSpelling, writtenTerms, titleDoc, titleWords, titleWordOffset, typos);
        }

        /// <summary>The postings of <paramref name="term"/>: decoded on the first call, the same ones on the next.</summary>
        private Postings PostingsOf(int term) => Volatile.Read(ref _postings[term]) ?? Decode(term);

        private Postings Decode(int term)
        {
            Postings decoded;
            try
            {
                decoded = ReadPostings(term);
            }
            catch (FormatException)
            {
                // Bytes that were stepped over at load but do not decode (a document out of range): the term finds nothing.
                decoded = Postings.None;
            }

            var kept = Interlocked.CompareExchange(ref _postings[term], decoded, null);
            if (kept != null) return kept;
            Interlocked.Increment(ref _decodedTerms);
            return decoded;
        }

        private Postings ReadPostings(int term)
        {
            var reader = new Reader(_data, _postingOffset[term]);
            var length = reader.Int();
            var end = reader.Position + length;
            var first = reader.Int();
            var count = first >> 4; // checked when the index was read: 1 to length
            var docs = new int[count];
            var impacts = new float[count];
            var docCount = _docGuide.Length;
            // BM25's idf over every document of the index (of every shard, for a shard's view), and each posting's share of
            // it: a query only adds them up.
            var idf = _statistics is { } statistics ? statistics.Idf(_terms[term]) : Idf(docCount, count);
            var doc = -1;
            for (var p = 0; p < count; p++)
            {
                var value = p == 0 ? first : reader.Int();
                var frequency = value & 15;
                if (frequency == 15) frequency += reader.Int();
                doc = p == 0 ? reader.Int() : doc + (value >> 4) + 1;
                if (doc >= docCount || doc < 0 || frequency == 0) throw new FormatException();
                docs[p] = doc;
                var f = frequency / SearchFormat.Scale;
                impacts[p] = (float)(idf * f * (K1 + 1) / (f + _docNorm[doc]));
            }

            // Postings that end before or after their byte count say are malformed.
            if (reader.Position != end) throw new FormatException();
            return new Postings(docs, impacts);
        }

        /// <summary>The number of documents of <paramref name="term"/>, read from its bytes without decoding them.</summary>
        private int DocumentsOf(int term)
        {
            var decoded = Volatile.Read(ref _postings[term]);
            if (decoded != null) return decoded.Docs.Length;
            var reader = new Reader(_data, _postingOffset[term]);
            reader.Int();
            return reader.Int() >> 4;
        }

        /// <summary>Searches the documents of one language.</summary>
        public IReadOnlyList<SearchResult> Search(string? query, string language, int limit) =>
            Search(query, new[] { language }, limit);

        /// <summary>
        /// Searches the documents of the first of <paramref name="languages"/> that has any match; returns at most
        /// <paramref name="limit"/> results, best first (ties: in index order).
        /// </summary>
        public IReadOnlyList<SearchResult> Search(string? query, IReadOnlyList<string>? languages, int limit) =>
            Search(query, languages, limit, out _);

        /// <summary>
        /// Searches as <see cref="Search(string?, IReadOnlyList{string}?, int)"/>; <paramref name="corrected"/> is the
        /// query with each word that the results matched only through a typo replaced by the word of the index it was
        /// taken for (its most frequent spelling), or null when no word was corrected.
        /// </summary>
        public IReadOnlyList<SearchResult> Search(string? query, IReadOnlyList<string>? languages, int limit, out string? corrected) =>
            Search(query, languages, limit, exhaustive: false, out corrected);

        /// <summary>
        /// Searches as <see cref="Search(string?, IReadOnlyList{string}?, int, out string?)"/>, ranking with
        /// <see cref="RankExhaustive"/> (every matched document scored) when <paramref name="exhaustive"/>, else with
        /// <see cref="RankPruned"/>: the same results, which the tests check.
        /// </summary>
        internal IReadOnlyList<SearchResult> Search(string? query, IReadOnlyList<string>? languages, int limit, bool exhaustive, out string? corrected)
        {
            corrected = null;
            if (string.IsNullOrEmpty(query) || languages is null || limit <= 0 || _docGuide.Length == 0)
            {
                return Array.Empty<SearchResult>();
            }

            var scratch = t_scratch ??= new Scratch();
            scratch.Scored = 0;
            scratch.ReadAlone = 0;
            var tokens = scratch.Tokens;
            tokens.Clear();
            Tokenizer.Tokenize(query!, tokens);
            if (tokens.Count == 0)
            {
                return Array.Empty<SearchResult>();
            }

            // The last word is a prefix only while it is being typed: when the query does not end with a separator.
            var lastIsPrefix = TextFolding.IsWordChar(query![query.Length - 1]);
            for (var i = 0; i < languages.Count; i++)
            {
                var language = languages[i];
                if (language is null || Tried(languages, i)) continue;
                var results = SearchLanguage(scratch, query, lastIsPrefix, language, limit, exhaustive, out corrected);
                if (results.Count > 0)
                {
                    return results;
                }
            }

            corrected = null;
            return Array.Empty<SearchResult>();
        }

        /// <summary>Whether the language at <paramref name="i"/> came before in the list (ignoring case).</summary>
        private static bool Tried(IReadOnlyList<string> languages, int i)
        {
            for (var j = 0; j < i; j++)
            {
                if (string.Equals(languages[j], languages[i], StringComparison.OrdinalIgnoreCase)) return true;
            }

            return false;
        }

        /// <summary>
        /// Whether a query in <paramref name="language"/> reads the index's language <paramref name="candidate"/>: the
        /// same tag (ignoring case), or the same primary language when one of the two is only that (fr reads fr-CA,
        /// fr-CA reads fr, not fr-BE).
        /// </summary>
        private bool Matches(string language, int candidate)
        {
            var tag = _languages[candidate];
            if (string.Equals(tag, language, StringComparison.OrdinalIgnoreCase)) return true;
            var primary = Stemmer.PrimaryLanguage(language);
            return primary.Length > 0 && Stemmer.PrimaryLanguage(tag) == primary &&
                   (tag.Length == primary.Length || language.Length == primary.Length);
        }

        /// <summary>
        /// The runs of documents of the index's languages that a query in <paramref name="language"/> reads, and each
        /// run's language (in <paramref name="rangeLanguages"/>).
        /// </summary>
        private int Ranges(string language, List<(int Start, int End)> ranges, List<int> rangeLanguages, bool[] languageMask)
        {
            ranges.Clear();
            rangeLanguages.Clear();
            for (var l = 0; l < _languages.Length; l++)
            {
                languageMask[l] = Matches(language, l);
                if (languageMask[l] && _languageStart[l] < _languageStart[l + 1])
                {
                    ranges.Add((_languageStart[l], _languageStart[l + 1]));
                    rangeLanguages.Add(l);
                }
            }

            return ranges.Count;
        }

        private List<SearchResult> SearchLanguage(Scratch scratch, string query, bool lastIsPrefix, string language, int limit, bool exhaustive, out string? corrected)
        {
            corrected = null;
            var results = new List<SearchResult>();
            scratch.Ensure(_docGuide.Length, _languages.Length);
            var ranges = scratch.Ranges;
            if (Ranges(language, ranges, scratch.RangeLanguages, scratch.LanguageMask) == 0)
            {
                return results;
            }

            var analyzer = new TextAnalyzer(language);
            var tokens = scratch.Tokens;
            var words = scratch.Words;
            words.Clear();
            for (var i = 0; i < tokens.Count && words.Count < MaxQueryWords; i++)
            {
                var word = tokens[i].Text;
                var isLast = i == tokens.Count - 1;
                if (analyzer.IsIgnored(word))
                {
                    // A stop word still counts as a prefix when it is all the query has.
                    if (isLast && lastIsPrefix && words.Count == 0 && word.Length >= 2) words.Add((word, word, true, i));
                    continue;
                }

                var stem = analyzer.Stemmer.Stem(word);
                var prefix = isLast && lastIsPrefix;
                var repeated = false;
                foreach (var other in words)
                {
                    repeated |= other.Prefix == prefix && string.Equals(other.Stem, stem, StringComparison.Ordinal);
                }

                if (!repeated) words.Add((word, stem, prefix, i));
            }

            if (words.Count == 0)
            {
                return results;
            }

            var candidates = scratch.Candidates;
            var wordStart = scratch.WordStart;
            candidates.Clear();
            wordStart.Clear();
            var typoWords = 0;
            StringBuilder? correction = null;
            var correctionEnd = 0;
            for (var w = 0; w < words.Count; w++)
            {
                var (word, stem, prefix, tokenIndex) = words[w];
                var first = candidates.Count;
                wordStart.Add(first);
                if (_statistics != null)
                {
                    // A shard's view: the terms one index of every shard would take, those of this shard (ShardStatistics.cs).
                    AddShardCandidates(candidates, stem, word, prefix);
                }
                else
                {
                    var exact = Find(_terms, stem);
                    if (exact >= 0) candidates.Add((exact, 1.0));
                    if (prefix)
                    {
                        AddPrefix(candidates, first, stem, word.Length);
                        if (!string.Equals(stem, word, StringComparison.Ordinal)) AddPrefix(candidates, first, word, word.Length);
                    }
                }

                if (candidates.Count == first && MaxDistance(word.Length) > 0 && word.Length <= MaxTypoLength && typoWords < MaxTypoWords &&
                    !IsFormOfIndexedWord(analyzer, word) && !FoundInAnotherShard(stem, word, prefix))
                {
                    typoWords++;
                    var spelling = _statistics != null ? AddShardTypos(candidates, word, stem, language) : AddTypos(scratch, candidates, word, stem);
                    if (spelling != null)
                    {
                        var token = tokens[tokenIndex];
                        correction ??= new StringBuilder(query.Length + 8);
                        correction.Append(query, correctionEnd, token.Start - correctionEnd).Append(spelling);
                        correctionEnd = token.Start + token.Length;
                    }
                }
            }

            wordStart.Add(candidates.Count);
            var count = exhaustive ? RankExhaustive(scratch, limit) : RankPruned(scratch, limit);
            if (count == 0)
            {
                return results;
            }

            if (correction != null)
            {
                corrected = correction.Append(query, correctionEnd, query.Length - correctionEnd).ToString();
            }

            var ranked = scratch.Ranked(count);
            Array.Sort(ranked, 0, count, RankComparer.Instance);
            results.Capacity = count;
            for (var i = 0; i < count; i++)
            {
                var doc = ranked[i].Doc;
                results.Add(new SearchResult(
                    doc, _docGuide[doc], (SearchPart)_docKind[doc], _docPart[doc], _languages[_docLanguage[doc]],
                    ranked[i].Score, MatchedTerms(scratch, doc, candidates)));
            }

            return results;
        }

        /// <summary>
        /// Whether a word that matches no term is still a word of the language, not a typo: a verb's infinitive whose root
        /// is a term (publicar, when the pages say pública). It finds nothing, and is not corrected to a word it is not.
        /// </summary>
        private bool IsFormOfIndexedWord(TextAnalyzer analyzer, string word)
        {
            var root = analyzer.Stemmer.InfinitiveRoot(word);
            return root != null && (_statistics is { } statistics ? statistics.Has(root) : Find(_terms, root) >= 0);
        }

        /// <summary>
        /// Every document that a word of the query matches, scored (term at a time, into arrays as long as the index):
        /// the best <paramref name="limit"/> in the scratch's ranked buffer, unsorted; returns how many. The simple
        /// answer that <see cref="RankPruned"/> must give too (<c>PruningTests</c> compares them).
        /// </summary>
        private int RankExhaustive(Scratch scratch, int limit)
        {
            var total = scratch.Total;
            var best = scratch.Best;
            var matched = scratch.Matched;
            var touched = scratch.Touched;
            var wordTouched = scratch.WordTouched;
            var candidates = scratch.Candidates;
            var wordStart = scratch.WordStart;
            touched.Clear();
            try
            {
                for (var w = 0; w + 1 < wordStart.Count; w++)
                {
                    // A document scores the word's best term (completions, typos); one term's scores go straight into the totals.
                    var single = wordStart[w + 1] == wordStart[w] + 1;
                    wordTouched.Clear();
                    for (var c = wordStart[w]; c < wordStart[w + 1]; c++)
                    {
                        var (term, factor) = candidates[c];
                        var postings = PostingsOf(term);
                        var docs = postings.Docs;
                        var impacts = postings.Impacts;
                        var f = (float)factor;
                        foreach (var (start, end) in scratch.Ranges)
                        {
                            for (var p = LowerBound(docs, start); p < docs.Length; p++)
                            {
                                var doc = docs[p];
                                if (doc >= end) break;
                                var score = f * impacts[p];
                                if (single)
                                {
                                    if (total[doc] == 0) touched.Add(doc);
                                    total[doc] += score;
                                    matched[doc]++;
                                }
                                else
                                {
                                    if (best[doc] == 0) wordTouched.Add(doc);
                                    if (score > best[doc]) best[doc] = score;
                                }
                            }
                        }
                    }

                    foreach (var doc in wordTouched)
                    {
                        if (total[doc] == 0) touched.Add(doc);
                        total[doc] += best[doc];
                        matched[doc]++;
                        best[doc] = 0;
                    }
                }

                // Documents that match more of the query's words first: BM25 times the share of words matched. Only the
                // best `limit` are kept (a heap whose root is the worst of them).
                var count = Math.Min(limit, touched.Count);
                var ranked = scratch.Ranked(count);
                scratch.Scored += touched.Count;
                var wordCount = (float)(wordStart.Count - 1);
                for (var i = 0; i < touched.Count; i++)
                {
                    var doc = touched[i];
                    var entry = (Score: total[doc] * matched[doc] / wordCount, Doc: doc);
                    if (i < count)
                    {
                        ranked[i] = entry;
                        if (i == count - 1) for (var j = count / 2 - 1; j >= 0; j--) SiftDown(ranked, j, count);
                    }
                    else if (Compare(entry, ranked[0]) < 0)
                    {
                        ranked[0] = entry;
                        SiftDown(ranked, 0, count);
                    }
                }

                return count;
            }
            finally
            {
                foreach (var doc in touched)
                {
                    total[doc] = 0;
                    matched[doc] = 0;
                }
            }
        }

        /// <summary>Postings a block of <see cref="Postings.BlockMax"/> covers.</summary>
        private const int BlockShift = 6;

        /// <summary>
        /// A bound is raised by this share before it is compared with the worst score kept: a bound adds the words' floats
        /// in another order than the score does, and the two may round apart (by 16 words' rounding at most, about 1e-6).
        /// </summary>
        private const double BoundSlack = 1 + 1e-5;

        /// <summary>
        /// The same best <paramref name="limit"/> as <see cref="RankExhaustive"/>, scores to the bit, without scoring the
        /// documents that cannot enter them (MaxScore with block maxima). The query's terms are read document at a time,
        /// in increasing document order; a score is kept while fewer than <paramref name="limit"/> are, then when it beats
        /// the worst kept (the threshold; on a tie the earlier document, kept already, wins). A document's score is at
        /// most the sum of its words' shares times the share of words it matches (at most 1), and a word's share at most
        /// the highest of its terms' (<see cref="Postings.Max"/> times the term's factor). So, with the terms in
        /// increasing order of their highest share, the first ones are <em>non-essential</em> while their words' highest
        /// shares among them, added and times the share of those words, do not beat the threshold: a document that only
        /// they match cannot enter. Only the other terms' documents are visited; the non-essential terms are looked up
        /// (galloping) for those alone, and not at all when the shares found leave the document below the threshold.
        /// The documents up to the end of the nearest block of 64 postings (a window) are stepped over at once when the
        /// highest shares of the blocks that cover it cannot beat the threshold either. Once the other words' highest
        /// shares cannot beat the threshold without some word, every document that may enter has that word: when it has
        /// fewer postings left than the essential terms, its terms become the only essential ones (<c>Require</c>): a
        /// misspelt word read as rare terms beside frequent words no longer visits the frequent words' documents.
        /// Before the pass, the documents of each term's highest shares are scored (<see cref="Seed"/>): the threshold
        /// starts near its final value, so that the frequent terms are non-essential from the first document on.
        /// </summary>
        private int RankPruned(Scratch scratch, int limit)
        {
            var candidates = scratch.Candidates;
            var wordStart = scratch.WordStart;
            var wordCount = wordStart.Count - 1;
            var count = candidates.Count;
            var cursors = scratch.Cursors(count);
            var order = scratch.CursorOrder(count);
            var wordScore = scratch.WordScore(wordCount);
            var wordRest = scratch.WordRest(wordCount);
            var wordMax = scratch.WordMax(wordCount);
            var ranges = scratch.Ranges;

            // How many documents may match, at most: the heap holds no more.
            long postings = 0;
            for (var w = 0; w < wordCount; w++)
            {
                for (var c = wordStart[w]; c < wordStart[w + 1]; c++)
                {
                    var (term, factor) = candidates[c];
                    var p = PostingsOf(term);
                    cursors[c] = new Cursor(p, (float)factor, w);
                    foreach (var (start, end) in ranges) postings += LowerBound(p.Docs, end) - LowerBound(p.Docs, start);
                }
            }

            var full = (int)Math.Min(limit, postings);
            var ranked = scratch.Ranked(full);
            var size = 0;
            // The documents of the terms' highest shares first: the threshold starts near where it ends.
            var seeds = full == 0 ? 0 : Seed(scratch, cursors, ranked, full, ref size);
            var seeded = scratch.Seeds;
            var threshold = full > 0 && size == full ? ranked[0].Score : double.NegativeInfinity;
            var floatWords = (float)wordCount;
            foreach (var (start, end) in ranges)
            {
                if (full == 0) break;
                var nextSeed = 0;
                while (nextSeed < seeds && seeded[nextSeed] < start) nextSeed++;

                // The cursors over this run of documents, in increasing order of their highest share (insertion sort: a
                // few dozen terms at most).
                for (var i = 0; i < count; i++)
                {
                    ref var cursor = ref cursors[i];
                    var w = cursor.Word;
                    if (wordStart[w + 1] - wordStart[w] > MergedTerms)
                    {
                        // A word of many terms (completions, typos) is read as one list: its documents in the run,
                        // each with the word's best share, merged in the first term's cursor; the others have none.
                        if (i == wordStart[w]) cursor = Merge(scratch, w, start, end);
                        else cursor.Position = cursor.End = 0;
                    }
                    else
                    {
                        cursor.Position = LowerBound(cursor.Docs, start);
                        cursor.End = LowerBound(cursor.Docs, end);
                    }

                    var upper = cursor.Live ? cursor.Upper : 0;
                    var j = i - 1;
                    for (; j >= 0 && cursors[order[j]].RunUpper > upper; j--) order[j + 1] = order[j];
                    order[j + 1] = i;
                    cursor.RunUpper = upper;
                }

                var nonEssential = NonEssential(cursors, order, count, wordMax, wordCount, threshold);
                // A word every document must match, once the threshold reaches the lowest score at which one may be.
                var required = -1;
                var requireAt = RequireAt(cursors, count, wordMax, wordCount, double.NegativeInfinity);
                if (size == full && threshold >= requireAt)
                {
                    (required, nonEssential, requireAt) = Require(scratch, cursors, order, count, nonEssential, wordMax, wordCount, threshold, start);
                }

                var checkedUntil = -1; // the end of the last window whose blocks could beat the threshold
                while (nonEssential < count)
                {
                    // The next document of an essential term.
                    var doc = int.MaxValue;
                    for (var i = nonEssential; i < count; i++)
                    {
                        ref var cursor = ref cursors[order[i]];
                        if (cursor.Live && cursor.Doc < doc) doc = cursor.Doc;
                    }

                    if (doc == int.MaxValue) break;

                    if (size == full && doc > checkedUntil)
                    {
                        // The window: up to the end of the nearest current block of an essential term. The essential
                        // cursors at a document in it have their postings up to its end in their current block, the
                        // others none there; the non-essential ones move to the document and their blocks up to the
                        // window's end are read. When those blocks' highest shares cannot beat the threshold, no
                        // document of the window can.
                        var windowEnd = int.MaxValue;
                        for (var i = nonEssential; i < count; i++)
                        {
                            ref var cursor = ref cursors[order[i]];
                            if (cursor.Live) windowEnd = Math.Min(windowEnd, cursor.Docs[cursor.BlockEnd - 1]);
                        }

                        Array.Clear(wordRest, 0, wordCount);
                        Array.Clear(wordScore, 0, wordCount);
                        for (var i = 0; i < nonEssential; i++)
                        {
                            ref var cursor = ref cursors[order[i]];
                            cursor.Seek(doc);
                            wordRest[cursor.Word] = Math.Max(wordRest[cursor.Word], cursor.BlocksMax(windowEnd));
                        }

                        for (var i = nonEssential; i < count; i++)
                        {
                            ref var cursor = ref cursors[order[i]];
                            if (cursor.Live && cursor.Doc <= windowEnd)
                            {
                                wordScore[cursor.Word] = Math.Max(wordScore[cursor.Word], cursor.Factor * cursor.BlockMax[cursor.Position >> BlockShift]);
                            }
                        }

                        if (Bound(wordScore, wordRest, wordCount) * BoundSlack <= threshold)
                        {
                            for (var i = nonEssential; i < count; i++) cursors[order[i]].AdvancePast(windowEnd);
                            continue;
                        }

                        checkedUntil = windowEnd;
                    }

                    // The essential terms' shares of the document, their cursors moved past it.
                    Array.Clear(wordScore, 0, wordCount);
                    for (var i = nonEssential; i < count; i++)
                    {
                        ref var cursor = ref cursors[order[i]];
                        if (cursor.Live && cursor.Doc == doc)
                        {
                            var share = cursor.Factor * cursor.Impacts[cursor.Position];
                            if (share > wordScore[cursor.Word]) wordScore[cursor.Word] = share;
                            cursor.Position++;
                        }
                    }

                    // A seed has been ranked.
                    while (nextSeed < seeds && seeded[nextSeed] < doc) nextSeed++;
                    if (nextSeed < seeds && seeded[nextSeed] == doc) continue;

                    // Below the threshold with the non-essential terms' highest shares in the window: not looked up.
                    if (size == full && Bound(wordScore, wordRest, wordCount) * BoundSlack <= threshold) continue;

                    for (var i = 0; i < nonEssential; i++)
                    {
                        ref var cursor = ref cursors[order[i]];
                        if (cursor.Seek(doc))
                        {
                            var share = cursor.Factor * cursor.Impacts[cursor.Position];
                            if (share > wordScore[cursor.Word]) wordScore[cursor.Word] = share;
                        }
                    }

                    scratch.Scored++;
                    if (!Keep(ranked, ref size, full, (ScoreOf(wordScore, 0, wordCount, floatWords), doc)) || size < full) continue;
                    threshold = ranked[0].Score;
                    // Once a word is required it stays so (the threshold only rises), and `order` is no longer sorted by
                    // highest share: NonEssential, which needs that order, must not run again in this run.
                    if (required >= 0) continue;
                    var before = nonEssential;
                    nonEssential = NonEssential(cursors, order, count, wordMax, wordCount, threshold);
                    if (threshold >= requireAt)
                    {
                        (required, nonEssential, requireAt) = Require(scratch, cursors, order, count, nonEssential, wordMax, wordCount, threshold, doc + 1);
                    }

                    // The window's bounds are for the terms that were non-essential then: made again for the new ones.
                    if (nonEssential != before || required >= 0) checkedUntil = -1;
                }
            }

            Array.Clear(cursors, 0, count);
            return size;
        }

        /// <summary>
        /// A document's score from its words' best shares (<paramref name="wordCount"/> of them from <paramref
        /// name="from"/>), as the exhaustive ranking makes it: the shares added in the query's order, times the share of
        /// words that have one.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static float ScoreOf(float[] shares, int from, int wordCount, float floatWords)
        {
            var total = 0f;
            var matched = 0;
            for (var w = 0; w < wordCount; w++)
            {
                var share = shares[from + w];
                if (share > 0)
                {
                    total += share;
                    matched++;
                }
            }

            return total * matched / floatWords;
        }

        /// <summary>
        /// Keeps <paramref name="entry"/> among the best <paramref name="full"/> of <paramref name="ranked"/> (<paramref
        /// name="size"/> of them so far; once full, a heap whose root is the worst): whether it was kept.
        /// </summary>
        private static bool Keep((float Score, int Doc)[] ranked, ref int size, int full, (float Score, int Doc) entry)
        {
            if (size < full)
            {
                ranked[size++] = entry;
                if (size == full) for (var j = full / 2 - 1; j >= 0; j--) SiftDown(ranked, j, full);
                return true;
            }

            if (Compare(entry, ranked[0]) >= 0) return false;
            ranked[0] = entry;
            SiftDown(ranked, 0, full);
            return true;
        }

        /// <summary>How many documents of its highest shares a term keeps for <see cref="Seed"/> (<see cref="Postings.Top"/>), in each language.</summary>
        private const int SeedsPerTerm = 32;

        /// <summary>The most documents that <see cref="Seed"/> scores.</summary>
        private const int MaxSeeds = 32;

        /// <summary>A query of more terms than this (completions, typos) is not seeded: its seeds would cost more than they save.</summary>
        private const int MaxSeededTerms = 16;

        /// <summary>
        /// Scores, before <see cref="RankPruned"/>'s pass, the documents of the terms' highest shares (<see
        /// cref="Postings.Top"/>) in the query's runs of documents, <see cref="MaxSeeds"/> at most (the term of the highest
        /// share offers half of them, the next one half the rest, ...), and keeps the best (<see cref="Keep"/>): the pass then
        /// starts with a threshold near its final one instead of at nothing, and leaves out more. The documents are
        /// scored in full, as the pass scores them (each word's best share, added in the query's order), so the results
        /// are the same; the pass steps over them (<see cref="Scratch.Seeds"/>, increasing). Returns how many there are.
        /// </summary>
        private int Seed(Scratch scratch, Cursor[] cursors, (float Score, int Doc)[] ranked, int full, ref int size)
        {
            var candidates = scratch.Candidates;
            var wordStart = scratch.WordStart;
            var wordCount = wordStart.Count - 1;
            var ranges = scratch.Ranges;
            var seeds = scratch.Seeds;
            var n = 0;
            if (candidates.Count > MaxSeededTerms) return 0;
            // The terms in decreasing order of their highest share (insertion sort: 16 terms at most); each offers its
            // documents of highest shares in the query's runs, half the seeds left (the last one all of them): the term
            // that can add the most to a score offers the most.
            var order = scratch.SeedOrder;
            var upper = scratch.SeedUpper;
            for (var c = 0; c < candidates.Count; c++)
            {
                var u = cursors[c].Upper;
                var j = c - 1;
                for (; j >= 0 && upper[j] < u; j--)
                {
                    order[j + 1] = order[j];
                    upper[j + 1] = upper[j];
                }

                order[j + 1] = c;
                upper[j + 1] = u;
            }

            for (var k = 0; k < candidates.Count && n < MaxSeeds; k++)
            {
                var quota = k == candidates.Count - 1 ? MaxSeeds - n : (MaxSeeds - n) / 2;
                var postings = PostingsOf(candidates[order[k]].Term);
                for (var r = 0; r < ranges.Count; r++)
                {
                    // A run is one language's documents: the term's highest shares among them (a word that several
                    // languages write has its own best documents in each).
                    var (start, end) = ranges[r];
                    var top = postings.Top(scratch.RangeLanguages[r], _languages.Length, start, end);
                    for (var rank = 0; rank < top.Length && quota > 0; rank++, quota--) seeds[n++] = postings.Docs[top[rank]];
                }
            }

            Array.Sort(seeds, 0, n);
            var unique = 0;
            for (var i = 0; i < n; i++)
            {
                if (unique == 0 || seeds[unique - 1] != seeds[i]) seeds[unique++] = seeds[i];
            }

            // Term at a time, each term's postings galloped through once for the seeds in increasing order: each seed's
            // words' best shares (as the pass takes them), then its score as the pass makes it.
            var shares = scratch.SeedShares(unique * wordCount);
            Array.Clear(shares, 0, unique * wordCount);
            for (var w = 0; w < wordCount; w++)
            {
                for (var c = wordStart[w]; c < wordStart[w + 1]; c++)
                {
                    // A copy of the term's cursor, over all its postings.
                    var cursor = cursors[c];
                    cursor.Position = 0;
                    cursor.End = cursor.Docs.Length;
                    for (var i = 0; i < unique; i++)
                    {
                        if (!cursor.Seek(seeds[i])) continue;
                        var share = cursor.Factor * cursor.Impacts[cursor.Position];
                        ref var best = ref shares[i * wordCount + w];
                        if (share > best) best = share;
                    }
                }
            }

            var floatWords = (float)wordCount;
            for (var i = 0; i < unique; i++)
            {
                scratch.Scored++;
                Keep(ranked, ref size, full, (ScoreOf(shares, i * wordCount, wordCount, floatWords), seeds[i]));
            }

            return unique;
        }

        /// <summary>A word of more terms than this is read as one merged list by <see cref="RankPruned"/>.</summary>
        private const int MergedTerms = 4;

        /// <summary>
        /// A cursor over the documents of word <paramref name="word"/> in the run from <paramref name="start"/> to
        /// <paramref name="end"/>, each with the word's best share (the highest of its terms' shares there, made as
        /// <see cref="RankExhaustive"/> makes it): the terms' postings marked in a bitmap of the documents, then read in
        /// order. Term at a time, as the exhaustive ranking reads them; the buffers are the thread's.
        /// </summary>
        private Cursor Merge(Scratch scratch, int word, int start, int end)
        {
            var candidates = scratch.Candidates;
            var best = scratch.Best;
            var bits = scratch.Bits;
            var length = 0;
            for (var c = scratch.WordStart[word]; c < scratch.WordStart[word + 1]; c++)
            {
                var (term, factor) = candidates[c];
                var postings = PostingsOf(term);
                var docs = postings.Docs;
                var impacts = postings.Impacts;
                var f = (float)factor;
                for (var p = LowerBound(docs, start); p < docs.Length && docs[p] < end; p++)
                {
                    var doc = docs[p];
                    var share = f * impacts[p];
                    if (share <= 0) continue;
                    if (best[doc] == 0) length++;
                    if (share > best[doc]) best[doc] = share;
                    bits[doc >> 6] |= 1UL << (doc & 63);
                }
            }

            var (merged, shares, blocks) = scratch.Merged(word, length);
            var n = 0;
            var max = 0f;
            for (var i = start >> 6; n < length; i++)
            {
                var set = bits[i];
                bits[i] = 0;
                while (set != 0)
                {
                    var doc = (i << 6) + TrailingZeros(set);
                    set &= set - 1;
                    var share = best[doc];
                    best[doc] = 0;
                    merged[n] = doc;
                    shares[n] = share;
                    ref var block = ref blocks[n >> BlockShift];
                    if ((n & ((1 << BlockShift) - 1)) == 0 || share > block) block = share;
                    if (share > max) max = share;
                    n++;
                }
            }

            return new Cursor(merged, shares, blocks, max, word, n);
        }

        /// <summary>The number of zero bits below the lowest set bit of <paramref name="value"/> (not 0).</summary>
        private static int TrailingZeros(ulong value)
        {
#if NET8_0_OR_GREATER
            return System.Numerics.BitOperations.TrailingZeroCount(value);
#else
            var count = 0;
            if ((value & 0xFFFFFFFF) == 0) { count += 32; value >>= 32; }
            if ((value & 0xFFFF) == 0) { count += 16; value >>= 16; }
            if ((value & 0xFF) == 0) { count += 8; value >>= 8; }
            if ((value & 0xF) == 0) { count += 4; value >>= 4; }
            if ((value & 0x3) == 0) { count += 2; value >>= 2; }
            if ((value & 0x1) == 0) count += 1;
            return count;
#endif
        }

        /// <summary>
        /// At most the score of a document whose words' shares are at most the larger of <paramref name="found"/> and
        /// <paramref name="rest"/> (each word's): their sum times the share of words that have one.
        /// </summary>
        private static double Bound(float[] found, float[] rest, int wordCount)
        {
            double sum = 0;
            var words = 0;
            for (var w = 0; w < wordCount; w++)
            {
                var share = Math.Max(found[w], rest[w]);
                if (share > 0)
                {
                    sum += share;
                    words++;
                }
            }

            return sum * words / wordCount;
        }

        /// <summary>
        /// The number of non-essential terms (the first of <paramref name="order"/>): the most whose words' highest
        /// shares among them (<paramref name="wordMax"/>, a buffer), added and times the share of those words, do not
        /// beat <paramref name="threshold"/>.
        /// </summary>
        private static int NonEssential(Cursor[] cursors, int[] order, int count, double[] wordMax, int wordCount, double threshold)
        {
            Array.Clear(wordMax, 0, wordCount);
            var words = 0;
            double sum = 0;
            var k = 0;
            for (; k < count; k++)
            {
                ref var cursor = ref cursors[order[k]];
                var upper = cursor.RunUpper;
                if (upper <= wordMax[cursor.Word]) continue;
                if (wordMax[cursor.Word] == 0) words++;
                sum += upper - wordMax[cursor.Word];
                // The words' highest shares added (in doubles: BoundSlack covers their rounding too).
                if (sum * words / wordCount * BoundSlack > threshold) break;
                wordMax[cursor.Word] = upper;
            }

            return k;
        }

        /// <summary>
        /// A word that a document must match to beat <paramref name="threshold"/> (the other words' highest shares, added
        /// and times the share of those words, do not beat it), when reading its documents alone costs less than reading
        /// the essential terms': its cursors are put last in <paramref name="order"/>, the only essential ones from then
        /// on, moved to <paramref name="next"/> (every document before it has been ranked, or cannot enter). Returns the
        /// word and the number of non-essential cursors now; or -1, the order and count unchanged, and the threshold at
        /// which to look again (<see cref="RequireAt"/>).
        /// </summary>
        private static (int Word, int NonEssential, double RequireAt) Require(
            Scratch scratch, Cursor[] cursors, int[] order, int count, int nonEssential, double[] wordMax, int wordCount, double threshold, int next)
        {
            var (total, words) = WordMaxima(cursors, count, wordMax, wordCount);
            long essential = 0;
            for (var i = nonEssential; i < count; i++) essential += cursors[order[i]].End - cursors[order[i]].Position;
            var best = -1;
            long bestPostings = essential;
            for (var w = 0; w < wordCount; w++)
            {
                if (wordMax[w] <= 0 || (total - wordMax[w]) * (words - 1) / wordCount * BoundSlack > threshold) continue;
                long postings = 0;
                for (var i = 0; i < count; i++)
                {
                    if (cursors[i].Word == w) postings += cursors[i].End - cursors[i].Position;
                }

                if (postings < bestPostings)
                {
                    best = w;
                    bestPostings = postings;
                }
            }

            if (best < 0) return (-1, nonEssential, RequireAt(cursors, count, wordMax, wordCount, threshold));

            // The other cursors first, in their order (the non-essential ones from now on); the word's last, at the next document.
            var others = 0;
            for (var i = 0; i < count; i++)
            {
                if (cursors[order[i]].Word != best) order[others++] = order[i];
            }

            var at = others;
            for (var i = 0; i < count; i++)
            {
                if (cursors[i].Word != best) continue;
                order[at++] = i;
                cursors[i].Seek(next);
            }

            scratch.ReadAlone++;
            return (best, others, double.PositiveInfinity);
        }

        /// <summary>
        /// The lowest threshold above <paramref name="above"/> at which a word of the run becomes one that every document
        /// must match (<see cref="Require"/>'s test), or +infinity.
        /// </summary>
        private static double RequireAt(Cursor[] cursors, int count, double[] wordMax, int wordCount, double above)
        {
            var (total, words) = WordMaxima(cursors, count, wordMax, wordCount);
            var at = double.PositiveInfinity;
            for (var w = 0; w < wordCount; w++)
            {
                if (wordMax[w] <= 0) continue;
                var bound = (total - wordMax[w]) * (words - 1) / wordCount * BoundSlack;
                if (bound > above && bound < at) at = bound;
            }

            return at;
        }

        /// <summary>Each word's highest share in the run (into <paramref name="wordMax"/>), their sum, and the words that have one.</summary>
        private static (double Total, int Words) WordMaxima(Cursor[] cursors, int count, double[] wordMax, int wordCount)
        {
            Array.Clear(wordMax, 0, wordCount);
            for (var i = 0; i < count; i++)
            {
                ref var cursor = ref cursors[i];
                if (cursor.RunUpper > wordMax[cursor.Word]) wordMax[cursor.Word] = cursor.RunUpper;
            }

            double total = 0;
            var words = 0;
            for (var w = 0; w < wordCount; w++)
            {
                if (wordMax[w] <= 0) continue;
                total += wordMax[w];
                words++;
            }

            return (total, words);
        }

        /// <summary>The first place in <paramref name="docs"/> (increasing) whose document is not below <paramref name="doc"/>.</summary>
        private static int LowerBound(int[] docs, int doc)
        {
            if (docs.Length == 0 || docs[0] >= doc) return 0;
            int low = 0, high = docs.Length;
            while (low < high)
            {
                var middle = low + ((high - low) >> 1);
                if (docs[middle] < doc) low = middle + 1;
                else high = middle;
            }

            return low;
        }

        /// <summary>Rank order: higher score first, then lower document number.</summary>
        private static int Compare((float Score, int Doc) x, (float Score, int Doc) y) =>
            x.Score != y.Score ? y.Score.CompareTo(x.Score) : x.Doc.CompareTo(y.Doc);

        /// <summary>Restores the heap below <paramref name="i"/>: every entry ranks before its children (the root is the worst).</summary>
        private static void SiftDown((float Score, int Doc)[] heap, int i, int count)
        {
            while (true)
            {
                var worst = i;
                var left = 2 * i + 1;
                if (left < count && Compare(heap[left], heap[worst]) > 0) worst = left;
                if (left + 1 < count && Compare(heap[left + 1], heap[worst]) > 0) worst = left + 1;
                if (worst == i) return;
                (heap[i], heap[worst]) = (heap[worst], heap[i]);
                i = worst;
            }
        }

        private sealed class RankComparer : IComparer<(float Score, int Doc)>
        {
            public static readonly RankComparer Instance = new RankComparer();

            public int Compare((float Score, int Doc) x, (float Score, int Doc) y) => SearchIndex.Compare(x, y);
        }

        /// <summary>The terms of the query (each once, in the query's order) that <paramref name="doc"/> holds.</summary>
        private string[] MatchedTerms(Scratch scratch, int doc, List<(int Term, double Factor)> candidates)
        {
            var found = scratch.MatchedBuffer(candidates.Count);
            var count = 0;
            foreach (var (term, _) in candidates)
            {
                var docs = PostingsOf(term).Docs;
                var at = LowerBound(docs, doc);
                if (at == docs.Length || docs[at] != doc || Array.IndexOf(found, term, 0, count) >= 0) continue;
                found[count++] = term;
            }

            if (count == 0) return Array.Empty<string>();
            var terms = new string[count];
            for (var i = 0; i < count; i++) terms[i] = _terms[found[i]];
            return terms;
        }

        private static int Find(string[] sorted, string key)
        {
            int low = 0, high = sorted.Length - 1;
            while (low <= high)
            {
                var middle = low + ((high - low) >> 1);
                var c = string.CompareOrdinal(sorted[middle], key);
                if (c == 0) return middle;
                if (c < 0) low = middle + 1;
                else high = middle - 1;
            }

            return -1;
        }

        /// <summary>The first place in <paramref name="sorted"/> whose item is not below <paramref name="key"/>.</summary>
        private static int LowerBound(string[] sorted, string key)
        {
            int low = 0, high = sorted.Length;
            while (low < high)
            {
                var middle = low + ((high - low) >> 1);
                if (string.CompareOrdinal(sorted[middle], key) < 0) low = middle + 1;
                else high = middle;
            }

            return low;
        }

        /// <summary>Adds the terms that start with <paramref name="prefix"/>, up to <see cref="MaxPrefixTerms"/> for the word.</summary>
        private void AddPrefix(List<(int Term, double Factor)> found, int first, string prefix, int typed)
        {
            if (prefix.Length < 2)
            {
                return;
            }

            for (var t = LowerBound(_terms, prefix); t < _terms.Length && found.Count - first < MaxPrefixTerms && _terms[t].StartsWith(prefix, StringComparison.Ordinal); t++)
            {
                if (Contains(found, first, t)) continue;
                // A completion scores a little less than the word itself, less the longer it goes beyond what was typed.
                var factor = PrefixFactor * Math.Min(1.0, (double)typed / _terms[t].Length);
                found.Add((t, Math.Max(factor, PrefixFactor / 2)));
            }
        }

        private static bool Contains(List<(int Term, double Factor)> found, int first, int term)
        {
            for (var i = first; i < found.Count; i++)
            {
                if (found[i].Term == term) return true;
            }

            return false;
        }

        /// <summary>
        /// Adds the terms of a misspelt word: those of the words as written (in the query's languages) and the terms
        /// themselves within <see cref="MaxDistance"/> of the word and of its stem; the nearest first, then those of
        /// the most documents, at most <see cref="MaxTypoTerms"/>. Returns the correction to show: the word as written
        /// that the misspelt word was taken for (<see cref="Correction"/>), or null when only a stem matched.
        /// </summary>
        private string? AddTypos(Scratch scratch, List<(int Term, double Factor)> found, string word, string stem)
        {
            var typos = scratch.Typos;
            typos.Clear();
            var best = (Word: -1, Term: -1);
            // One edit first: only when no word nor term is one edit away, two (the walk at two edits visits far more).
            for (var distance = 1; distance <= MaxDistance(word.Length) && typos.Count == 0; distance++)
            {
                best = AddTypos(scratch, word, stem, distance);
            }

            // A term found more than once (as a word, as a term, through the stem) counts at its nearest.
            typos.Sort((x, y) => x.Term != y.Term ? x.Term.CompareTo(y.Term) : x.Distance.CompareTo(y.Distance));
            var kept = 0;
            for (var i = 0; i < typos.Count; i++)
            {
                if (kept == 0 || typos[kept - 1].Term != typos[i].Term) typos[kept++] = typos[i];
            }

            typos.RemoveRange(kept, typos.Count - kept);
            typos.Sort((x, y) => x.Distance != y.Distance ? x.Distance.CompareTo(y.Distance) : y.Documents != x.Documents ? y.Documents.CompareTo(x.Documents) : x.Term.CompareTo(y.Term));
            for (var i = 0; i < typos.Count && i < MaxTypoTerms; i++)
            {
                found.Add((typos[i].Term, TypoFactor / typos[i].Distance));
            }

            return best.Word >= 0 ? Spelling(best.Word) : best.Term >= 0 ? _terms[best.Term] : null;
        }

        /// <summary>
        /// Adds to the scratch's typos the terms within <paramref name="maxDistance"/>: those of the words as written
        /// (in the query's languages) and the terms themselves, near the word or near its stem, found through the typo
        /// table (<see cref="TypoTable"/>). Returns the correction's candidates (<see cref="Correction"/>): the best entry
        /// of the words' table, and the best term near the word itself that the pages of the query's languages write as
        /// it is; each nearest, then of the most documents, then first in its table; -1 for none.
        /// </summary>
        private (int Word, int Term) AddTypos(Scratch scratch, string word, string stem, int maxDistance)
        {
            var typos = scratch.Typos;
            var within = scratch.Within;
            within.Clear();
            _typos.Near(word, maxDistance, _terms, _words, wordsToo: true, scratch.TypoScratch, within);
            var nearWord = within.Count;
            // The terms near the stem too (a word that is its own stem is not in the words' table).
            if (maxDistance <= MaxDistance(stem.Length) && !string.Equals(stem, word, StringComparison.Ordinal))
            {
                _typos.Near(stem, maxDistance, _terms, _words, wordsToo: false, scratch.TypoScratch, within);
            }

            var bestWord = -1;
            var bestWordRank = (Distance: int.MaxValue, Documents: 0);
            var bestTerm = -1;
            var bestTermRank = (Distance: int.MaxValue, Documents: 0);
            for (var i = 0; i < within.Count; i++)
            {
                var (entry, distance) = within[i];
                if (entry >= 0)
                {
                    var termDocuments = DocumentsOf(entry);
                    typos.Add((entry, distance, termDocuments));
                    if (i < nearWord && Better(distance, termDocuments, entry, bestTermRank, bestTerm) && IsWritten(entry, scratch.LanguageMask))
                    {
                        bestTerm = entry;
                        bestTermRank = (distance, termDocuments);
                    }

                    continue;
                }

                var w = ~entry;
                if (!scratch.LanguageMask[_wordLanguage[w]]) continue;
                var term = TermOfWord(w);
                if (term < 0) continue;
                var documents = DocumentsOf(term);
                typos.Add((term, distance, documents));
                if (Better(distance, documents, w, bestWordRank, bestWord))
                {
                    bestWord = w;
                    bestWordRank = (distance, documents);
                }
            }

            return Correction(bestWord, bestWordRank, bestTerm, bestTermRank);
        }

        /// <summary>Nearer, else of more documents, else first in its table.</summary>
        private static bool Better(int distance, int documents, int index, (int Distance, int Documents) best, int bestIndex) =>
            distance < best.Distance || (distance == best.Distance && (documents > best.Documents || (documents == best.Documents && index < bestIndex)));

        /// <summary>
        /// The correction: the best entry of the words' table, unless a word that is its own term ("password", which the
        /// words' table leaves out and the written terms mark) is nearer, or as near and of more documents; then that term.
        /// </summary>
        private static (int Word, int Term) Correction(int word, (int Distance, int Documents) wordRank, int term, (int Distance, int Documents) termRank) =>
            term >= 0 && (word < 0 || TermBeatsWord(termRank, wordRank)) ? (-1, term) : (word, -1);

        /// <summary>Whether a written term is the correction rather than the best word as written: nearer, or as near and of more documents.</summary>
        internal static bool TermBeatsWord((int Distance, int Documents) term, (int Distance, int Documents) word) =>
            term.Distance < word.Distance || (term.Distance == word.Distance && term.Documents > word.Documents);

        /// <summary>Whether the pages of a language the mask reads write <paramref name="term"/> as it is (the index's written terms).</summary>
        private bool IsWritten(int term, bool[] languageMask)
        {
            for (var l = 0; l < _writtenTerms.Length; l++)
            {
                if (languageMask[l] && Array.BinarySearch(_writtenTerms[l], term) >= 0) return true;
            }

            return false;
        }

        /// <summary>Whether the pages of a language that a query in <paramref name="language"/> reads write <paramref name="term"/> as it is.</summary>
        internal bool IsWritten(string term, string language)
        {
            var t = Find(_terms, term);
            if (t < 0) return false;
            for (var l = 0; l < _writtenTerms.Length; l++)
            {
                if (Matches(language, l) && Array.BinarySearch(_writtenTerms[l], t) >= 0) return true;
            }

            return false;
        }

        /// <summary>The term of an entry of the words' table, or -1 when the index does not hold it (a damaged index).</summary>
        private int TermOfWord(int word)
        {
            var term = _wordTerm[word];
            return term >= 0 ? term : FindPrefixOf(_terms, _words[word], -term);
        }

        /// <summary>Where the first <paramref name="length"/> chars of <paramref name="key"/> are in <paramref name="sorted"/>, or -1 (no string made).</summary>
        private static int FindPrefixOf(string[] sorted, string key, int length)
        {
            int low = 0, high = sorted.Length - 1;
            while (low <= high)
            {
                var middle = low + ((high - low) >> 1);
                var item = sorted[middle];
                var c = string.CompareOrdinal(item, 0, key, 0, Math.Min(item.Length, length));
                if (c == 0) c = item.Length.CompareTo(length);
                if (c == 0) return middle;
                if (c < 0) low = middle + 1;
                else high = middle - 1;
            }

            return -1;
        }

        /// <summary>The most frequent spelling of an entry of the words' table (<see cref="SearchFormat"/>).</summary>
        private string Spelling(int word)
        {
            var folded = _words[word];
            try
            {
                var reader = new Reader(_data, _wordSpelling[word]);
                var header = reader.Int();
                if (header == 0) return folded;
                if ((header & 1) == 1) return reader.Utf8(header >> 1);
                var chars = folded.ToCharArray();
                var at = -1;
                for (var i = (header - 2) >> 1; i > 0; i--)
                {
                    at += reader.Int() + 1;
                    chars[at] = (char)reader.Int();
                }

                return new string(chars);
            }
            catch (FormatException)
            {
                return folded;
            }
            catch (IndexOutOfRangeException)
            {
                return folded;
            }
        }

        /// <summary>
        /// The titles of guides and steps that <paramref name="prefix"/> completes, in the first of
        /// <paramref name="languages"/> that has any: every word typed but the last is a word of the title, the last one
        /// starts a word of it (or is one, when the prefix ends with a separator). Guides' titles first, then steps';
        /// shorter titles first. At most <see cref="MaxSuggestWords"/> title words are completed from the last word.
        /// </summary>
        public IReadOnlyList<SearchResult> Suggest(string? prefix, IReadOnlyList<string>? languages, int limit)
        {
            if (string.IsNullOrEmpty(prefix) || languages is null || limit <= 0 || _titleDoc.Length == 0)
            {
                return Array.Empty<SearchResult>();
            }

            var scratch = t_scratch ??= new Scratch();
            var tokens = scratch.Tokens;
            tokens.Clear();
            Tokenizer.Tokenize(prefix!, tokens);
            if (tokens.Count == 0 || tokens.Count > MaxQueryWords)
            {
                return Array.Empty<SearchResult>();
            }

            scratch.Ensure(_docGuide.Length, _languages.Length);
            var lastIsPrefix = TextFolding.IsWordChar(prefix![prefix.Length - 1]);

            var last = tokens[tokens.Count - 1].Text;
            var startWord = lastIsPrefix ? LowerBound(_titleWords, last) : Find(_titleWords, last);
            if (startWord < 0) return Array.Empty<SearchResult>();
            var lists = scratch.Lists;
            lists.Clear();
            for (var w = startWord; w < _titleWords.Length && lists.Count < MaxSuggestWords; w++)
            {
                if (lastIsPrefix ? !_titleWords[w].StartsWith(last, StringComparison.Ordinal) : w != startWord) break;
                var list = TitleList(w);
                if (list.Length > 0) lists.Add(list);
            }

            if (lists.Count == 0) return Array.Empty<SearchResult>();

            for (var i = 0; i < languages.Count; i++)
            {
                var language = languages[i];
                if (language is null || Tried(languages, i)) continue;
                for (var l = 0; l < _languages.Length; l++) scratch.LanguageMask[l] = Matches(language, l);

                // The words before the last: each must be a title word (stop words aside), else no title holds them all.
                var analyzer = new TextAnalyzer(language);
                var required = scratch.Required;
                required.Clear();
                var missing = false;
                for (var t = 0; t < tokens.Count - 1 && !missing; t++)
                {
                    if (analyzer.IsIgnored(tokens[t].Text)) continue;
                    var w = Find(_titleWords, tokens[t].Text);
                    if (w < 0) missing = true;
                    else required.Add(TitleList(w));
                }

                if (missing) continue;
                var results = SuggestLanguage(scratch, lists, required, limit);
                if (results.Count > 0) return results;
            }

            return Array.Empty<SearchResult>();
        }

        /// <summary>The title words that the last word of a prefix may complete to.</summary>
        public const int MaxSuggestWords = 256;

        /// <summary>The titles of the lists, merged in title order (a heap of each list's next title), first <paramref name="limit"/> that pass.</summary>
        private List<SearchResult> SuggestLanguage(Scratch scratch, List<int[]> lists, List<int[]> required, int limit)
        {
            var results = new List<SearchResult>(Math.Min(limit, 16));
            var heap = scratch.Heap(lists.Count);
            var count = 0;
            for (var i = 0; i < lists.Count; i++)
            {
                heap[count++] = (lists[i][0], i, 0);
            }

            for (var j = count / 2 - 1; j >= 0; j--) SiftDown(heap, j, count);
            var previous = -1;
            while (count > 0 && results.Count < limit)
            {
                var (title, list, position) = heap[0];
                if (position + 1 < lists[list].Length) heap[0] = (lists[list][position + 1], list, position + 1);
                else heap[0] = heap[--count];
                SiftDown(heap, 0, count);
                if (title == previous) continue;
                previous = title;
                var doc = _titleDoc[title];
                if (!scratch.LanguageMask[_docLanguage[doc]]) continue;
                var all = true;
                foreach (var other in required)
                {
                    all &= Array.BinarySearch(other, title) >= 0;
                }

                if (all) results.Add(new SearchResult(doc, _docGuide[doc], (SearchPart)_docKind[doc], _docPart[doc], _languages[_docLanguage[doc]], 0, Array.Empty<string>()));
            }

            return results;
        }

        private static void SiftDown((int Title, int List, int Position)[] heap, int i, int count)
        {
            while (true)
            {
                var least = i;
                var left = 2 * i + 1;
                if (left < count && heap[left].Title < heap[least].Title) least = left;
                if (left + 1 < count && heap[left + 1].Title < heap[least].Title) least = left + 1;
                if (least == i) return;
                (heap[i], heap[least]) = (heap[least], heap[i]);
                i = least;
            }
        }

        /// <summary>The titles (numbers, increasing) that hold title word <paramref name="word"/>; decoded once.</summary>
        private int[] TitleList(int word)
        {
            var list = Volatile.Read(ref _titleLists[word]);
            if (list != null) return list;
            try
            {
                var reader = new Reader(_data, _titleWordOffset[word]);
                var count = reader.Int();
                list = new int[count];
                var title = -1;
                for (var i = 0; i < count; i++)
                {
                    title += reader.Int() + 1;
                    if (title >= _titleDoc.Length) throw new FormatException();
                    list[i] = title;
                }
            }
            catch (FormatException)
            {
                list = Array.Empty<int>();
            }

            return Interlocked.CompareExchange(ref _titleLists[word], list, null) ?? list;
        }

        /// <summary>
        /// The documents of one term, in increasing order, with each one's BM25 score for it (its share of a query's
        /// score), the highest of them, and the highest of each block of 64 postings (for <see cref="RankPruned"/>).
        /// </summary>
        private sealed class Postings
        {
            public static readonly Postings None = new Postings(Array.Empty<int>(), Array.Empty<float>());

            public Postings(int[] docs, float[] impacts)
            {
                Docs = docs;
                Impacts = impacts;
                BlockMax = new float[(impacts.Length + (1 << BlockShift) - 1) >> BlockShift];
                for (var p = 0; p < impacts.Length; p++)
                {
                    ref var block = ref BlockMax[p >> BlockShift];
                    if (impacts[p] > block) block = impacts[p];
                    if (impacts[p] > Max) Max = impacts[p];
                }
            }

            public int[] Docs { get; }

            public float[] Impacts { get; }

            public float Max { get; }

            public float[] BlockMax { get; }

            private int[]?[]? _tops;

            /// <summary>
            /// The places of its <see cref="SeedsPerTerm"/> highest scores among the documents of <paramref
            /// name="language"/> (of <paramref name="languages"/>; its documents are <paramref name="start"/> to <paramref
            /// name="end"/>), highest first (on a tie the earlier): the documents it offers <see cref="Seed"/>. Found on
            /// first use (threads that race find the same).
            /// </summary>
            public int[] Top(int language, int languages, int start, int end)
            {
                var tops = Volatile.Read(ref _tops);
                if (tops is null)
                {
                    Interlocked.CompareExchange(ref _tops, new int[]?[languages], null);
                    tops = Volatile.Read(ref _tops)!;
                }

                var top = Volatile.Read(ref tops[language]);
                if (top != null) return top;
                top = Highest(Impacts, LowerBound(Docs, start), LowerBound(Docs, end), SeedsPerTerm);
                Volatile.Write(ref tops[language], top);
                return top;
            }

            private static int[] Highest(float[] scores, int from, int to, int count)
            {
                var top = new int[Math.Min(count, to - from)];
                var n = 0;
                for (var p = from; p < to; p++)
                {
                    if (n == top.Length && scores[p] <= scores[top[n - 1]]) continue;
                    var i = n == top.Length ? n - 1 : n++;
                    for (; i > 0 && scores[top[i - 1]] < scores[p]; i--) top[i] = top[i - 1];
                    top[i] = p;
                }

                return top;
            }
        }

        /// <summary>Where <see cref="RankPruned"/> is in one term's postings, within one run of documents.</summary>
        private struct Cursor
        {
            public readonly int[] Docs;
            public readonly float[] Impacts;
            public readonly float[] BlockMax;
            public readonly float Factor;
            /// <summary>The term's highest share: its highest score times the factor.</summary>
            public readonly float Upper;
            /// <summary>The query word whose term it is.</summary>
            public readonly int Word;
            /// <summary>Its highest share in the current run of documents: <see cref="Upper"/>, or 0 when it has none there.</summary>
            public float RunUpper;
            public int Position;
            public int End;

            public Cursor(Postings postings, float factor, int word)
            {
                Docs = postings.Docs;
                Impacts = postings.Impacts;
                BlockMax = postings.BlockMax;
                Factor = factor;
                Upper = factor * postings.Max;
                Word = word;
                RunUpper = 0;
                Position = 0;
                End = 0;
            }

            /// <summary>A merged list of <paramref name="length"/> documents and their word's shares (<see cref="Merge"/>).</summary>
            public Cursor(int[] docs, float[] shares, float[] blockMax, float max, int word, int length)
            {
                Docs = docs;
                Impacts = shares;
                BlockMax = blockMax;
                Factor = 1f;
                Upper = max;
                Word = word;
                RunUpper = 0;
                Position = 0;
                End = length;
            }

            /// <summary>Whether a posting is left in the run.</summary>
            public bool Live => Position < End;

            /// <summary>The current posting's document (when <see cref="Live"/>).</summary>
            public int Doc => Docs[Position];

            /// <summary>The end of the current block (within the run).</summary>
            public int BlockEnd => Math.Min(((Position >> BlockShift) + 1) << BlockShift, End);

            /// <summary>Moves to the first posting after <paramref name="doc"/>, which is in the current block at most.</summary>
            public void AdvancePast(int doc)
            {
                if (Position >= End || Docs[Position] > doc) return;
                var high = BlockEnd;
                if (Docs[high - 1] <= doc)
                {
                    Position = high;
                    return;
                }

                var low = Position + 1;
                while (low < high)
                {
                    var middle = low + ((high - low) >> 1);
                    if (Docs[middle] <= doc) low = middle + 1;
                    else high = middle;
                }

                Position = low;
            }

            /// <summary>
            /// The highest share of the postings from the current one up to <paramref name="doc"/> (the highest of the
            /// blocks that hold them: an upper bound), 0 when there are none.
            /// </summary>
            public float BlocksMax(int doc)
            {
                if (Position >= End || Docs[Position] > doc) return 0;
                var block = Position >> BlockShift;
                var max = BlockMax[block];
                var blockEnd = Math.Min((block + 1) << BlockShift, End);
                while (blockEnd < End && Docs[blockEnd - 1] < doc)
                {
                    block++;
                    max = Math.Max(max, BlockMax[block]);
                    blockEnd = Math.Min((block + 1) << BlockShift, End);
                }

                return Factor * max;
            }

            /// <summary>Moves to the first posting not below <paramref name="doc"/> (galloping); whether it is <paramref name="doc"/>'s.</summary>
            public bool Seek(int doc)
            {
                if (Position >= End) return false;
                if (Docs[Position] >= doc) return Docs[Position] == doc;
                var low = Position + 1;
                var step = 1;
                var high = low;
                while (high < End && Docs[high] < doc)
                {
                    low = high + 1;
                    high += step;
                    step *= 2;
                }

                if (high > End) high = End;
                while (low < high)
                {
                    var middle = low + ((high - low) >> 1);
                    if (Docs[middle] < doc) low = middle + 1;
                    else high = middle;
                }

                Position = low;
                return low < End && Docs[low] == doc;
            }
        }

        /// <summary>A thread's buffers, kept from one query to the next.</summary>
        private sealed class Scratch
        {
            public float[] Total = Array.Empty<float>();
            public float[] Best = Array.Empty<float>();
            public int[] Matched = Array.Empty<int>();
            public bool[] LanguageMask = Array.Empty<bool>();
            public readonly List<int> Touched = new List<int>();
            public readonly List<int> WordTouched = new List<int>();
            public readonly List<Token> Tokens = new List<Token>();
            /// <summary>The words of a query: as typed (folded), its stem, whether it is being typed, and its token.</summary>
            public readonly List<(string Word, string Stem, bool Prefix, int Token)> Words = new List<(string Word, string Stem, bool Prefix, int Token)>();
            public readonly List<(int Start, int End)> Ranges = new List<(int Start, int End)>();
            /// <summary>The language of each of <see cref="Ranges"/>.</summary>
            public readonly List<int> RangeLanguages = new List<int>();
            public readonly List<(int Term, double Factor)> Candidates = new List<(int Term, double Factor)>();
            public readonly List<(int Term, int Distance, int Documents)> Typos = new List<(int Term, int Distance, int Documents)>();
            public readonly List<(int Index, int Distance)> Within = new List<(int Index, int Distance)>();
            public readonly TypoTable.Scratch TypoScratch = new TypoTable.Scratch();
            public readonly List<int[]> Required = new List<int[]>();
            public readonly List<int[]> Lists = new List<int[]>();
            /// <summary>Where each word's terms start in <see cref="Candidates"/>, and their end after the last word.</summary>
            public readonly List<int> WordStart = new List<int>();
            private float[] _seedShares = Array.Empty<float>();

            /// <summary>A buffer for <see cref="Seed"/>: each seed's words' best shares.</summary>
            public float[] SeedShares(int count) => _seedShares.Length >= count ? _seedShares : _seedShares = new float[Math.Max(count, 256)];

            /// <summary>For <see cref="Seed"/>: the query's terms in decreasing order of their highest share, and those shares.</summary>
            public readonly int[] SeedOrder = new int[MaxSeededTerms];
            public readonly float[] SeedUpper = new float[MaxSeededTerms];
            /// <summary>The documents that <see cref="Seed"/> scored for the query, increasing.</summary>
            public readonly int[] Seeds = new int[MaxSeeds];
            /// <summary>The documents whose score the last query of the thread worked out in full.</summary>
            public int Scored;
            /// <summary>The runs of documents in which the last query of the thread read a required word's documents alone.</summary>
            public int ReadAlone;
            private (float Score, int Doc)[] _ranked = Array.Empty<(float Score, int Doc)>();
            private Cursor[] _cursors = Array.Empty<Cursor>();
            private int[] _cursorOrder = new int[64];
            private double[] _wordMax = new double[MaxQueryWords];
            private float[] _wordScore = new float[MaxQueryWords];
            private float[] _wordRest = new float[MaxQueryWords];

            public Cursor[] Cursors(int count)
            {
                if (_cursors.Length < count) _cursors = new Cursor[Math.Max(count, 64)];
                return _cursors;
            }

            private int[] _matched = new int[64];

            public int[] MatchedBuffer(int count) => _matched.Length >= count ? _matched : _matched = new int[Math.Max(count, 2 * _matched.Length)];

            public int[] CursorOrder(int count) => _cursorOrder.Length >= count ? _cursorOrder : _cursorOrder = new int[Math.Max(count, 2 * _cursorOrder.Length)];

            public double[] WordMax(int count) => _wordMax.Length >= count ? _wordMax : _wordMax = new double[count];

            public float[] WordScore(int count) => _wordScore.Length >= count ? _wordScore : _wordScore = new float[count];

            public float[] WordRest(int count) => _wordRest.Length >= count ? _wordRest : _wordRest = new float[count];
            private (int Title, int List, int Position)[] _heap = Array.Empty<(int Title, int List, int Position)>();

            /// <summary>A buffer of at least <paramref name="count"/> ranked entries, kept for the thread's next search.</summary>
            public (float Score, int Doc)[] Ranked(int count)
            {
                if (_ranked.Length < count) _ranked = new (float Score, int Doc)[count];
                return _ranked;
            }

            public (int Title, int List, int Position)[] Heap(int count)
            {
                if (_heap.Length < count) _heap = new (int Title, int List, int Position)[Math.Max(count, 16)];
                return _heap;
            }

            public void Ensure(int documents, int languages)
            {
                if (LanguageMask.Length < languages) LanguageMask = new bool[languages];
                if (Total.Length >= documents) return;
                Total = new float[documents];
                Best = new float[documents];
                Matched = new int[documents];
                Bits = new ulong[(documents + 63) >> 6];
            }

            /// <summary>A bit a document, all 0 between uses.</summary>
            public ulong[] Bits = Array.Empty<ulong>();

            private readonly int[][] _mergedDocs = new int[MaxQueryWords][];
            private readonly float[][] _mergedShares = new float[MaxQueryWords][];
            private readonly float[][] _mergedBlocks = new float[MaxQueryWords][];

            /// <summary>Word <paramref name="word"/>'s buffers for a merged list of <paramref name="length"/> documents, kept for the thread's next search.</summary>
            public (int[] Docs, float[] Shares, float[] Blocks) Merged(int word, int length)
            {
                if (_mergedDocs[word] is null || _mergedDocs[word].Length < length)
                {
                    var size = Math.Max(length, 1024);
                    _mergedDocs[word] = new int[size];
                    _mergedShares[word] = new float[size];
                    _mergedBlocks[word] = new float[(size >> BlockShift) + 1];
                }

                return (_mergedDocs[word], _mergedShares[word], _mergedBlocks[word]);
            }
        }

        private struct Reader
        {
            private readonly byte[] _data;
            private int _position;

            public Reader(byte[] data, int position)
            {
                _data = data;
                _position = position;
            }

            public int Position => _position;

            /// <summary>Steps over a word's spelling (<see cref="SearchFormat"/>). Throws when it runs past the end.</summary>
            public void SkipSpelling()
            {
                var header = Int();
                if (header == 0) return;
                if ((header & 1) == 1)
                {
                    Utf8(header >> 1);
                    return;
                }

                SkipVarints(header - 2);
            }

            /// <summary>Steps over <paramref name="count"/> bytes. Throws when they run past the end.</summary>
            public void Skip(int count)
            {
                if (count < 0 || count > _data.Length - _position) throw new FormatException();
                _position += count;
            }

            /// <summary>Steps over <paramref name="count"/> varints. Throws when they run past the end.</summary>
            public void SkipVarints(int count)
            {
                var data = _data;
                var position = _position;
                for (var i = 0; i < count; i++)
                {
                    while (data[position++] >= 0x80)
                    {
                    }
                }

                if (position > data.Length) throw new FormatException();
                _position = position;
            }

            /// <summary>An item of a prefix-coded list (<see cref="SearchFormat"/>), after the one in <paramref name="previous"/>.</summary>
            public string PrefixCoded(ref byte[] previous, ref int previousLength)
            {
                var lengths = Byte();
                var shared = lengths >> 4;
                var suffix = lengths & 15;
                if (shared == 15) shared += Int();
                if (suffix == 15) suffix += Int();
                if (shared > previousLength) throw new FormatException();
                var length = shared + suffix;
                if (length > previous.Length) Array.Resize(ref previous, Math.Max(length, previous.Length * 2));
                Copy(previous, shared, suffix);
                previousLength = length;
                return Encoding.UTF8.GetString(previous, 0, length);
            }

            public int Byte()
            {
                if (_position >= _data.Length) throw new FormatException();
                return _data[_position++];
            }

            public int Int()
            {
                uint value = 0;
                for (var shift = 0; shift < 35; shift += 7)
                {
                    var b = (uint)Byte();
                    value |= (b & 0x7F) << shift;
                    if (b < 0x80)
                    {
                        if (value > int.MaxValue) throw new FormatException();
                        return (int)value;
                    }
                }

                throw new FormatException();
            }

            /// <summary>A count of items of at least <paramref name="minBytes"/> bytes each: no more than the bytes left.</summary>
            public int Count(int minBytes)
            {
                var count = Int();
                if ((long)count * minBytes > _data.Length - _position) throw new FormatException();
                return count;
            }

            public string Utf8(int length)
            {
                if (length > _data.Length - _position) throw new FormatException();
                var text = Encoding.UTF8.GetString(_data, _position, length);
                _position += length;
                return text;
            }

            public void Copy(byte[] destination, int offset, int length)
            {
                if (length > _data.Length - _position) throw new FormatException();
                Buffer.BlockCopy(_data, _position, destination, offset, length);
                _position += length;
            }
        }
    }
}
