using System;
using System.Collections.Generic;

namespace Guides.Search
{
    /// <summary>
    /// Finds the words of a sorted dictionary within a few edits of a word, without measuring every one: a walk of the
    /// dictionary as the trie it is when sorted. One row of the edit-distance table per char of a dictionary word, kept
    /// while the next words share the prefix; when every cell of a row exceeds the distance, no word with that prefix can
    /// come near, and the walk jumps past them all (a binary search). Only the cells near the diagonal are computed (a band
    /// of the distance on each side: Ukkonen's cut-off). The distance is optimal string alignment: an
    /// insertion, a deletion, a substitution or a transposition of two neighbours each count one edit.
    /// </summary>
    internal static class Levenshtein
    {
        /// <summary>
        /// Adds to <paramref name="found"/> the index and distance of every word of <paramref name="sorted"/> (ordinal
        /// order) within <paramref name="maxDistance"/> edits of <paramref name="word"/>, in dictionary order.
        /// <paramref name="rows"/> is a buffer, grown as needed and kept by the caller.
        /// </summary>
        public static void Within(string[] sorted, string word, int maxDistance, List<(int Index, int Distance)> found, ref int[] rows)
        {
            var m = word.Length;
            var width = m + 1;
            if (rows.Length < 2 * width) rows = new int[2 * width * 16];
            for (var j = 0; j <= m; j++) rows[j] = j;
            var before = string.Empty; // the word walked last; rows 1..depth hold its first depth chars
            var depth = 0;
            var i = 0;
            while (i < sorted.Length)
            {
                var candidate = sorted[i];
                if ((candidate.Length + 1) * width > rows.Length) Array.Resize(ref rows, (candidate.Length + 1) * width * 2);

                // The rows already made for the prefix this word shares with the one before are still right.
                var shared = 0;
                var max = Math.Min(Math.Min(before.Length, candidate.Length), depth);
                while (shared < max && before[shared] == candidate[shared]) shared++;
                before = candidate;

                var skipTo = -1;
                for (var d = shared + 1; d <= candidate.Length; d++)
                {
                    // Only the band of cells within maxDistance of the diagonal can stay within it: the cells beside the
                    // band count as beyond it.
                    var row = d * width;
                    var up = row - width;
                    var c = candidate[d - 1];
                    var low = Math.Max(1, d - maxDistance);
                    var high = Math.Min(m, d + maxDistance);
                    if (low - 1 <= m) rows[row + low - 1] = low == 1 ? d : maxDistance + 1;
                    var least = low == 1 ? d : maxDistance + 1;
                    for (var j = low; j <= high; j++)
                    {
                        var cost = word[j - 1] == c ? 0 : 1;
                        var value = Math.Min(Math.Min(rows[up + j] + 1, rows[row + j - 1] + 1), rows[up + j - 1] + cost);
                        if (d > 1 && j > 1 && word[j - 1] == candidate[d - 2] && word[j - 2] == c)
                        {
                            value = Math.Min(value, rows[up - width + j - 2] + 1);
                        }

                        rows[row + j] = value;
                        if (value < least) least = value;
                    }

                    if (high < m) rows[row + high + 1] = maxDistance + 1;
                    if (least > maxDistance)
                    {
                        // No word that starts with these d chars comes within the distance: past them all.
                        depth = d - 1;
                        skipTo = PastPrefix(sorted, i, candidate, d);
                        break;
                    }
                }

                if (skipTo >= 0)
                {
                    i = skipTo;
                    continue;
                }

                depth = candidate.Length;
                var distance = Math.Abs(candidate.Length - m) > maxDistance ? maxDistance + 1 : rows[candidate.Length * width + m];
                if (distance <= maxDistance) found.Add((i, distance));
                i++;
            }
        }

        /// <summary>
        /// The first word after <paramref name="i"/> that does not start with the first <paramref name="length"/> chars of
        /// <paramref name="prefix"/>: galloping from <paramref name="i"/> (the words that share a prefix are mostly few),
        /// then a binary search.
        /// </summary>
        private static int PastPrefix(string[] sorted, int i, string prefix, int length)
        {
            var step = 1;
            var low = i + 1;
            var high = low;
            while (high < sorted.Length && string.CompareOrdinal(sorted[high], 0, prefix, 0, length) <= 0)
            {
                low = high + 1;
                high += step;
                step *= 2;
            }

            if (high > sorted.Length) high = sorted.Length;
            while (low < high)
            {
                var middle = low + ((high - low) >> 1);
                if (string.CompareOrdinal(sorted[middle], 0, prefix, 0, length) <= 0) low = middle + 1;
                else high = middle;
            }

            return low;
        }
    }
}
