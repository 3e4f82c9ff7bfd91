using System.Text;
using Guides.Corpus;
using Guides.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Guides.Generator.Tests;

/// <summary>
/// Every guide is one record (<c>RecordFormat</c>: numbers, then strings), written by one writer and read by
/// <see cref="GuideRecord"/>. Its literal is a <c>"..."u8</c> literal (C# 11 on .NET 8) or a string literal of its bytes
/// (C# 7.3 to 10, the netstandard2.0 runtime); its holder keeps the guide in a static field, or in a Debug build in one that hot
/// reload empties. Each form reads the same guide; a damaged record is an exception, never a wrong guide.
/// </summary>
public sealed class GuideRecordTests
{
    [Fact]
    public void A_guide_reads_the_same_from_every_form_of_its_record()
    {
        var guides = Repository.ContentGuides()
            .Where(g => !g.RelativePath.Contains("help-center", StringComparison.Ordinal))
            .Concat(GuideCorpus.Generate(12).Select(g => new GuideInput(g.RelativePath, g.Text)))
            .Concat(GuideCorpus.GenerateVaried(4).Select(g => new GuideInput("varied/" + g.RelativePath, g.Text)))
            .Append(new GuideInput("en/odd.md", Hostile.HostileText.Guide("### Step 1: Odd\n\nA lone surrogate \ud800.\n\n## Good to know\n\nText.\n\n## Good to know\n\nAgain.\n")))
            .ToArray();

        var release = GeneratorHarness.Run(guides);
        var unpacked = GeneratorHarness.Run(guides, properties: new Dictionary<string, string> { ["GuidesCompressText"] = "false" });
        var debug = GeneratorHarness.Run(guides, optimization: OptimizationLevel.Debug);
        var chars = GeneratorHarness.Run(guides, GeneratorHarness.CSharp73);

        Assert.Contains(release.Result.GeneratedSources, s => s.SourceText.ToString().Contains("protected override global::System.ReadOnlySpan<byte> Data => \"", StringComparison.Ordinal));
        Assert.Contains(debug.Result.GeneratedSources, s => s.SourceText.ToString().Contains("internal static void Reset() => s_instance = null;", StringComparison.Ordinal));
        Assert.Contains(chars.Result.GeneratedSources, s => s.SourceText.ToString().Contains("protected override string Chars => \"", StringComparison.Ordinal));
        Assert.DoesNotContain(chars.Result.GeneratedSources, s => s.SourceText.ToString().Contains("\"u8", StringComparison.Ordinal));
        foreach (var output in new[] { release, unpacked, debug, chars })
        {
            Assert.Empty(output.CompilerProblems);
            Assert.All(output.Result.GeneratedSources, s => Assert.DoesNotContain(": global::Guides.Guide(", s.SourceText.ToString(), StringComparison.Ordinal));
        }

        var expected = PackedTextTests.AllStrings(release);
        Assert.Equal(expected, PackedTextTests.AllStrings(unpacked));
        Assert.Equal(expected, PackedTextTests.AllStrings(debug));
        Assert.Equal(expected, PackedTextTests.AllStrings(chars));
        // A lone surrogate has no UTF-8 form: the record holds U+FFFD in its place, as every UTF-8 encoder does.
        Assert.Contains(expected, s => s.EndsWith("A lone surrogate \uFFFD.", StringComparison.Ordinal));
    }

    [Fact]
    public void A_record_written_by_hand_reads_as_the_guide_it_describes()
    {
        // Strings "x", "en", "Title", "Desc", "C", "", "Step", "So". A guide (kind 1), not packed (flags 0), 8 strings, all plain,
        // of 1, 2, 5, 4, 1, 0, 4 and 2 bytes. Id 0, language 1; Easy, 2026-11-30 (2026 is 1, 31, 10 in base 32: "X_A"); title
        // 2, description 3, category 4, platform 5; one step (number 1, title 6, Markdown, HTML and text 7); no answer,
        // introduction, requirement, tip, link, section or heading; 7 words, 2 seconds; no links, backlinks, code blocks, callouts or files.
        var guide = Literal.Of(
            "1" + "0" + "88" + "12541042" + "01" + "1" + "X_ABU" + "2345" + "1" + "16777" + "0000000" + "72" + "00000" + ".xenTitleDescCStepSo").Read();

        Assert.Equal(("x", "en"), (guide.Id, guide.Language));
        Assert.Equal(("Title", "Desc", "C", ""), (guide.Title, guide.Description, guide.Category, guide.Platform));
        Assert.Equal(GuideDifficulty.Easy, guide.Difficulty);
        Assert.Equal(new DateTime(2026, 11, 30), guide.Date);
        Assert.Equal((1, "Step", "So", "So"), (guide.Steps[0].Number, guide.Steps[0].Title, guide.Steps[0].Html, guide.Steps[0].Text));
        Assert.Equal((7, TimeSpan.FromSeconds(2)), (guide.WordCount, guide.ReadingTime));
    }

    [Theory]
    [InlineData("")] // no end to the numbers
    [InlineData(".")] // nothing after the checksum
    [InlineData("3" + "0" + "00" + ".")] // not a guide (kind 3)
    [InlineData("1" + "4" + "00" + ".")] // flags of no meaning
    [InlineData("1" + "0" + "22" + "11.ab")] // the body ends before it starts
    [InlineData("1" + "0" + "22" + "12.ab")] // strings longer than the record
    [InlineData("1" + "0" + "21" + "11.ab")] // more plain strings than strings, unpacked
    [InlineData("1" + "0" + "11" + "0" + "W.")] // a number with no last digit
    [InlineData("1" + "0" + "11" + "0" + "__________.")] // a number past int.MaxValue
    [InlineData("1" + "0" + "22" + "11" + "01" + "1" + "101" + ".ab")] // a date that is no date (year 1, month 0, day 1)
    [InlineData("1" + "0" + "22" + "11" + "01" + "4" + ".ab")] // a difficulty of no meaning
    [InlineData("1" + "0" + "22" + "11" + "07.ab")] // a string it does not have
    public void A_damaged_record_is_an_argument_error_not_a_wrong_guide(string rest) =>
        Assert.Throws<ArgumentException>(() => Literal.Of(rest).Read());

    [Fact]
    public void Every_damaged_byte_of_a_real_record_is_an_error_not_a_wrong_guide()
    {
        var bytes = Encoding.Latin1.GetBytes(Literal.Signed(
            "1" + "0" + "88" + "12541042" + "01" + "1" + "X_ABU" + "2345" + "1" + "16777" + "0000000" + "72" + "00000" + ".xenTitleDescCStepSo"));
        for (var i = 0; i < bytes.Length; i++)
        {
            foreach (var bit in new[] { 1, 2, 4, 8, 16, 32, 64, 128 })
            {
                var damaged = (byte[])bytes.Clone();
                damaged[i] ^= (byte)bit;
                var error = Record.Exception(() => Everything(new Literal(Encoding.Latin1.GetString(damaged)).Read()));
                Assert.True(error is ArgumentException or InvalidOperationException, $"Byte {i} ^ {bit}: {error?.GetType().Name ?? "read as a guide"}");
            }
        }

        static string Everything(Guide guide) => guide.Title + guide.Description + string.Concat(guide.Steps.Select(s => s.Title + s.Html + s.Text));
    }

    [Fact]
    public void A_record_of_another_version_is_refused_with_both_versions_named()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new Literal("2" + Literal.Signed("88.")[1..]).Read());

        Assert.Contains("format version 2", error.Message, StringComparison.Ordinal);
        Assert.Contains("newer Guides.Generator", error.Message, StringComparison.Ordinal);
        Assert.Contains("reads format version 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Images_files_and_links_read_the_same_from_every_form_of_the_record()
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

        var release = GeneratorHarness.Run(guides, assets: assets);
        var debug = GeneratorHarness.Run(guides, optimization: OptimizationLevel.Debug, assets: assets);
        var chars = GeneratorHarness.Run(guides, GeneratorHarness.CSharp73, assets: assets);

        Assert.Empty(release.GeneratorDiagnostics.Where(d => d.Severity > DiagnosticSeverity.Info));
        Assert.Empty(release.CompilerProblems);
        Assert.Empty(chars.CompilerProblems);
        var expected = Files(release);
        Assert.Equal(expected, Files(debug));
        Assert.Equal(expected, Files(chars));
        // What the guide's files are, from the test's inputs above: the guide's images once per file, in order of first appearance.
        Assert.Equal(
            [
                "a guide The start 1x70000 /guide-files/en/start.bbbbbbbbbb.png 1234 image/png",
                "a guide The page 800x600 /guide-files/en/shot.aaaaaaaaaa.png 4321 image/png",
                "a file en/form.pdf /guide-files/en/form.0123456789.pdf 1234 application/pdf",
                "a step 1 The page 800x600 /guide-files/en/shot.aaaaaaaaaa.png 4321 image/png",
                "a step 2 Twice 800x600 /guide-files/en/shot.aaaaaaaaaa.png 4321 image/png",
                "a introduction The start 1x70000 /guide-files/en/start.bbbbbbbbbb.png 1234 image/png",
                "a section The end 1x70000 /guide-files/en/start.bbbbbbbbbb.png 1234 image/png",
                "a links to b/en",
                "a linked from b/en",
                "b links to a/en",
                "b linked from a/en",
            ],
            expected);

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

    [Fact]
    public void Each_section_reads_the_anchor_links_were_checked_against_in_every_build()
    {
        GuideInput[] guides =
        [
            new("en/a.md", Hostile.HostileText.Guide(
                "### Step 1: One\n\nText.\n\n### Step 2: Two\n\nText.\n\n## Good to know\n\nOne.\n\n## Good to know\n\nTwo.\n\n## Step 2\n\nNot a step.\n\n## ???\n\nMarks.\n\n## Install it {#install}\n\nAn id of its own.\n")),
            new("en/b.md", Hostile.HostileText.Guide("### Step 1: Back\n\nSee [the second note](a.md#good-to-know-1) and [the install](a.md#install).\n")),
        ];

        foreach (var output in GeneratorHarness.RunEveryRecordForm(guides))
        {
            Assert.Empty(output.GeneratorDiagnostics.Where(d => d.Severity > DiagnosticSeverity.Info));
            var guide = output.Find("a")!;
            // GitHub's rule: a repeated slug takes -1, -2; a step's anchor is never a section's; a heading without letters is "section".
            // A heading that gives its own id ({#install}) takes it.
            Assert.Equal(["good-to-know", "good-to-know-1", "step-2-1", "section", "install"], guide.Sections.Select(x => x.Anchor));
            Assert.Equal(["step-1", "step-2", "good-to-know", "good-to-know-1", "step-2-1", "section", "install"], guide.Outline.Where(h => h.Kind is GuideHeadingKind.Step or GuideHeadingKind.Section).Select(h => h.Anchor));
        }
    }

    [Fact]
    public void Fenced_code_blocks_are_typed_on_the_guide_and_on_their_step_or_section_in_every_build()
    {
        GuideInput[] guides =
        [
            new("en/code.md", Hostile.HostileText.Guide(
                "### Step 1: Install\n\n```bash title=\"Install it\"\nnpm install guides\n```\n\n### Step 2: Run\n\nNo code.\n\n" +
                "## Good to know\n\n- A list\n\n  ```csharp\n  var x = \"<b>\";\n  ```\n\n```\nplain\ntext\n```\n")),
        ];

        foreach (var output in GeneratorHarness.RunEveryRecordForm(guides))
        {
            Assert.Empty(output.CompilerProblems);
            var guide = output.Find("code")!;
            // What the Markdown above says: language, title="…", code as written (inside a list item too).
            Assert.Equal(
                [("bash", "Install it", "npm install guides"), ("csharp", "", "var x = \"<b>\";"), ("", "", "plain\ntext")],
                guide.CodeBlocks.Select(b => (b.Language, b.Title, b.Code)));
            Assert.Equal([guide.CodeBlocks[0]], guide.Steps[0].CodeBlocks);
            Assert.Empty(guide.Steps[1].CodeBlocks);
            Assert.Equal([guide.CodeBlocks[1], guide.CodeBlocks[2]], guide.Sections[0].CodeBlocks);
            Assert.Contains("<code class=\"language-bash\">", guide.Steps[0].Html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Callouts_are_typed_on_the_guide_and_on_their_step_or_section_in_every_build()
    {
        GuideInput[] guides =
        [
            new("fr/callouts.md", Hostile.HostileText.Guide(
                "### Étape 1 : Ouvrir\n\n> [!WARNING]\n> Ne partagez pas *votre* code.\n\n### Étape 2 : Fermer\n\nRien.\n\n" +
                "## Bon à savoir\n\n- Une liste\n\n  :::tip Mon titre\n  Un conseil.\n  :::\n")),
        ];

        foreach (var output in GeneratorHarness.RunEveryRecordForm(guides))
        {
            Assert.Empty(output.CompilerProblems);
            var guide = output.Find("callouts")!;
            // What the Markdown above says: the kind, the title (the French label of a warning, or the container's own), the body.
            Assert.Equal(
                [("warning", "Avertissement", "<p>Ne partagez pas <em>votre</em> code.</p>", "Ne partagez pas votre code."), ("tip", "Mon titre", "<p>Un conseil.</p>", "Un conseil.")],
                guide.Callouts.Select(c => (c.Kind, c.Title, c.Html, c.Text)));
            Assert.Equal([guide.Callouts[0]], guide.Steps[0].Callouts);
            Assert.Empty(guide.Steps[1].Callouts);
            Assert.Equal([guide.Callouts[1]], guide.Sections[0].Callouts);
        }
    }

    [Fact]
    public void Callouts_of_FAQ_answers_are_typed_after_the_bodys_and_on_their_answer_in_every_build()
    {
        GuideInput[] guides =
        [
            new("en/faq-callouts.md", Hostile.HostileText.Guide(
                "### Step 1: Open\n\n> [!NOTE]\n> In the body.\n",
                "faq:\n  - question: \"Plain?\"\n    answer: \"Yes.\"\n  - question: \"Careful?\"\n    answer: |\n      Read this.\n\n      > [!CAUTION] Mind it\n      > Not *twice*.\n")),
        ];

        foreach (var output in GeneratorHarness.RunEveryRecordForm(guides))
        {
            Assert.Empty(output.CompilerProblems);
            var guide = output.Find("faq-callouts")!;
            // The body's callout, then the answer's: its own title, its body.
            Assert.Equal(
                [("note", "Note", "<p>In the body.</p>"), ("caution", "Mind it", "<p>Not <em>twice</em>.</p>")],
                guide.Callouts.Select(c => (c.Kind, c.Title, c.Html)));
            Assert.Equal([guide.Callouts[0]], guide.Steps[0].Callouts);
            Assert.Empty(guide.Faq[0].Callouts);
            Assert.Equal([guide.Callouts[1]], guide.Faq[1].Callouts);
            Assert.Contains("<div class=\"callout callout-caution\" role=\"note\">", guide.Faq[1].AnswerHtml, StringComparison.Ordinal);
        }
    }

    /// <summary>A guide's record given as text (each character a byte), read as a generated holder reads it.</summary>
    private sealed class Literal(string record) : GuideRecord
    {
        protected override string Chars => record;

        /// <summary>A record of version 1: its checksum computed here (FNV-1a, from its definition), then <paramref name="rest"/> (its kind first).</summary>
        public static Literal Of(string rest) => new(Signed(rest));

        /// <summary>
        /// Version 1, the checksum of <paramref name="rest"/> in base 32, then <paramref name="rest"/>: FNV-1a over 64-bit
        /// little-endian words (offset basis 14695981039346656037, prime 1099511628211), then the last bytes one by one,
        /// mixed by MurmurHash3's fmix64 and cut to its low 31 bits.
        /// </summary>
        public static string Signed(string rest)
        {
            var bytes = Encoding.Latin1.GetBytes(rest);
            var hash = 14695981039346656037ul;
            var i = 0;
            for (; i + 8 <= bytes.Length; i += 8)
            {
                hash = (hash ^ BitConverter.ToUInt64(bytes, i)) * 1099511628211ul;
            }

            for (; i < bytes.Length; i++)
            {
                hash = (hash ^ bytes[i]) * 1099511628211ul;
            }

            hash = (hash ^ (hash >> 33)) * 0xff51afd7ed558ccdul;
            hash = (hash ^ (hash >> 33)) * 0xc4ceb9fe1a85ec53ul;
            var value = (int)((hash ^ (hash >> 33)) & int.MaxValue);
            const string Digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";
            var digits = new StringBuilder().Append(Digits[value & 31]);
            for (value >>= 5; value > 0; value >>= 5)
            {
                digits.Insert(0, Digits[32 + (value & 31)]);
            }

            return "1" + digits + rest;
        }

        public Guide Read() => Create(EmptyCatalog.Instance);
    }

    /// <summary>A library of no guide: a record's guide finds its translations and links there.</summary>
    private sealed class EmptyCatalog : GuideCatalogRecord
    {
        public static readonly EmptyCatalog Instance = new();

        // No guide, no translation, one language (""), the default language string 0 (""): one string, of 0 bytes.
        protected override string Chars => Literal.Signed("2" + "0" + "11" + "0" + "0" + "0" + "1" + "0" + "0" + ".");

        protected override Guide GuideAt(int translation) => throw new ArgumentOutOfRangeException(nameof(translation));
    }
}
