using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace Guides.Search
{
    /// <summary>One searchable part of one guide, as <see cref="SearchIndexWriter"/> indexes it.</summary>
    internal sealed class SearchDocument
    {
        /// <param name="guide">The guide's number, as the runtime's <c>guideAt</c> will read it back.</param>
        /// <param name="language">The language tag of the text (chooses the stemmer and stop words).</param>
        /// <param name="kind">Which part of the guide.</param>
        /// <param name="part">The step number, or the FAQ, section or tip index; 0 for the guide itself.</param>
        /// <param name="fields">The texts of the part with their weights (title 4, step title 3, description 2, body 1).</param>
        public SearchDocument(int guide, string language, SearchPart kind, int part, params (string Text, float Weight)[] fields)
        {
            if (guide < 0) throw new ArgumentOutOfRangeException(nameof(guide));
            if (part < 0) throw new ArgumentOutOfRangeException(nameof(part));
            Guide = guide;
            Language = language ?? throw new ArgumentNullException(nameof(language));
            Kind = kind;
            Part = part;
            Fields = fields ?? throw new ArgumentNullException(nameof(fields));
        }

        public int Guide { get; }

        public string Language { get; }

        public SearchPart Kind { get; }

        public int Part { get; }

        public (string Text, float Weight)[] Fields { get; }
    }

    /// <summary>
    /// Writes the search index of a content library (format: <see cref="SearchFormat"/>). The documents are sorted by
    /// (language, guide, kind, part), terms, words and title words in ordinal order: the same documents give the same
    /// bytes in any order.
    /// </summary>
    internal static class SearchIndexWriter
    {
        /// <param name="documents">The documents to index.</param>
        /// <param name="typoPrefixLength">
        /// The typo table's prefix length (<see cref="TypoKeys"/>); null for <see cref="TypoKeys.PrefixLengthFor"/> the
        /// dictionary's size (tests choose one to cover each).
        /// </param>
        public static byte[] Write(IEnumerable<SearchDocument> documents, int? typoPrefixLength = null)
        {
            if (documents is null) throw new ArgumentNullException(nameof(documents));

            var docs = new List<SearchDocument>(documents);
            var languages = new List<string>();
            foreach (var doc in docs)
            {
                var tag = doc.Language.ToLowerInvariant();
                if (!languages.Contains(tag)) languages.Add(tag);
            }

            languages.Sort(string.CompareOrdinal);
            var languageIndex = new Dictionary<string, int>(StringComparer.Ordinal);
            var analyzers = new TextAnalyzer[languages.Count];
            for (var i = 0; i < languages.Count; i++)
            {
                languageIndex.Add(languages[i], i);
                analyzers[i] = new TextAnalyzer(languages[i]);
            }

            var order = new int[docs.Count];
            var docLanguage = new int[docs.Count];
            for (var i = 0; i < order.Length; i++)
            {
                order[i] = i;
                docLanguage[i] = languageIndex[docs[i].Language.ToLowerInvariant()];
            }

            Array.Sort(order, (a, b) =>
            {
                var x = docs[a];
                var y = docs[b];
                var c = docLanguage[a].CompareTo(docLanguage[b]);
                if (c == 0) c = x.Guide.CompareTo(y.Guide);
                if (c == 0) c = ((int)x.Kind).CompareTo((int)y.Kind);
                if (c == 0) c = x.Part.CompareTo(y.Part);
                return c != 0 ? c : a.CompareTo(b);
            });

            // term → (document → weighted frequency); documents are added in increasing order.
            var postings = new Dictionary<string, List<KeyValuePair<int, float>>>(StringComparer.Ordinal);
            // (folded word, language) → its term and how often each spelling (lower case) was seen.
            var words = new Dictionary<(string Word, int Language), WordEntry>();
            // folded title word → the titles (by document) that hold it.
            var titleWords = new Dictionary<string, SortedSet<int>>(StringComparer.Ordinal);
            var titles = new List<(int Doc, int Kind, int Words)>();
            var lengths = new float[docs.Count];
            var tokens = new List<Token>();

            for (var d = 0; d < order.Length; d++)
            {
                var doc = docs[order[d]];
                var language = docLanguage[order[d]];
                var analyzer = analyzers[language];
                for (var f = 0; f < doc.Fields.Length; f++)
                {
                    var (text, weight) = doc.Fields[f];
                    if (string.IsNullOrEmpty(text) || !(weight > 0)) continue;
                    tokens.Clear();
                    Tokenizer.Tokenize(text, tokens);
                    if (f == 0 && (doc.Kind == SearchPart.Guide || doc.Kind == SearchPart.Step) && tokens.Count > 0)
                    {
                        // The title of a guide or a step: what completions offer.
                        titles.Add((d, (int)doc.Kind, tokens.Count));
                        foreach (var token in tokens)
                        {
                            if (analyzer.IsIgnored(token.Text)) continue;
                            if (!titleWords.TryGetValue(token.Text, out var set)) titleWords.Add(token.Text, set = new SortedSet<int>());
                            set.Add(d);
                        }
                    }

                    foreach (var token in tokens)
                    {
                        var term = analyzer.Term(token.Text);
                        if (term is null) continue;
                        lengths[d] += weight;
                        if (!postings.TryGetValue(term, out var list))
                        {
                            list = new List<KeyValuePair<int, float>>();
                            postings.Add(term, list);
                        }

                        if (list.Count > 0 && list[list.Count - 1].Key == d)
                        {
                            list[list.Count - 1] = new KeyValuePair<int, float>(d, list[list.Count - 1].Value + weight);
                        }
                        else
                        {
                            list.Add(new KeyValuePair<int, float>(d, weight));
                        }

                        if (token.Text.Length >= SearchFormat.ShortestWord && !IsNumber(token.Text))
                        {
                            if (!words.TryGetValue((token.Text, language), out var entry))
                            {
                                words.Add((token.Text, language), entry = new WordEntry(term));
                            }

                            entry.Saw(text.Substring(token.Start, token.Length).ToLowerInvariant());
                        }
                    }
                }
            }

            var output = new MemoryStream();
            output.Write(SearchFormat.Magic, 0, SearchFormat.Magic.Length);

            WriteVarint(output, (uint)languages.Count);
            foreach (var language in languages)
            {
                var bytes = Encoding.UTF8.GetBytes(language);
                WriteVarint(output, (uint)bytes.Length);
                output.Write(bytes, 0, bytes.Length);
            }

            WriteVarint(output, (uint)docs.Count);
            for (var d = 0; d < order.Length; d++)
            {
                var doc = docs[order[d]];
                WriteVarint(output, (uint)doc.Guide);
                WriteVarint(output, (uint)(docLanguage[order[d]] * 8 + (int)doc.Kind));
                WriteVarint(output, (uint)doc.Part);
                WriteVarint(output, Quantize(lengths[d]));
            }

            var terms = new List<string>(postings.Keys);
            terms.Sort(string.CompareOrdinal);
            var termNumber = new Dictionary<string, int>(StringComparer.Ordinal);
            WriteVarint(output, (uint)terms.Count);
            var previous = Array.Empty<byte>();
            var termPostings = new MemoryStream();
            foreach (var term in terms)
            {
                termNumber.Add(term, termNumber.Count);
                previous = WritePrefixCoded(output, term, previous);
                var list = postings[term];
                var last = -1;
                termPostings.SetLength(0);
                foreach (var posting in list)
                {
                    var frequency = Math.Max(1u, Quantize(posting.Value));
                    // The first posting: count * 16 + frequency, then the document; the next ones: gap - 1, * 16 + frequency.
                    WriteVarint(termPostings, (last < 0 ? (uint)list.Count : (uint)(posting.Key - last - 1)) * 16 + Math.Min(frequency, 15u));
                    if (frequency >= 15) WriteVarint(termPostings, frequency - 15);
                    if (last < 0) WriteVarint(termPostings, (uint)posting.Key);
                    last = posting.Key;
                }

                // Their byte count first: the reader steps over a term's postings without reading them.
                WriteVarint(output, (uint)termPostings.Length);
                termPostings.WriteTo(output);
            }

            var wordKeys = new List<(string Word, int Language)>(words.Keys);
            // A word that is its own term, spelt as folded, is found in the terms: left out, and only marked as written
            // (below), so that a correction may show it ("password") and never a stem that no page writes ("configur").
            var writtenTerms = new List<int>[languages.Count];
            for (var l = 0; l < writtenTerms.Length; l++) writtenTerms[l] = new List<int>();
            wordKeys.RemoveAll(key =>
            {
                if (key.Word != words[key].Term || words[key].Spelling() != key.Word) return false;
                writtenTerms[key.Language].Add(termNumber[key.Word]);
                return true;
            });
            wordKeys.Sort((x, y) =>
            {
                var c = string.CompareOrdinal(x.Word, y.Word);
                return c != 0 ? c : x.Language.CompareTo(y.Language);
            });
            WriteVarint(output, (uint)wordKeys.Count);
            previous = Array.Empty<byte>();
            foreach (var key in wordKeys)
            {
                var entry = words[key];
                previous = WritePrefixCoded(output, key.Word, previous);
                WriteVarint(output, (uint)key.Language);
                // The term: most stems are the word's first chars.
                if (entry.Term.Length > 0 && key.Word.StartsWith(entry.Term, StringComparison.Ordinal))
                {
                    WriteVarint(output, (uint)entry.Term.Length);
                }
                else
                {
                    WriteVarint(output, 0);
                    WriteVarint(output, (uint)termNumber[entry.Term]);
                }

                WriteSpelling(output, key.Word, entry.Spelling());
            }

            // Per language, the terms that its pages write as they are: their numbers, increasing (the first, then gap - 1).
            foreach (var written in writtenTerms)
            {
                written.Sort();
                WriteVarint(output, (uint)written.Count);
                for (var i = 0; i < written.Count; i++)
                {
                    WriteVarint(output, (uint)(i == 0 ? written[i] : written[i] - written[i - 1] - 1));
                }
            }

            // Titles in suggestion order: guides' before steps', shorter before longer, then by document.
            titles.Sort((x, y) =>
            {
                var c = x.Kind.CompareTo(y.Kind);
                if (c == 0) c = x.Words.CompareTo(y.Words);
                return c != 0 ? c : x.Doc.CompareTo(y.Doc);
            });
            var titleNumber = new Dictionary<int, int>();
            WriteVarint(output, (uint)titles.Count);
            foreach (var title in titles)
            {
                titleNumber.Add(title.Doc, titleNumber.Count);
                WriteVarint(output, (uint)title.Doc);
            }

            var titleKeys = new List<string>(titleWords.Keys);
            titleKeys.Sort(string.CompareOrdinal);
            WriteVarint(output, (uint)titleKeys.Count);
            previous = Array.Empty<byte>();
            var numbers = new List<int>();
            foreach (var word in titleKeys)
            {
                previous = WritePrefixCoded(output, word, previous);
                numbers.Clear();
                foreach (var doc in titleWords[word]) numbers.Add(titleNumber[doc]);
                numbers.Sort();
                WriteVarint(output, (uint)numbers.Count);
                for (var i = 0; i < numbers.Count; i++)
                {
                    WriteVarint(output, (uint)(i == 0 ? numbers[0] : numbers[i] - numbers[i - 1] - 1));
                }
            }

            WriteTypoTable(output, terms, wordKeys.ConvertAll(key => key.Word), typoPrefixLength ?? TypoKeys.PrefixLengthFor(terms.Count + wordKeys.Count));
            return output.ToArray();
        }

        /// <summary>
        /// The typo table (<see cref="TypoKeys"/>): the prefix length, the groups of the terms and words (counts of each,
        /// in ordinal order), then the groups filed by the hashes of their keys: 2^bits buckets (the hash's low bits; the
        /// fewest that are at least half the distinct hashes), each bucket's entry count, then the entries bucket by
        /// bucket, each a group number in <c>width</c> bytes (little endian), increasing in a bucket.
        /// </summary>
        private static void WriteTypoTable(Stream output, List<string> terms, List<string> words, int prefixLength)
        {
            var groups = new List<(int Terms, int Words)>();
            var entries = new List<(uint Hash, int Group)>();
            var hashes = new List<uint>();
            int t = 0, w = 0;
            while (t < terms.Count || w < words.Count)
            {
                var first = w >= words.Count || (t < terms.Count && string.CompareOrdinal(terms[t], words[w]) <= 0) ? terms[t] : words[w];
                var group = groups.Count;
                var longest = 0;
                int termCount = 0, wordCount = 0;
                for (; t < terms.Count && TypoKeys.SameGroup(first, terms[t], prefixLength); t++, termCount++) longest = Math.Max(longest, terms[t].Length);
                for (; w < words.Count && TypoKeys.SameGroup(first, words[w], prefixLength); w++, wordCount++) longest = Math.Max(longest, words[w].Length);
                groups.Add((termCount, wordCount));
                // A word of 5 chars (the shortest looked up) may be one edit from 4.
                if (longest < SearchFormat.ShortestWord) continue;
                hashes.Clear();
                TypoKeys.Add(first, prefixLength, longest >= TypoKeys.ShortestForTwoEdits ? 2 : 1, hashes);
                foreach (var hash in hashes) entries.Add((hash, group));
            }

            entries.Sort((x, y) => x.Hash != y.Hash ? x.Hash.CompareTo(y.Hash) : x.Group.CompareTo(y.Group));
            var distinct = 0;
            for (var i = 0; i < entries.Count; i++)
            {
                if (i == 0 || entries[i].Hash != entries[i - 1].Hash) distinct++;
            }

            var bits = 0;
            while ((1L << bits) * 2 < distinct) bits++;
            var mask = (1u << bits) - 1;
            var filed = new List<(int Bucket, int Group)>(entries.Count);
            foreach (var (hash, group) in entries) filed.Add(((int)(hash & mask), group));
            filed.Sort((x, y) => x.Bucket != y.Bucket ? x.Bucket.CompareTo(y.Bucket) : x.Group.CompareTo(y.Group));
            // A group filed twice in one bucket (two keys, one bucket) is one entry.
            var kept = 0;
            for (var i = 0; i < filed.Count; i++)
            {
                if (kept == 0 || filed[kept - 1] != filed[i]) filed[kept++] = filed[i];
            }

            filed.RemoveRange(kept, filed.Count - kept);
            var counts = new int[1 << bits];
            foreach (var (bucket, _) in filed) counts[bucket]++;

            var width = groups.Count <= 1 << 16 ? 2 : groups.Count <= 1 << 24 ? 3 : 4;
            WriteVarint(output, (uint)prefixLength);
            WriteVarint(output, (uint)groups.Count);
            foreach (var (termCount, wordCount) in groups)
            {
                WriteVarint(output, (uint)termCount);
                WriteVarint(output, (uint)wordCount);
            }

            WriteVarint(output, (uint)bits);
            WriteVarint(output, (uint)width);
            foreach (var count in counts) WriteVarint(output, (uint)count);
            foreach (var (_, group) in filed)
            {
                for (var b = 0; b < width; b++) output.WriteByte((byte)(group >> (8 * b)));
            }
        }

        /// <summary>
        /// A word's spelling beside its folded form: 0 when they are the same; (k * 2 + 2) then k changes (the gap from
        /// the change before, the char) when they are as long; else (n * 2 + 1) and the n UTF-8 bytes of the spelling.
        /// </summary>
        private static void WriteSpelling(Stream output, string word, string spelling)
        {
            if (spelling == word)
            {
                WriteVarint(output, 0);
                return;
            }

            if (spelling.Length == word.Length)
            {
                var changes = 0;
                for (var i = 0; i < word.Length; i++) changes += word[i] != spelling[i] ? 1 : 0;
                WriteVarint(output, (uint)(changes * 2 + 2));
                var last = -1;
                for (var i = 0; i < word.Length; i++)
                {
                    if (word[i] == spelling[i]) continue;
                    WriteVarint(output, (uint)(i - last - 1));
                    WriteVarint(output, spelling[i]);
                    last = i;
                }

                return;
            }

            var bytes = Encoding.UTF8.GetBytes(spelling);
            WriteVarint(output, (uint)(bytes.Length * 2 + 1));
            output.Write(bytes, 0, bytes.Length);
        }

        private static bool IsNumber(string word)
        {
            foreach (var c in word)
            {
                if (c < '0' || c > '9') return false;
            }

            return true;
        }

        /// <summary>Writes <paramref name="text"/> prefix-coded after <paramref name="previous"/>; returns its UTF-8 bytes.</summary>
        private static byte[] WritePrefixCoded(Stream output, string text, byte[] previous)
        {
            var bytes = Encoding.UTF8.GetBytes(text);
            var shared = 0;
            var max = Math.Min(previous.Length, bytes.Length);
            while (shared < max && previous[shared] == bytes[shared]) shared++;
            var suffix = bytes.Length - shared;
            output.WriteByte((byte)((Math.Min(shared, 15) << 4) | Math.Min(suffix, 15)));
            if (shared >= 15) WriteVarint(output, (uint)(shared - 15));
            if (suffix >= 15) WriteVarint(output, (uint)(suffix - 15));
            output.Write(bytes, shared, suffix);
            return bytes;
        }

        private static uint Quantize(float value) => (uint)Math.Round(value * SearchFormat.Scale, MidpointRounding.AwayFromZero);

        private static void WriteVarint(Stream output, uint value)
        {
            while (value >= 0x80)
            {
                output.WriteByte((byte)(value | 0x80));
                value >>= 7;
            }

            output.WriteByte((byte)value);
        }

        /// <summary>A word of the words' table: its term, and its spellings with how often each was seen.</summary>
        private sealed class WordEntry
        {
            private readonly Dictionary<string, int> _spellings = new Dictionary<string, int>(StringComparer.Ordinal);

            public WordEntry(string term) => Term = term;

            public string Term { get; }

            public void Saw(string spelling)
            {
                _spellings.TryGetValue(spelling, out var count);
                _spellings[spelling] = count + 1;
            }

            /// <summary>The most frequent spelling; on a tie, the first in ordinal order.</summary>
            public string Spelling()
            {
                string? best = null;
                var bestCount = 0;
                foreach (var pair in _spellings)
                {
                    if (pair.Value > bestCount || (pair.Value == bestCount && string.CompareOrdinal(pair.Key, best) < 0))
                    {
                        best = pair.Key;
                        bestCount = pair.Value;
                    }
                }

                return best ?? string.Empty;
            }
        }
    }
}
