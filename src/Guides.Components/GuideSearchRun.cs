using System;
using System.Collections.Generic;
using System.Linq;

namespace Guides.Components;

/// <summary>
/// One search over several libraries, in one language: every library's hits, best first, the correction of the first
/// library that corrected the query, and, when asked for, the titles of guides and steps that the query begins
/// (<see cref="GuideLibrary.Suggest"/>).
/// </summary>
internal sealed class GuideSearchRun
{
    private GuideSearchRun(string query, IReadOnlyList<GuideSearchHit> hits, string? correction, IReadOnlyList<GuideSuggestion> suggestions)
    {
        Query = query;
        Hits = hits;
        Correction = correction;
        Suggestions = suggestions;
    }

    public string Query { get; }

    public IReadOnlyList<GuideSearchHit> Hits { get; }

    /// <summary>How the search read the query (a typo corrected), when it did.</summary>
    public string? Correction { get; }

    /// <summary>Guides and steps whose titles have a word that the query begins, when asked for.</summary>
    public IReadOnlyList<GuideSuggestion> Suggestions { get; }

    public static GuideSearchRun Of(IReadOnlyList<GuideLibrary> libraries, string? query, string language, int limit, int suggestions = 0)
    {
        var text = (query ?? string.Empty).Trim();
        if (text.Length == 0 || libraries.Count == 0)
        {
            return new GuideSearchRun(text, [], null, []);
        }

        var culture = GuideCultures.Of(language);
        var results = libraries.Select(l => GuideSearchResult.Of(l.Search(text, culture))).ToList();
        var hits = results.SelectMany(r => r.Hits).OrderByDescending(h => h.Score).Take(limit).ToList();
        var correction = results.FirstOrDefault(r => r.IsCorrected)?.CorrectedQuery;
        IReadOnlyList<GuideSuggestion> offered = suggestions > 0
            ? libraries.SelectMany(l => l.Suggest(text, culture, suggestions)).Take(suggestions).ToList()
            : [];
        return new GuideSearchRun(text, hits, correction, offered);
    }
}
