using System;
using System.Collections.Generic;
using System.Linq;
using Guides;
using HelpCenter.Pages;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Net.Http.Headers;

namespace HelpCenter;

/// <summary>
/// The web app. <c>/</c> lists every language and its guides; <c>/{lang}/</c> one language; <c>/{lang}/guides/{id}</c> is
/// one translation (ids may contain <c>/</c>); <c>/guides/{id}</c> redirects to the translation that best fits the
/// request's <c>Accept-Language</c>.
/// </summary>
public static class HelpCenterApp
{
    /// <summary>The address when none is given: loopback only.</summary>
    public const string DefaultUrl = "http://127.0.0.1:5080";

    /// <summary>The response header that gives the server's process id, in the Development environment only.</summary>
    public const string ProcessIdHeader = "X-HelpCenter-Process";

    /// <summary>
    /// Builds the app over <paramref name="libraries"/> (an app passes <c>[GuideCatalog.Library]</c>). Guides of every
    /// library are shown alike; an id shown by several is the first library's.
    /// </summary>
    public static WebApplication Create(string[] args, IReadOnlyList<GuideLibrary> libraries)
    {
        var shelf = new GuideShelf(libraries);
        var builder = WebApplication.CreateSlimBuilder(args);
        if (string.IsNullOrEmpty(builder.Configuration[WebHostDefaults.ServerUrlsKey]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        var app = builder.Build();
        if (app.Environment.IsDevelopment())
        {
            // Which process answered: under dotnet watch, an edit applied by hot reload keeps it, a restart changes it.
            app.Use((context, next) =>
            {
                context.Response.Headers[ProcessIdHeader] = Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture);
                return next(context);
            });
        }

        // The guides' images and files, from their assemblies, at the content-hashed URLs their HTML uses: any address no
        // page has. Listed on the first such request, not at start-up (listing them creates every guide).
        var files = new Lazy<GuideFiles>(() => new GuideFiles(libraries.SelectMany(l => l.All).SelectMany(g => g.Translations).Distinct()));
        app.MapFallback("{**path}", (HttpContext context) => files.Value.Serve(context));

        app.MapGet("/", () => Html(IndexPage.Render(shelf.AllTranslations())));

        app.MapGet("/search", (string? q, string? lang) =>
        {
            var language = shelf.LanguageNamed(lang ?? string.Empty) ?? shelf.Languages[0];
            var culture = System.Globalization.CultureInfo.GetCultureInfo(language);
            var hits = libraries.SelectMany(l => l.Search(q ?? string.Empty, culture)).OrderByDescending(h => h.Score).Take(20).ToList();
            return Html(SearchPage.Render(q ?? string.Empty, language, hits));
        });

        app.MapGet("/{lang}/", (string lang) => shelf.LanguageNamed(lang) is { } language
            ? Html(LanguagePage.Render(language, shelf.InLanguage(language)))
            : NotFound(NotFoundPage.RenderLanguage(lang)));

        app.MapGet("/{lang}/guides/{**id}", (string lang, string? id) => ShowGuide(shelf, lang, id ?? string.Empty));

        app.MapGet("/guides/{**id}", (string? id, HttpContext context) =>
        {
            var guide = shelf.Choose(id ?? string.Empty, AcceptLanguage.Parse(context.Request.Headers.AcceptLanguage));
            if (guide is null)
            {
                return NotFound(NotFoundPage.Render(id ?? string.Empty));
            }

            // The answer depends on the header: a cache must not give one reader's language to another.
            context.Response.Headers.Vary = HeaderNames.AcceptLanguage;
            return Results.Redirect(GuideUrls.Of(guide));
        });
        return app;
    }

    private static IResult ShowGuide(GuideShelf shelf, string lang, string id)
    {
        var library = shelf.LibraryOf(id);
        if (library is null)
        {
            return NotFound(NotFoundPage.Render(id));
        }

        var guide = library.Find(id, lang);
        if (guide is null)
        {
            return NotFound(NotFoundPage.Render(lang, library.Find(id)!.Translations));
        }

        // One address per translation: /EN/guides/Ameli is /en/guides/ameli.
        var canonical = GuideUrls.Of(guide);
        if (!guide.Language.Equals(lang, StringComparison.Ordinal) || !guide.Id.Equals(id, StringComparison.Ordinal))
        {
            return Results.Redirect(canonical, permanent: true);
        }

        return Html(GuidePage.Render(guide, library.Find(id)!));
    }

    private static IResult Html(string page) => Results.Content(page, "text/html; charset=utf-8");

    private static IResult NotFound(string page) =>
        Results.Content(page, "text/html; charset=utf-8", statusCode: StatusCodes.Status404NotFound);
}
