using System;
using System.Text;

namespace Guides.Corpus
{
    /// <summary>
    /// Prose whose words vary as a real text's do, for measuring compression honestly: words drawn from a vocabulary of
    /// 20,000 made-up words (syllables of 1 to 4) with Zipf frequencies (the word of rank r is drawn in proportion to 1/r,
    /// as words are in natural language), a capital and a full stop per sentence, a comma now and then. Repeated
    /// templates compress far better than text: the seed-shaped corpus deflates to 0.11 of its UTF-8 bytes per guide, the
    /// seed itself to 0.28; this prose is measured beside the seed in docs/benchmarks.md. Deterministic: the same seed
    /// gives the same text on every .NET.
    /// </summary>
    internal sealed class VariedProse
    {
        private const int VocabularySize = 20_000;

        private static readonly string[] s_onsets = { "b", "c", "d", "f", "g", "j", "l", "m", "n", "p", "r", "s", "t", "v", "ch", "tr", "pl", "gr", "st", "br", "qu", "" };
        private static readonly string[] s_vowels = { "a", "e", "i", "o", "u", "é", "ou", "ai", "eu", "è", "an", "on", "in" };
        private static readonly string[] s_words = Vocabulary();
        private static readonly double[] s_cumulative = Cumulative();

        private readonly Random _random;

        public VariedProse(int seed) => _random = new Random(seed);

        /// <summary>A word, drawn by its Zipf frequency.</summary>
        public string Word()
        {
            var x = _random.NextDouble() * s_cumulative[s_cumulative.Length - 1];
            var index = Array.BinarySearch(s_cumulative, x);
            return s_words[index < 0 ? ~index : index];
        }

        /// <summary>A few words (a title, a link's text), without a full stop.</summary>
        public string Phrase(int min, int max)
        {
            var text = new StringBuilder();
            var count = _random.Next(min, max + 1);
            for (var i = 0; i < count; i++)
            {
                text.Append(i == 0 ? Capitalize(Word()) : " " + Word());
            }

            return text.ToString();
        }

        /// <summary>Sentences of 6 to 20 words, about <paramref name="words"/> words in all.</summary>
        public string Sentences(int words)
        {
            var text = new StringBuilder();
            while (words > 0)
            {
                var length = _random.Next(6, 21);
                for (var i = 0; i < length; i++)
                {
                    text.Append(i == 0 ? (text.Length > 0 ? " " : string.Empty) + Capitalize(Word()) : " " + Word());
                    if (i > 2 && i < length - 2 && _random.Next(12) == 0)
                    {
                        text.Append(',');
                    }
                }

                text.Append('.');
                words -= length;
            }

            return text.ToString();
        }

        private static string Capitalize(string word) => char.ToUpperInvariant(word[0]) + word.Substring(1);

        private static string[] Vocabulary()
        {
            var random = new Random(20_000);
            var words = new string[VocabularySize];
            var seen = new System.Collections.Generic.HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < words.Length;)
            {
                // Frequent words are short, as in natural language.
                var syllables = 1 + Math.Min(3, (int)(Math.Log10(i + 2) * random.NextDouble() * 1.6));
                var word = new StringBuilder();
                for (var s = 0; s < syllables; s++)
                {
                    word.Append(s_onsets[random.Next(s_onsets.Length)]).Append(s_vowels[random.Next(s_vowels.Length)]);
                }

                if (random.Next(4) == 0)
                {
                    word.Append(s_onsets[random.Next(s_onsets.Length - 1)]);
                }

                if (seen.Add(word.ToString()))
                {
                    words[i++] = word.ToString();
                }
            }

            return words;
        }

        private static double[] Cumulative()
        {
            var cumulative = new double[VocabularySize];
            var sum = 0.0;
            for (var i = 0; i < cumulative.Length; i++)
            {
                sum += 1.0 / (i + 1);
                cumulative[i] = sum;
            }

            return cumulative;
        }
    }
}
