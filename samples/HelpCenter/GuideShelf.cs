using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Guides;

namespace HelpCenter;

/// <summary>
/// Several guide libraries shown as one. An id belongs to the first library that has it: its translations are that
/// library's, and a later library's guide of the same id is not shown.
/// </summary>
public sealed class GuideShelf
{
    private readonly GuideLibrary[] _libraries;

    public GuideShelf(IReadOnlyList<GuideLibrary> libraries)
    {
        ArgumentNullException.ThrowIfNull(libraries);
        _libraries = [.. libraries];
        if (_libraries.Any(l => l is null))
        {
            throw new ArgumentException("A library is null.", nameof(libraries));
        }

        Languages = [.. _libraries.SelectMany(l => l.Languages).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal)];
    }

    /// <summary>Every language of every library, in ordinal order.</summary>
    public IReadOnlyList<string> Languages { get; }

    /// <summary>The libraries, first first.</summary>
    public IReadOnlyList<GuideLibrary> Libraries => _libraries;

    /// <summary>The library that shows <paramref name="id"/> (the first that has it), or null.</summary>
    public GuideLibrary? LibraryOf(string id) => Array.Find(_libraries, l => l.Find(id) is not null);

    /// <summary>The guide in exactly <paramref name="language"/>, or null when it or that translation is missing.</summary>
    public Guide? Find(string id, string language) => LibraryOf(id)?.Find(id, language);

    /// <summary>The language as <see cref="Languages"/> spells it (<c>FR</c> → <c>fr</c>), or null when no guide is in it.</summary>
    public string? LanguageNamed(string language) =>
        Languages.FirstOrDefault(l => l.Equals(language, StringComparison.OrdinalIgnoreCase));

    /// <summary>The guides written in <paramref name="language"/>, each id once (from the library that shows it).</summary>
    public IReadOnlyList<Guide> InLanguage(string language) =>
        [.. _libraries.SelectMany(library => library.InLanguage(language).Where(g => LibraryOf(g.Id) == library))];

    /// <summary>Every translation of every guide shown, language by language.</summary>
    public IReadOnlyList<Guide> AllTranslations() => [.. Languages.SelectMany(InLanguage)];

    /// <summary>
    /// The titles of guides and steps that <paramref name="prefix"/> begins, in <paramref name="language"/>'s culture
    /// (<see cref="GuideLibrary.Suggest"/>), every library's in turn, each guide from the library that shows it.
    /// </summary>
    public IReadOnlyList<GuideSuggestion> Suggest(string prefix, string language, int limit)
    {
        var culture = Words.CultureOf(language);
        return [.. _libraries.SelectMany(l => l.Suggest(prefix, culture, limit).Where(s => LibraryOf(s.Guide.Id) == l)).Take(limit)];
    }

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
            if (library.Find(id, culture) is { } guide && Fits(guide.Language, culture))
            {
                return guide;
            }
        }

        return library.Find(id);
    }

    // Find(id, culture) falls back to the default language: a translation counts only when it is the culture or a parent.
    private static bool Fits(string language, CultureInfo culture)
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
}
