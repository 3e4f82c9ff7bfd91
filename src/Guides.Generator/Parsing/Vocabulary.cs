using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Guides.Generator.Model;

namespace Guides.Generator.Parsing
{
    /// <summary>The sections of a guide's body that the generator knows and types.</summary>
    internal enum SectionKind
    {
        Other,
        Introduction,
        Requirements,
        Steps,
        Tips,
        Links,
    }

    /// <summary>
    /// The words guides are written with, in every supported language: section headings, the word that starts
    /// a step heading, and difficulty values. Step words are also read for ru, uk, pl, nl, sv, tr, ja, zh, ko and hi
    /// (Chinese <c>第 N 步</c> by <see cref="StepHeading"/>), whose section headings are not known yet: a heading such as
    /// <c>## Шаги</c> is an ordinary section, where a numbered list stays a list. To support a language, add its words to the tables below
    /// (lower case; accents are kept, and matching ignores case and repeated spaces).
    /// </summary>
    internal static class Vocabulary
    {
        private static readonly (SectionKind Kind, string[] Headings)[] s_sections =
        {
            (SectionKind.Introduction, new[]
            {
                "what you will learn", "what you'll learn",                  // en
                "ce que vous allez apprendre", "ce que vous apprendrez",     // fr
                "lo que aprenderás", "qué aprenderás",                       // es
                "was sie lernen werden", "was du lernst", "was sie lernen",  // de
                "cosa imparerai", "che cosa imparerai",                      // it
                "o que você vai aprender", "o que vai aprender",             // pt
            }),
            (SectionKind.Requirements, new[]
            {
                "what you need", "what you'll need", "what you will need",
                "ce dont vous avez besoin", "ce qu'il vous faut",
                "lo que necesitas", "qué necesitas",
                "was sie brauchen", "was du brauchst",
                "cosa ti serve", "di cosa hai bisogno",
                "o que você precisa", "do que você precisa", "o que precisa",
            }),
            (SectionKind.Steps, new[]
            {
                "steps", "the steps",
                "les étapes", "étapes",
                "los pasos", "pasos",
                "die schritte", "schritte",
                "i passaggi", "passaggi",
                "os passos", "passos", "etapas",
            }),
            (SectionKind.Tips, new[]
            {
                "tips", "conseils", "astuces", "consejos", "tipps", "consigli", "dicas",
            }),
            (SectionKind.Links, new[]
            {
                "useful links", "links", "liens utiles", "enlaces útiles", "nützliche links", "link utili", "links úteis",
            }),
        };

        /// <summary>The word that starts a step heading (<c>### Step 1: ...</c>), per language.</summary>
        public static readonly IReadOnlyList<string> StepWords = new[]
        {
            "step", "étape", "etape", "paso", "schritt", "passaggio", "passo", "etapa",
            "шаг", "крок", "krok", "stap", "steg", "adım", "ステップ", "手順", "步骤", "단계", "चरण",
        };

        private static readonly (Difficulty Value, string[] Words)[] s_difficulties =
        {
            (Difficulty.Easy, new[] { "easy", "facile", "fácil", "facil", "einfach", "leicht" }),
            (Difficulty.Medium, new[] { "medium", "moyen", "intermedio", "medio", "mittel", "médio" }),
            (Difficulty.Hard, new[] { "hard", "difficile", "difícil", "dificil", "schwer", "schwierig" }),
        };

        private static readonly Dictionary<string, SectionKind> s_sectionByHeading = s_sections
            .SelectMany(s => s.Headings.Select(h => (Heading: h, s.Kind)))
            .ToDictionary(x => x.Heading, x => x.Kind, StringComparer.Ordinal);

        private static readonly Dictionary<string, Difficulty> s_difficultyByWord = s_difficulties
            .SelectMany(d => d.Words.Select(w => (Word: w, d.Value)))
            .ToDictionary(x => x.Word, x => x.Value, StringComparer.Ordinal);

        /// <summary>Every difficulty word, for messages.</summary>
        public static string DifficultyWords => string.Join(", ", s_difficulties.SelectMany(d => d.Words.Take(2)));

        public static SectionKind SectionOf(string heading) =>
            s_sectionByHeading.TryGetValue(Normalize(heading), out var kind) ? kind : SectionKind.Other;

        public static bool TryGetDifficulty(string word, out Difficulty difficulty) =>
            s_difficultyByWord.TryGetValue(Normalize(word), out difficulty);

        /// <summary>Lower case, typographic apostrophes made plain, runs of white space made one space, trimmed.</summary>
        public static string Normalize(string value)
        {
            var builder = new StringBuilder(value.Length);
            var space = false;
            foreach (var c in IsComposed(value) ? value : value.Normalize(NormalizationForm.FormC))
            {
                if (char.IsWhiteSpace(c))
                {
                    space = builder.Length > 0;
                    continue;
                }

                if (space)
                {
                    builder.Append(' ');
                    space = false;
                }

                builder.Append(c == '\u2019' ? '\'' : char.ToLower(c, CultureInfo.InvariantCulture));
            }

            return builder.ToString();
        }

        /// <summary>
        /// Text below U+0300, the first combining mark, is its own composed form (FormC) already: no need to ask the
        /// platform's Unicode library, which costs more than the rest of <see cref="Normalize"/>.
        /// </summary>
        private static bool IsComposed(string value)
        {
            foreach (var c in value)
            {
                if (c >= '\u0300')
                {
                    return false;
                }
            }

            return true;
        }
    }
}
