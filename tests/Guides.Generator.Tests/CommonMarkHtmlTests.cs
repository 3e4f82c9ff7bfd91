using Guides.Generator.Tests.Infrastructure;

namespace Guides.Generator.Tests;

/// <summary>
/// The normal form that CommonMarkTests compares HTML in: it makes HTML the same where only insignificant white space,
/// attribute order, quoting or the spelling of a character differs, and keeps different what renders differently.
/// </summary>
public sealed class CommonMarkHtmlTests
{
    [Theory]
    [InlineData("<p>a  \t\nb</p>", "<p>a b</p>")]
    [InlineData("\n\t<p>\n\t\ta  b\t\t</p>\n\t", "<p>a b</p>")]
    [InlineData("<p>a</p>\n<ul>\n<li>b</li>\n</ul>\n", "<p>a</p><ul><li>b</li></ul>")]
    [InlineData("<p>a<br />\nb</p>", "<p>a<br>b</p>")]
    [InlineData("<hr />\n<p>a</p>", "<hr><p>a</p>")]
    [InlineData("<a title=\"bar\" HREF=\"foo\">x</a>", "<a href=\"foo\" title=\"bar\">x</a>")]
    [InlineData("<img src='a.png' alt=b />", "<img alt=\"b\" src=\"a.png\">")]
    [InlineData("<a href=\"/f&ouml;&ouml;\" title=\"&quot;x&#x27;\">y</a>", "<a href=\"/föö\" title='\"x&apos;'>y</a>")]
    [InlineData("<p>&forall;&amp;&gt;&lt;&quot;&#39;&#x41;</p>", "<p>∀&amp;>&lt;\"'A</p>")]
    [InlineData("<p>&amp;foo; &bogus;</p>", "<p>&foo; &amp;bogus;</p>")]
    [InlineData("<p><em>a</em> <strong>b</strong></p>", "<P><EM>a</EM> <STRONG>b</STRONG></P>")]
    public void Html_that_means_the_same_is_the_same(string left, string right)
    {
        Assert.Equal(CommonMarkHtml.Normalize(left), CommonMarkHtml.Normalize(right));
    }

    [Theory]
    [InlineData("<p>a b</p>", "<p>ab</p>")]
    [InlineData("<p><em>a</em></p>", "<p><strong>a</strong></p>")]
    [InlineData("<p><em>a</em>b</p>", "<p><em>a</em> b</p>")]
    [InlineData("<pre><code>a  b\n</code></pre>", "<pre><code>a b\n</code></pre>")]
    [InlineData("<pre><code>a\n</code></pre>", "<pre><code>a\n\n</code></pre>")]
    [InlineData("<ul><li>a</li></ul>", "<ul><li><p>a</p></li></ul>")]
    [InlineData("<a href=\"x\">y</a>", "<a href=\"X\">y</a>")]
    [InlineData("<a href=\"x\">y</a>", "<a href=\"x\" title=\"\">y</a>")]
    [InlineData("<p>&lt;b&gt;</p>", "<p><b></p>")]
    [InlineData("<p>a\u00a0b</p>", "<p>a b</p>")]
    [InlineData("<ol start=\"2\"><li>a</li></ol>", "<ol><li>a</li></ol>")]
    public void Html_that_renders_differently_stays_different(string left, string right)
    {
        Assert.NotEqual(CommonMarkHtml.Normalize(left), CommonMarkHtml.Normalize(right));
    }

    [Theory]
    [InlineData("<p>a  \t b</p>", "<p>a b</p>")]
    [InlineData("<i>a  b</i> ", "<i>a b</i> ")]
    [InlineData("<br />", "<br>")]
    [InlineData("<pre><code>  a\n\n  b\n</code></pre>\n", "<pre><code>  a\n\n  b\n</code></pre>")]
    [InlineData("<p>\"a\" &amp; b</p>", "<p>&quot;a&quot; &amp; b</p>")]
    [InlineData("<!-- a  b -->\n<p>c</p>", "<!-- a  b --><p>c</p>")]
    [InlineData("<p>a <b> c", "<p>a <b> c")]
    [InlineData("<p>foo <!--> foo -->\n<p>foo <!---> foo -->", "<p>foo <!--> foo --&gt;<p>foo <!---> foo --&gt;")]
    [InlineData("<p>a < b</p>", "<p>a &lt; b</p>")]
    public void Normal_forms(string html, string normalized)
    {
        Assert.Equal(normalized, CommonMarkHtml.Normalize(html));
    }

    [Theory]
    [InlineData("<p>a</p><h2>b</h2><p>c</p>", "<p>a</p>")]
    [InlineData("<h1>a</h1>", "")]
    [InlineData("<blockquote><h1>a</h1></blockquote><hr><p>b<br>c</p><h1>d</h1>", "<blockquote><h1>a</h1></blockquote><hr><p>b<br>c</p>")]
    [InlineData("<ul><li><h2>a</h2></li></ul><h3>b</h3>", null)]
    public void What_comes_before_the_first_top_level_heading(string normalized, string? before)
    {
        Assert.Equal(before, CommonMarkHtml.BeforeFirstTopLevel(normalized, "h1", "h2"));
    }
}
