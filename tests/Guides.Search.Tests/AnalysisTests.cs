namespace Guides.Search.Tests;

public sealed class AnalysisTests
{
    private static string[] Words(string text)
    {
        var tokens = new List<Token>();
        Tokenizer.Tokenize(text, tokens);
        return tokens.Select(t => t.Text).ToArray();
    }

    [Theory]
    [InlineData("Sécurité Sociale", "securite sociale")]
    [InlineData("ÉTÉ À Noël", "ete a noel")]
    [InlineData("Straße", "strasse")]
    [InlineData("Æsir œuvre cœur", "aesir oeuvre coeur")]
    [InlineData("Øre Łódź", "ore lodz")]
    [InlineData("Ça Ñandú", "ca nandu")]
    [InlineData("e\u0301te\u0301", "ete")] // decomposed accents
    [InlineData("Şişli Dvořák", "sisli dvorak")]
    public void Folding_lowers_case_and_drops_diacritics(string text, string folded) =>
        Assert.Equal(folded, TextFolding.Fold(text));

    [Fact]
    public void The_tokenizer_drops_French_elisions_and_keeps_offsets()
    {
        var text = "L'assurance d’un qu'il jusqu'au c'est";
        var tokens = new List<Token>();
        Tokenizer.Tokenize(text, tokens);
        Assert.Equal(new[] { "assurance", "un", "il", "au", "est" }, tokens.Select(t => t.Text));
        Assert.Equal("assurance", text.Substring(tokens[0].Start, tokens[0].Length));
        Assert.Equal("un", text.Substring(tokens[1].Start, tokens[1].Length));
    }

    [Fact]
    public void Hyphens_apostrophes_and_punctuation_separate_words()
    {
        Assert.Equal(new[] { "two", "factor", "sign", "in", "don", "t" }, Words("two-factor sign–in: don't!"));
        Assert.Equal(new[] { "ameli", "fr", "13", "chiffres" }, Words("ameli.fr (13 chiffres)"));
        Assert.Empty(Words(" ,;:!?-—’' "));
    }

    [Fact]
    public void Offsets_point_at_the_original_text_even_where_folding_changes_the_length()
    {
        var text = "Die Straße und Œuvre";
        var tokens = new List<Token>();
        Tokenizer.Tokenize(text, tokens);
        Assert.Equal(new[] { "Die", "Straße", "und", "Œuvre" }, tokens.Select(t => text.Substring(t.Start, t.Length)));
        Assert.Equal("strasse", tokens[1].Text);
    }

    [Fact]
    public void Han_and_kana_are_one_word_per_char() =>
        Assert.Equal(new[] { "密", "码" }, Words("密码"));

    [Theory]
    // English
    [InlineData("en", "passwords", "password")]
    [InlineData("en", "printing", "print")]
    [InlineData("en", "printed", "print")]
    [InlineData("en", "reimbursements", "reimbursement")]
    [InlineData("en", "changing", "change")]
    [InlineData("en", "changed", "changes")]
    [InlineData("en", "settings", "setting")]
    [InlineData("en", "addresses", "address")]
    [InlineData("en", "replies", "reply")]
    // French
    [InlineData("fr", "déménagement", "déménagé")]
    [InlineData("fr", "déménager", "déménagé")]
    [InlineData("fr", "remboursements", "remboursement")]
    [InlineData("fr", "remboursée", "rembourser")]
    [InlineData("fr", "imprimer", "imprimez")]
    [InlineData("fr", "imprimé", "imprimer")]
    [InlineData("fr", "journaux", "journal")]
    [InlineData("fr", "heureuse", "heureux")]
    [InlineData("fr", "première", "premier")]
    [InlineData("fr", "étapes", "étape")]
    // Spanish
    [InlineData("es", "configuración", "configuraciones")]
    [InlineData("es", "contraseñas", "contraseña")]
    [InlineData("es", "luces", "luz")]
    // German
    [InlineData("de", "Einstellungen", "Einstellung")]
    [InlineData("de", "Passwörter", "Passwort")]
    [InlineData("de", "Kontos", "Konto")]
    // Italian
    [InlineData("it", "impostazioni", "impostazione")]
    [InlineData("it", "dispositivi", "dispositivo")]
    [InlineData("it", "banche", "banca")]
    // Portuguese
    [InlineData("pt", "configurações", "configuração")]
    [InlineData("pt-BR", "senhas", "senha")]
    [InlineData("pt", "papéis", "papel")]
    public void Light_stemming_meets_these_forms(string language, string a, string b)
    {
        var stemmer = Stemmer.For(language);
        Assert.Equal(stemmer.Stem(TextFolding.Fold(b)), stemmer.Stem(TextFolding.Fold(a)));
    }

    [Theory]
    // Light stemming does not reach other conjugated forms, irregular forms, or words of another family.
    [InlineData("fr", "imprimons", "imprimer")]
    [InlineData("fr", "imprimait", "imprimer")]
    [InlineData("en", "printer", "print")]
    [InlineData("en", "went", "go")]
    [InlineData("en", "mice", "mouse")]
    [InlineData("fr", "carte", "carton")]
    [InlineData("ja", "passwords", "password")] // no stemmer: words stay whole
    public void Light_stemming_does_not_meet_these(string language, string a, string b)
    {
        var stemmer = Stemmer.For(language);
        Assert.NotEqual(stemmer.Stem(TextFolding.Fold(b)), stemmer.Stem(TextFolding.Fold(a)));
    }

    [Fact]
    public void Stemmers_are_chosen_by_primary_subtag_and_are_deterministic()
    {
        Assert.Same(Stemmer.For("fr"), Stemmer.For("fr-CA"));
        Assert.Same(Stemmer.For("pt"), Stemmer.For("pt_BR"));
        Assert.Same(Stemmer.Identity, Stemmer.For("zh-cn"));
        Assert.Same(Stemmer.Identity, Stemmer.For(null));
        Assert.Equal("13", Stemmer.For("en").Stem("13"));
        Assert.Equal("passwords", Stemmer.For("ja").Stem("passwords"));
    }

    [Fact]
    public void Stop_words_are_per_language()
    {
        Assert.Contains("les", StopWords.For("fr"));
        Assert.Contains("the", StopWords.For("en-GB"));
        Assert.DoesNotContain("the", StopWords.For("fr"));
        Assert.Empty(StopWords.For("ja"));
    }

    [Theory]
    [InlineData("password", "pasword", true)]
    [InlineData("password", "passwrod", true)]
    [InlineData("password", "passwordx", true)]
    [InlineData("password", "bassword", true)]
    [InlineData("password", "password", true)]
    [InlineData("password", "psaswrod", false)]
    [InlineData("password", "passwo", false)]
    public void One_edit(string a, string b, bool expected)
    {
        Assert.Equal(expected, WithinOneEdit(a, b));
        Assert.Equal(expected, WithinOneEdit(b, a));
    }

    private static bool WithinOneEdit(string word, string candidate)
    {
        var rows = Array.Empty<int>();
        return Levenshtein.Distance(word, candidate, 1, ref rows) <= 1;
    }
}

/// <summary>
/// The bounded edit distance against the edit distance measured the plain way (a full table), on random words of a small
/// alphabet (so that many are near each other), for one and two edits.
/// </summary>
public sealed class LevenshteinTests
{
    internal static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        }

        return d[a.Length, b.Length];
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void The_bounded_distance_is_the_full_tables_up_to_the_bound(int maxDistance)
    {
        var random = new Random(7 + maxDistance);
        string Word() => new(Enumerable.Range(0, 1 + random.Next(9)).Select(_ => "abcde"[random.Next(5)]).ToArray());
        var rows = Array.Empty<int>();
        for (var q = 0; q < 20000; q++)
        {
            var (a, b) = (Word(), Word());
            Assert.Equal(Math.Min(Distance(a, b), maxDistance + 1), Levenshtein.Distance(a, b, maxDistance, ref rows));
        }
    }
}
