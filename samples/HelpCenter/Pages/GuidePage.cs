using System;
using System.Globalization;
using Guides;

namespace HelpCenter.Pages;

/// <summary>
/// One guide: title, description, introduction, requirements, an ordered list of steps, other sections, tips, FAQ
/// and links. The page's <c>lang</c> is the guide's language; a language switch links its other translations, and the
/// <c>head</c> lists every translation (<see cref="AlternateLinks"/>). Every <c>Html</c> property is written as it is
/// (the generator rendered it safely at compile time); every other string is encoded.
/// </summary>
public static class GuidePage
{
    /// <param name="guide">The translation to show.</param>
    /// <param name="defaultTranslation">The translation of its library's default language (<c>hreflang="x-default"</c>).</param>
    public static string Render(Guide guide, Guide defaultTranslation)
    {
        ArgumentNullException.ThrowIfNull(guide);
        ArgumentNullException.ThrowIfNull(defaultTranslation);
        var labels = Labels.For(guide.Language);
        // The few words of the page that are not the guide's: in its language, or marked as English.
        var labelLang = labels.LangFor(guide.Language);
        var body = new HtmlBuilder();
        body.Raw("<nav aria-label=\"Breadcrumb\">").Link("/", labels.AllGuides).Raw("</nav>\n");
        LanguageSwitch.Write(body, guide, labels);
        body.Element("h1", guide.Title).Raw("\n");
        body.Element("p", guide.Description).Raw("\n");
        body.Raw("<p class=\"meta\">").Text(guide.Category);
        if (guide.Difficulty != GuideDifficulty.Unspecified)
        {
            body.Text(" · " + labels.Difficulty + ": " + labels.DifficultyWord(guide.Difficulty));
        }

        if (guide.Date is { } date)
        {
            var day = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            body.Raw(" · <time datetime=\"").Text(day).Raw("\">").Text(day).Raw("</time>");
        }

        // Computed at compile time: the guide's words at a silent reading rate for its language.
        var minutes = Math.Max(1, (int)Math.Ceiling(guide.ReadingTime.TotalMinutes));
        body.Raw(" · <span class=\"reading-time\" title=\"").Text(guide.WordCount.ToString(CultureInfo.InvariantCulture)).Raw("\">")
            .Text(minutes.ToString(CultureInfo.InvariantCulture) + " min").Raw("</span></p>\n");
        Contents(body, guide);

        if (guide.Introduction is { } introduction)
        {
            body.Raw("<section id=\"").Text(introduction.Anchor).Raw("\">\n").Element("h2", introduction.Heading).Raw("\n").Raw(introduction.Html).Raw("</section>\n");
        }

        List(body, labels.Requirements, labelLang, guide.Requirements, AnchorOf(guide, GuideHeadingKind.Requirements));

        body.Raw("<section").Id(AnchorOf(guide, GuideHeadingKind.Steps)).Raw(">\n").Element("h2", labels.Steps, labelLang).Raw("\n<ol class=\"steps\">\n");
        foreach (var step in guide.Steps)
        {
            // The step's anchor (step-4, the same in every language) is where links to it lead.
            body.Raw("<li id=\"").Text(step.Anchor).Raw("\">").Element("h3", step.Title).Raw("\n").Raw(step.Html).Raw("</li>\n");
        }

        body.Raw("</ol>\n</section>\n");

        foreach (var section in guide.Sections)
        {
            body.Raw("<section id=\"").Text(section.Anchor).Raw("\">\n").Element("h2", section.Heading).Raw("\n").Raw(section.Html).Raw("</section>\n");
        }

        List(body, labels.Tips, labelLang, guide.Tips, AnchorOf(guide, GuideHeadingKind.Tips));

        if (guide.Faq.Count > 0)
        {
            body.Raw("<section class=\"faq\">\n").Element("h2", labels.Faq, labelLang).Raw("\n");
            foreach (var entry in guide.Faq)
            {
                body.Element("h3", entry.Question).Raw("\n").Raw(entry.AnswerHtml).Raw("\n");
            }

            body.Raw("</section>\n");
        }

        if (guide.Links.Count > 0)
        {
            body.Raw("<section").Id(AnchorOf(guide, GuideHeadingKind.Links)).Raw(">\n").Element("h2", labels.Links, labelLang).Raw("\n<ul>\n");
            foreach (var link in guide.Links)
            {
                body.Raw("<li>").Link(link.Url.AbsoluteUri, link.Text).Raw("</li>\n");
            }

            body.Raw("</ul>\n</section>\n");
        }

        return Layout.Page(guide.Language, guide.Title, body, AlternateLinks.For(guide, defaultTranslation));
    }

    /// <summary>A table of contents from the guide's outline: its sections' headings, each a link to its anchor.</summary>
    private static void Contents(HtmlBuilder body, Guide guide)
    {
        var started = false;
        foreach (var heading in guide.Outline)
        {
            if (heading.Kind == GuideHeadingKind.Step)
            {
                continue;
            }

            body.Raw(started ? string.Empty : "<nav class=\"contents\"><ul>\n").Raw("<li>").Link("#" + heading.Anchor, heading.Title).Raw("</li>\n");
            started = true;
        }

        body.Raw(started ? "</ul></nav>\n" : string.Empty);
    }

    /// <summary>The anchor of the guide's heading of that kind (the ids of the sections the page titles itself), if it has one.</summary>
    private static string? AnchorOf(Guide guide, GuideHeadingKind kind)
    {
        foreach (var heading in guide.Outline)
        {
            if (heading.Kind == kind)
            {
                return heading.Anchor;
            }
        }

        return null;
    }

    private static void List(HtmlBuilder body, string heading, string? headingLang, System.Collections.Generic.IReadOnlyList<GuideText> items, string? anchor)
    {
        if (items.Count == 0)
        {
            return;
        }

        body.Raw("<section").Id(anchor).Raw(">\n").Element("h2", heading, headingLang).Raw("\n<ul>\n");
        foreach (var item in items)
        {
            body.Raw("<li>").Raw(item.Html).Raw("</li>\n");
        }

        body.Raw("</ul>\n</section>\n");
    }
}
