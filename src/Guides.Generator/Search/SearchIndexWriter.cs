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
    /// (guide, language, kind, part), terms in ordinal order: the same documents give the same bytes in any order.
    /// </summary>
    internal static class SearchIndexWriter
    {
        public static byte[] Write(IEnumerable<SearchDocument> documents)
        {
            if (documents is null) throw new ArgumentNullException(nameof(documents));

            var docs = new List<SearchDocument>(documents);
            var order = new int[docs.Count];
            for (var i = 0; i < order.Length; i++) order[i] = i;
            Array.Sort(order, (a, b) =>
            {
                var x = docs[a];
                var y = docs[b];
                var c = x.Guide.CompareTo(y.Guide);
                if (c == 0) c = string.CompareOrdinal(x.Language.ToLowerInvariant(), y.Language.ToLowerInvariant());
                if (c == 0) c = ((int)x.Kind).CompareTo((int)y.Kind);
                if (c == 0) c = x.Part.CompareTo(y.Part);
                return c != 0 ? c : a.CompareTo(b);
            });

            var languages = new List<string>();
            var languageIndex = new Dictionary<string, int>(StringComparer.Ordinal);
            var analyzers = new Dictionary<string, TextAnalyzer>(StringComparer.Ordinal);
            // term → (document → weighted frequency); documents are added in increasing order.
            var postings = new Dictionary<string, List<KeyValuePair<int, float>>>(StringComparer.Ordinal);
            var lengths = new float[docs.Count];
            var tokens = new List<Token>();

            for (var d = 0; d < order.Length; d++)
            {
                var doc = docs[order[d]];
                var language = doc.Language.ToLowerInvariant();
                if (!languageIndex.ContainsKey(language))
                {
                    languageIndex.Add(language, languages.Count);
                    languages.Add(language);
                    analyzers.Add(language, new TextAnalyzer(language));
                }

                var analyzer = analyzers[language];
                foreach (var (text, weight) in doc.Fields)
                {
                    if (string.IsNullOrEmpty(text) || !(weight > 0)) continue;
                    tokens.Clear();
                    Tokenizer.Tokenize(text, tokens);
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
                WriteVarint(output, (uint)(languageIndex[doc.Language.ToLowerInvariant()] * 8 + (int)doc.Kind));
                WriteVarint(output, (uint)doc.Part);
                WriteVarint(output, Quantize(lengths[d]));
            }

            var terms = new List<string>(postings.Keys);
            terms.Sort(string.CompareOrdinal);
            WriteVarint(output, (uint)terms.Count);
            var previous = Array.Empty<byte>();
            foreach (var term in terms)
            {
                var bytes = Encoding.UTF8.GetBytes(term);
                var shared = 0;
                var max = Math.Min(previous.Length, bytes.Length);
                while (shared < max && previous[shared] == bytes[shared]) shared++;
                var suffix = bytes.Length - shared;
                output.WriteByte((byte)((Math.Min(shared, 15) << 4) | Math.Min(suffix, 15)));
                if (shared >= 15) WriteVarint(output, (uint)(shared - 15));
                if (suffix >= 15) WriteVarint(output, (uint)(suffix - 15));
                output.Write(bytes, shared, suffix);
                previous = bytes;

                var list = postings[term];
                var last = -1;
                foreach (var posting in list)
                {
                    var frequency = Math.Max(1u, Quantize(posting.Value));
                    // The first posting: count * 16 + frequency, then the document; the next ones: gap - 1, * 16 + frequency.
                    WriteVarint(output, (last < 0 ? (uint)list.Count : (uint)(posting.Key - last - 1)) * 16 + Math.Min(frequency, 15u));
                    if (frequency >= 15) WriteVarint(output, frequency - 15);
                    if (last < 0) WriteVarint(output, (uint)posting.Key);
                    last = posting.Key;
                }
            }

            return output.ToArray();
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
    }
}
