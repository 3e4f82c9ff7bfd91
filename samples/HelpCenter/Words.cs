using System;
using System.Collections.Generic;
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
            if (Own(culture)?.GetString(name) is { } text)
            {
                return (text, culture.Name);
            }
        }

        return (s_resources.GetString(name, CultureInfo.InvariantCulture) ?? throw new ArgumentException("No word " + name, nameof(name)), "en");
    }

    /// <summary>
    /// The language of the first of <paramref name="cultures"/> (a reader's, most preferred first) that the words are
    /// written in, itself or a parent (<c>es-MX</c> → <c>es</c>); null when none is.
    /// </summary>
    public static string? FirstWritten(IEnumerable<CultureInfo> cultures)
    {
        foreach (var first in cultures)
        {
            for (var culture = first; culture.Name.Length > 0; culture = culture.Parent)
            {
                if (culture.Name == "en" || Own(culture) is not null)
                {
                    return culture.Name;
                }
            }
        }

        return null;
    }

    // This culture's own resources alone: the parents are tried after. English, the neutral resources (Words.resx), is no culture's own.
    private static ResourceSet? Own(CultureInfo culture) =>
        s_resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false);

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
