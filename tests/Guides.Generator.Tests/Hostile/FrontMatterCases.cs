using static Guides.Generator.Tests.Hostile.HostileText;

namespace Guides.Generator.Tests.Hostile;

/// <summary>Broken, missing or malicious front matter.</summary>
public static class FrontMatterCases
{
    private static string BillionLaughs()
    {
        var yaml = new System.Text.StringBuilder("lol0: &a0 \"lol\"\n");
        for (var i = 1; i <= 9; i++)
        {
            yaml.Append("lol").Append(i).Append(": &a").Append(i).Append(" [")
                .Append(string.Join(", ", Enumerable.Repeat("*a" + (i - 1), 10))).Append("]\n");
        }

        return yaml.ToString();
    }

    public static IEnumerable<HostileCase> All =>
    [
        new("empty-file", "", At("GUIDE001", 1, 1)),
        new("only-a-fence", "---", At("GUIDE002", 1, 1)),
        new("only-a-fence-and-newline", "---\n", At("GUIDE002", 1, 1)),
        new("no-front-matter", "# A title\n\nSome text.\n", At("GUIDE001", 1, 1)),
        new("unclosed-front-matter", "---\ntitle: \"x\"\n\n## Body\n\nText.\n", At("GUIDE002", 1, 1)),
        new("empty-front-matter", "---\n---\n\nText.\n", At("GUIDE004", 1, 1), At("GUIDE004", 1, 1), At("GUIDE004", 1, 1), At("GUIDE004", 1, 1)),
        new("yaml-unterminated-quote", Guide(extraFront: "platform: \"unterminated\n"), At("GUIDE003", 6, 11)),
        new("yaml-unclosed-flow-sequence", Guide(extraFront: "platform: [a, b\n"), At("GUIDE003", 7, 1)),
        new("yaml-tab-indentation", Guide(extraFront: "faq:\n\t- question: x\n"), At("GUIDE003", 7, 1)),
        new("yaml-not-a-mapping", "---\n- a\n- b\n---\n\nText.\n", At("GUIDE003", 2, 1)),
        new("yaml-key-is-a-list", Guide(extraFront: "[a, b]: c\n"), At("GUIDE003", 6, 1)),
        new("steps-not-a-number", Guide(extraFront: "steps: three\n"), At("GUIDE005", 6, 8)),
        new("steps-negative", Guide(extraFront: "steps: -1\n"), At("GUIDE005", 6, 8)),
        new("steps-huge", Guide(extraFront: "steps: 99999999999999999999\n"), At("GUIDE005", 6, 8)),
        new("date-impossible", Guide(extraFront: "").Replace("2026-01-15", "2026-13-45", StringComparison.Ordinal), At("GUIDE005", 5, 7)),
        new("date-a-list", Guide(extraFront: "").Replace("date: \"2026-01-15\"", "date: [2026, 1, 15]", StringComparison.Ordinal), At("GUIDE005", 5, 7)),
        new("difficulty-unknown", Guide(extraFront: "difficulty: extreme\n"), At("GUIDE005", 6, 13)),
        new("lang-not-a-culture", Guide(extraFront: "lang: \"english!\"\n"), At("GUIDE025", 6, 7)),
        new("platform-a-mapping", Guide(extraFront: "platform: { a: b }\n"), At("GUIDE005", 6, 11)),
        new("faq-a-string", Guide(extraFront: "faq: \"text\"\n"), At("GUIDE005", 6, 6)),
        new("faq-entry-a-string", Guide(extraFront: "faq:\n  - just text\n"), At("GUIDE005", 7, 5)),
        new("faq-entry-without-answer", Guide(extraFront: "faq:\n  - question: \"Why?\"\n"), At("GUIDE008", 7, 5)),
        new("faq-entry-without-question", Guide(extraFront: "faq:\n  - answer: \"Because.\"\n"), At("GUIDE008", 7, 5)),
        new("title-a-list", Guide().Replace("title: \"Hostile guide\"", "title: [a, b]", StringComparison.Ordinal), At("GUIDE005", 2, 8)),
        new("title-empty", Guide().Replace("title: \"Hostile guide\"", "title: \"\"", StringComparison.Ordinal), At("GUIDE004", 2, 1)),
        new("field-twice", Guide(extraFront: "title: \"Again\"\n"), At("GUIDE018", 6, 1)),
        new("unknown-field", Guide(extraFront: "author: \"me\"\n"), At("GUIDE017", 6, 1)),
        new("billion-laughs", Guide(extraFront: BillionLaughs()), At("GUIDE016", 6, 7)),
        new("yaml-100000-nested-flow-sequences", Guide(extraFront: "platform: " + Repeat("[", 100_000) + "\n"), At("GUIDE015", 6, 26)),
        new("yaml-100000-nested-flow-mappings", Guide(extraFront: "platform: " + Repeat("{a: ", 100_000) + "\n"), At("GUIDE015", 6, 71)),
        new("yaml-deep-block-sequences", Guide(extraFront: "platform:\n" + string.Concat(Enumerable.Range(0, 100).Select(i => new string(' ', i * 2) + "-\n"))), At("GUIDE015", 22, 31)),
        new("yaml-raw-nul", Guide(extraFront: "platform: a\0b\n"), At("GUIDE003", 6, 13)),
    ];
}
