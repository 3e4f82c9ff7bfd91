using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml;

namespace Guides.AspNetCore;

/// <summary>
/// The help section's documents for machines: each guide as Markdown (for AI assistants), <c>llms.txt</c> (the
/// llmstxt.org index of those), and <c>sitemap.xml</c> with every translation's hreflang alternates.
/// </summary>
internal static class GuideDocuments
{
    /// <summary>
    /// A guide as one Markdown document, from its Markdown fields as the author wrote them: the title, the description,
    /// the introduction, what you need, the steps (each a <c>###</c> with its number), the other sections, the tips, the
    /// FAQ and the useful links, under their headings as the guide has them.
    /// </summary>
    public static string Markdown(Guide guide)
    {
        var md = new StringBuilder();
        md.Append("# ").Append(guide.Title).Append("\n\n");
        if (guide.Description.Length > 0)
        {
            md.Append(guide.Description).Append("\n\n");
        }

        var labels = Labels.For(guide.Language);
        if (guide.Introduction is { } introduction)
        {
            Section(md, introduction.Heading, introduction.Markdown);
        }

        if (guide.Requirements.Count > 0)
        {
            md.Append("## ").Append(HeadingOf(guide, GuideHeadingKind.Requirements, labels.Requirements)).Append("\n\n");
            Bullets(md, guide.Requirements.Select(r => r.Markdown));
        }

        if (guide.Steps.Count > 0)
        {
            md.Append("## ").Append(HeadingOf(guide, GuideHeadingKind.Steps, labels.Steps)).Append("\n\n");
            foreach (var step in guide.Steps)
            {
                md.Append("### ").Append(step.Number.ToString(CultureInfo.InvariantCulture)).Append(". ").Append(step.Title).Append("\n\n");
                AppendBlock(md, step.Markdown);
            }
        }

        foreach (var section in guide.Sections)
        {
            Section(md, section.Heading, section.Markdown);
        }

        if (guide.Tips.Count > 0)
        {
            md.Append("## ").Append(HeadingOf(guide, GuideHeadingKind.Tips, labels.Tips)).Append("\n\n");
            Bullets(md, guide.Tips.Select(t => t.Markdown));
        }

        if (guide.Faq.Count > 0)
        {
            md.Append("## ").Append(labels.Faq).Append("\n\n");
            foreach (var entry in guide.Faq)
            {
                md.Append("### ").Append(entry.Question).Append("\n\n");
                AppendBlock(md, entry.Answer);
            }
        }

        if (guide.Links.Count > 0)
        {
            md.Append("## ").Append(HeadingOf(guide, GuideHeadingKind.Links, labels.Links)).Append("\n\n");
            Bullets(md, guide.Links.Select(l => "[" + l.Text + "](" + l.Url.OriginalString + ")"));
        }

        return md.ToString().TrimEnd('\n') + "\n";
    }

    /// <summary>
    /// <c>llms.txt</c> (https://llmstxt.org): the section's name, a summary, then one list per language linking each guide's
    /// Markdown, with its description.
    /// </summary>
    public static string LlmsTxt(GuideSite site, string siteName, string absoluteBase, GuideUrls urls)
    {
        var text = new StringBuilder();
        text.Append("# ").Append(siteName).Append("\n\n");
        text.Append("> How-to guides, each as Markdown: one list per language.\n\n");
        foreach (var language in site.Languages)
        {
            text.Append("## ").Append(Cultures.NativeName(language)).Append(" (").Append(language).Append(")\n\n");
            foreach (var guide in site.InLanguage(language))
            {
                text.Append("- [").Append(guide.Title).Append("](").Append(absoluteBase).Append(urls.MarkdownOf(guide)).Append(')');
                if (guide.Description.Length > 0)
                {
                    text.Append(": ").Append(guide.Description);
                }

                text.Append('\n');
            }

            text.Append('\n');
        }

        return text.ToString().TrimEnd('\n') + "\n";
    }

    /// <summary>
    /// The sitemap (sitemaps.org 0.9): every translation of every guide at its absolute URL, with its date as
    /// <c>lastmod</c> (none for a guide without a date), and each translation's alternates (<c>xhtml:link rel="alternate" hreflang</c>, Google's form) with
    /// <c>x-default</c> for the library's default language.
    /// </summary>
    public static byte[] Sitemap(GuideSite site, string absoluteBase, GuideUrls urls)
    {
        const string Sitemaps = "http://www.sitemaps.org/schemas/sitemap/0.9";
        const string Xhtml = "http://www.w3.org/1999/xhtml";
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", Sitemaps);
            xml.WriteAttributeString("xmlns", "xhtml", null, Xhtml);
            foreach (var guide in site.AllGuides())
            {
                var library = site.LibraryOf(guide.Id)!;
                var translations = guide.Translations;
                var byDefault = library.Find(guide.Id) ?? guide;
                foreach (var translation in translations)
                {
                    xml.WriteStartElement("url", Sitemaps);
                    xml.WriteElementString("loc", Sitemaps, absoluteBase + urls.Of(translation));
                    if (translation.Date is { } date)
                    {
                        xml.WriteElementString("lastmod", Sitemaps, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                    }

                    foreach (var alternate in translations)
                    {
                        Alternate(xml, alternate.Language, absoluteBase + urls.Of(alternate));
                    }

                    Alternate(xml, "x-default", absoluteBase + urls.Of(byDefault));
                    xml.WriteEndElement();
                }
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return stream.ToArray();

        static void Alternate(XmlWriter xml, string hreflang, string href)
        {
            xml.WriteStartElement("xhtml", "link", Xhtml);
            xml.WriteAttributeString("rel", "alternate");
            xml.WriteAttributeString("hreflang", hreflang);
            xml.WriteAttributeString("href", href);
            xml.WriteEndElement();
        }
    }

    private static string HeadingOf(Guide guide, GuideHeadingKind kind, string label) =>
        guide.Outline.FirstOrDefault(h => h.Kind == kind)?.Title ?? label;

    private static void Section(StringBuilder md, string heading, string markdown)
    {
        md.Append("## ").Append(heading).Append("\n\n");
        AppendBlock(md, markdown);
    }

    private static void Bullets(StringBuilder md, IEnumerable<string> items)
    {
        foreach (var item in items)
        {
            // A bullet's continuation lines are indented under it.
            md.Append("- ").Append(item.Trim().Replace("\n", "\n  ", StringComparison.Ordinal)).Append('\n');
        }

        md.Append('\n');
    }

    private static void AppendBlock(StringBuilder md, string markdown)
    {
        var block = markdown.Trim('\n', '\r');
        if (block.Length > 0)
        {
            md.Append(block).Append("\n\n");
        }
    }
}
