using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;
using Microsoft.Net.Http.Headers;

namespace Guides.AspNetCore;

/// <summary>Cultures from names and from requests, safe under invariant globalization (an unknown name is null).</summary>
internal static class Cultures
{
    // ASP.NET Core's parser of Accept-Language: its languages by quality, best first. More than its default 3 are tried,
    // since a guide may be in none of a reader's first choices.
    private static readonly AcceptLanguageHeaderRequestCultureProvider s_acceptLanguage = new()
    {
        MaximumAcceptLanguageHeaderValuesToTry = 10,
    };

    /// <summary>The culture of a language name (<c>fr</c>, <c>en-GB</c>), or null when the platform does not know it.</summary>
    public static CultureInfo? Of(string? name)
    {
        if (string.IsNullOrEmpty(name) || name == "*")
        {
            return null;
        }

        try
        {
            return CultureInfo.GetCultureInfo(name, predefinedOnly: true);
        }
        catch (CultureNotFoundException)
        {
            return null;
        }
    }

    /// <summary>True when <paramref name="language"/> is <paramref name="culture"/> or one of its parents (<c>fr</c> of <c>fr-CA</c>).</summary>
    public static bool IsOrIsParentOf(string language, CultureInfo culture)
    {
        for (var current = culture; current.Name.Length > 0; current = current.Parent)
        {
            if (current.Name.Equals(language, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The language named in itself, capitalized as it starts a label (<c>Français</c>); the name itself when unknown.</summary>
    public static string NativeName(string language)
    {
        var culture = Of(language);
        if (culture is null || culture.NativeName.Length == 0 || culture.Name.Length == 0)
        {
            return language;
        }

        var name = culture.NativeName;
        return culture.TextInfo.ToUpper(name[0]) + name[1..];
    }

    /// <summary><c>rtl</c> for a language written right to left (<c>ar</c>, <c>he</c>), else <c>ltr</c>.</summary>
    public static string Direction(string language) => Of(language)?.TextInfo.IsRightToLeft == true ? "rtl" : "ltr";

    /// <summary>
    /// The reader's cultures, most preferred first: the culture that the app's request localization chose from a cookie or
    /// a query string (when it runs <c>UseRequestLocalization</c>), then those of <c>Accept-Language</c>, by quality.
    /// </summary>
    public static async Task<IReadOnlyList<CultureInfo>> OfRequestAsync(HttpContext context)
    {
        var cultures = new List<CultureInfo>();
        var feature = context.Features.Get<IRequestCultureFeature>();
        if (feature?.Provider is { } provider and not AcceptLanguageHeaderRequestCultureProvider)
        {
            cultures.Add(feature.RequestCulture.UICulture);
        }

        if (await s_acceptLanguage.DetermineProviderCultureResult(context).ConfigureAwait(false) is { } result)
        {
            // q=0 is "not acceptable" (RFC 9110, 12.4.2), which the provider ranks last rather than leaving out.
            var refused = StringWithQualityHeaderValue.TryParseList(context.Request.Headers.AcceptLanguage, out var entries)
                ? entries.Where(e => e.Quality == 0).Select(e => e.Value.Value).ToHashSet(StringComparer.OrdinalIgnoreCase)
                : [];
            foreach (var name in result.UICultures)
            {
                if (!refused.Contains(name.Value ?? string.Empty) && Of(name.Value) is { } culture && !cultures.Contains(culture))
                {
                    cultures.Add(culture);
                }
            }
        }

        return cultures;
    }
}
