using System;

namespace Guides.Search
{
    /// <summary>
    /// Light stemmers: they take folded words (see <see cref="TextFolding"/>) to a shorter key that their plural,
    /// feminine and a few frequent derived forms share. Deterministic, table-free and cheap.
    /// </summary>
    /// <remarks>
    /// <para>What they meet: plurals and gender (remboursements/remboursement, configuraciones/configuración,
    /// Einstellungen/Einstellung, passwords/password, contraseñas/contraseña), English -ing and -ed
    /// (printing/printed/print), French -ement/-ements/-é/-ée/-er/-ez (déménagement/déménagé/déménager,
    /// imprimer/imprimez/imprimé), French -ation and -ité.</para>
    /// <para>What they do not meet: other conjugated forms (imprimons, imprimait, printer≠print is kept apart on
    /// purpose), irregular forms (mice/mouse, went/go), German umlaut plurals beyond folding (Passwörter meets
    /// Passwort only because folding drops the umlaut), compounds. Russian meets its case endings (документация,
    /// документации, документацию), not its verbs' forms. Other languages keep their words whole.</para>
    /// </remarks>
    internal abstract class Stemmer
    {
        /// <summary>The stemmer that keeps words as they are.</summary>
        public static readonly Stemmer Identity = new IdentityStemmer();

        private static readonly Stemmer English = new EnglishStemmer();
        private static readonly Stemmer French = new FrenchStemmer();
        private static readonly Stemmer Spanish = new SpanishStemmer();
        private static readonly Stemmer German = new GermanStemmer();
        private static readonly Stemmer Italian = new ItalianStemmer();
        private static readonly Stemmer Portuguese = new PortugueseStemmer();
        private static readonly Stemmer Russian = new RussianStemmer();

        /// <summary>The stemmer of a language tag (its primary subtag: "fr-CA" is French); identity when unknown.</summary>
        public static Stemmer For(string? language)
        {
            switch (PrimaryLanguage(language))
            {
                case "en": return English;
                case "fr": return French;
                case "es": return Spanish;
                case "de": return German;
                case "it": return Italian;
                case "pt": return Portuguese;
                case "ru": return Russian;
                default: return Identity;
            }
        }

        /// <summary>The primary subtag of a language tag, lower case ("pt-BR" → "pt"); "" for null.</summary>
        public static string PrimaryLanguage(string? language)
        {
            if (string.IsNullOrEmpty(language))
            {
                return "";
            }

            var end = language!.IndexOfAny(Separators);
            var primary = end < 0 ? language : language.Substring(0, end);
            return primary.Length == 2 && primary[0] >= 'a' && primary[0] <= 'z' && primary[1] >= 'a' && primary[1] <= 'z'
                ? primary
                : primary.ToLowerInvariant();
        }

        private static readonly char[] Separators = { '-', '_' };

        /// <summary>The stem of a folded word.</summary>
        public abstract string Stem(string word);

        /// <summary>
        /// The root of a folded word that is a verb's infinitive, as the stems of the words of its family are
        /// (Spanish and Portuguese -ar/-er/-ir: publicar → public, as pública → public), or null when the word has no
        /// such ending (or the language none). The search takes such a word for a word of the language, not a typo.
        /// </summary>
        public virtual string? InfinitiveRoot(string word) => null;

        /// <summary>The word less one of <paramref name="endings"/> when it keeps 4 letters; else null.</summary>
        protected static string? CutAny(string word, string[] endings)
        {
            foreach (var ending in endings)
            {
                if (Ends(word, ending, 4)) return Cut(word, ending.Length);
            }

            return null;
        }

        private static readonly string[] IberianInfinitives = { "ar", "er", "ir" };

        /// <summary>Whether <paramref name="word"/> ends with <paramref name="suffix"/> and keeps at least
        /// <paramref name="minStem"/> chars without it.</summary>
        protected static bool Ends(string word, string suffix, int minStem) =>
            word.Length - suffix.Length >= minStem && word.EndsWith(suffix, StringComparison.Ordinal);

        protected static string Cut(string word, int count) => word.Substring(0, word.Length - count);

        protected static bool IsVowel(char c) => c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';

        private sealed class IdentityStemmer : Stemmer
        {
            public override string Stem(string word) => word;
        }

        /// <summary>English: an S-stemmer (-ies, -es, -s), then -ing, -ed and a final -e, undoubling a final consonant.</summary>
        private sealed class EnglishStemmer : Stemmer
        {
            public override string Stem(string word)
            {
                if (word.Length < 4 || !IsLetters(word))
                {
                    return word;
                }

                if (Ends(word, "ies", 2) && !word.EndsWith("eies", StringComparison.Ordinal) && !word.EndsWith("aies", StringComparison.Ordinal))
                {
                    word = Cut(word, 3) + "y";
                }
                else if (Ends(word, "sses", 2) || Ends(word, "shes", 2) || Ends(word, "ches", 2) || Ends(word, "xes", 2))
                {
                    word = Cut(word, 2);
                }
                else if (word[word.Length - 1] == 's' && word.Length > 3)
                {
                    var before = word[word.Length - 2];
                    if (before != 's' && before != 'u' && before != 'i')
                    {
                        word = Cut(word, 1);
                    }
                }

                if (Ends(word, "ied", 2))
                {
                    return Cut(word, 3) + "y";
                }

                if (Ends(word, "ing", 3) && HasVowel(word, word.Length - 3))
                {
                    return Undouble(Cut(word, 3));
                }

                if (Ends(word, "ed", 3) && HasVowel(word, word.Length - 2))
                {
                    return Undouble(Cut(word, 2));
                }

                if (Ends(word, "e", 3) && !word.EndsWith("ee", StringComparison.Ordinal))
                {
                    return Cut(word, 1);
                }

                return word;
            }

            private static bool HasVowel(string word, int length)
            {
                for (var i = 0; i < length; i++)
                {
                    if (IsVowel(word[i])) return true;
                }

                return false;
            }

            private static string Undouble(string word)
            {
                var n = word.Length;
                if (n >= 4 && word[n - 1] == word[n - 2] && !IsVowel(word[n - 1]) && word[n - 1] != 'l' && word[n - 1] != 's' && word[n - 1] != 'z')
                {
                    return word.Substring(0, n - 1);
                }

                // "chang(ing)" and "chang(e)" meet: a word cut from -ing/-ed loses the -e it would end with anyway.
                return word;
            }
        }

        /// <summary>
        /// French (after Savoy's light stemmer): -aux→-al, plural -s/-x, then one of -issement(s), -ement(s), -ation(s),
        /// -ateur/-atrice, -ité, -euse/-eux, -ive/-if, then -ée, -ées, -er, -ez, -é, -e, and a final doubled consonant.
        /// </summary>
        private sealed class FrenchStemmer : Stemmer
        {
            private static readonly string[] Suffixes =
            {
                "issements", "issement", "ements", "ement", "ations", "ation", "atrices", "atrice", "ateurs", "ateur",
                "euses", "euse", "eres", "ere", "ites", "ite", "ives", "ive", "ifs", "if", "ees", "ee", "ers", "er", "ez", "es", "e",
            };

            public override string Stem(string word)
            {
                if (word.Length < 4 || !IsLetters(word))
                {
                    return word;
                }

                if (Ends(word, "aux", 3))
                {
                    word = Cut(word, 3) + "al";
                }
                else if (Ends(word, "eux", 3))
                {
                    // heureux, heureuse: -eux and -euse meet.
                    return Cut(word, 3);
                }
                else if ((word[word.Length - 1] == 's' || word[word.Length - 1] == 'x') && word[word.Length - 2] != 's')
                {
                    word = Cut(word, 1);
                }

                foreach (var suffix in Suffixes)
                {
                    if (Ends(word, suffix, 3))
                    {
                        word = Cut(word, suffix.Length);
                        break;
                    }
                }

                var n = word.Length;
                if (n >= 4 && word[n - 1] == word[n - 2] && !IsVowel(word[n - 1]))
                {
                    word = word.Substring(0, n - 1);
                }

                return word;
            }
        }

        /// <summary>Spanish (after Savoy): -ces→-z, -iones→-ion, plural -es/-s, then the gender vowel -o/-a/-e.</summary>
        private sealed class SpanishStemmer : Stemmer
        {
            public override string? InfinitiveRoot(string word) => IsLetters(word) ? CutAny(word, IberianInfinitives) : null;

            public override string Stem(string word)
            {
                if (word.Length < 4 || !IsLetters(word))
                {
                    return word;
                }

                if (Ends(word, "ces", 2)) return Cut(word, 3) + "z";
                if (Ends(word, "iones", 2)) return Cut(word, 2);
                if (Ends(word, "os", 3) || Ends(word, "as", 3) || Ends(word, "es", 3)) return Cut(word, 2);
                if (Ends(word, "o", 3) || Ends(word, "a", 3) || Ends(word, "e", 3)) return Cut(word, 1);
                return word;
            }
        }

        /// <summary>Portuguese (after Savoy): -ões/-ães→-ão, -ns→-m, -is→-l (papéis), plural -s, then -o/-a/-e.</summary>
        private sealed class PortugueseStemmer : Stemmer
        {
            public override string? InfinitiveRoot(string word) => IsLetters(word) ? CutAny(word, IberianInfinitives) : null;

            public override string Stem(string word)
            {
                if (word.Length < 4 || !IsLetters(word))
                {
                    return word;
                }

                if (Ends(word, "oes", 2) || Ends(word, "aes", 2)) return Cut(word, 3) + "a";
                if (Ends(word, "ao", 2)) return Cut(word, 1);
                if (Ends(word, "ns", 2)) return Cut(word, 2) + "m";
                if (Ends(word, "eis", 2) || Ends(word, "ais", 2) || Ends(word, "ois", 2)) return Cut(word, 2) + "l";
                if (word[word.Length - 1] == 's' && word.Length > 4) word = Cut(word, 1);
                if (Ends(word, "o", 3) || Ends(word, "a", 3) || Ends(word, "e", 3)) return Cut(word, 1);
                return word;
            }
        }

        /// <summary>
        /// Russian (after Savoy, the rules of Lucene's RussianLightStemmer): one case ending, the longest that leaves 3
        /// letters (of four letters from 7, three from 6, two from 5, else a final vowel, ь or й from 4), then a final ь
        /// or и, or the second н of нн.
        /// </summary>
        private sealed class RussianStemmer : Stemmer
        {
            private static readonly string[] Endings4 = { "иями", "оями" };

            private static readonly string[] Endings3 =
            {
                "иям", "иях", "оях", "ями", "оям", "оьв", "ами", "его", "ему", "ери", "ими", "ого", "ому", "ыми", "оев",
            };

            private static readonly string[] Endings2 =
            {
                "ая", "яя", "ях", "юю", "ах", "ею", "их", "ия", "ию", "ьв", "ою", "ую", "ям", "ых", "ея", "ам", "ем", "ей",
                "ём", "ев", "ий", "им", "ое", "ой", "ом", "ов", "ые", "ый", "ым", "ми",
            };

            private const string Endings1 = "аеийоуыья";

            public override string Stem(string word)
            {
                var length = word.Length;
                if (length > 6 && EndsWithAny(word, Endings4)) length -= 4;
                else if (length > 5 && EndsWithAny(word, Endings3)) length -= 3;
                else if (length > 4 && EndsWithAny(word, Endings2)) length -= 2;
                else if (length > 3 && Endings1.IndexOf(word[length - 1]) >= 0) length--;

                if (length > 3)
                {
                    var last = word[length - 1];
                    if (last == 'ь' || last == 'и' || (last == 'н' && word[length - 2] == 'н')) length--;
                }

                return length == word.Length ? word : word.Substring(0, length);
            }

            private static bool EndsWithAny(string word, string[] endings)
            {
                foreach (var ending in endings)
                {
                    if (word.EndsWith(ending, StringComparison.Ordinal)) return true;
                }

                return false;
            }
        }

        /// <summary>Italian (after Savoy): -che/-chi→-c, -ghe/-ghi→-g, then the final vowel of plural and gender.</summary>
        private sealed class ItalianStemmer : Stemmer
        {
            public override string Stem(string word)
            {
                if (word.Length < 4 || !IsLetters(word))
                {
                    return word;
                }

                if (Ends(word, "che", 2) || Ends(word, "chi", 2) || Ends(word, "ghe", 2) || Ends(word, "ghi", 2)) return Cut(word, 2);
                if (Ends(word, "ie", 3) || Ends(word, "ii", 3)) return Cut(word, 2);
                var last = word[word.Length - 1];
                if ((last == 'a' || last == 'e' || last == 'i' || last == 'o') && word.Length > 4) return Cut(word, 1);
                return word;
            }
        }

        /// <summary>German (after Savoy/Caumanns): -ern, -em, -en, -er, -es, -e, -n, -s, keeping a stem of 4 chars.</summary>
        private sealed class GermanStemmer : Stemmer
        {
            private static readonly string[] Suffixes = { "ern", "em", "en", "er", "es", "e", "n", "s" };

            public override string Stem(string word)
            {
                if (word.Length < 5 || !IsLetters(word))
                {
                    return word;
                }

                foreach (var suffix in Suffixes)
                {
                    if (Ends(word, suffix, 4))
                    {
                        return Cut(word, suffix.Length);
                    }
                }

                return word;
            }
        }

        private static bool IsLetters(string word)
        {
            foreach (var c in word)
            {
                if (c < 'a' || c > 'z') return false;
            }

            return true;
        }
    }
}
