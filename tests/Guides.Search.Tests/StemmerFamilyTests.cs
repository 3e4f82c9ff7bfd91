using Lucene.Net.Analysis.De;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Es;
using Lucene.Net.Analysis.Fr;
using Lucene.Net.Analysis.It;
using Lucene.Net.Analysis.Pt;
using Lucene.Net.Analysis.Ru;

namespace Guides.Search.Tests;

/// <summary>
/// Word families that the stemmer must join and pairs it must keep apart, each row checked twice: by our stemmer, and
/// by the light stemmer Lucene.Net ships for the same language (Savoy's light stemmers; the minimal plural stemmer for
/// English), an independent answer that the row is one a light stemmer should give. Rows that Lucene's stemmers answered
/// otherwise were left out rather than bent: they join mot/motif and cuenta/cuento (they strip -if and a final vowel),
/// and keep Konto/Kontos and banca/banche apart (which <see cref="AnalysisTests"/> has ours join, on purpose).
/// </summary>
public sealed class StemmerFamilyTests
{
    public static TheoryData<string, string[]> Families() => new()
    {
        { "fr", ["remboursement", "remboursements"] },
        { "fr", ["attestation", "attestations"] },
        { "fr", ["étape", "étapes"] },
        { "fr", ["carte", "cartes"] },
        { "fr", ["journal", "journaux"] },
        { "fr", ["sécurité", "sécurités"] },
        { "en", ["password", "passwords"] },
        { "en", ["setting", "settings"] },
        { "en", ["reply", "replies"] },
        { "en", ["guide", "guides"] },
        { "es", ["contraseña", "contraseñas"] },
        { "es", ["configuración", "configuraciones"] },
        { "es", ["luz", "luces"] },
        { "es", ["cuenta", "cuentas"] },
        { "de", ["Einstellung", "Einstellungen"] },
        { "de", ["Passwort", "Passwörter"] },
        { "de", ["Rechnung", "Rechnungen"] },
        { "it", ["impostazione", "impostazioni"] },
        { "it", ["pagina", "pagine"] },
        { "it", ["dispositivo", "dispositivi"] },
        { "pt", ["senha", "senhas"] },
        { "pt", ["configuração", "configurações"] },
        { "pt", ["papel", "papéis"] },
        { "ru", ["документация", "документации", "документацию"] },
        { "ru", ["версия", "версии"] },
        { "ru", ["тема", "темы", "теме", "тему"] },
        { "ru", ["страница", "страницы", "странице", "страниц"] },
        { "ru", ["тёмная", "тёмного", "тёмной"] },
        { "ru", ["порт", "порту", "порта"] },
    };

    public static TheoryData<string, string, string> Apart() => new()
    {
        { "fr", "carte", "carton" },
        { "fr", "compte", "comptable" },
        { "fr", "mot", "moteur" },
        { "en", "print", "printer" },
        { "en", "account", "accountant" },
        { "es", "cuenta", "contar" },
        { "de", "Konto", "Kontakt" },
        { "it", "conto", "contatto" },
        { "pt", "conta", "contato" },
        { "ru", "порт", "портал" },
        { "ru", "тема", "темп" },
        { "ru", "страница", "странный" },
    };

    private static string Ours(string language, string word) => Stemmer.For(language).Stem(TextFolding.Fold(word));

    private static string Lucene(string language, string word)
    {
        var chars = word.ToLowerInvariant().ToCharArray();
        var length = language switch
        {
            "fr" => new FrenchLightStemmer().Stem(chars, chars.Length),
            "en" => new EnglishMinimalStemmer().Stem(chars, chars.Length),
            "es" => new SpanishLightStemmer().Stem(chars, chars.Length),
            "de" => new GermanLightStemmer().Stem(chars, chars.Length),
            "it" => new ItalianLightStemmer().Stem(chars, chars.Length),
            "pt" => new PortugueseLightStemmer().Stem(chars, chars.Length),
            "ru" => new RussianLightStemmer().Stem(chars, chars.Length),
            _ => throw new ArgumentOutOfRangeException(nameof(language)),
        };
        // Lucene's light stemmers keep some accents that our folding drops: compare folded.
        return TextFolding.Fold(new string(chars, 0, length));
    }

    [Theory]
    [MemberData(nameof(Families))]
    public void A_family_meets_in_ours_and_in_Lucenes_light_stemmer(string language, string[] words)
    {
        Assert.Single(words.Select(w => Lucene(language, w)).Distinct());
        Assert.Single(words.Select(w => Ours(language, w)).Distinct());
    }

    [Theory]
    [MemberData(nameof(Apart))]
    public void Words_of_other_families_stay_apart_in_ours_and_in_Lucenes(string language, string a, string b)
    {
        Assert.NotEqual(Lucene(language, a), Lucene(language, b));
        Assert.NotEqual(Ours(language, a), Ours(language, b));
    }

    /// <summary>
    /// Every Russian word of the relevance set's pages (VitePress's documentation in Russian, as written): ours gives
    /// the stem Lucene's RussianLightStemmer gives.
    /// </summary>
    [Fact]
    public void Every_russian_word_of_the_relevance_pages_has_lucenes_light_stem()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Relevance", "VitePress", "ru");
        var tokens = new List<Token>();
        var words = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(folder, "*.md", SearchOption.AllDirectories))
        {
            tokens.Clear();
            Tokenizer.Tokenize(File.ReadAllText(file), tokens);
            foreach (var token in tokens)
            {
                if (token.Text.All(c => c >= 'а' && c <= 'я' || c == 'ё')) words.Add(token.Text);
            }
        }

        Assert.True(words.Count > 3000, words.Count + " words");
        var differ = words.Where(w => Ours("ru", w) != Lucene("ru", w)).Select(w => $"{w}: ours {Ours("ru", w)}, Lucene {Lucene("ru", w)}").ToList();
        Assert.True(differ.Count == 0, string.Join("\n", differ.Take(20)));
    }
}
