using System;
using System.Globalization;
using System.Resources;

namespace HelpCenter;

/// <summary>
/// The HelpCenter's own words (Resources/Words*.resx: English, French, German, Spanish), in a page's language or its
/// parent's (<c>fr-CA</c> takes French), else in English; the text says which, for a <c>lang</c> attribute.
/// </summary>
public static class Words
{
    private static readonly ResourceManager s_resources = new("HelpCenter.Resources.Words", typeof(Words).Assembly);

    /// <summary>The word <paramref name="name"/> in <paramref name="language"/>, and the language it is in.</summary>
    public static (string Text, string Language) Get(string name, string language)
    {
        for (var culture = CultureOf(language); culture is not null && culture.Name.Length > 0; culture = culture.Parent)
        {
            // This culture's own resources alone: the parents (and English) are tried after, and say so.
            if (s_resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false)?.GetString(name) is { } text)
            {
                return (text, culture.Name);
            }
        }

        return (s_resources.GetString(name, CultureInfo.InvariantCulture) ?? throw new ArgumentException("No word " + name, nameof(name)), "en");
    }

    /// <summary>The language of a word in <paramref name="language"/> for its lang attribute: null when it is the page's.</summary>
    public static string? LangIfOther((string Text, string Language) word, string language) =>
        language.StartsWith(word.Language, StringComparison.OrdinalIgnoreCase) ? null : word.Language;

    /// <summary>The culture named <paramref name="language"/>, or null when the platform knows none.</summary>
    public static CultureInfo? CultureOf(string? language)
    {
        if (string.IsNullOrEmpty(language))
        {
            return null;
        }

        try
        {
            return CultureInfo.GetCultureInfo(language, predefinedOnly: true);
        }
        catch (CultureNotFoundException)
        {
            return null;
        }
    }
}
