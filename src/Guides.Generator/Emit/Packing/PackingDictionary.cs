using System;
using System.Collections.Generic;
using System.Text;

namespace Guides.Generator.Emit
{
    /// <summary>
    /// A preset dictionary for <see cref="DeflateEncoder"/>: the most frequent words of a set of texts, so that each text's
    /// first use of a common word is a match into the dictionary rather than literals.
    /// </summary>
    internal static class PackingDictionary
    {
        /// <summary>
        /// The words (runs of bytes other than ASCII whitespace, in UTF-8) of <paramref name="texts"/> seen more than once,
        /// ranked by count × byte length (ties: ordinal byte order), each followed by one space, taken from the top while
        /// they fit in <paramref name="maxBytes"/> and written most valuable last: nearest the data, at the shortest
        /// distances. The same set of texts, in any order, gives the same bytes.
        /// </summary>
        public static byte[] Build(IEnumerable<string> texts, int maxBytes = DeflateEncoder.MaxDictionaryLength)
        {
            if (texts is null)
            {
                throw new ArgumentNullException(nameof(texts));
            }

            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var text in texts)
            {
                var start = -1;
                for (var i = 0; i <= text.Length; i++)
                {
                    if (i == text.Length || IsWhitespace(text[i]))
                    {
                        if (start >= 0)
                        {
                            var word = text.Substring(start, i - start);
                            counts.TryGetValue(word, out var count);
                            counts[word] = count + 1;
                            start = -1;
                        }
                    }
                    else if (start < 0)
                    {
                        start = i;
                    }
                }
            }

            var ranked = new List<(byte[] Word, long Value)>();
            foreach (var pair in counts)
            {
                if (pair.Value > 1)
                {
                    var bytes = Encoding.UTF8.GetBytes(pair.Key);
                    ranked.Add((bytes, (long)pair.Value * bytes.Length));
                }
            }

            // A total order (value, then bytes; two words are never equal): the Dictionary's order does not matter.
            ranked.Sort((a, b) => a.Value != b.Value ? b.Value.CompareTo(a.Value) : CompareOrdinal(a.Word, b.Word));

            var taken = new List<byte[]>();
            var size = 0;
            foreach (var (word, _) in ranked)
            {
                if (size + word.Length + 1 <= maxBytes)
                {
                    taken.Add(word);
                    size += word.Length + 1;
                }
            }

            var dictionary = new byte[size];
            var at = size;
            foreach (var word in taken)
            {
                // The most valuable first in the list, written from the end backwards: it is last.
                at -= word.Length + 1;
                Buffer.BlockCopy(word, 0, dictionary, at, word.Length);
                dictionary[at + word.Length] = (byte)' ';
            }

            return dictionary;
        }

        private static bool IsWhitespace(char c) => c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';

        private static int CompareOrdinal(byte[] a, byte[] b)
        {
            var length = Math.Min(a.Length, b.Length);
            for (var i = 0; i < length; i++)
            {
                if (a[i] != b[i])
                {
                    return a[i].CompareTo(b[i]);
                }
            }

            return a.Length.CompareTo(b.Length);
        }
    }
}
