using Guides.Corpus;
using Guides.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Guides.Generator.Tests;

/// <summary>
/// With UTF-8 literals, a guide without files is not built by some eighty constructor calls but read from its shape (what it
/// holds, as the indexes of its strings) by one call. A Release build holds each such guide in one literal, a small class
/// deriving from <see cref="GuideData"/> (shape, string lengths, strings, packed or not); a Debug build, shaped for hot
/// reload, calls <see cref="GuideShape.Create"/>. Every guide reads the same either way as one built by constructors, which
/// C# 7.3's code still uses.
/// </summary>
public sealed class GuideShapeTests
{
    [Fact]
    public void A_guide_read_from_its_data_or_its_shape_reads_as_one_created_by_constructors()
    {
        var guides = Repository.ContentGuides()
            .Where(g => !g.RelativePath.Contains("help-center", StringComparison.Ordinal))
            .Concat(GuideCorpus.Generate(12).Select(g => new GuideInput(g.RelativePath, g.Text)))
            .Concat(GuideCorpus.GenerateVaried(4).Select(g => new GuideInput("varied/" + g.RelativePath, g.Text)))
            .Append(new GuideInput("en/odd.md", Hostile.HostileText.Guide("### Step 1: Odd\n\nA lone surrogate \ud800.\n\n## Good to know\n\nText.\n\n## Good to know\n\nAgain.\n")))
            .ToArray();

        var data = GeneratorHarness.Run(guides);
        var packed = GeneratorHarness.Run(guides, properties: new Dictionary<string, string> { ["GuidesCompressText"] = "true" });
        var shaped = GeneratorHarness.Run(guides, optimization: OptimizationLevel.Debug);
        var constructed = GeneratorHarness.Run(guides, GeneratorHarness.CSharp73);

        Assert.Contains(data.Result.GeneratedSources, s => s.SourceText.ToString().Contains(": global::Guides.GuideData", StringComparison.Ordinal));
        Assert.Contains(shaped.Result.GeneratedSources, s => s.SourceText.ToString().Contains("GuideShape.Create(", StringComparison.Ordinal));
        Assert.DoesNotContain(shaped.Result.GeneratedSources, s => s.SourceText.ToString().Contains("GuideData", StringComparison.Ordinal));
        Assert.DoesNotContain(constructed.Result.GeneratedSources, s => s.SourceText.ToString().Contains("GuideShape.Create(", StringComparison.Ordinal));
        Assert.Empty(data.CompilerProblems);
        Assert.Empty(packed.CompilerProblems);
        Assert.Empty(shaped.CompilerProblems);
        var expected = PackedTextTests.AllStrings(constructed);
        Assert.Equal(expected, PackedTextTests.AllStrings(data));
        Assert.Equal(expected, PackedTextTests.AllStrings(packed));
        Assert.Equal(expected, PackedTextTests.AllStrings(shaped));
    }

    [Theory]
    [InlineData("")] // no end to the shape
    [InlineData("2.ab")] // the plain count is missing
    [InlineData("210AA.ab")] // plain strings longer than the data
    [InlineData("22011.abc")] // unpacked strings not as long as the data
    [InlineData("23011.ab")] // more plain strings than strings
    [InlineData("2201100.ab")] // a shape that ends too early
    public void Damaged_data_is_an_argument_error_not_a_wrong_guide(string data) =>
        Assert.Throws<ArgumentException>(() => new Literal(data).Read());

    [Fact]
    public void Data_written_by_hand_reads_as_the_guide_it_describes()
    {
        // 6 strings, "Title", "Desc", "C", "", "Step" and "So", none packed; Easy, 2026-11-30 (2026 is 1, 31, 10 in base 32:
        // "X_A"), title 0, description 1, category 2, platform 3; one step (number 1, title 4, Markdown, HTML and text 5);
        // no answer, introduction, requirement, tip, link, section or heading; 7 words, 2 seconds; no links, backlinks or files.
        var guide = new Literal("660541042" + "1" + "X_ABU" + "0123" + "1" + "14555" + "0000000" + "72" + "000" + ".TitleDescCStepSo").Read();

        Assert.Equal(("Title", "Desc", "C", ""), (guide.Title, guide.Description, guide.Category, guide.Platform));
        Assert.Equal(GuideDifficulty.Easy, guide.Difficulty);
        Assert.Equal(new DateTime(2026, 11, 30), guide.Date);
        Assert.Equal(("Step", "So", "So"), (guide.Steps[0].Title, guide.Steps[0].Html, guide.Steps[0].Text));
        Assert.Equal((7, TimeSpan.FromSeconds(2)), (guide.WordCount, guide.ReadingTime));
    }

    [Fact]
    public void Images_files_and_links_read_from_the_data_as_from_constructors()
    {
        GuideInput[] guides =
        [
            new("en/a.md", Hostile.HostileText.Guide(
                "## What you will learn\n\n![The start](start.png)\n\n### Step 1: Look\n\n![The page](shot.png) and ![The page](shot.png) again, " +
                "then [the form](form.pdf) and [the other guide](b.md#step-1).\n\n### Step 2: Again\n\n![Twice](shot.png)\n\n## Good to know\n\n![The end](start.png)\n")),
            new("en/b.md", Hostile.HostileText.Guide("### Step 1: Back\n\n[Back to a](a.md).\n")),
            new("en/c.md", Hostile.HostileText.Guide()),
        ];
        AssetInput[] assets =
        [
            new("en/shot.png", Length: 4321, Width: 800, Height: 600, Hash: "aaaaaaaaaa"),
            new("en/start.png", Width: 1, Height: 70000, Hash: "bbbbbbbbbb"),
            new("en/form.pdf", ContentType: "application/pdf", Width: 0, Height: 0, Image: false, WebImage: false),
        ];

        var data = GeneratorHarness.Run(guides, assets: assets);
        var constructed = GeneratorHarness.Run(guides, GeneratorHarness.CSharp73, assets: assets);

        Assert.Empty(data.GeneratorDiagnostics.Where(d => d.Severity > DiagnosticSeverity.Info));
        Assert.Empty(data.CompilerProblems);
        Assert.Contains(": global::Guides.GuideData", data.Source("GuideCatalog.Guides0.g.cs"), StringComparison.Ordinal);
        Assert.DoesNotContain("new global::Guides.GuideImage(", data.Source("GuideCatalog.Guides0.g.cs"), StringComparison.Ordinal);
        var expected = Files(constructed);
        Assert.Equal(expected, Files(data));
        // What the guide's files are, written out: the constructors' way is checked too.
        Assert.Contains("a step 1 The page 800x600 /guide-files/en/shot.aaaaaaaaaa.png 4321 image/png", expected);
        Assert.Contains("a section The end 1x70000 /guide-files/en/start.bbbbbbbbbb.png 1234 image/png", expected);
        Assert.Contains("a links to b/en", expected);
        Assert.Contains("b linked from a/en", expected);
        Assert.Equal(PackedTextTests.AllStrings(constructed), PackedTextTests.AllStrings(data));

        static List<string> Files(GeneratorOutput output)
        {
            var lines = new List<string>();
            foreach (var id in new[] { "a", "b", "c" })
            {
                var guide = output.Find(id)!;
                void Images(string part, IReadOnlyList<GuideImage> images) =>
                    lines.AddRange(images.Select(i => id + " " + part + " " + i.Alt + " " + i.Width + "x" + i.Height + " " + i.File.Url + " " + i.File.Length + " " + i.File.ContentType));
                Images("guide", guide.Images);
                lines.AddRange(guide.Files.Select(f => id + " file " + f.Path + " " + f.Url + " " + f.Length + " " + f.ContentType));
                foreach (var step in guide.Steps)
                {
                    Images("step " + step.Number, step.Images);
                }

                foreach (var entry in guide.Faq)
                {
                    Images("answer", entry.Images);
                }

                Images("introduction", guide.Introduction?.Images ?? []);
                foreach (var section in guide.Sections)
                {
                    Images("section", section.Images);
                }

                lines.AddRange(guide.LinksTo.Select(g => id + " links to " + g.Id + "/" + g.Language));
                lines.AddRange(guide.LinkedFrom.Select(g => id + " linked from " + g.Id + "/" + g.Language));
            }

            return lines;
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("0")]
    [InlineData("0\"")]
    [InlineData("W")]
    public void A_damaged_shape_is_an_argument_error_not_a_wrong_guide(string shape)
    {
        var strings = new TwoStrings();

        Assert.Throws<ArgumentException>(() => GuideShape.Create(strings, "x", "en", System.Text.Encoding.ASCII.GetBytes(shape), () => []));
    }

    private sealed class TwoStrings() : GuideStrings(2)
    {
        protected override string Decode(int index) => "s" + index;
    }

    /// <summary>A guide's literal given as ASCII text, read as generated code reads it.</summary>
    private sealed class Literal(string data) : GuideData
    {
        private readonly byte[] _data = System.Text.Encoding.ASCII.GetBytes(data);

        protected override ReadOnlySpan<byte> Data => _data;

        public Guide Read() => Create("x", "en", _ => []);
    }
}
