using System;
using System.Collections.Generic;
using System.Globalization;
using Guides;

namespace HelpCenter.Pages;

/// <summary>The words a page puts around a guide, in the guide's language; English where the language has none here.</summary>
public sealed record Labels(
    string Lang,
    string LanguageName,
    string AllGuides,
    string Languages,
    string Requirements,
    string Steps,
    string Tips,
    string Faq,
    string Links,
    string Difficulty,
    string Easy,
    string Medium,
    string Hard)
{
    private static readonly Labels s_english = new("en", "English", "All guides", "Languages", "What you need", "Steps", "Tips", "Frequently asked questions", "Useful links", "Difficulty", "easy", "medium", "hard");

    private static readonly Dictionary<string, Labels> s_byLanguage = new(StringComparer.OrdinalIgnoreCase)
    {
        ["en"] = s_english,
        ["fr"] = new("fr", "Français", "Tous les guides", "Langues", "Ce dont vous avez besoin", "Les étapes", "Conseils", "Questions fréquentes", "Liens utiles", "Difficulté", "facile", "moyen", "difficile"),
        ["es"] = new("es", "Español", "Todas las guías", "Idiomas", "Lo que necesitas", "Pasos", "Consejos", "Preguntas frecuentes", "Enlaces útiles", "Dificultad", "fácil", "intermedio", "difícil"),
        ["de"] = new("de", "Deutsch", "Alle Anleitungen", "Sprachen", "Was Sie brauchen", "Schritte", "Tipps", "Häufige Fragen", "Nützliche Links", "Schwierigkeit", "einfach", "mittel", "schwer"),
        ["it"] = new("it", "Italiano", "Tutte le guide", "Lingue", "Cosa ti serve", "Passaggi", "Consigli", "Domande frequenti", "Link utili", "Difficoltà", "facile", "medio", "difficile"),
        ["pt"] = new("pt", "Português", "Todos os guias", "Idiomas", "O que você precisa", "Passos", "Dicas", "Perguntas frequentes", "Links úteis", "Dificuldade", "fácil", "médio", "difícil"),
    };

    /// <summary>The labels of a language (<c>pt-BR</c> takes <c>pt</c>'s); English when there are none.</summary>
    public static Labels For(string language)
    {
        if (s_byLanguage.TryGetValue(language, out var labels))
        {
            return labels;
        }

        var dash = language.IndexOf('-', StringComparison.Ordinal);
        return dash > 0 && s_byLanguage.TryGetValue(language[..dash], out labels) ? labels : s_english;
    }

    /// <summary>
    /// The language's own name: this table's for a language it has (<c>fr</c>: Français); else the platform's, with a
    /// capital (<c>pt-BR</c>: Português (Brasil)); else the code itself.
    /// </summary>
    public static string LanguageNameOf(string language)
    {
        if (s_byLanguage.TryGetValue(language, out var labels))
        {
            return labels.LanguageName;
        }

        try
        {
            var name = CultureInfo.GetCultureInfo(language, predefinedOnly: true).NativeName;
            return name.Length == 0 ? language : char.ToUpper(name[0], CultureInfo.InvariantCulture) + name[1..];
        }
        catch (CultureNotFoundException)
        {
            return language;
        }
    }

    /// <summary>The language of these labels when they are in <paramref name="language"/> (or its language without region), else <c>en</c>: for a <c>lang</c> attribute.</summary>
    public string? LangFor(string language) =>
        Lang.Equals(language.Split('-')[0], StringComparison.OrdinalIgnoreCase) ? null : Lang;

    public string DifficultyWord(GuideDifficulty difficulty) => difficulty switch
    {
        GuideDifficulty.Easy => Easy,
        GuideDifficulty.Medium => Medium,
        GuideDifficulty.Hard => Hard,
        _ => string.Empty,
    };
}
