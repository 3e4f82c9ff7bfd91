using System;
using System.Globalization;
using Guides.AspNetCore;

namespace Guides.Components;

/// <summary>Languages as the components show them: named in themselves, with their direction. Safe under invariant globalization.</summary>
public static class GuideCultures
{
    /// <summary>The culture of a language name, or null when the platform does not know it.</summary>
    internal static CultureInfo? Of(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return null;
        }

        try
        {
            var culture = CultureInfo.GetCultureInfo(name);
            // Under invariant globalization (a trimmed WebAssembly app) every name is a culture with no data of its own.
            return culture.Name.Length == 0 ? null : culture;
        }
        catch (CultureNotFoundException)
        {
            return null;
        }
    }

    /// <summary>The language named in itself, capitalized as it starts a label (<c>Français</c>); the name itself when unknown.</summary>
    public static string NativeName(string language)
    {
        var culture = Of(language);
        if (culture is null || string.IsNullOrEmpty(culture.NativeName))
        {
            return language;
        }

        var name = culture.NativeName;
        return culture.TextInfo.ToUpper(name[0]) + name[1..];
    }

    /// <summary><c>rtl</c> for a language written right to left (<c>ar</c>, <c>he</c>), else <c>ltr</c>.</summary>
    public static string Direction(string language) => Of(language)?.TextInfo.IsRightToLeft == true ? "rtl" : "ltr";

    /// <summary>The language of <paramref name="labels"/> when it is not <paramref name="language"/> (English words on a Dutch page), else null.</summary>
    internal static string? LangIfOther(Labels labels, string language) =>
        labels.Language.Equals(language, StringComparison.OrdinalIgnoreCase) ? null : labels.Language;
}
