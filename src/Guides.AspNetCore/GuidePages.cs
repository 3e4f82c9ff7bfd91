using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Guides.AspNetCore;

/// <summary>
/// The HTML pages of a help section, rendered on the server. Every string is HTML-encoded but a guide's <c>Html</c>
/// properties (and a search hit's <c>SnippetHtml</c>), which are safe HTML from the generator. Each page has a
/// <c>lang</c> and a <c>dir</c>, a skip link, a banner with the search, and one <c>main</c>.
/// </summary>
/// <param name="urls">The section's addresses.</param>
/// <param name="siteName">The section's name, in every header.</param>
/// <param name="absoluteBase">The site's absolute address with the prefix's path base (<c>https://example.com</c>), for alternates.</param>
/// <param name="stylesheets">The site's own stylesheets, linked after <c>guides.css</c>.</param>
internal sealed class GuidePages(GuideUrls urls, string siteName, string absoluteBase, IReadOnlyList<string>? stylesheets = null)
{
    /// <summary>The index: every language (named in itself) with its guides, each list in its own language.</summary>
    public string Index(GuideSite site)
    {
        var language = site.DefaultLanguage;
        var labels = Labels.For(language);
        var html = Begin(language, siteName, labels, head: null);
        html.Element("h1", siteName);
        foreach (var each in site.Languages)
        {
            var guides = site.InLanguage(each);
            html.Raw("<section").Attribute("lang", each).Attribute("dir", Cultures.Direction(each))
                .Attribute("aria-labelledby", "lang-" + each).Raw(">");
            html.Raw("<h2").Attribute("id", "lang-" + each).Raw(">").Link(urls.Language(each), Cultures.NativeName(each)).Raw("</h2>");
            GuideList(html, guides);
            html.Raw("</section>");
        }

        return End(html);
    }

    /// <summary>The guides of one language, with the page's labels in it.</summary>
    public string LanguageIndex(string language, IReadOnlyList<Guide> guides)
    {
        var labels = Labels.For(language);
        var html = Begin(language, Cultures.NativeName(language) + " – " + siteName, labels, head: null);
        html.Element("h1", labels.Guides, lang: LangIfOther(labels, language));
        GuideList(html, guides);
        return End(html);
    }

    /// <summary>One translation of a guide, with its language switch and its alternates (absolute URLs).</summary>
    public string Guide(Guide guide, IReadOnlyList<Guide> translations, Guide defaultTranslation)
    {
        var language = guide.Language;
        var labels = Labels.For(language);
        var labelLang = LangIfOther(labels, language);
        var head = new HtmlWriter();
        head.Raw("<meta name=\"description\"").Attribute("content", guide.Description).Raw(">");
        head.Raw("<link rel=\"canonical\"").Attribute("href", absoluteBase + urls.Of(guide)).Raw(">");
        foreach (var translation in translations)
        {
            head.Raw("<link rel=\"alternate\"").Attribute("hreflang", translation.Language)
                .Attribute("href", absoluteBase + urls.Of(translation)).Raw(">");
        }

        head.Raw("<link rel=\"alternate\" hreflang=\"x-default\"").Attribute("href", absoluteBase + urls.Of(defaultTranslation)).Raw(">");
        head.Raw("<link rel=\"alternate\" type=\"text/markdown\"").Attribute("href", urls.MarkdownOf(guide)).Raw(">");

        var html = Begin(language, guide.Title + " – " + siteName, labels, head.ToString());
        html.Raw("<article aria-labelledby=\"guide-title\">");
        html.Element("h1", guide.Title, id: "guide-title");
        html.Element("p", guide.Description, cssClass: "guides-description");
        if (guide.ReadingTime > TimeSpan.Zero)
        {
            var minutes = Math.Max(1, (int)Math.Ceiling(guide.ReadingTime.TotalMinutes)).ToString(CultureInfo.InvariantCulture);
            html.Element("p", Labels.Format(labels.MinutesToRead, minutes), lang: labelLang, cssClass: "guides-meta");
        }

        LanguageSwitch(html, guide, translations, labels);
        Outline(html, guide, labels, labelLang);

        if (guide.Introduction is { } introduction)
        {
            Section(html, introduction);
        }

        Bullets(html, guide, GuideHeadingKind.Requirements, guide.Requirements, labels.Requirements, labelLang, "requirements");

        if (guide.Steps.Count > 0)
        {
            Heading(html, guide, GuideHeadingKind.Steps, labels.Steps, labelLang, "steps");
            html.Raw("<ol class=\"guides-steps\">");
            foreach (var step in guide.Steps)
            {
                html.Raw("<li").Attribute("id", step.Anchor).Raw(">");
                html.Element("h3", step.Title);
                html.Raw(step.Html).Raw("</li>");
            }

            html.Raw("</ol>");
        }

        foreach (var section in guide.Sections)
        {
            Section(html, section);
        }

        Bullets(html, guide, GuideHeadingKind.Tips, guide.Tips, labels.Tips, labelLang, "tips");

        if (guide.Faq.Count > 0)
        {
            html.Element("h2", labels.Faq, id: "faq", lang: labelLang);
            foreach (var entry in guide.Faq)
            {
                html.Raw("<details><summary>").Text(entry.Question).Raw("</summary>").Raw(entry.AnswerHtml).Raw("</details>");
            }
        }

        if (guide.Links.Count > 0)
        {
            Heading(html, guide, GuideHeadingKind.Links, labels.Links, labelLang, "links");
            html.Raw("<ul>");
            foreach (var link in guide.Links)
            {
                html.Raw("<li>");
                // The generator refuses other schemes; a library written by hand might not: its link stays text.
                if (link.Url.Scheme is "http" or "https" or "mailto" or "tel")
                {
                    html.Link(link.Url.OriginalString, link.Text);
                }
                else
                {
                    html.Text(link.Text);
                }

                html.Raw("</li>");
            }

            html.Raw("</ul>");
        }

        html.Raw("</article>");
        return End(html);
    }

    /// <summary>
    /// The hits of a search, or "No results" (and the corrected query, as a link that searches it, when there is one).
    /// </summary>
    public string Search(GuideSearchResults results, string language)
    {
        var labels = Labels.For(language);
        var labelLang = LangIfOther(labels, language);
        var html = Begin(language, labels.Search + " – " + siteName, labels, head: "<meta name=\"robots\" content=\"noindex\">", query: results.Query);
        html.Raw("<h1").Attribute("lang", labelLang).Raw(">");
        if (results.Query.Length == 0)
        {
            html.Text(labels.Search);
        }
        else
        {
            html.Label(labels.ResultsFor, h => h.Raw("<span").Attribute("lang", labelLang is null ? null : language).Raw(">").Text(results.Query).Raw("</span>"));
        }

        html.Raw("</h1>");
        if (results.Correction is { } correction)
        {
            html.Raw("<p class=\"guides-correction\"").Attribute("lang", labelLang).Raw(">")
                .Label(labels.DidYouMean, h => h.Raw("<a").Attribute("href", urls.Search(correction, language)).Raw(">").Text(correction).Raw("</a>"))
                .Raw("</p>");
        }

        if (results.Query.Length > 0 && results.Hits.Count == 0)
        {
            html.Raw("<p class=\"guides-no-results\" role=\"status\"").Attribute("lang", labelLang).Raw(">")
                .Label(labels.NoResults, h => h.Text(results.Query)).Raw("</p>");
        }
        else if (results.Hits.Count > 0)
        {
            html.Raw("<ol class=\"guides-results\">");
            foreach (var hit in results.Hits)
            {
                var href = urls.Of(hit.Guide) + (hit.Step is { } step ? "#" + step.Anchor : string.Empty);
                html.Raw("<li").Attribute("lang", hit.Guide.Language).Raw("><h2>").Link(href, hit.Guide.Title).Raw("</h2>");
                if (hit.Step is { } matched)
                {
                    html.Element("p", matched.Number.ToString(CultureInfo.InvariantCulture) + ". " + matched.Title, cssClass: "guides-meta");
                }

                html.Raw("<p>").Raw(hit.SnippetHtml).Raw("</p></li>");
            }

            html.Raw("</ol>");
        }

        return End(html);
    }

    /// <summary>A 404 page; when the guide exists in other languages, links to them.</summary>
    public string NotFound(string language, IReadOnlyList<Guide> translations)
    {
        var labels = Labels.For(language);
        var html = Begin(labels.Language, labels.NotFound + " – " + siteName, labels, head: "<meta name=\"robots\" content=\"noindex\">");
        html.Element("h1", labels.NotFound);
        html.Element("p", labels.NotFoundText);
        if (translations.Count > 0)
        {
            html.Element("p", labels.AvailableIn);
            html.Raw("<ul>");
            foreach (var translation in translations)
            {
                html.Raw("<li>").Link(urls.Of(translation), Cultures.NativeName(translation.Language) + " – " + translation.Title,
                    hreflang: translation.Language, lang: translation.Language).Raw("</li>");
            }

            html.Raw("</ul>");
        }

        return End(html);
    }

    private HtmlWriter Begin(string language, string title, Labels labels, string? head, string? query = null)
    {
        var labelLang = LangIfOther(labels, language);
        var html = new HtmlWriter();
        html.Raw("<!DOCTYPE html><html").Attribute("lang", language).Attribute("dir", Cultures.Direction(language)).Raw(">");
        html.Raw("<head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        html.Raw("<title>").Text(title).Raw("</title>");
        html.Raw("<link rel=\"stylesheet\"").Attribute("href", urls.Stylesheet).Raw(">");
        foreach (var stylesheet in stylesheets ?? [])
        {
            html.Raw("<link rel=\"stylesheet\"").Attribute("href", stylesheet).Raw(">");
        }

        html.Raw(head ?? string.Empty).Raw("</head><body>");
        html.Raw("<a class=\"guides-skip\" href=\"#main\"").Attribute("lang", labelLang).Raw(">").Text(labels.SkipToContent).Raw("</a>");
        html.Raw("<header class=\"guides-header\">");
        html.Raw("<a class=\"guides-site\"").Attribute("href", urls.Index).Raw(">").Text(siteName).Raw("</a>");
        html.Raw("<form class=\"guides-search\" role=\"search\" method=\"get\"").Attribute("action", urls.Search()).Attribute("lang", labelLang).Raw(">");
        html.Raw("<label for=\"guides-q\" class=\"guides-visually-hidden\">").Text(labels.SearchLabel).Raw("</label>");
        html.Raw("<input id=\"guides-q\" type=\"search\" name=\"q\"").Attribute("value", query).Raw(">");
        html.Raw("<input type=\"hidden\" name=\"lang\"").Attribute("value", language).Raw(">");
        html.Raw("<button type=\"submit\">").Text(labels.Search).Raw("</button></form></header>");
        html.Raw("<main id=\"main\" tabindex=\"-1\">");
        return html;
    }

    private static string End(HtmlWriter html) => html.Raw("</main></body></html>").ToString();

    // The labels' language when it is not the page's (a Dutch page shows English labels): marked on each label.
    private static string? LangIfOther(Labels labels, string language) =>
        labels.Language.Equals(language, StringComparison.OrdinalIgnoreCase) ? null : labels.Language;

    private void GuideList(HtmlWriter html, IReadOnlyList<Guide> guides)
    {
        html.Raw("<ul class=\"guides-list\">");
        foreach (var guide in guides)
        {
            html.Raw("<li>").Link(urls.Of(guide), guide.Title);
            if (guide.Description.Length > 0)
            {
                html.Raw(" – ").Text(guide.Description);
            }

            html.Raw("</li>");
        }

        html.Raw("</ul>");
    }

    private void LanguageSwitch(HtmlWriter html, Guide guide, IReadOnlyList<Guide> translations, Labels labels)
    {
        if (translations.Count < 2)
        {
            return;
        }

        html.Raw("<nav class=\"guides-languages\"").Attribute("aria-label", labels.OtherLanguages).Raw("><ul>");
        foreach (var translation in translations)
        {
            html.Raw("<li>");
            if (translation.Language.Equals(guide.Language, StringComparison.OrdinalIgnoreCase))
            {
                html.Raw("<span aria-current=\"page\"").Attribute("lang", translation.Language).Raw(">")
                    .Text(Cultures.NativeName(translation.Language)).Raw("</span>");
            }
            else
            {
                html.Link(urls.Of(translation), Cultures.NativeName(translation.Language), hreflang: translation.Language, lang: translation.Language);
            }

            html.Raw("</li>");
        }

        html.Raw("</ul></nav>");
    }

    private static void Outline(HtmlWriter html, Guide guide, Labels labels, string? labelLang)
    {
        var headings = guide.Outline.Where(h => h.Level == 2).ToList();
        var faq = guide.Faq.Count > 0;
        if (headings.Count + (faq ? 1 : 0) < 2)
        {
            return;
        }

        html.Raw("<nav class=\"guides-outline\"").Attribute("aria-label", labels.OnThisPage).Raw(">");
        html.Element("h2", labels.OnThisPage, lang: labelLang);
        html.Raw("<ul>");
        foreach (var heading in headings)
        {
            html.Raw("<li>").Link("#" + heading.Anchor, heading.Title).Raw("</li>");
        }

        if (faq)
        {
            html.Raw("<li>").Link("#faq", labels.Faq, lang: labelLang).Raw("</li>");
        }

        html.Raw("</ul></nav>");
    }

    private static void Section(HtmlWriter html, GuideSection section)
    {
        html.Raw("<section").Attribute("aria-labelledby", section.Anchor).Raw(">");
        html.Element("h2", section.Heading, id: section.Anchor);
        html.Raw(section.Html).Raw("</section>");
    }

    // "What you need" or "Tips": the heading, then the bullets (safe HTML from the generator).
    private static void Bullets(HtmlWriter html, Guide guide, GuideHeadingKind kind, IReadOnlyList<GuideText> items, string label, string? labelLang, string fallbackId)
    {
        if (items.Count == 0)
        {
            return;
        }

        Heading(html, guide, kind, label, labelLang, fallbackId);
        html.Raw("<ul>");
        foreach (var item in items)
        {
            html.Raw("<li>").Raw(item.Html).Raw("</li>");
        }

        html.Raw("</ul>");
    }

    // A part's heading as the guide wrote it ("Ce dont vous avez besoin"), with its anchor; the label when the guide's
    // outline does not have it (a guide compiled by an earlier generator).
    private static void Heading(HtmlWriter html, Guide guide, GuideHeadingKind kind, string label, string? labelLang, string fallbackId)
    {
        if (guide.Outline.FirstOrDefault(h => h.Kind == kind) is { } heading)
        {
            html.Element("h2", heading.Title, id: heading.Anchor);
        }
        else
        {
            html.Element("h2", label, id: fallbackId, lang: labelLang);
        }
    }
}
