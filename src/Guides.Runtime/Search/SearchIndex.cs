using System;
using System.Collections.Generic;
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
    /// query words folded and stemmed like the index; the last word also as a prefix; one typo (Damerau-Levenshtein 1)
    /// for words of 5 letters or more that match nothing exactly; the languages in the caller's order, the next one only
    /// when the one before matched nothing. Loading reads the documents and the terms, and only steps over each term's
    /// postings; a term's postings are decoded the first time a query needs them, then kept (two threads may both decode
    /// the same term: one of the copies is kept, the other dropped). The index's bytes must not change once loaded.
    /// </summary>
    internal sealed class SearchIndex
    {
        private const double K1 = 1.2;
        private const double B = 0.75;
        private const double PrefixFactor = 0.8;
        private const double TypoFactor = 0.5;

        private readonly string[] _languages;
        private readonly int[] _docGuide;
        private readonly byte[] _docKind;
        private readonly int[] _docLanguage;
        private readonly int[] _docPart;
        private readonly double[] _docNorm;
        private readonly string[] _terms;
        private readonly byte[] _data;
        private readonly int[] _postingOffset; // per term: where its postings start in _data
        private readonly Postings?[] _postings; // per term: its postings, once a query has needed them
        private int _decodedTerms;

        [ThreadStatic]
        private static Scratch? t_scratch;

        public static readonly SearchIndex Empty = new SearchIndex(
            Array.Empty<string>(), Array.Empty<int>(), Array.Empty<byte>(), Array.Empty<int>(), Array.Empty<int>(), Array.Empty<float>(),
            Array.Empty<string>(), Array.Empty<byte>(), Array.Empty<int>());

        private SearchIndex(
            string[] languages, int[] docGuide, byte[] docKind, int[] docLanguage, int[] docPart, float[] docLength,
            string[] terms, byte[] data, int[] postingOffset)
        {
            _languages = languages;
            _docGuide = docGuide;
            _docKind = docKind;
            _docLanguage = docLanguage;
            _docPart = docPart;
            _terms = terms;
            _data = data;
            _postingOffset = postingOffset;
            _postings = new Postings?[terms.Length];

            double total = 0;
            foreach (var length in docLength) total += length;
            var average = docLength.Length == 0 || total <= 0 ? 1 : total / docLength.Length;
            _docNorm = new double[docLength.Length];
            for (var d = 0; d < docLength.Length; d++)
            {
                _docNorm[d] = K1 * (1 - B + B * docLength[d] / average);
            }
        }

        /// <summary>The number of documents.</summary>
        public int DocumentCount => _docGuide.Length;

        /// <summary>The number of distinct terms.</summary>
        public int TermCount => _terms.Length;

        /// <summary>How many terms have had their postings decoded (by the queries so far).</summary>
        internal int DecodedTermCount => Volatile.Read(ref _decodedTerms);

        /// <summary>
        /// Reads an index, all but its postings (decoded when a query first needs them). Never throws: a null, empty,
        /// malformed or newer index reads as <see cref="Empty"/>; postings that run past the end too, while postings that
        /// fit but do not decode (a document out of range) find nothing.
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
                docPart[d] = reader.Int();
                docLength[d] = reader.Int() / SearchFormat.Scale;
            }

            var termCount = reader.Count(3);
            var terms = new string[termCount];
            var postingOffset = new int[termCount];
            var previous = new byte[64];
            var previousLength = 0;
            for (var t = 0; t < termCount; t++)
            {
                var lengths = reader.Byte();
                var shared = lengths >> 4;
                var suffix = lengths & 15;
                if (shared == 15) shared += reader.Int();
                if (suffix == 15) suffix += reader.Int();
                if (shared > previousLength) throw new FormatException();
                var length = shared + suffix;
                if (length > previous.Length) Array.Resize(ref previous, Math.Max(length, previous.Length * 2));
                reader.Copy(previous, shared, suffix);
                previousLength = length;
                terms[t] = Encoding.UTF8.GetString(previous, 0, length);
                if (t > 0 && string.CompareOrdinal(terms[t - 1], terms[t]) >= 0) throw new FormatException();

                postingOffset[t] = reader.Position;
                reader.SkipPostings();
            }

            return new SearchIndex(languages, docGuide, docKind, docLanguage, docPart, docLength, terms, data, postingOffset);
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
            var first = reader.Int();
            var count = first >> 4;
            if (count < 1 || count > _data.Length) throw new FormatException();
            var docs = new int[count];
            var frequencies = new float[count];
            var docCount = _docGuide.Length;
            var doc = -1;
            for (var p = 0; p < count; p++)
            {
                var value = p == 0 ? first : reader.Int();
                var frequency = value & 15;
                if (frequency == 15) frequency += reader.Int();
                doc = p == 0 ? reader.Int() : doc + (value >> 4) + 1;
                if (doc >= docCount || doc < 0 || frequency == 0) throw new FormatException();
                docs[p] = doc;
                frequencies[p] = frequency / SearchFormat.Scale;
            }

            return new Postings(docs, frequencies);
        }

        /// <summary>Searches the documents of one language.</summary>
        public IReadOnlyList<SearchResult> Search(string? query, string language, int limit) =>
            Search(query, new[] { language }, limit);

        /// <summary>
        /// Searches the documents of the first of <paramref name="languages"/> that has any match; returns at most
        /// <paramref name="limit"/> results, best first (ties: in index order).
        /// </summary>
        public IReadOnlyList<SearchResult> Search(string? query, IReadOnlyList<string>? languages, int limit)
        {
            if (string.IsNullOrEmpty(query) || languages is null || limit <= 0 || _docGuide.Length == 0)
            {
                return Array.Empty<SearchResult>();
            }

            var tokens = new List<Token>();
            Tokenizer.Tokenize(query!, tokens);
            if (tokens.Count == 0)
            {
                return Array.Empty<SearchResult>();
            }

            // The last word is a prefix only while it is being typed: when the query does not end with a separator.
            var lastIsPrefix = TextFolding.IsWordChar(query![query.Length - 1]);
            var tried = new List<string>();
            foreach (var language in languages)
            {
                if (language is null) continue;
                var key = language.ToLowerInvariant();
                if (tried.Contains(key)) continue;
                tried.Add(key);
                var results = SearchLanguage(tokens, lastIsPrefix, key, limit);
                if (results.Count > 0)
                {
                    return results;
                }
            }

            return Array.Empty<SearchResult>();
        }

        private bool[]? LanguageMask(string language)
        {
            bool[]? mask = null;
            var primary = Stemmer.PrimaryLanguage(language);
            for (var i = 0; i < _languages.Length; i++)
            {
                var candidate = _languages[i];
                var match = candidate == language ||
                    (primary.Length > 0 && Stemmer.PrimaryLanguage(candidate) == primary &&
                     (candidate.Length == primary.Length || language.Length == primary.Length));
                if (match)
                {
                    mask ??= new bool[_languages.Length];
                    mask[i] = true;
                }
            }

            return mask;
        }

        private List<SearchResult> SearchLanguage(List<Token> tokens, bool lastIsPrefix, string language, int limit)
        {
            var results = new List<SearchResult>();
            var mask = LanguageMask(language);
            if (mask is null)
            {
                return results;
            }

            var analyzer = new TextAnalyzer(language);
            var words = new List<(string Word, string Stem, bool Prefix)>(tokens.Count);
            for (var i = 0; i < tokens.Count; i++)
            {
                var word = tokens[i].Text;
                var isLast = i == tokens.Count - 1;
                if (analyzer.IsIgnored(word))
                {
                    // A stop word still counts as a prefix when it is all the query has.
                    if (isLast && lastIsPrefix && words.Count == 0 && word.Length >= 2) words.Add((word, word, true));
                    continue;
                }

                words.Add((word, analyzer.Stemmer.Stem(word), isLast && lastIsPrefix));
            }

            if (words.Count == 0)
            {
                return results;
            }

            var scratch = t_scratch ??= new Scratch();
            scratch.Ensure(_docGuide.Length);
            var total = scratch.Total;
            var best = scratch.Best;
            var matched = scratch.Matched;
            var touched = scratch.Touched;
            var wordTouched = scratch.WordTouched;
            touched.Clear();
            var candidates = new List<(int Term, double Factor)>[words.Count];

            try
            {
                for (var w = 0; w < words.Count; w++)
                {
                    var (word, stem, prefix) = words[w];
                    var found = new List<(int Term, double Factor)>();
                    candidates[w] = found;
                    var exact = Find(stem);
                    if (exact >= 0) found.Add((exact, 1.0));
                    if (prefix)
                    {
                        AddPrefix(found, stem, word.Length);
                        if (!string.Equals(stem, word, StringComparison.Ordinal)) AddPrefix(found, word, word.Length);
                    }

                    if (found.Count == 0 && word.Length >= 5)
                    {
                        for (var t = 0; t < _terms.Length; t++)
                        {
                            if (WithinOneEdit(stem, _terms[t]) || WithinOneEdit(word, _terms[t])) found.Add((t, TypoFactor));
                        }
                    }

                    wordTouched.Clear();
                    foreach (var (term, factor) in found)
                    {
                        var postings = PostingsOf(term);
                        var docs = postings.Docs;
                        var frequencies = postings.Frequencies;
                        var n = docs.Length;
                        var idf = Math.Log(1 + (_docGuide.Length - n + 0.5) / (n + 0.5));
                        for (var p = 0; p < n; p++)
                        {
                            var doc = docs[p];
                            if (!mask[_docLanguage[doc]]) continue;
                            var frequency = frequencies[p];
                            var score = factor * idf * frequency * (K1 + 1) / (frequency + _docNorm[doc]);
                            if (best[doc] == 0) wordTouched.Add(doc);
                            if (score > best[doc]) best[doc] = score;
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

                if (touched.Count == 0)
                {
                    return results;
                }

                // Documents that match more of the query's words first: BM25 times the share of words matched. Only the
                // best `limit` are kept (a heap whose root is the worst of them), then sorted: a common word touches
                // most documents, which are not all sorted nor copied.
                var count = Math.Min(limit, touched.Count);
                var ranked = scratch.Ranked(count);
                for (var i = 0; i < touched.Count; i++)
                {
                    var doc = touched[i];
                    var entry = (Score: total[doc] * matched[doc] / words.Count, Doc: doc);
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

                Array.Sort(ranked, 0, count, RankComparer.Instance);
                for (var i = 0; i < count; i++)
                {
                    var doc = ranked[i].Doc;
                    results.Add(new SearchResult(
                        doc, _docGuide[doc], (SearchPart)_docKind[doc], _docPart[doc], _languages[_docLanguage[doc]],
                        ranked[i].Score, MatchedTerms(doc, candidates)));
                }

                return results;
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

        /// <summary>Rank order: higher score first, then lower document number.</summary>
        private static int Compare((double Score, int Doc) x, (double Score, int Doc) y) =>
            x.Score != y.Score ? y.Score.CompareTo(x.Score) : x.Doc.CompareTo(y.Doc);

        /// <summary>Restores the heap below <paramref name="i"/>: every entry ranks before its children (the root is the worst).</summary>
        private static void SiftDown((double Score, int Doc)[] heap, int i, int count)
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

        private sealed class RankComparer : IComparer<(double Score, int Doc)>
        {
            public static readonly RankComparer Instance = new RankComparer();

            public int Compare((double Score, int Doc) x, (double Score, int Doc) y) => SearchIndex.Compare(x, y);
        }

        private string[] MatchedTerms(int doc, List<(int Term, double Factor)>[] candidates)
        {
            var terms = new List<string>();
            foreach (var found in candidates)
            {
                foreach (var (term, _) in found)
                {
                    if (Array.BinarySearch(PostingsOf(term).Docs, doc) >= 0 &&
                        !terms.Contains(_terms[term]))
                    {
                        terms.Add(_terms[term]);
                    }
                }
            }

            return terms.ToArray();
        }

        private int Find(string term)
        {
            int low = 0, high = _terms.Length - 1;
            while (low <= high)
            {
                var middle = low + ((high - low) >> 1);
                var c = string.CompareOrdinal(_terms[middle], term);
                if (c == 0) return middle;
                if (c < 0) low = middle + 1;
                else high = middle - 1;
            }

            return -1;
        }

        private void AddPrefix(List<(int Term, double Factor)> found, string prefix, int typed)
        {
            if (prefix.Length < 2)
            {
                return;
            }

            // The first term not below the prefix, then every term that starts with it.
            int low = 0, high = _terms.Length;
            while (low < high)
            {
                var middle = low + ((high - low) >> 1);
                if (string.CompareOrdinal(_terms[middle], prefix) < 0) low = middle + 1;
                else high = middle;
            }

            for (var t = low; t < _terms.Length && _terms[t].StartsWith(prefix, StringComparison.Ordinal); t++)
            {
                if (found.Exists(f => f.Term == t)) continue;
                // A completion scores a little less than the word itself, less the longer it goes beyond what was typed.
                var factor = PrefixFactor * Math.Min(1.0, (double)typed / _terms[t].Length);
                found.Add((t, Math.Max(factor, PrefixFactor / 2)));
            }
        }

        /// <summary>Whether two words are within one insertion, deletion, substitution or transposition.</summary>
        internal static bool WithinOneEdit(string a, string b)
        {
            var difference = a.Length - b.Length;
            if (difference > 1 || difference < -1) return false;
            if (a.Length > b.Length) (a, b) = (b, a);
            var i = 0;
            while (i < a.Length && a[i] == b[i]) i++;
            if (i == a.Length) return true; // equal, or b has one more char at its end
            if (a.Length == b.Length)
            {
                // A substitution, or a transposition of i and i + 1.
                if (string.CompareOrdinal(a, i + 1, b, i + 1, a.Length - i - 1) == 0) return true;
                return i + 1 < a.Length && a[i] == b[i + 1] && a[i + 1] == b[i] &&
                       string.CompareOrdinal(a, i + 2, b, i + 2, a.Length - i - 2) == 0;
            }

            // b has one more char, at i.
            return string.CompareOrdinal(a, i, b, i + 1, a.Length - i) == 0;
        }

        /// <summary>The documents of one term, in increasing order, with its weighted frequency in each.</summary>
        private sealed class Postings
        {
            public static readonly Postings None = new Postings(Array.Empty<int>(), Array.Empty<float>());

            public Postings(int[] docs, float[] frequencies)
            {
                Docs = docs;
                Frequencies = frequencies;
            }

            public int[] Docs { get; }

            public float[] Frequencies { get; }
        }

        private sealed class Scratch
        {
            public double[] Total = Array.Empty<double>();
            public double[] Best = Array.Empty<double>();
            public int[] Matched = Array.Empty<int>();
            public readonly List<int> Touched = new List<int>();
            public readonly List<int> WordTouched = new List<int>();
            private (double Score, int Doc)[] _ranked = Array.Empty<(double Score, int Doc)>();

            /// <summary>A buffer of at least <paramref name="count"/> ranked entries, kept for the thread's next search.</summary>
            public (double Score, int Doc)[] Ranked(int count)
            {
                if (_ranked.Length < count) _ranked = new (double Score, int Doc)[count];
                return _ranked;
            }

            public void Ensure(int count)
            {
                if (Total.Length >= count) return;
                Total = new double[count];
                Best = new double[count];
                Matched = new int[count];
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

            /// <summary>
            /// Steps over one term's postings (<see cref="SearchFormat"/>): the count, then each posting's varints, found
            /// by their bytes' high bit, without their values. Throws when they run past the end.
            /// </summary>
            public void SkipPostings()
            {
                var first = Int();
                var count = first >> 4;
                if (count < 1 || count > _data.Length) throw new FormatException();
                var data = _data;
                var position = _position;
                // The first posting: [f - 15], the document; the next ones: (gap - 1) * 16 + f, [f - 15].
                var varints = (first & 15) == 15 ? 2 : 1;
                var p = 1;
                while (true)
                {
                    for (; varints > 0; varints--)
                    {
                        while (data[position++] >= 0x80)
                        {
                        }
                    }

                    if (p++ == count) break;
                    var b = data[position++];
                    varints = (b & 15) == 15 ? 1 : 0;
                    while (b >= 0x80) b = data[position++];
                }

                _position = position;
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
