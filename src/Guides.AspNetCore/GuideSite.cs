using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Guides.AspNetCore;

/// <summary>One library registered by <c>AddGuides</c>: every call adds its libraries, in order.</summary>
internal sealed record GuideLibraryRegistration(GuideLibrary Library);

/// <summary>
/// The libraries of the app shown as one. An id belongs to the first library that has it: its translations are that
/// library's, and a later library's guide of the same id is not shown.
/// </summary>
internal sealed class GuideSite
{
    private readonly GuideLibrary[] _libraries;

    public GuideSite(IEnumerable<GuideLibraryRegistration> registrations)
    {
        _libraries = [.. registrations.Select(r => r.Library).Distinct()];
        if (_libraries.Length == 0)
        {
            throw new InvalidOperationException("No guide library is registered: call builder.Services.AddGuides(GuideCatalog.Library).");
        }

        Languages = [.. _libraries.SelectMany(l => l.Languages).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal)];
    }

    /// <summary>The language of pages that are in no particular one (the index): the first library's default language.</summary>
    public string DefaultLanguage => _libraries[0].DefaultLanguage;

    /// <summary>Every language of every library, in ordinal order.</summary>
    public IReadOnlyList<string> Languages { get; }

    /// <summary>The library that shows <paramref name="id"/> (the first that has it), or null.</summary>
    public GuideLibrary? LibraryOf(string id) => Array.Find(_libraries, l => l.Find(id) is not null);

    /// <summary>The language as <see cref="Languages"/> spells it (<c>FR</c> → <c>fr</c>), or null when no guide is in it.</summary>
    public string? LanguageNamed(string language) =>
        Languages.FirstOrDefault(l => l.Equals(language, StringComparison.OrdinalIgnoreCase));

    /// <summary>The guides written in <paramref name="language"/>, each id once (from the library that shows it), by title.</summary>
    public IReadOnlyList<Guide> InLanguage(string language) =>
        [.. _libraries.SelectMany(library => library.InLanguage(language).Where(g => LibraryOf(g.Id) == library))
            .OrderBy(g => g.Title, StringComparer.Create(Cultures.Of(language) ?? CultureInfo.InvariantCulture, ignoreCase: true))];

    /// <summary>Every guide shown, each in its every translation, id by id.</summary>
    public IEnumerable<Guide> AllGuides() =>
        _libraries.SelectMany(library => library.All.Where(g => LibraryOf(g.Id) == library));

    /// <summary>
    /// The translation of <paramref name="id"/> for a reader who prefers <paramref name="cultures"/> (most preferred
    /// first): the first culture the guide has, itself or a parent (<c>fr-CA</c> takes <c>fr</c>), through
    /// <see cref="GuideLibrary.Find(string, CultureInfo)"/>; else the library's default language. Null when no library
    /// has the id.
    /// </summary>
    public Guide? Choose(string id, IEnumerable<CultureInfo> cultures)
    {
        var library = LibraryOf(id);
        if (library is null)
        {
            return null;
        }

        foreach (var culture in cultures)
        {
            // Find(id, culture) falls back to the default language: a translation counts only when it is the culture or a parent.
            if (library.Find(id, culture) is { } guide && Cultures.IsOrIsParentOf(guide.Language, culture))
            {
                return guide;
            }
        }

        return library.Find(id);
    }

    /// <summary>
    /// Searches every library in <paramref name="language"/>'s culture; the hits of all, best first.
    /// </summary>
    public GuideSearchResults Search(string query, string language, int limit)
    {
        var culture = Cultures.Of(language);
        var results = _libraries.Select(library => (Library: library, Result: GuideSearchResult.Of(library.Search(query, culture)))).ToList();
        var hits = results
            // A library's hit on an id that an earlier library shows is left out: that guide is not shown.
            .SelectMany(r => r.Result.Hits.Where(h => LibraryOf(h.Guide.Id) == r.Library))
            .OrderByDescending(h => h.Score)
            .Take(limit)
            .ToList();

        // How the search read a typo ("Did you mean ..."): the first library's that corrected the query.
        var correction = results.FirstOrDefault(r => r.Result.IsCorrected).Result?.CorrectedQuery;
        return new GuideSearchResults(query, hits, correction);
    }
}

/// <summary>What a search page shows: the hits, and the corrected query when the search offers one.</summary>
internal sealed record GuideSearchResults(string Query, IReadOnlyList<GuideSearchHit> Hits, string? Correction);
