using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace HelpCenter.Pages;

/// <summary>
/// Writes a page. <see cref="Text"/> HTML-encodes what it is given; <see cref="Raw"/> writes markup as it is, for the
/// page's own tags and for a guide's <c>Html</c> properties (safe HTML the generator rendered at compile time).
/// </summary>
public sealed class HtmlBuilder
{
    // Every script kept as it is (accents stay readable); markup characters and quotes are still encoded.
    private static readonly HtmlEncoder s_encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly StringBuilder _html = new();

    public HtmlBuilder Raw(string markup)
    {
        _html.Append(markup);
        return this;
    }

    public HtmlBuilder Text(string text)
    {
        _html.Append(s_encoder.Encode(text));
        return this;
    }

    /// <summary>An element whose content is text: <c>&lt;h1 lang="fr"&gt;...&lt;/h1&gt;</c>.</summary>
    public HtmlBuilder Element(string tag, string text, string? lang = null) =>
        Open(tag, lang).Text(text).Raw("</" + tag + ">");

    /// <summary>An opening tag, with a <c>lang</c> attribute when given.</summary>
    public HtmlBuilder Open(string tag, string? lang = null)
    {
        Raw("<" + tag);
        if (lang is not null)
        {
            Raw(" lang=\"").Text(lang).Raw("\"");
        }

        return Raw(">");
    }

    /// <summary><c> id="..."</c> inside an opening tag, when there is an id.</summary>
    public HtmlBuilder Id(string? id) => id is null ? this : Raw(" id=\"").Text(id).Raw("\"");

    /// <summary>A link: the address and the text are both encoded.</summary>
    public HtmlBuilder Link(string href, string text, string? hreflang = null)
    {
        Raw("<a href=\"").Text(href).Raw("\"");
        if (hreflang is not null)
        {
            Raw(" hreflang=\"").Text(hreflang).Raw("\" lang=\"").Text(hreflang).Raw("\"");
        }

        return Raw(">").Text(text).Raw("</a>");
    }

    public override string ToString() => _html.ToString();
}
