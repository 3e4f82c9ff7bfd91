using static Guides.Generator.Tests.Hostile.HostileText;

namespace Guides.Generator.Tests.Hostile;

/// <summary>Script in a guide: raw HTML, event handlers, and unsafe URLs in links, autolinks, images and references. SafetyTests checks the HTML.</summary>
public static class XssCases
{
    /// <summary>Each vector, on line 10 of a step's body (line 8 is the step's heading).</summary>
    public static readonly (string Name, string Markdown, ExpectedDiagnostic[] Expected)[] Vectors =
    [
        ("script-block", "<script>alert(1)</script>", [At("GUIDE011", 10, 1)]),
        ("script-inline", "Text <script>alert(1)</script> text", [At("GUIDE011", 10, 6), At("GUIDE011", 10, 22)]),
        ("img-onerror", "<img src=x onerror=alert(1)>", [At("GUIDE011", 10, 1)]),
        ("svg-onload-inline", "Look: <svg onload=alert(1)>", [At("GUIDE011", 10, 7)]),
        ("event-handler-uppercase", "A <a href=\"#\" ONCLICK=\"alert(1)\">link</a>", [At("GUIDE011", 10, 3), At("GUIDE011", 10, 38)]),
        ("iframe-block", "<iframe src=\"javascript:alert(1)\"></iframe>", [At("GUIDE011", 10, 1)]),
        ("javascript-link", "[x](javascript:alert(1))", [At("GUIDE010", 10, 1)]),
        ("javascript-mixed-case", "[x](JaVaScRiPt:alert(1))", [At("GUIDE010", 10, 1)]),
        ("javascript-entity-colon", "[x](javascript&#58;alert(1))", [At("GUIDE010", 10, 1)]),
        ("javascript-named-entity-colon", "[x](javascript&colon;alert(1))", [At("GUIDE010", 10, 1)]),
        ("javascript-entity-letter", "[x](&#x6A;avascript:alert(1))", [At("GUIDE010", 10, 1)]),
        ("javascript-entity-tab", "[x](java&#x09;script:alert(1))", [At("GUIDE010", 10, 1)]),
        ("javascript-leading-space", "[x](< javascript:alert(1)>)", [At("GUIDE010", 10, 1)]),
        ("javascript-autolink", "<javascript:alert(1)>", [At("GUIDE010", 10, 1)]),
        ("javascript-autolink-mixed-case", "See <JAVAscript:alert(1)>", [At("GUIDE010", 10, 5)]),
        ("javascript-image", "![x](javascript:alert(1))", [At("GUIDE010", 10, 1)]),
        ("data-image", "![x](data:image/svg+xml;base64,PHN2Zz4=)", [At("GUIDE010", 10, 1)]),
        ("vbscript-reference", "[x][r]\n\n[r]: vbscript:msgbox(1)", [At("GUIDE010", 10, 1)]),
        ("javascript-reference-image", "![x][r]\n\n[r]: JAVASCRIPT:alert(1)", [At("GUIDE010", 10, 1)]),
        ("title-attribute-breakout", "[x](https://example.org \"a\\\" onmouseover=\\\"alert(1)\")", []),
        ("javascript-in-useful-link", "[x](javascript:alert(1) \"t\")", [At("GUIDE010", 10, 1)]),
    ];

    public static IEnumerable<HostileCase> All =>
        Vectors.Select(v => new HostileCase("xss " + v.Name, Guide("### Step 1: Vector\n\n" + v.Markdown + "\n"), v.Expected));
}
