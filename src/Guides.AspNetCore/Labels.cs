using System;
using System.Collections.Generic;
using System.Globalization;

namespace Guides.AspNetCore;

/// <summary>
/// The words of the pages themselves (not the guides'), per language: English, French, German and Spanish; any other
/// language takes English. Each language's punctuation is in its own strings (French's non-breaking space before a
/// colon is in the French strings alone), never in the code that assembles them.
/// </summary>
internal sealed class Labels
{
    public required string Language { get; init; }
    public required string SkipToContent { get; init; }
    public required string Guides { get; init; }
    public required string Languages { get; init; }
    public required string OtherLanguages { get; init; }
    public required string OnThisPage { get; init; }
    public required string Steps { get; init; }
    public required string Requirements { get; init; }
    public required string Tips { get; init; }
    public required string Faq { get; init; }
    public required string Links { get; init; }
    public required string Search { get; init; }
    public required string SearchLabel { get; init; }
    public required string NoResults { get; init; }
    public required string ResultsFor { get; init; }
    public required string DidYouMean { get; init; }
    public required string MinutesToRead { get; init; }
    public required string NotFound { get; init; }
    public required string NotFoundText { get; init; }
    public required string AvailableIn { get; init; }

    private static readonly Labels s_english = new()
    {
        Language = "en",
        SkipToContent = "Skip to content",
        Guides = "Guides",
        Languages = "Languages",
        OtherLanguages = "Other languages",
        OnThisPage = "On this page",
        Steps = "Steps",
        Requirements = "What you need",
        Tips = "Tips",
        Faq = "Frequently asked questions",
        Links = "Useful links",
        Search = "Search",
        SearchLabel = "Search the guides",
        NoResults = "No results for “{0}”.",
        ResultsFor = "Results for “{0}”",
        DidYouMean = "Did you mean {0}?",
        MinutesToRead = "{0} min read",
        NotFound = "Page not found",
        NotFoundText = "There is no guide at this address.",
        AvailableIn = "This guide is available in:",
    };

    private static readonly Dictionary<string, Labels> s_byLanguage = new(StringComparer.OrdinalIgnoreCase)
    {
        ["en"] = s_english,
        ["fr"] = new()
        {
            Language = "fr",
            SkipToContent = "Aller au contenu",
            Guides = "Guides",
            Languages = "Langues",
            OtherLanguages = "Autres langues",
            OnThisPage = "Sur cette page",
            Steps = "Étapes",
            Requirements = "Ce dont vous avez besoin",
            Tips = "Conseils",
            Faq = "Questions fréquentes",
            Links = "Liens utiles",
            Search = "Rechercher",
            SearchLabel = "Rechercher dans les guides",
            NoResults = "Aucun résultat pour «\u00A0{0}\u00A0».",
            ResultsFor = "Résultats pour «\u00A0{0}\u00A0»",
            DidYouMean = "Vouliez-vous dire {0}\u00A0?",
            MinutesToRead = "{0}\u00A0min de lecture",
            NotFound = "Page introuvable",
            NotFoundText = "Aucun guide ne se trouve à cette adresse.",
            AvailableIn = "Ce guide existe en\u00A0:",
        },
        ["de"] = new()
        {
            Language = "de",
            SkipToContent = "Zum Inhalt springen",
            Guides = "Anleitungen",
            Languages = "Sprachen",
            OtherLanguages = "Andere Sprachen",
            OnThisPage = "Auf dieser Seite",
            Steps = "Schritte",
            Requirements = "Was Sie brauchen",
            Tips = "Tipps",
            Faq = "Häufige Fragen",
            Links = "Nützliche Links",
            Search = "Suchen",
            SearchLabel = "Anleitungen durchsuchen",
            NoResults = "Keine Ergebnisse für „{0}“.",
            ResultsFor = "Ergebnisse für „{0}“",
            DidYouMean = "Meinten Sie {0}?",
            MinutesToRead = "{0} Min. Lesezeit",
            NotFound = "Seite nicht gefunden",
            NotFoundText = "Unter dieser Adresse gibt es keine Anleitung.",
            AvailableIn = "Diese Anleitung gibt es auf:",
        },
        ["es"] = new()
        {
            Language = "es",
            SkipToContent = "Ir al contenido",
            Guides = "Guías",
            Languages = "Idiomas",
            OtherLanguages = "Otros idiomas",
            OnThisPage = "En esta página",
            Steps = "Pasos",
            Requirements = "Lo que necesita",
            Tips = "Consejos",
            Faq = "Preguntas frecuentes",
            Links = "Enlaces útiles",
            Search = "Buscar",
            SearchLabel = "Buscar en las guías",
            NoResults = "No hay resultados para «{0}».",
            ResultsFor = "Resultados para «{0}»",
            DidYouMean = "¿Quiso decir {0}?",
            MinutesToRead = "{0} min de lectura",
            NotFound = "Página no encontrada",
            NotFoundText = "No hay ninguna guía en esta dirección.",
            AvailableIn = "Esta guía está disponible en:",
        },
    };

    /// <summary>
    /// The labels of <paramref name="language"/>, or of its parent (<c>fr-CA</c> takes <c>fr</c>), or English. Their
    /// <see cref="Language"/> says which: the page marks them with it when it differs from the guide's.
    /// </summary>
    public static Labels For(string language)
    {
        if (s_byLanguage.TryGetValue(language, out var labels))
        {
            return labels;
        }

        var dash = language.IndexOf('-', StringComparison.Ordinal);
        return dash > 0 && s_byLanguage.TryGetValue(language[..dash], out var parent) ? parent : s_english;
    }

    /// <summary>A label with a value in it (<see cref="NoResults"/>, for instance).</summary>
    public static string Format(string label, string value) => string.Format(CultureInfo.InvariantCulture, label, value);
}
