using System.Net;
using System.Text.RegularExpressions;
using Guides.Generator.Parsing;
using Guides.Generator.Tests.Hostile;
using Microsoft.CodeAnalysis.Text;

namespace Guides.Generator.Tests;

/// <summary>
/// No guide puts script into the rendered HTML: every tag of the output is one Markdown produces, no attribute
/// is an event handler, and every href and src, once HTML-decoded, is an http, https, mailto, tel or relative URL.
/// </summary>
public sealed partial class SafetyTests
{
    private static readonly HashSet<string> s_markdownTags =
    [
        "p", "a", "img", "em", "strong", "code", "pre", "ul", "ol", "li", "blockquote", "hr", "br",
        "h1", "h2", "h3", "h4", "h5", "h6", "table", "thead", "tbody", "tr", "th", "td",

        // The extensions (strikethrough, task lists, footnotes, definition lists, callouts) and the allowed HTML elements.
        "del", "input", "sup", "div", "dl", "dt", "dd", "kbd", "details", "summary", "sub", "mark", "abbr",
    ];

    private static readonly HashSet<string> s_markdownAttributes = ["href", "src", "alt", "title", "start", "class", "style", "id", "type", "disabled", "checked", "open", "role"];

    public static TheoryData<string> Vectors => [.. XssCases.Vectors.Select(v => v.Name)];

    [Theory]
    [MemberData(nameof(Vectors))]
    public void Step_html_holds_no_script(string name)
    {
        var vector = XssCases.Vectors.Single(v => v.Name == name);

        var html = Parse(HostileText.Guide("### Step 1: Vector\n\n" + vector.Markdown + "\n")).Steps[0].Html;

        AssertSafe(html);
    }

    [Theory]
    [MemberData(nameof(Vectors))]
    public void Faq_answer_html_holds_no_script(string name)
    {
        var vector = XssCases.Vectors.Single(v => v.Name == name);
        var yaml = vector.Markdown.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);

        var model = Parse(HostileText.Guide(extraFront: $"faq:\n  - question: \"Q\"\n    answer: \"{yaml}\"\n"));

        AssertSafe(Assert.Single(model.Faq).AnswerHtml);
    }

    [Fact]
    public void Raw_html_is_shown_as_text()
    {
        var html = Parse(HostileText.Guide("### Step 1: Vector\n\n<script>alert(1)</script>\n")).Steps[0].Html;

        Assert.Equal("<p>&lt;script&gt;alert(1)&lt;/script&gt;\n</p>", html);
    }

    [Fact]
    public void An_unsafe_link_keeps_its_text_and_loses_its_target()
    {
        var html = Parse(HostileText.Guide("### Step 1: Vector\n\n[Click *here*](JaVaScRiPt:alert(1)) or [there](https://example.org).\n")).Steps[0].Html;

        Assert.Equal("<p>Click <em>here</em> or <a href=\"https://example.org\">there</a>.</p>", html);
    }

    [Theory]
    [InlineData("javascript:alert(1)", false)]
    [InlineData(" JAVASCRIPT:alert(1)", false)]
    [InlineData("java\tscript:alert(1)", false)]
    [InlineData("java\0script:alert(1)", false)]
    [InlineData("\u0001javascript:alert(1)", false)]
    [InlineData("vbscript:msgbox", false)]
    [InlineData("data:text/html,x", false)]
    [InlineData("file:///etc/passwd", false)]
    [InlineData("https://example.org/a:b", true)]
    [InlineData("HTTP://EXAMPLE.ORG", true)]
    [InlineData("mailto:a@example.org", true)]
    [InlineData("tel:+33100000000", true)]
    [InlineData("docs/a:b", true)]
    [InlineData("#anchor", true)]
    [InlineData("?q=a:b", true)]
    public void Url_policy_allows_web_mail_phone_and_relative_urls_only(string url, bool allowed)
    {
        Assert.Equal(allowed, UrlPolicy.IsAllowed(url));
    }

    private static Model.GuideModel Parse(string text)
    {
        var result = GuideParser.Parse("/project/content/en/xss.md", "en/xss.md", SourceText.From(text), Guides.Generator.Model.ContentSettings.Default, CancellationToken.None);
        return result.Guide!;
    }

    internal static void AssertSafe(string html)
    {
        foreach (Match tag in Tag().Matches(html))
        {
            var name = tag.Groups["name"].Value.ToLowerInvariant();
            Assert.True(s_markdownTags.Contains(name), $"<{name}> in {html}");
            foreach (Match attribute in Attribute().Matches(tag.Groups["attributes"].Value))
            {
                var attributeName = attribute.Groups["name"].Value.ToLowerInvariant();
                Assert.True(s_markdownAttributes.Contains(attributeName), $"{attributeName}= in {html}");
                if (attributeName is "href" or "src")
                {
                    var url = WebUtility.HtmlDecode(attribute.Groups["value"].Value);
                    Assert.True(UrlPolicy.IsAllowed(url), $"{attributeName}=\"{url}\" in {html}");
                }
            }
        }

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
    }

    [GeneratedRegex("<(?<name>[a-zA-Z][^\\s/>]*)(?<attributes>[^>]*)>")]
    private static partial Regex Tag();

    [GeneratedRegex("(?<name>[^\\s=\"'/]+)\\s*(=\\s*\"(?<value>[^\"]*)\"|=\\s*'(?<value>[^']*)'|=(?<value>[^\\s>]+))?")]
    private static partial Regex Attribute();
}
