using System;
using System.Collections.Generic;
using System.Globalization;

namespace Guides.Generator.Model
{
    /// <summary>A language's silent reading rate, in words per minute.</summary>
    internal readonly record struct LanguageRate(string Language, int WordsPerMinute);

    /// <summary>
    /// <c>GuidesWordsPerMinute</c>: the reading rate <c>Guide.ReadingTime</c> is computed with, one for every language
    /// (<c>238</c>) and any per language (<c>238;de=210;fr-CA=230</c>). 238 words a minute unless set: the average silent
    /// reading rate of adults for non-fiction found by Brysbaert's meta-analysis of 190 studies (Journal of Memory and
    /// Language 109, 2019, doi:10.1016/j.jml.2019.104047), for English and languages in the Latin alphabet.
    /// </summary>
    internal sealed record ReadingSpeed(int DefaultRate, EquatableArray<LanguageRate> Rates, EquatableArray<string> Problems)
    {
        public const int DefaultWordsPerMinute = 238;

        /// <summary>Rates past this are not reading (skimming peaks near 700); a typo most likely.</summary>
        public const int MaxWordsPerMinute = 2000;

        public static readonly ReadingSpeed Default = new(DefaultWordsPerMinute, EquatableArray<LanguageRate>.Empty, EquatableArray<string>.Empty);

        /// <summary>Reads the setting; each entry it cannot read is a problem (GUIDE049) and is left out.</summary>
        public static ReadingSpeed Parse(string? setting)
        {
            if (string.IsNullOrWhiteSpace(setting))
            {
                return Default;
            }

            var rate = DefaultWordsPerMinute;
            var rates = new List<LanguageRate>();
            var problems = new List<string>();
            foreach (var raw in setting!.Split(new[] { ';', ',' }, StringSplitOptions.RemoveEmptyEntries))
            {
                var entry = raw.Trim();
                if (entry.Length == 0)
                {
                    continue;
                }

                var equals = entry.IndexOf('=');
                var number = equals < 0 ? entry : entry.Substring(equals + 1).Trim();
                if (!int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var wordsPerMinute) || wordsPerMinute < 1 || wordsPerMinute > MaxWordsPerMinute)
                {
                    problems.Add(entry);
                    continue;
                }

                if (equals < 0)
                {
                    rate = wordsPerMinute;
                    continue;
                }

                var language = Parsing.LanguageTag.Normalize(entry.Substring(0, equals).Trim());
                if (language is null)
                {
                    problems.Add(entry);
                    continue;
                }

                rates.RemoveAll(r => string.Equals(r.Language, language, StringComparison.OrdinalIgnoreCase));
                rates.Add(new LanguageRate(language, wordsPerMinute));
            }

            rates.Sort((a, b) => string.CompareOrdinal(a.Language, b.Language));
            return new ReadingSpeed(rate, rates.ToEquatableArray(), problems.ToEquatableArray());
        }

        /// <summary>The rate for <paramref name="language"/>: its own, else its primary language's (<c>fr</c> for <c>fr-CA</c>), else the default.</summary>
        public int WordsPerMinute(string language)
        {
            var dash = language.IndexOf('-');
            var primary = dash < 0 ? null : language.Substring(0, dash);
            int? fallback = null;
            foreach (var rate in Rates)
            {
                if (string.Equals(rate.Language, language, StringComparison.OrdinalIgnoreCase))
                {
                    return rate.WordsPerMinute;
                }

                if (primary is not null && string.Equals(rate.Language, primary, StringComparison.OrdinalIgnoreCase))
                {
                    fallback = rate.WordsPerMinute;
                }
            }

            return fallback ?? DefaultRate;
        }

        /// <summary>How many seconds <paramref name="words"/> take to read in <paramref name="language"/>, rounded up.</summary>
        public int Seconds(int words, string language) => (int)((words * 60L + WordsPerMinute(language) - 1) / WordsPerMinute(language));
    }
}
