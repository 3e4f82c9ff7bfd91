using System;
using System.Collections.Generic;
using Guides;

namespace HelpCenter.Pages;

/// <summary>The words a page puts around a guide, in the guide's language; English where the language has none here.</summary>
public sealed record Labels(
    string Lang,
    string LanguageName,
    string AllGuides,
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
    private static readonly Labels s_english = new("en", "English", "All guides", "What you need", "Steps", "Tips", "Frequently asked questions", "Useful links", "Difficulty", "easy", "medium", "hard");

    private static readonly Dictionary<string, Labels> s_byLanguage = new(StringComparer.OrdinalIgnoreCase)
    {
        ["en"] = s_english,
        ["fr"] = new("fr", "Français", "Tous les guides", "Ce dont vous avez besoin", "Les étapes", "Conseils", "Questions fréquentes", "Liens utiles", "Difficulté", "facile", "moyen", "difficile"),
        ["es"] = new("es", "Español", "Todas las guías", "Lo que necesitas", "Pasos", "Consejos", "Preguntas frecuentes", "Enlaces útiles", "Dificultad", "fácil", "intermedio", "difícil"),
        ["de"] = new("de", "Deutsch", "Alle Anleitungen", "Was Sie brauchen", "Schritte", "Tipps", "Häufige Fragen", "Nützliche Links", "Schwierigkeit", "einfach", "mittel", "schwer"),
        ["it"] = new("it", "Italiano", "Tutte le guide", "Cosa ti serve", "Passaggi", "Consigli", "Domande frequenti", "Link utili", "Difficoltà", "facile", "medio", "difficile"),
        ["pt"] = new("pt", "Português", "Todos os guias", "O que você precisa", "Passos", "Dicas", "Perguntas frequentes", "Links úteis", "Dificuldade", "fácil", "médio", "difícil"),
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

    /// <summary>The language's own name, or its code when this table does not know it.</summary>
    public static string LanguageNameOf(string language) => For(language) is var labels && labels.Lang.Equals(language.Split('-')[0], StringComparison.OrdinalIgnoreCase)
        ? labels.LanguageName
        : language;

    public string DifficultyWord(GuideDifficulty difficulty) => difficulty switch
    {
        GuideDifficulty.Easy => Easy,
        GuideDifficulty.Medium => Medium,
        GuideDifficulty.Hard => Hard,
        _ => string.Empty,
    };
}
