using System.Globalization;

namespace Guides.Samples.Tests;

/// <summary>
/// A content library written by hand, as a second library beside the content package: ids with '/', a language the
/// package does not have, and an id the package has too.
/// </summary>
public sealed class TestLibrary : GuideLibrary
{
    /// <summary>The date of the guides of a library created without one.</summary>
    private static readonly DateTime s_date = new(2026, 5, 1);

    private readonly SortedDictionary<string, Guide[]> _byId = new(StringComparer.OrdinalIgnoreCase);

    /// <param name="defaultLanguage">The library's default language.</param>
    /// <param name="guides">Each guide's translations: id, then (language, title) pairs.</param>
    public TestLibrary(string defaultLanguage, params (string Id, (string Language, string Title)[] Translations)[] guides)
        : this(defaultLanguage, s_date, guides)
    {
    }

    /// <param name="defaultLanguage">The library's default language.</param>
    /// <param name="date">Every guide's date; <see langword="null"/> for guides without one.</param>
    /// <param name="guides">Each guide's translations: id, then (language, title) pairs.</param>
    public TestLibrary(string defaultLanguage, DateTime? date, params (string Id, (string Language, string Title)[] Translations)[] guides)
    {
        DefaultLanguage = defaultLanguage;
        foreach (var (id, translations) in guides)
        {
            Guide[] created = null!;
            created = [.. translations.OrderBy(t => t.Language, StringComparer.Ordinal).Select(t => NewGuide(id, t.Language, t.Title, () => created, date))];
            _byId.Add(id, created);
        }
    }

    public override int Count => _byId.Count;

    public override string DefaultLanguage { get; }

    public override IReadOnlyList<string> Ids => [.. _byId.Keys];

    public override IReadOnlyList<string> Languages =>
        [.. _byId.Values.SelectMany(t => t).Select(g => g.Language).Distinct().Order(StringComparer.Ordinal)];

    public override IReadOnlyList<Guide> All => [.. _byId.Keys.Select(id => Find(id)!)];

    public override Guide? Find(string id) => Find(id, CultureInfo.InvariantCulture);

    public override Guide? Find(string id, CultureInfo culture) =>
        _byId.TryGetValue(id, out var translations)
            ? translations[GuideLanguage.Choose([.. translations.Select(t => t.Language)], 0, translations.Length, culture, DefaultLanguage)]
            : null;

    public override Guide? Find(string id, string language) =>
        _byId.TryGetValue(id, out var translations)
            ? translations.FirstOrDefault(t => t.Language.Equals(language, StringComparison.OrdinalIgnoreCase))
            : null;

    public override IReadOnlyList<Guide> InLanguage(string language) =>
        [.. _byId.Keys.Select(id => Find(id, language)).OfType<Guide>()];

    /// <summary>A guide of one step, in <paramref name="language"/>, whose translations are <paramref name="translations"/>.</summary>
    public static Guide NewGuide(string id, string language, string title, Func<IReadOnlyList<Guide>>? translations = null) =>
        NewGuide(id, language, title, translations, s_date);

    /// <summary>A guide of one step, in <paramref name="language"/>, of <paramref name="date"/> (none when null).</summary>
    public static Guide NewGuide(string id, string language, string title, Func<IReadOnlyList<Guide>>? translations, DateTime? date) => new(
        id,
        title,
        "About " + title,
        "tests",
        GuideDifficulty.Easy,
        "all",
        language,
        date,
        [new GuideStep(1, "Start", "Start.", "<p>Start.</p>", "Start.")],
        [],
        null,
        [],
        [],
        [],
        [],
        translations);

    /// <summary>
    /// A guide whose every string is hostile markup (a title with a script, a step title that is an image with a handler,
    /// a link whose scheme runs script); its Html properties are what the generator would write.
    /// </summary>
    public static Guide Hostile(string language, string id = "x\"><script>") => new(
        id,
        "<script>alert('title')</script>",
        "Tom & Jerry <b>",
        "cat\"egory",
        GuideDifficulty.Hard,
        "all",
        language,
        new DateTime(2026, 1, 2),
        [new GuideStep(1, "<img src=x onerror=alert(1)>", "md", "<p>step <strong>html</strong></p>", "text")],
        [new FaqEntry("Q <i>?", "A", "<p>answer</p>")],
        null,
        [],
        [],
        [new GuideLink("link \"text\"", "https://example.org/a?b=1&c=2"), new GuideLink("javascript link", "javascript:alert(1)")],
        []);
}
