using System.Text.RegularExpressions;
using YamlDotNet.Serialization;

namespace Guides.Search.Tests;

/// <summary>A document to index, in the tests' terms (the writer's own types live in the generator's assembly).</summary>
internal sealed record Doc(int Guide, string Language, SearchPart Kind, int Part, params (string Text, float Weight)[] Fields);

/// <summary>A guide of the test corpus, in one language, as the tests' small parser reads it.</summary>
internal sealed class CorpusGuide
{
    public required int Number { get; init; }
    /// <summary>"ameli", "help-center", "hugo/accounts/reset-password"...</summary>
    public required string Key { get; init; }
    public required string Language { get; init; }
    public required string Title { get; init; }
    public required string Description { get; init; }
    public required List<(string Title, string Text)> Steps { get; init; }
    public required List<(string Question, string Answer)> Faq { get; init; }
    public required List<string> Tips { get; init; }
    public required long MarkdownBytes { get; init; }

    public Guide ToGuide() => new(
        Key, Title, Description, "test", GuideDifficulty.Easy, "all", Language, new DateTime(2026, 1, 1),
        Steps.Select((s, i) => new GuideStep(i + 1, s.Title, s.Text, s.Text, s.Text)).ToArray(),
        Faq.Select(f => new FaqEntry(f.Question, f.Answer, f.Answer)).ToArray(),
        null, [], Tips.Select(t => new GuideText(t, t, t)).ToArray(), [], []);
}

/// <summary>
/// The repository's guides (content/) and the Hugo-style test site, read from disk: front matter (title, description,
/// FAQ), "### Step N: …" / "### Étape N : …" steps and the tips list, in a stable order.
/// </summary>
internal static partial class Corpus
{
    private static readonly Lazy<IReadOnlyList<CorpusGuide>> All = new(Load);

    public static IReadOnlyList<CorpusGuide> Guides => All.Value;

    public static string Root => Path.Combine(AppContext.BaseDirectory, "Corpus");

    /// <summary>The documents of every guide, with the weights the maintainer's pipeline is to use.</summary>
    public static IEnumerable<Doc> Documents(IEnumerable<CorpusGuide> guides)
    {
        foreach (var g in guides)
        {
            yield return new Doc(g.Number, g.Language, SearchPart.Guide, 0, (g.Title, 4f), (g.Description, 2f));
            for (var i = 0; i < g.Steps.Count; i++)
                yield return new Doc(g.Number, g.Language, SearchPart.Step, i + 1, (g.Steps[i].Title, 3f), (g.Steps[i].Text, 1f));
            for (var i = 0; i < g.Faq.Count; i++)
                yield return new Doc(g.Number, g.Language, SearchPart.Faq, i, (g.Faq[i].Question, 3f), (g.Faq[i].Answer, 1f));
            for (var i = 0; i < g.Tips.Count; i++)
                yield return new Doc(g.Number, g.Language, SearchPart.Tip, i, (g.Tips[i], 1f));
        }
    }

    private static IReadOnlyList<CorpusGuide> Load()
    {
        var files = new List<(string Key, string Language, string Path)>();
        foreach (var (folder, prefix) in new[] { ("content", ""), ("hugo", "hugo/") })
        {
            var root = Path.Combine(Root, folder);
            foreach (var path in Directory.EnumerateFiles(root, "*.md", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(root, path).Replace('\\', '/');
                var name = Path.GetFileName(relative);
                if (name.StartsWith("_TEMPLATE", StringComparison.Ordinal) || name == "README.md") continue;
                var slash = relative.IndexOf('/');
                if (slash < 0) continue;
                var language = relative[..slash];
                var key = relative[(slash + 1)..^3];
                if (key.EndsWith("/index", StringComparison.Ordinal)) key = key[..^6];
                files.Add((prefix + key, language, path));
            }
        }

        files.Sort((a, b) => string.CompareOrdinal(a.Key + "|" + a.Language, b.Key + "|" + b.Language));
        return files.Select((f, i) => Parse(i, f.Key, f.Language, f.Path)).ToList();
    }

    private static CorpusGuide Parse(int number, string key, string language, string path)
    {
        var markdown = File.ReadAllText(path).Replace("\r\n", "\n");
        var end = markdown.IndexOf("\n---", 3, StringComparison.Ordinal);
        var yaml = markdown[3..end];
        var body = markdown[(end + 4)..];
        var front = new DeserializerBuilder().Build().Deserialize<Dictionary<object, object>>(yaml);
        string Field(string name) =>
            front.FirstOrDefault(p => string.Equals(p.Key.ToString(), name, StringComparison.OrdinalIgnoreCase)).Value?.ToString() ?? "";

        var faq = new List<(string, string)>();
        if (front.FirstOrDefault(p => string.Equals(p.Key.ToString(), "faq", StringComparison.OrdinalIgnoreCase)).Value is List<object> entries)
        {
            foreach (Dictionary<object, object> entry in entries)
                faq.Add((Plain(entry["question"].ToString()!), Plain(entry["answer"].ToString()!)));
        }

        var steps = new List<(string, string)>();
        var tips = new List<string>();
        string? heading = null;
        var text = new List<string>();
        void Flush()
        {
            if (heading is null) return;
            var step = StepHeading().Match(heading);
            if (step.Success) steps.Add((Plain(step.Groups[1].Value), Plain(string.Join("\n", text).Trim())));
            else if (heading is "## Tips" or "## Conseils")
                tips.AddRange(text.Where(l => l.StartsWith("- ", StringComparison.Ordinal)).Select(l => Plain(l[2..])));
        }

        foreach (var line in body.Split('\n'))
        {
            if (line.StartsWith("## ", StringComparison.Ordinal) || line.StartsWith("### ", StringComparison.Ordinal))
            {
                Flush();
                heading = line.TrimEnd();
                text.Clear();
            }
            else
            {
                text.Add(line);
            }
        }

        Flush();
        return new CorpusGuide
        {
            Number = number, Key = key, Language = language, Title = Plain(Field("title")), Description = Plain(Field("description")),
            Steps = steps, Faq = faq, Tips = tips, MarkdownBytes = new FileInfo(path).Length,
        };
    }

    /// <summary>Markdown to plain text, roughly: no images, links as their text, no emphasis or code marks.</summary>
    public static string Plain(string markdown)
    {
        var text = Image().Replace(markdown, "");
        text = Link().Replace(text, "$1");
        return text.Replace("**", "").Replace("`", "").Trim();
    }

    [GeneratedRegex(@"^### (?:Step|Étape) \d+ ?: (.*)$")]
    private static partial Regex StepHeading();

    [GeneratedRegex(@"!\[[^\]]*\]\([^)]*\)")]
    private static partial Regex Image();

    [GeneratedRegex(@"\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex Link();
}
