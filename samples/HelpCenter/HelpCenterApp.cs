using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Guides;
using Guides.Components;
using HelpCenter.Pages;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Net.Http.Headers;

namespace HelpCenter;

/// <summary>
/// The web app. <c>/</c> lists every language and its guides; <c>/{lang}/</c> one language; <c>/{lang}/guides/{id}</c> is
/// one translation (ids may contain <c>/</c>); <c>/guides/{id}</c> redirects to the translation that best fits the
/// request's <c>Accept-Language</c>; <c>/search?q=…&amp;lang=…</c> searches. The pages are Razor components (Pages/),
/// rendered on the server; the guides' images and files are Guides.AspNetCore's <c>MapGuideFiles</c>.
/// </summary>
public static class HelpCenterApp
{
    /// <summary>The address when none is given: loopback only.</summary>
    public const string DefaultUrl = "http://127.0.0.1:5080";

    /// <summary>The response header that gives the server's process id, in the Development environment only.</summary>
    public const string ProcessIdHeader = "X-HelpCenter-Process";

    /// <summary>The most titles the search box offers as the reader types.</summary>
    public const int SuggestionLimit = 8;

    /// <summary>
    /// One title offered as the reader types: its text, its address, its language, and the guide's title when it is a
    /// step's (<c>/suggest</c>).
    /// </summary>
    public sealed record Suggestion(string Text, string Url, string Lang, string? Guide);

    /// <summary>Where the pages link: the content library's <c>GuidesLinkFormat</c>, so that links between guides lead here too.</summary>
    public static readonly GuideLinks Links = new("/{lang}/guides/{id}", "/search");

    /// <summary>
    /// Builds the app over <paramref name="libraries"/> (an app passes <c>[GuideCatalog.Library]</c>). Guides of every
    /// library are shown alike; an id shown by several is the first library's.
    /// </summary>
    public static WebApplication Create(string[] args, IReadOnlyList<GuideLibrary> libraries)
    {
        var shelf = new GuideShelf(libraries);
        // The sample's own name, not the host's (a test runner): the stylesheets are found by it.
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = args, ApplicationName = typeof(HelpCenterApp).Assembly.GetName().Name });
        if (string.IsNullOrEmpty(builder.Configuration[WebHostDefaults.ServerUrlsKey]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        // The stylesheets (the components' scoped CSS and the pages') from the build's folders in every environment, not in
        // Development alone: a build run as it is (dotnet run, the tests) has them there; a published app in wwwroot.
        builder.WebHost.UseStaticWebAssets();
        builder.Services.AddGuides(libraries, configure: null);
        builder.Services.AddRazorComponents();
        // The pages' text as it is (é, not &#xE9;): what Razor encodes is markup's own characters alone.
        builder.Services.AddSingleton(HtmlEncoder.Create(UnicodeRanges.All));
        builder.Services.AddSingleton(shelf);
        builder.Services.AddCascadingValue(_ => Links);

        var app = builder.Build();
        if (app.Environment.IsDevelopment())
        {
            // Which process answered: under dotnet watch, an edit applied by hot reload keeps it, a restart changes it.
            app.Use((context, next) =>
            {
                context.Response.Headers[ProcessIdHeader] = Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
                return next(context);
            });
        }

        app.MapStaticAssets();
        app.MapGuideFiles();

        app.MapGet("/", () => Page<IndexPage>(new() { [nameof(IndexPage.Translations)] = shelf.AllTranslations() }));

        app.MapGet("/search", (string? q, string? lang) => Page<SearchPage>(new()
        {
            [nameof(SearchPage.Query)] = q ?? string.Empty,
            [nameof(SearchPage.Language)] = SearchLanguage(shelf, lang),
        }));

        // What the header's search box offers as the reader types (wwwroot/search.js): the titles of guides and steps
        // that the query begins (GuideLibrary.Suggest), each with its address, as JSON. Without script the box is a form.
        app.MapGet("/suggest", (string? q, string? lang) => Results.Json(shelf.Suggest(q ?? string.Empty, SearchLanguage(shelf, lang), SuggestionLimit)
            .Select(s => new Suggestion(s.Text, Links.Of(s.Guide, s.Step?.Anchor), s.Guide.Language, s.Step is null ? null : s.Guide.Title))));

        app.MapGet("/{lang}/", (string lang, HttpContext context) => shelf.LanguageNamed(lang) is { } language
            ? Page<LanguagePage>(new() { [nameof(LanguagePage.Language)] = language, [nameof(LanguagePage.Guides)] = shelf.InLanguage(language) })
            : NotFound(context, lang, "NoGuidesIn", [lang], guide: false));

        app.MapGet("/{lang}/guides/{**id}", (string lang, string? id, HttpContext context) => ShowGuide(shelf, lang, id ?? string.Empty, context));

        app.MapGet("/guides/{**id}", IResult (string? id, HttpContext context) =>
        {
            var guide = shelf.Choose(id ?? string.Empty, AcceptLanguage.Parse(context.Request.Headers.AcceptLanguage));
            if (guide is null)
            {
                return NotFound(context, null, "NoGuide", [id ?? string.Empty]);
            }

            // The answer depends on the header: a cache must not give one reader's language to another.
            context.Response.Headers.Vary = HeaderNames.AcceptLanguage;
            return Results.Redirect(Links.Of(guide));
        });
        return app;
    }

    // The language of a search (lang=…): a language of the guides, or any other the platform knows (the page's words
    // in it, the hits in theirs); else the first language.
    private static string SearchLanguage(GuideShelf shelf, string? lang) =>
        shelf.LanguageNamed(lang ?? string.Empty) ?? Words.CultureOf(lang)?.Name ?? shelf.Languages[0];

    private static IResult ShowGuide(GuideShelf shelf, string lang, string id, HttpContext context)
    {
        var library = shelf.LibraryOf(id);
        if (library is null)
        {
            return NotFound(context, lang, "NoGuide", [id]);
        }

        var guide = library.Find(id, lang);
        if (guide is null)
        {
            var translations = library.Find(id)!.Translations;
            return NotFound(context, lang, "NotWritten", [id, lang], translations);
        }

        // One address per translation: /EN/guides/Ameli is /en/guides/ameli.
        if (!guide.Language.Equals(lang, StringComparison.Ordinal) || !guide.Id.Equals(id, StringComparison.Ordinal))
        {
            return Results.Redirect(Links.Of(guide), permanent: true);
        }

        var all = library.Find(id)!;
        return Page<GuidePage>(new() { [nameof(GuidePage.Guide)] = guide, [nameof(GuidePage.DefaultTranslation)] = all });
    }

    private static IResult Page<TPage>(Dictionary<string, object?> parameters)
        where TPage : Microsoft.AspNetCore.Components.IComponent => new RazorComponentResult<TPage>(parameters);

    // A 404 page: "Guide not found" (or "Page not found" for a language without guides), what is missing (the word
    // named message, with its arguments), the way back. Its language is the address's when the address names a culture
    // (as every page's is), else the reader's: the first of Accept-Language that the HelpCenter's words are written in,
    // itself or a parent (as the redirect chooses a translation), else English. The search box searches in it too.
    private static IResult NotFound(HttpContext context, string? lang, string message, object?[] arguments, IReadOnlyList<Guide>? translations = null, bool guide = true)
    {
        var language = Words.CultureOf(lang)?.Name;
        if (language is null)
        {
            language = Words.FirstWritten(AcceptLanguage.Parse(context.Request.Headers.AcceptLanguage)) ?? "en";
            // Chosen by the header: a cache must not give one reader's language to another.
            context.Response.Headers.Vary = HeaderNames.AcceptLanguage;
        }

        return new RazorComponentResult<NotFoundPage>(new Dictionary<string, object?>
        {
            [nameof(NotFoundPage.Language)] = language,
            [nameof(NotFoundPage.Heading)] = guide ? "GuideNotFound" : "PageNotFound",
            [nameof(NotFoundPage.Message)] = message,
            [nameof(NotFoundPage.Arguments)] = arguments,
            [nameof(NotFoundPage.Translations)] = translations ?? [],
        })
        { StatusCode = StatusCodes.Status404NotFound };
    }
}
