namespace Guides.Generator.Tests.Hostile;

/// <summary>Builds hostile guides around a valid front matter whose lines are known, so that expected lines can be read off.</summary>
public static class HostileText
{
    /// <summary>
    /// A guide: lines 1-5 are the fence and the required fields, <paramref name="extraFront"/> follows from line 6,
    /// then the closing fence, a blank line, and the body.
    /// </summary>
    public static string Guide(string body = "### Step 1: Only step\n\nDo it.\n", string extraFront = "") =>
        "---\n"
        + "title: \"Hostile guide\"\n"
        + "description: \"A guide that tries to break the generator.\"\n"
        + "category: \"tests\"\n"
        + "date: \"2026-01-15\"\n"
        + extraFront
        + "---\n"
        + "\n"
        + body;

    /// <summary>The first body line of <see cref="Guide"/> when no field is added: line 8.</summary>
    public const int BodyLine = 8;

    public static string Repeat(string value, int count) => string.Concat(Enumerable.Repeat(value, count));

    public static ExpectedDiagnostic At(string id, int line, int column) => new(id, line, column);
}
