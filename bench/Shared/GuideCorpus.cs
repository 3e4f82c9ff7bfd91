using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace Guides.Corpus
{
    /// <summary>A guide of a generated corpus: its path under the content folder, its id and its text.</summary>
    internal readonly record struct CorpusGuide(string RelativePath, string Id, string Text);

    /// <summary>
    /// Guides shaped like the seed (content/fr/ameli.md): front matter with five FAQ entries, an introduction,
    /// requirements, seven steps with bold text and links, tips and links; about 6 KB each. Every guide's text is
    /// its own (its number is in every paragraph, list item, answer and link: no two guides share a string, as real
    /// guides would not), and the languages rotate through
    /// French, English, Spanish and German headings. Shared by the benchmarks and the scale test (linked into both).
    /// </summary>
    internal static class GuideCorpus
    {
        /// <summary>A language's section headings, step word and one difficulty value.</summary>
        private sealed record Language(string Code, string Intro, string Needs, string Steps, string Step, string Tips, string Links, string Difficulty);

        private static readonly Language[] s_languages =
        {
            new("fr", "Ce que vous allez apprendre", "Ce dont vous avez besoin", "Les étapes", "Étape", "Conseils", "Liens utiles", "facile"),
            new("en", "What you will learn", "What you need", "Steps", "Step", "Tips", "Useful links", "easy"),
            new("es", "Lo que aprenderás", "Lo que necesitas", "Pasos", "Paso", "Consejos", "Enlaces útiles", "intermedio"),
            new("de", "Was Sie lernen werden", "Was Sie brauchen", "Schritte", "Schritt", "Tipps", "Nützliche Links", "schwer"),
        };

        private static readonly string[] s_stepTitles =
        {
            "Télécharger l'application ou ouvrir le site",
            "Se connecter à votre compte",
            "Vérifier vos remboursements",
            "Télécharger une attestation",
            "Mettre à jour vos informations personnelles",
            "Commander une nouvelle carte",
            "Contacter votre caisse",
        };

        /// <summary>The id of guide <paramref name="index"/> (0-based): <c>guide-00042</c>.</summary>
        public static string Id(int index) => "guide-" + index.ToString("D5", CultureInfo.InvariantCulture);

        /// <summary>The first <paramref name="count"/> guides of the corpus, in order.</summary>
        public static IEnumerable<CorpusGuide> Generate(int count)
        {
            for (var i = 0; i < count; i++)
            {
                yield return Guide(i);
            }
        }

        /// <summary>Guide <paramref name="index"/> of the corpus, at <c>LANG/guide-NNNNN.md</c>; with <paramref name="varied"/>, in <see cref="VariedProse"/>.</summary>
        public static CorpusGuide Guide(int index, bool varied = false)
        {
            var language = s_languages[index % s_languages.Length];
            var id = Id(index);
            return new CorpusGuide(language.Code + "/" + id + ".md", id, varied ? VariedText(index, language) : Text(index, language));
        }

        /// <summary>The ten languages of <see cref="Translation"/>: four with their own headings, six with the English ones.</summary>
        private static readonly Language[] s_tenLanguages =
        [
            .. s_languages,
            .. new[] { "it", "pt", "nl", "pl", "sv", "da" }.Select(code => s_languages[1] with { Code = code }),
        ];

        /// <summary>
        /// Translation <paramref name="index"/> of a library of guides each in ten languages (100,000 files are 10,000 guides):
        /// <c>LANG/guide-NNNNN.md</c>, the guide <c>index / 10</c> in language <c>index % 10</c>, each translation's text its own.
        /// </summary>
        public static CorpusGuide Translation(int index, bool varied = false)
        {
            var language = s_tenLanguages[index % s_tenLanguages.Length];
            var id = Id(index / s_tenLanguages.Length);
            return new CorpusGuide(language.Code + "/" + id + ".md", id, varied ? VariedText(index, language) : Text(index, language));
        }

        /// <summary>The first <paramref name="count"/> guides of the corpus in <see cref="VariedProse"/>, in order.</summary>
        public static IEnumerable<CorpusGuide> GenerateVaried(int count)
        {
            for (var i = 0; i < count; i++)
            {
                yield return Guide(i, varied: true);
            }
        }

        /// <summary>
        /// Guide <paramref name="index"/> in nested folders, as a site keeps them: <c>LANG/area-A/topic-T/guide-NNNNN.md</c>
        /// (ten areas of ten topics), id <c>area-A/topic-T/guide-NNNNN</c>.
        /// </summary>
        public static CorpusGuide GuideInFolders(int index, bool varied = false)
        {
            var flat = Guide(index, varied);
            var folders = "area-" + (index % 10).ToString(CultureInfo.InvariantCulture) + "/topic-" + (index / 10 % 10).ToString(CultureInfo.InvariantCulture) + "/";
            var slash = flat.RelativePath.IndexOf('/');
            return new CorpusGuide(flat.RelativePath.Substring(0, slash + 1) + folders + flat.RelativePath.Substring(slash + 1), folders + flat.Id, flat.Text);
        }

        /// <summary>Writes the first <paramref name="count"/> guides under <paramref name="folder"/> (in nested folders when asked); returns the bytes written.</summary>
        public static long WriteTo(string folder, int count, bool inFolders = false, bool varied = false, bool translated = false)
        {
            long bytes = 0;
            var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
            for (var i = 0; i < count; i++)
            {
                var guide = translated ? Translation(i, varied) : inFolders ? GuideInFolders(i, varied) : Guide(i, varied);
                var path = Path.Combine(folder, guide.RelativePath);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                var data = utf8.GetBytes(guide.Text);
                File.WriteAllBytes(path, data);
                bytes += data.Length;
            }

            return bytes;
        }

        /// <summary>
        /// The seed's shape (front matter with five FAQ entries, introduction, four requirements, seven steps with bold text
        /// and a link, four tips, four links) with every sentence in <see cref="VariedProse"/>: about as long as
        /// <see cref="Text"/>, no sentence repeated.
        /// </summary>
        private static string VariedText(int index, Language language)
        {
            var prose = new VariedProse(index);
            var n = index.ToString(CultureInfo.InvariantCulture);
            var text = new StringBuilder(6400);
            text.Append("---\n");
            text.Append("title: \"").Append(prose.Phrase(5, 10)).Append("\"\n");
            text.Append("description: \"").Append(prose.Sentences(18)).Append("\"\n");
            AppendFields(text, index, language);
            text.Append("faq:\n");
            for (var q = 1; q <= 5; q++)
            {
                text.Append("  - question: \"").Append(prose.Phrase(5, 10)).Append(" ?\"\n");
                text.Append("    answer: \"").Append(prose.Sentences(28)).Append("\"\n");
            }

            text.Append("---\n\n");
            text.Append("## ").Append(language.Intro).Append("\n\n").Append(prose.Sentences(50)).Append("\n\n");
            text.Append("## ").Append(language.Needs).Append("\n\n");
            for (var r = 0; r < 4; r++)
            {
                text.Append("- ").Append(prose.Phrase(4, 12)).Append('\n');
            }

            text.Append("\n## ").Append(language.Steps).Append("\n\n");
            for (var s = 1; s <= 7; s++)
            {
                text.Append("### ").Append(language.Step).Append(' ').Append(s).Append(" : ").Append(prose.Phrase(3, 7)).Append("\n\n");
                text.Append(prose.Sentences(12)).Append(" **").Append(prose.Phrase(1, 3)).Append("** ").Append(prose.Sentences(14));
                text.Append(" [").Append(prose.Phrase(2, 4)).Append("](https://www.example.org/guides/").Append(n).Append("/etape-").Append(s).Append(").\n\n");
            }

            text.Append("## ").Append(language.Tips).Append("\n\n");
            for (var t = 0; t < 4; t++)
            {
                text.Append("- ").Append(prose.Sentences(18)).Append('\n');
            }

            text.Append("\n## ").Append(language.Links).Append("\n\n");
            for (var l = 0; l < 4; l++)
            {
                text.Append("- [").Append(prose.Phrase(2, 5)).Append("](https://www.example.org/").Append(n).Append('/').Append(l).Append(")\n");
            }

            return text.ToString();
        }

        /// <summary>The front matter's fields between the description and the FAQ: category, steps, difficulty, platform, language, date.</summary>
        private static void AppendFields(StringBuilder text, int index, Language language)
        {
            text.Append("category: \"category-").Append((index % 12).ToString(CultureInfo.InvariantCulture)).Append("\"\n");
            text.Append("steps: 7\n");
            text.Append("difficulty: \"").Append(language.Difficulty).Append("\"\n");
            text.Append("platform: \"all\"\n");
            text.Append("lang: \"").Append(language.Code).Append("\"\n");
            text.Append("date: \"2026-").Append((1 + index % 12).ToString("D2", CultureInfo.InvariantCulture)).Append('-').Append((1 + index % 28).ToString("D2", CultureInfo.InvariantCulture)).Append("\"\n");
        }

        private static string Text(int index, Language language)
        {
            var n = index.ToString(CultureInfo.InvariantCulture);
            var text = new StringBuilder(6400);
            text.Append("---\n");
            text.Append("title: \"Guide ").Append(n).Append(" : utiliser le service en ligne pour l'assurance maladie et les remboursements\"\n");
            text.Append("description: \"Apprenez à accéder à votre compte ").Append(n).Append(" pour vérifier vos remboursements, télécharger des attestations et gérer votre sécurité sociale en ligne.\"\n");
            AppendFields(text, index, language);
            text.Append("faq:\n");
            for (var q = 1; q <= 5; q++)
            {
                text.Append("  - question: \"Question ").Append(q).Append(" du guide ").Append(n).Append(" : qu'est-ce que ce service ?\"\n");
                text.Append("    answer: \"Ce service ").Append(n).Append(" (réponse ").Append(q).Append(") est la plateforme en ligne de l'Assurance Maladie. Elle vous permet de vérifier vos remboursements, télécharger des documents officiels, mettre à jour vos informations personnelles et contacter votre caisse sans vous déplacer.\"\n");
            }

            text.Append("---\n\n");
            text.Append("## ").Append(language.Intro).Append("\n\n");
            text.Append("Dans ce guide ").Append(n).Append(", vous apprendrez à accéder à votre compte et à l'utiliser pour gérer votre assurance maladie. Vous verrez comment vérifier si une consultation a été remboursée, télécharger des documents officiels et mettre à jour vos informations personnelles. Ce service est le service en ligne de l'Assurance Maladie, le système public d'assurance santé en France.\n\n");
            text.Append("## ").Append(language.Needs).Append("\n\n");
            text.Append("- Votre numéro de sécurité sociale pour le guide ").Append(n).Append('\n');
            text.Append("- Un téléphone, une tablette ou un ordinateur avec un accès internet (").Append(n).Append(")\n");
            text.Append("- Une adresse email associée à votre compte ").Append(n).Append('\n');
            text.Append("- Votre mot de passe ").Append(n).Append(" (ou vos identifiants FranceConnect)\n\n");
            text.Append("## ").Append(language.Steps).Append("\n\n");
            for (var s = 1; s <= 7; s++)
            {
                text.Append("### ").Append(language.Step).Append(' ').Append(s).Append(" : ").Append(s_stepTitles[s - 1]).Append("\n\n");
                text.Append("Pour le guide ").Append(n).Append(", appuyez sur **Mon compte** en haut de l'écran, puis sur **Mes démarches ").Append(s).Append("**. ");
                text.Append("Entrez votre numéro de sécurité sociale (13 chiffres, présent sur votre carte ou sur un courrier) et votre mot de passe. ");
                text.Append("Vous pouvez aussi ouvrir votre navigateur internet et aller sur [le site officiel](https://www.example.org/guides/").Append(n).Append("/etape-").Append(s).Append(").");
                text.Append("\n\n");
            }

            text.Append("## ").Append(language.Tips).Append("\n\n");
            text.Append("- Guide ").Append(n).Append(" : vérifiez vos remboursements environ 5 jours après une consultation. Il faut généralement 3 à 7 jours pour que le remboursement apparaisse.\n");
            text.Append("- Gardez votre adresse email ").Append(n).Append(" à jour pour recevoir les notifications de nouveaux remboursements et les courriers importants.\n");
            text.Append("- Si vous avez une mutuelle ").Append(n).Append(", le reste à charge après le remboursement est généralement payé automatiquement par votre mutuelle si elle est télétransmise.\n");
            text.Append("- Vous pouvez activer les notifications dans l'application pour être prévenu à chaque nouveau remboursement du guide ").Append(n).Append(".\n\n");
            text.Append("## ").Append(language.Links).Append("\n\n");
            text.Append("- [Site officiel](https://www.example.org/guides/").Append(n).Append(")\n");
            text.Append("- [Télécharger sur iPhone](https://apps.example.org/app/guide-").Append(n).Append(")\n");
            text.Append("- [Télécharger sur Android](https://play.example.org/store/apps/details?id=guide.").Append(n).Append(")\n");
            text.Append("- [FranceConnect - se connecter aux services publics ").Append(n).Append("](https://franceconnect.example.org/").Append(n).Append(")\n");
            return text.ToString();
        }
    }
}
