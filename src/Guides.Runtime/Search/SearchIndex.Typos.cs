using System;
using System.Collections.Generic;

namespace Guides.Search
{
    internal sealed partial class SearchIndex
    {
        /// <summary>The terms, in ordinal order.</summary>
        internal IReadOnlyList<string> Terms => _terms;

        /// <summary>The words as written (folded), in ordinal order; a word is there once per language that writes it.</summary>
        internal IReadOnlyList<string> Words => _words;

        /// <summary>
        /// The terms and the words as written (IsWord: the index is the word's, else the term's) within
        /// <paramref name="maxDistance"/> of <paramref name="word"/>, as the typo lookup finds them (in any order).
        /// </summary>
        internal List<(int Index, bool IsWord, int Distance)> Near(string word, int maxDistance)
        {
            var found = new List<(int Index, int Distance)>();
            _typos.Near(word, maxDistance, _terms, _words, wordsToo: true, new TypoTable.Scratch(), found);
            return found.ConvertAll(f => (f.Index < 0 ? ~f.Index : f.Index, f.Index < 0, f.Distance));
        }

        /// <summary>
        /// The index's typo table (<see cref="SearchFormat"/>, <see cref="TypoKeys"/>): the terms and the words as written
        /// cut into groups (the runs that share their first chars, as many as the table's prefix length), filed by the
        /// hashes of their deletion keys. A misspelt word's keys name a few buckets; the groups in them are the only
        /// candidates, and each of their words is measured (<see cref="Levenshtein.Distance"/>). Nothing is built when
        /// the index loads but the groups' first terms and words (a sum over the counts read).
        /// </summary>
        private sealed class TypoTable
        {
            public static readonly TypoTable Empty = new TypoTable(0, new[] { 0 }, new[] { 0 }, Array.Empty<byte>(), 0, 0, 2, new[] { 0, 0 });

            private readonly int _prefixLength;
            private readonly int[] _groupTerm; // per group: its first term; [count] = the term count
            private readonly int[] _groupWord; // per group: its first word; [count] = the word count
            private readonly byte[] _data;
            private readonly int _entries; // where the entries start
            private readonly int _bits;
            private readonly int _width;
            private readonly int[] _blocks; // per 64 buckets: where their counts start in _data, the number of entries before them

            private TypoTable(int prefixLength, int[] groupTerm, int[] groupWord, byte[] data, int entries, int bits, int width, int[] blocks)
            {
                _prefixLength = prefixLength;
                _groupTerm = groupTerm;
                _groupWord = groupWord;
                _data = data;
                _entries = entries;
                _bits = bits;
                _width = width;
                _blocks = blocks;
            }

            private int GroupCount => _groupTerm.Length - 1;

            public static TypoTable Read(ref Reader reader, byte[] data, int termCount, int wordCount)
            {
                var prefixLength = reader.Int();
                if (prefixLength > TypoKeys.MaxPrefixLength) throw new FormatException();
                var groupCount = reader.Count(2);
                var groupTerm = new int[groupCount + 1];
                var groupWord = new int[groupCount + 1];
                for (var g = 0; g < groupCount; g++)
                {
                    var terms = reader.Int();
                    var words = reader.Int();
                    if (terms + words == 0) throw new FormatException();
                    groupTerm[g + 1] = checked(groupTerm[g] + terms);
                    groupWord[g + 1] = checked(groupWord[g] + words);
                }

                if (groupTerm[groupCount] != termCount || groupWord[groupCount] != wordCount) throw new FormatException();
                var bits = reader.Int();
                var width = reader.Int();
                if (bits > 30 || width < 2 || width > 4) throw new FormatException();
                var buckets = 1 << bits;
                // Per 64 buckets: where their counts start, and how many entries come before them.
                var blocks = new int[2 * ((buckets + 63) >> 6)];
                long total = 0;
                for (var b = 0; b < buckets; b++)
                {
                    if ((b & 63) == 0)
                    {
                        blocks[2 * (b >> 6)] = reader.Position;
                        blocks[2 * (b >> 6) + 1] = (int)total;
                    }

                    total += reader.Int();
                    if (total * width > data.Length) throw new FormatException();
                }

                var entries = reader.Position;
                reader.Skip((int)total * width);
                return new TypoTable(prefixLength, groupTerm, groupWord, data, entries, bits, width, blocks);
            }

            private static int Entry(byte[] data, int entries, int width, int e)
            {
                var at = entries + e * width;
                var value = data[at] | (data[at + 1] << 8);
                if (width > 2) value |= data[at + 2] << 16;
                if (width > 3) value |= data[at + 3] << 24;
                return value;
            }

            /// <summary>
            /// Adds to <paramref name="found"/> the terms (their numbers) and, when <paramref name="wordsToo"/>, the words
            /// as written (~their numbers) within <paramref name="maxDistance"/> of <paramref name="word"/>, with their
            /// distances; each once, in no particular order.
            /// </summary>
            public void Near(string word, int maxDistance, string[] terms, string[] words, bool wordsToo, Scratch scratch, List<(int Index, int Distance)> found)
            {
                if (GroupCount == 0) return;
                var hashes = scratch.Hashes;
                hashes.Clear();
                TypoKeys.Add(word, _prefixLength, maxDistance, hashes);
                var seen = scratch.Seen(GroupCount);
                var mark = scratch.NextMark();
                var mask = (1u << _bits) - 1;
                foreach (var hash in hashes)
                {
                    var bucket = (int)(hash & mask);
                    var reader = new Reader(_data, _blocks[2 * (bucket >> 6)]);
                    var start = _blocks[2 * (bucket >> 6) + 1];
                    for (var b = bucket & ~63; b < bucket; b++) start += reader.Int();
                    var end = start + reader.Int();
                    for (var e = start; e < end; e++)
                    {
                        var group = Entry(_data, _entries, _width, e);
                        // A group out of range (a damaged index) is no candidate.
                        if (group >= GroupCount || seen[group] == mark) continue;
                        seen[group] = mark;
                        Measure(word, maxDistance, terms, _groupTerm[group], _groupTerm[group + 1], 0, scratch, found);
                        if (wordsToo) Measure(word, maxDistance, words, _groupWord[group], _groupWord[group + 1], ~0, scratch, found);
                    }
                }
            }

            private static void Measure(string word, int maxDistance, string[] dictionary, int start, int end, int flip, Scratch scratch, List<(int Index, int Distance)> found)
            {
                for (var i = start; i < end; i++)
                {
                    var candidate = dictionary[i];
                    if (Math.Abs(candidate.Length - word.Length) > maxDistance) continue;
                    var distance = Levenshtein.Distance(word, candidate, maxDistance, ref scratch.Rows);
                    if (distance <= maxDistance) found.Add((i ^ flip, distance));
                }
            }

            /// <summary>A thread's buffers for <see cref="Near"/>.</summary>
            public sealed class Scratch
            {
                public readonly List<uint> Hashes = new List<uint>();
                public int[] Rows = new int[64];
                private int[] _seen = Array.Empty<int>();
                private int _mark;

                public int[] Seen(int groups)
                {
                    if (_seen.Length < groups)
                    {
                        _seen = new int[groups];
                        _mark = 0;
                    }

                    return _seen;
                }

                public int NextMark()
                {
                    if (++_mark == int.MaxValue)
                    {
                        Array.Clear(_seen, 0, _seen.Length);
                        _mark = 1;
                    }

                    return _mark;
                }
            }
        }
    }
}
