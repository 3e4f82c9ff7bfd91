using System;

namespace Guides.Search
{
    /// <summary>
    /// The edit distance of two words up to a bound: optimal string alignment (an insertion, a deletion, a substitution
    /// or a transposition of two neighbours each count one edit). Only the cells near the diagonal are computed (a band
    /// of the bound on each side: Ukkonen's cut-off), and the measure stops at the first row beyond the bound.
    /// </summary>
    internal static class Levenshtein
    {
        /// <summary>
        /// The distance of <paramref name="word"/> and <paramref name="candidate"/>, or <paramref name="maxDistance"/> + 1
        /// when it is more. <paramref name="rows"/> is a buffer, grown as needed and kept by the caller.
        /// </summary>
        public static int Distance(string word, string candidate, int maxDistance, ref int[] rows)
        {
            var m = word.Length;
            var beyond = maxDistance + 1;
            if (Math.Abs(candidate.Length - m) > maxDistance) return beyond;
            var width = m + 1;
            var size = (candidate.Length + 1) * width;
            if (rows.Length < size) rows = new int[Math.Max(size, 2 * rows.Length)];
            for (var j = 0; j <= m; j++) rows[j] = j;
            for (var d = 1; d <= candidate.Length; d++)
            {
                // Only the band of cells within maxDistance of the diagonal can stay within it: the cells beside the band
                // count as beyond it.
                var row = d * width;
                var up = row - width;
                var c = candidate[d - 1];
                var low = Math.Max(1, d - maxDistance);
                var high = Math.Min(m, d + maxDistance);
                rows[row + low - 1] = low == 1 ? d : beyond;
                var least = low == 1 ? d : beyond;
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

                if (high < m) rows[row + high + 1] = beyond;
                if (least > maxDistance) return beyond;
            }

            return Math.Min(rows[candidate.Length * width + m], beyond);
        }
    }
}
