using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Guides.Benchmarks;

/// <summary>
/// What an app would do without the generator: read the guide's Markdown from an embedded resource on first use,
/// deserialize its front matter with YamlDotNet, parse its body with Markdig and render a step to HTML.
/// The deserializer and pipeline are built once, as an app would keep them.
/// </summary>
internal static class RuntimeParsingBaseline
{
    private static readonly IDeserializer s_yaml = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .IgnoreUnmatchedProperties()
        .Build();

    private static readonly MarkdownPipeline s_pipeline = new MarkdownPipelineBuilder().UsePipeTables().UseAutoLinks().Build();

    /// <summary>The HTML of step <paramref name="number"/> (1-based) of the embedded guide <paramref name="resource"/>.</summary>
    public static string StepHtml(string resource, int number)
    {
        string text;
        using (var stream = typeof(RuntimeParsingBaseline).Assembly.GetManifestResourceStream(resource)!)
        using (var reader = new StreamReader(stream))
        {
            text = reader.ReadToEnd();
        }

        var end = text.IndexOf("\n---", 4, StringComparison.Ordinal);
        var frontMatter = s_yaml.Deserialize<FrontMatter>(text.Substring(4, end - 4));
        var document = Markdown.Parse(text.Substring(text.IndexOf('\n', end + 1) + 1), s_pipeline);

        // The step's blocks: from its ### heading to the next heading of level 3 or less.
        var blocks = new List<Block>();
        var step = 0;
        foreach (var block in document)
        {
            if (block is HeadingBlock { Level: <= 3 } heading)
            {
                if (step == number)
                {
                    break;
                }

                if (heading.Level == 3)
                {
                    step++;
                }

                continue;
            }

            if (step == number)
            {
                blocks.Add(block);
            }
        }

        using var html = new StringWriter();
        var renderer = new HtmlRenderer(html);
        s_pipeline.Setup(renderer);
        foreach (var block in blocks)
        {
            renderer.Render(block);
        }

        return frontMatter.Title is null ? string.Empty : html.ToString();
    }

    public sealed class FrontMatter
    {
        public string? Title { get; set; }
        public string? Description { get; set; }
        public string? Category { get; set; }
        public int Steps { get; set; }
        public string? Difficulty { get; set; }
        public string? Platform { get; set; }
        public string? Lang { get; set; }
        public string? Date { get; set; }
        public List<Faq>? Faq { get; set; }
    }

    public sealed class Faq
    {
        public string? Question { get; set; }
        public string? Answer { get; set; }
    }
}
