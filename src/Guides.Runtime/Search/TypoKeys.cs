using System;
using System.Collections.Generic;

namespace Guides.Search
{
    /// <summary>
    /// The keys of the index's typo table (<see cref="SearchFormat"/>), made the same way by the generator's writer and
    /// the runtime's reader: a symmetric deletion index over the first p chars (the prefix length, chosen by the writer
    /// from the dictionary's size: <see cref="PrefixLengthFor"/>). Two words within d edits (optimal string alignment)
    /// have a common string that each reaches by deleting at most d chars, and so do their first p chars (a char of the
    /// common string that comes from beyond either prefix only shortens it). So the writer files each run of dictionary
    /// words that share their first p chars (a group) under the hash of every string that those chars give with up to
    /// two deletions (one when no word of the group has 7 chars, the fewest a word of 9 may be two edits from), and a
    /// query word needs only the groups filed under the hashes of its own first chars with up to its distance of
    /// deletions: candidates, each then measured. With p = 0 the whole dictionary is one group: every word is measured.
    /// </summary>
    internal static class TypoKeys
    {
        /// <summary>The longest prefix length that a reader accepts.</summary>
        public const int MaxPrefixLength = 8;

        /// <summary>
        /// The prefix length for a dictionary of <paramref name="words"/> terms and words as written: 0 (every word
        /// measured: a few tens of µs) below 2,048; 4 below 16,384; else 6 (about 20 keys a group, a few hundred words
        /// measured for two edits at 100,000 words).
        /// </summary>
        public static int PrefixLengthFor(int words) => words < 2048 ? 0 : words < 16384 ? 4 : 6;

        /// <summary>The shortest word whose group takes keys of two deletions: a word of 9 chars is two edits from 7.</summary>
        public const int ShortestForTwoEdits = 7;

        /// <summary>
        /// Adds the hash of every string that the first <paramref name="prefixLength"/> chars of <paramref name="word"/>
        /// give with at most <paramref name="deletions"/> (0 to 2) chars deleted, the chars themselves first. A string
        /// reached in two ways may be added twice.
        /// </summary>
        public static void Add(string word, int prefixLength, int deletions, List<uint> hashes)
        {
            var length = Math.Min(word.Length, prefixLength);
            hashes.Add(Hash(word, length, -1, -1));
            if (deletions < 1) return;
            for (var i = 0; i < length; i++)
            {
                // Deleting one of a run of equal chars gives the same string: the first of the run stands for all.
                if (i > 0 && word[i] == word[i - 1]) continue;
                hashes.Add(Hash(word, length, i, -1));
                if (deletions < 2) continue;
                for (var j = i + 1; j < length; j++)
                {
                    if (j > i + 1 && word[j] == word[j - 1]) continue;
                    hashes.Add(Hash(word, length, i, j));
                }
            }
        }

        /// <summary>FNV-1a over the UTF-16 chars of the first <paramref name="length"/> chars less the two skipped.</summary>
        private static uint Hash(string word, int length, int skip, int skip2)
        {
            var hash = 2166136261u;
            for (var i = 0; i < length; i++)
            {
                if (i == skip || i == skip2) continue;
                hash = (hash ^ (word[i] & 0xFFu)) * 16777619u;
                hash = (hash ^ (uint)(word[i] >> 8)) * 16777619u;
            }

            return hash;
        }

        /// <summary>
        /// Whether two words (in ordinal order) are of one group: their first <paramref name="prefixLength"/> chars are the
        /// same (or they are the same word, shorter). Groups follow the ordinal order of the words.
        /// </summary>
        public static bool SameGroup(string a, string b, int prefixLength)
        {
            var length = Math.Min(a.Length, prefixLength);
            return length == Math.Min(b.Length, prefixLength) && string.CompareOrdinal(a, 0, b, 0, length) == 0;
        }
    }
}
