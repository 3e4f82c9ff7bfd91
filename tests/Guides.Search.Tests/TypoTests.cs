namespace Guides.Search.Tests;

/// <summary>
/// Typos as people make them, on the repository's own guides: every word of the French Ameli guide below is typed with
/// each one-edit mistake (a letter missing, doubled, replaced, two letters swapped), and must still find the guide that
/// holds the word. The expected guide is read from the Markdown (the guide whose text has the word), not from the engine.
/// </summary>
public sealed class TypoTests
{
    private static readonly IReadOnlyList<CorpusGuide> Guides = Corpus.Guides;
    private static readonly SearchIndex Index = SearchIndex.Load(IndexBuilder.Write(Corpus.Documents(Guides)));

    /// <summary>Key words of the French Ameli guide, as written there (all of 5 letters or more).</summary>
    public static TheoryData<string> FrenchKeyWords() => new() { "remboursement", "attestation", "télécharger", "remboursements", "téléchargez", "mutuelle" };

    private static int GuideHolding(string word, string language)
    {
        var holders = Guides.Where(g => g.Language == language && Text(g).Contains(word, StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.Single(holders);
        return holders[0].Number;
    }

    private static string Text(CorpusGuide g) =>
        string.Join("\n", new[] { g.Title, g.Description }.Concat(g.Steps.SelectMany(s => new[] { s.Title, s.Text }))
            .Concat(g.Faq.SelectMany(f => new[] { f.Question, f.Answer })).Concat(g.Tips));

    /// <summary>Every one-letter deletion of <paramref name="word"/> (the bug of issue 24: a French reader who drops a letter).</summary>
    internal static IEnumerable<string> Deletions(string word) =>
        Enumerable.Range(0, word.Length).Select(i => word.Remove(i, 1)).Distinct();

    internal static IEnumerable<string> Transpositions(string word) =>
        Enumerable.Range(0, word.Length - 1).Where(i => word[i] != word[i + 1])
            .Select(i => word[..i] + word[i + 1] + word[i] + word[(i + 2)..]).Distinct();

    internal static IEnumerable<string> Insertions(string word) =>
        Enumerable.Range(0, word.Length + 1).Select(i => word.Insert(i, "x")).Distinct();

    internal static IEnumerable<string> Substitutions(string word) =>
        Enumerable.Range(0, word.Length).Select(i => word[..i] + (word[i] == 'q' ? 'w' : 'q') + word[(i + 1)..]).Distinct();

    private static List<string> Misses(string word, IEnumerable<string> typos)
    {
        var expected = GuideHolding(word, "fr");
        // A complete word, not one being typed: the query ends with a space.
        return typos.Where(t => !Index.Search(t + " ", "fr", 20).Any(r => r.Guide == expected)).ToList();
    }

    [Theory]
    [MemberData(nameof(FrenchKeyWords))]
    public void A_key_word_with_one_letter_missing_finds_its_guide(string word) => Assert.Equal("", string.Join(", ", Misses(word, Deletions(word))));

    [Theory]
    [MemberData(nameof(FrenchKeyWords))]
    public void A_key_word_with_two_letters_swapped_finds_its_guide(string word) => Assert.Equal("", string.Join(", ", Misses(word, Transpositions(word))));

    [Theory]
    [MemberData(nameof(FrenchKeyWords))]
    public void A_key_word_with_a_letter_too_many_finds_its_guide(string word) => Assert.Equal("", string.Join(", ", Misses(word, Insertions(word))));

    [Theory]
    [MemberData(nameof(FrenchKeyWords))]
    public void A_key_word_with_a_wrong_letter_finds_its_guide(string word) => Assert.Equal("", string.Join(", ", Misses(word, Substitutions(word))));
}

/// <summary>
/// Typos in every language, on small indexes whose answer is plain: each document holds one key word, a query typed with
/// a mistake must find that document and no other, whatever the accents, case, ligatures and apostrophes.
/// </summary>
public sealed class TypoRulesTests
{
    // One document a word; the words are chosen so that no two are within two edits of each other.
    private static readonly (string Language, string Word)[] KeyWords =
    [
        ("fr", "téléchargement"), ("fr", "complémentaire"), ("fr", "remboursement"), ("fr", "attestation"), ("fr", "l’assurance"),
        ("fr", "cœur"), ("fr", "bœuf"), ("en", "certificate"), ("en", "password"), ("en", "encyclopædia"), ("de", "Straße"),
        ("de", "Einstellungen"), ("es", "contraseña"), ("it", "impostazioni"), ("pt", "aplicação"), ("nl", "wachtwoord"),
        ("pl", "ustawienia"), ("sv", "lösenord"),
    ];

    private static readonly SearchIndex Index = IndexBuilder.Build(
        KeyWords.Select((k, i) => new Doc(i, k.Language, SearchPart.Guide, 0, ("Guide " + k.Word, 4f))).ToArray());

    private static int[] Found(string query, string language) => Index.Search(query + " ", language, 20).Select(r => r.Guide).ToArray();

    public static TheoryData<string, string, string> Typos() => new()
    {
        // language, typed, the key word it means
        { "fr", "telechargment", "téléchargement" },   // accents dropped, a letter missing
        { "fr", "TÉLÉCHARGEMNET", "téléchargement" },  // capitals, two letters swapped
        { "fr", "complementiare", "complémentaire" },
        { "fr", "complémentair", "complémentaire" },
        { "fr", "rembousement", "remboursement" },
        { "fr", "remboursemnt", "remboursement" },
        { "fr", "atestation", "attestation" },
        { "fr", "l'asurance", "l’assurance" },         // the other apostrophe, a letter missing
        { "fr", "d’assurrance", "l’assurance" },       // another elision, a letter too many
        { "fr", "coeur", "cœur" },                     // the ligature spelt out: no typo at all
        { "en", "certficate", "certificate" },         // the stemmer makes certfic of it: the word as written matches
        { "en", "pasword", "password" },
        { "en", "encyclopaedia", "encyclopædia" },
        { "en", "encylopaedia", "encyclopædia" },
        { "de", "Strasse", "Straße" },
        { "de", "Einstelungen", "Einstellungen" },
        { "de", "einstellugnen", "Einstellungen" },
        { "es", "contrasena", "contraseña" },
        { "es", "contraseƒa", "contraseña" },
        { "it", "impostazoni", "impostazioni" },
        { "pt", "aplicacao", "aplicação" },
        { "pt", "aplicaçao", "aplicação" },
        { "nl", "wachtwored", "wachtwoord" },          // a language without a stemmer
        { "pl", "ustawinia", "ustawienia" },
        { "sv", "losenrod", "lösenord" },
        // two edits from 9 letters
        { "fr", "telechargemnt", "téléchargement" },
        { "fr", "rembousemnt", "remboursement" },
        { "fr", "complmentare", "complémentaire" },
        { "en", "certficat", "certificate" },
        { "de", "Einstelugen", "Einstellungen" },
        { "it", "impostazoini", "impostazioni" },
    };

    [Theory]
    [MemberData(nameof(Typos))]
    public void A_typo_finds_the_word_it_means_and_nothing_else(string language, string typed, string word)
    {
        var expected = Array.FindIndex(KeyWords, k => k.Word == word);
        Assert.Equal([expected], Found(typed, language));
    }

    [Theory]
    [InlineData("fr", "attestaion")]   // 10 letters, one edit: found
    [InlineData("fr", "atestaion")]    // 9 letters, two edits: found
    public void Long_words_allow_two_edits(string language, string typed) =>
        Assert.Equal([Array.FindIndex(KeyWords, k => k.Word == "attestation")], Found(typed, language));

    [Theory]
    [InlineData("en", "pswrd")]        // 5 letters, three edits from password
    [InlineData("en", "paswrd")]       // 6 letters, two edits: one allowed below 9 letters
    [InlineData("fr", "cur")]          // 3 letters: no typo allowed
    [InlineData("fr", "bouf")]         // 4 letters (bœuf folds to boeuf): no typo allowed
    public void Short_words_allow_fewer_edits(string language, string typed) => Assert.Empty(Found(typed, language));

    [Fact]
    public void A_typo_in_another_language_finds_nothing_in_this_one() =>
        // "wachtwored" is Dutch; the English index has no word near it.
        Assert.Empty(Found("wachtwored", "en"));

    /// <summary>
    /// A correct word that the pages lack is not "corrected" to a word one edit away (the judged set's "publicar", read
    /// as "pública"): a Spanish or Portuguese infinitive whose root is a word of the pages is a word of the language.
    /// A real typo of the same length still is.
    /// </summary>
    [Theory]
    [InlineData("es", "publicar documentación", null)]
    [InlineData("pt", "publicar documentação", null)]
    [InlineData("es", "pulbica documentación", "pública documentación")]
    public void An_infinitive_of_a_word_of_the_pages_is_not_corrected(string language, string query, string? expected)
    {
        var index = IndexBuilder.Build(
            new Doc(0, language, SearchPart.Guide, 0, ("Información pública", 4f)),
            new Doc(1, language, SearchPart.Guide, 0, ("Pública", 4f)),
            new Doc(2, language, SearchPart.Guide, 0, (language == "es" ? "La documentación" : "A documentação", 4f)));
        var results = index.Search(query, [language], 10, out var corrected);
        Assert.Equal(expected, corrected);
        // The infinitive finds nothing of its own; the typo finds the pages of "pública" too.
        Assert.Equal(expected is null ? [2] : [0, 1, 2], results.Select(r => r.Guide).Order().ToArray());
    }

    /// <summary>
    /// A misspelt word is corrected to the word it was read as, also when that word is its own term (most English words:
    /// "password", "token"), which the index keeps as a term and not among the words as written; the correction is
    /// the word as the pages write it when they write it otherwise (accents, a stem that differs), and no correction is
    /// shown for a stem that is no word of the query's language.
    /// </summary>
    [Theory]
    [InlineData("en", "reset your passwrd", "reset your password")]
    [InlineData("en", "synchronisaton token", "synchronisation token")]
    [InlineData("en", "password tokenn", "password token")]
    [InlineData("fr", "jeton synchronisaton", "jeton synchronisation")]
    [InlineData("fr", "mot de pase", null)]            // 4 letters: no typo, and "pase" finds nothing
    [InlineData("en", "configr the token", null)]      // one edit from the stem "configur" alone, which no page writes
    [InlineData("fr", "synchronisaton tokn", "synchronisation tokn")] // "tokn" (4 letters) is no typo; the French page's word is corrected
    public void A_word_that_is_its_own_term_is_shown_as_the_correction(string language, string query, string? expected)
    {
        var index = IndexBuilder.Build(
            new Doc(0, "en", SearchPart.Guide, 0, ("Reset your password", 4f), ("Keep the synchronisation token in a vault. Configure it.", 1f)),
            new Doc(1, "fr", SearchPart.Guide, 0, ("Réinitialiser le mot de passe", 4f), ("Gardez le jeton de synchronisation.", 1f)));

        var results = index.Search(query, [language], 10, out var corrected);

        Assert.Equal(expected, corrected);
        if (expected is not null) Assert.Equal([language == "en" ? 0 : 1], results.Select(r => r.Guide).Distinct());
        Assert.DoesNotContain(new TextAnalyzer("en").Stemmer.Stem("configure"), corrected ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stem_near_a_typo_that_no_page_writes_as_a_word_is_not_shown_as_the_correction()
    {
        // "remboursement" and "remboursements" are in the pages; their stem is no word of them. "rembourse" is one edit
        // from the stem alone: it finds the pages, and no correction is shown rather than the stem.
        var index = IndexBuilder.Build(
            new Doc(0, "fr", SearchPart.Guide, 0, ("Demander un remboursement", 4f), ("Les remboursements arrivent vite.", 1f)));
        var stem = new TextAnalyzer("fr").Stemmer.Stem("remboursement");
        Assert.Equal(stem, new TextAnalyzer("fr").Stemmer.Stem("remboursements"));
        var typo = stem + "x";

        var results = index.Search(typo + " ", ["fr"], 10, out var corrected);

        Assert.Null(corrected);
        Assert.Equal([0], results.Select(r => r.Guide).Distinct());
    }
}
