using System;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Guides.AspNetCore;

/// <summary>
/// Writes a page. <see cref="Text"/> HTML-encodes what it is given (text and attribute values alike); <see cref="Raw"/>
/// writes markup as it is: the page's own tags, and a guide's <c>Html</c> properties (safe HTML the generator rendered
/// at compile time).
/// </summary>
internal sealed class HtmlWriter
{
    // Every script kept as it is (accents stay readable); markup characters and quotes are still encoded.
    private static readonly HtmlEncoder s_encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly StringBuilder _html = new(8192);

    public HtmlWriter Raw(string markup)
    {
        _html.Append(markup);
        return this;
    }

    public HtmlWriter Text(string text)
    {
        _html.Append(s_encoder.Encode(text));
        return this;
    }

    /// <summary><c> name="value"</c>, the value encoded; nothing when the value is null.</summary>
    public HtmlWriter Attribute(string name, string? value) =>
        value is null ? this : Raw(" ").Raw(name).Raw("=\"").Text(value).Raw("\"");

    /// <summary>An element whose content is text, with its attributes: <c>&lt;h1 lang="fr"&gt;...&lt;/h1&gt;</c>.</summary>
    public HtmlWriter Element(string tag, string text, string? id = null, string? lang = null, string? cssClass = null) =>
        Raw("<" + tag).Attribute("id", id).Attribute("lang", lang).Attribute("class", cssClass).Raw(">").Text(text).Raw("</" + tag + ">");

    /// <summary>A link: the address and the text are both encoded.</summary>
    public HtmlWriter Link(string href, string text, string? hreflang = null, string? lang = null) =>
        Raw("<a").Attribute("href", href).Attribute("hreflang", hreflang).Attribute("lang", lang).Raw(">").Text(text).Raw("</a>");

    /// <summary>
    /// A label with a value in it (<c>No results for “{0}”.</c>): the label's text encoded, the value written by
    /// <paramref name="value"/> where the label has <c>{0}</c>.
    /// </summary>
    public HtmlWriter Label(string label, Action<HtmlWriter> value)
    {
        var at = label.IndexOf("{0}", StringComparison.Ordinal);
        if (at < 0)
        {
            return Text(label);
        }

        Text(label[..at]);
        value(this);
        return Text(label[(at + 3)..]);
    }

    public override string ToString() => _html.ToString();
}
