namespace Guides.AspNetCore.Tests;

/// <summary>What a hand-written library's guide holds cannot become markup or script in a page.</summary>
public sealed class EscapingTests
{
    private const string Hostile = "<script>alert(1)</script>\"'&";

    [Fact]
    public void Every_string_but_the_rendered_HTML_is_encoded_and_only_web_links_are_links()
    {
        var guide = new Guide(
            "x", Hostile, Hostile, Hostile, GuideDifficulty.Easy, "all", "en", new DateTime(2026, 5, 1),
            [new GuideStep(1, Hostile, "Start.", "<p>Start.</p>", "Start.")],
            [new FaqEntry(Hostile, "No.", "<p>No.</p>")],
            null,
            [],
            [],
            [new GuideLink(Hostile, "javascript:alert(1)"), new GuideLink("Site", "https://example.com/?a=1&b=\"2\"")],
            [new GuideSection(Hostile, "Text.", "<p>Text.</p>", "Text.")]);
        var pages = new GuidePages(new GuideUrls("/help"), Hostile, "http://localhost");

        var html = pages.Guide(guide, [guide], guide);

        Assert.DoesNotContain("<script>", html);
        Assert.DoesNotContain("javascript:", html);
        Assert.Contains("<title>&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#x27;&amp; – &lt;script&gt;", html);
        Assert.Contains("<h3>&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#x27;&amp;</h3><p>Start.</p>", html);
        Assert.Contains("<li>&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#x27;&amp;</li>", html);
        Assert.Contains("<a href=\"https://example.com/?a=1&amp;b=&quot;2&quot;\">Site</a>", html);
        Assert.Contains("<meta name=\"description\" content=\"&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#x27;&amp;\">", html);
    }
}
