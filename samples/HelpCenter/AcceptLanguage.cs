using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace HelpCenter;

/// <summary>The cultures of a request's <c>Accept-Language</c> header (RFC 9110, section 12.5.4), most preferred first.</summary>
public static class AcceptLanguage
{
    /// <summary>
    /// The header's languages ordered by quality (highest first; equal qualities keep the header's order), without
    /// <c>q=0</c> (not acceptable), <c>*</c>, malformed entries and names that are not known cultures.
    /// </summary>
    public static IReadOnlyList<CultureInfo> Parse(StringValues header)
    {
        if (!StringWithQualityHeaderValue.TryParseList(header, out var entries))
        {
            return [];
        }

        var cultures = new List<CultureInfo>();
        foreach (var entry in entries.Where(e => (e.Quality ?? 1) > 0).OrderByDescending(e => e.Quality ?? 1))
        {
            if (Culture(entry.Value.Value) is { } culture && !cultures.Contains(culture))
            {
                cultures.Add(culture);
            }
        }

        return cultures;
    }

    private static CultureInfo? Culture(string? name)
    {
        if (string.IsNullOrEmpty(name) || name == "*")
        {
            return null;
        }

        try
        {
            // Known cultures only: a name the platform does not know is ignored, as an invalid one is.
            return CultureInfo.GetCultureInfo(name, predefinedOnly: true);
        }
        catch (CultureNotFoundException)
        {
            return null;
        }
    }
}
