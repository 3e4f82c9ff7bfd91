using System;
using System.Collections.Generic;
using System.Text;

namespace Guides.Generator.Parsing
{
    /// <summary>
    /// Culture names (<c>fr</c>, <c>en-GB</c>, <c>pt-BR</c>, <c>zh-Hans-CN</c>), checked against ISO 639-1 without asking
    /// the machine's ICU data, so that the same guide gives the same diagnostics on every machine.
    /// </summary>
    internal static class LanguageTag
    {
        private static readonly HashSet<string> s_languages = new(StringComparer.Ordinal)
        {
            "aa", "ab", "ae", "af", "ak", "am", "an", "ar", "as", "av", "ay", "az", "ba", "be", "bg", "bi", "bm", "bn", "bo", "br", "bs",
            "ca", "ce", "ch", "co", "cr", "cs", "cu", "cv", "cy", "da", "de", "dv", "dz", "ee", "el", "en", "eo", "es", "et", "eu",
            "fa", "ff", "fi", "fj", "fo", "fr", "fy", "ga", "gd", "gl", "gn", "gu", "gv", "ha", "he", "hi", "ho", "hr", "ht", "hu",
            "hy", "hz", "ia", "id", "ie", "ig", "ii", "ik", "io", "is", "it", "iu", "ja", "jv", "ka", "kg", "ki", "kj", "kk", "kl",
            "km", "kn", "ko", "kr", "ks", "ku", "kv", "kw", "ky", "la", "lb", "lg", "li", "ln", "lo", "lt", "lu", "lv", "mg", "mh",
            "mi", "mk", "ml", "mn", "mr", "ms", "mt", "my", "na", "nb", "nd", "ne", "ng", "nl", "nn", "no", "nr", "nv", "ny", "oc",
            "oj", "om", "or", "os", "pa", "pi", "pl", "ps", "pt", "qu", "rm", "rn", "ro", "ru", "rw", "sa", "sc", "sd", "se", "sg",
            "si", "sk", "sl", "sm", "sn", "so", "sq", "sr", "ss", "st", "su", "sv", "sw", "ta", "te", "tg", "th", "ti", "tk", "tl",
            "tn", "to", "tr", "ts", "tt", "tw", "ty", "ug", "uk", "ur", "uz", "ve", "vi", "vo", "wa", "wo", "xh", "yi", "yo", "za",
            "zh", "zu",
        };

        /// <summary>The canonical form of a culture name (<c>pt-br</c> → <c>pt-BR</c>), or null when it is not one.</summary>
        public static string? Normalize(string value)
        {
            var parts = value.Trim().Replace('_', '-').Split('-');
            if (parts.Length == 0 || parts.Length > 3 || !s_languages.Contains(parts[0].ToLowerInvariant()))
            {
                return null;
            }

            var builder = new StringBuilder(parts[0].ToLowerInvariant());
            var expectScript = true;
            for (var i = 1; i < parts.Length; i++)
            {
                var part = parts[i];
                if (expectScript && part.Length == 4 && IsLetters(part))
                {
                    builder.Append('-').Append(char.ToUpperInvariant(part[0])).Append(part.Substring(1).ToLowerInvariant());
                    expectScript = false;
                }
                else if ((part.Length == 2 && IsLetters(part)) || (part.Length == 3 && IsDigits(part)))
                {
                    if (i != parts.Length - 1)
                    {
                        return null;
                    }

                    builder.Append('-').Append(part.ToUpperInvariant());
                }
                else
                {
                    return null;
                }
            }

            return builder.ToString();
        }

        public static bool IsValid(string value) => Normalize(value) is not null;

        private static bool IsLetters(string value)
        {
            foreach (var c in value)
            {
                if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsDigits(string value)
        {
            foreach (var c in value)
            {
                if (c < '0' || c > '9')
                {
                    return false;
                }
            }

            return true;
        }
    }
}
