using System;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Guides.AspNetCore;

/// <summary>The handlers of <c>MapGuides</c>: each request's addresses, then the page.</summary>
internal sealed class GuideEndpoints(GuideSite site, IOptions<GuidesOptions> options, string prefix)
{
    public const string MarkdownExtension = ".md";
    public const string StylesheetName = "guides.css";

    private GuidesOptions Options => options.Value;

    public IResult Index(HttpContext context)
    {
        var (urls, pages, _) = For(context);
        return Page(pages.Index(site));
    }

    public IResult Stylesheet() =>
        new PageResult(StatusCodes.Status200OK, PageResult.Css, GuideStylesheet.Bytes, GuideFileEndpoint.CacheControl);

    public IResult Search(HttpContext context, string? q, string? lang)
    {
        var (_, pages, _) = For(context);
        var language = site.LanguageNamed(lang ?? string.Empty) ?? site.DefaultLanguage;
        var query = (q ?? string.Empty).Trim();
        var results = query.Length == 0
            ? new GuideSearchResults(query, [], Correction: null)
            : site.Search(query, language, Math.Max(1, Options.SearchResultLimit));
        return Page(pages.Search(results, language));
    }

    public IResult Sitemap(HttpContext context)
    {
        var (urls, _, absolute) = For(context);
        return new PageResult(StatusCodes.Status200OK, PageResult.Xml, GuideDocuments.Sitemap(site, absolute, urls), BrowserCache);
    }

    public IResult LlmsTxt(HttpContext context)
    {
        var (urls, _, absolute) = For(context);
        return new PageResult(StatusCodes.Status200OK, PageResult.PlainText, GuideDocuments.LlmsTxt(site, Options.SiteName, absolute, urls), BrowserCache);
    }

    /// <summary>
    /// <c>{lang}/{**id}</c>: a language's guides (no id), a guide's page or its Markdown (<c>.md</c>); when the first
    /// segment is no language, the whole path is an id, redirected to the translation that fits the reader.
    /// </summary>
    public async Task<IResult> Guide(HttpContext context, string lang, string? id)
    {
        var (urls, pages, _) = For(context);
        var rawId = (id ?? string.Empty).TrimEnd('/');
        // An id's '/' may come escaped (%2F): ASP.NET Core leaves it so in the path.
        var escapedSlash = rawId.Contains("%2F", StringComparison.OrdinalIgnoreCase);
        var path = escapedSlash ? rawId.Replace("%2F", "/", StringComparison.OrdinalIgnoreCase) : rawId;

        var language = site.LanguageNamed(lang);
        if (language is null)
        {
            var whole = path.Length == 0 ? lang : lang + "/" + path;
            return await Redirect(context, urls, pages, whole.Replace("%2F", "/", StringComparison.OrdinalIgnoreCase)).ConfigureAwait(false);
        }

        if (path.Length == 0)
        {
            return language.Equals(lang, StringComparison.Ordinal)
                ? Page(pages.LanguageIndex(language, site.InLanguage(language)))
                : Results.Redirect(urls.Language(language), permanent: true);
        }

        var markdown = false;
        if (path.EndsWith(MarkdownExtension, StringComparison.OrdinalIgnoreCase) && site.LibraryOf(path) is null)
        {
            markdown = true;
            path = path[..^MarkdownExtension.Length];
        }

        var library = site.LibraryOf(path);
        if (library is null)
        {
            return NotFound(pages, language, []);
        }

        var guide = library.Find(path, language);
        if (guide is null)
        {
            return NotFound(pages, language, library.Find(path)!.Translations);
        }

        // One address per translation: /help/EN/Ameli and /help/en/a%2Fb are /help/en/ameli and /help/en/a/b.
        if (escapedSlash || !guide.Language.Equals(lang, StringComparison.Ordinal) || !guide.Id.Equals(path, StringComparison.Ordinal))
        {
            return Results.Redirect(markdown ? urls.MarkdownOf(guide) : urls.Of(guide), permanent: true);
        }

        if (markdown)
        {
            return new PageResult(StatusCodes.Status200OK, PageResult.Markdown, GuideDocuments.Markdown(guide), BrowserCache);
        }

        var translations = guide.Translations;
        return Page(pages.Guide(guide, translations, library.Find(path) ?? guide));
    }

    // /help/{id}: the translation that best fits the request's culture (its request localization, then Accept-Language).
    private async Task<IResult> Redirect(HttpContext context, GuideUrls urls, GuidePages pages, string id)
    {
        var markdown = false;
        if (id.EndsWith(MarkdownExtension, StringComparison.OrdinalIgnoreCase) && site.LibraryOf(id) is null)
        {
            markdown = true;
            id = id[..^MarkdownExtension.Length];
        }

        var cultures = await Cultures.OfRequestAsync(context).ConfigureAwait(false);
        var guide = site.Choose(id, cultures);
        // The answer depends on the reader: a cache must not give one reader's language to another.
        context.Response.Headers.Vary = HeaderNames.AcceptLanguage;
        if (guide is null)
        {
            var language = cultures.Count > 0 ? cultures[0].Name : site.DefaultLanguage;
            return NotFound(pages, language, []);
        }

        return Results.Redirect(markdown ? urls.MarkdownOf(guide) : urls.Of(guide));
    }

    private string BrowserCache => Options.BrowserCacheDuration > TimeSpan.Zero
        ? "public, max-age=" + ((long)Options.BrowserCacheDuration.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture)
        : "no-cache";

    private PageResult Page(string html) => new(StatusCodes.Status200OK, PageResult.Html, html, BrowserCache);

    private static PageResult NotFound(GuidePages pages, string language, System.Collections.Generic.IReadOnlyList<Guide> translations) =>
        new(StatusCodes.Status404NotFound, PageResult.Html, pages.NotFound(language, translations), "no-cache");

    /// <summary>
    /// The request's addresses: the prefix under the app's path base (or <see cref="GuidesOptions.PublicBaseUrl"/>'s
    /// path), and the absolute origin (the option's, or the request's scheme and host).
    /// </summary>
    private (GuideUrls Urls, GuidePages Pages, string Absolute) For(HttpContext context)
    {
        string origin;
        string pathBase;
        if (Options.PublicBaseUrl is { } publicBase)
        {
            origin = publicBase.GetLeftPart(UriPartial.Authority);
            pathBase = publicBase.AbsolutePath.TrimEnd('/');
        }
        else
        {
            origin = context.Request.Scheme + "://" + context.Request.Host.ToUriComponent();
            pathBase = context.Request.PathBase.ToUriComponent();
        }

        var urls = new GuideUrls(pathBase + prefix);
        return (urls, new GuidePages(urls, Options.SiteName, origin, [.. Options.Stylesheets]), origin);
    }
}
