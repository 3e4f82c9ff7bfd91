using System.Text;
using Guides.Generator.Diagnostics;
using Guides.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using static Guides.Generator.Tests.Hostile.HostileText;

namespace Guides.Generator.Tests;

/// <summary>
/// Each diagnostic ID, raised by the smallest guide that shows it, at its line and column (1-based, as an editor
/// shows them), in the right file; the rest still compiles with no CS error.
/// </summary>
public sealed class DiagnosticTests
{
    private const string Step = "### Step 1: Only step\n\nDo it.\n";

    /// <summary>
    /// Each ID's severity as documented for users: the release-tracking tables (AnalyzerReleases.*.md), read as text,
    /// not from the descriptors that report them.
    /// </summary>
    private static readonly Dictionary<string, DiagnosticSeverity> s_documentedSeverity = DocumentedSeverities();

    public static readonly TheoryData<string, string, int, int> Cases = new()
    {
        { "GUIDE001", "Just text, no front matter.\n", 1, 1 },
        { "GUIDE002", "---\ntitle: \"Never closed\"\n\nText.\n", 1, 1 },
        { "GUIDE003", Guide(extraFront: "platform: [a, b\n"), 7, 1 },
        { "GUIDE004", Guide().Replace("category: \"tests\"\n", string.Empty, StringComparison.Ordinal), 1, 1 },
        { "GUIDE005", Guide(extraFront: "difficulty: \"extreme\"\n"), 6, 13 },
        { "GUIDE006", Guide(extraFront: "steps: 2\n"), 6, 8 },
        { "GUIDE007", Guide("### Step 1: One\n\nA.\n\n### Step 3: Three\n\nC.\n"), BodyLine + 4, 1 },
        { "GUIDE008", Guide(extraFront: "faq:\n  - question: \"Why?\"\n"), 7, 5 },
        { "GUIDE010", Guide(Step + "\n[Run me](javascript:alert(1))\n"), BodyLine + 4, 1 },
        { "GUIDE011", Guide(Step + "\nSome <b>bold</b>.\n"), BodyLine + 4, 6 },
        { "GUIDE012", Guide(Step + "\n## Odd section\n\nText.\n"), BodyLine + 4, 1 },
        { "GUIDE013", Guide("### Step 1: Caf\ufffd\n\nText.\n"), BodyLine, 16 },
        { "GUIDE014", Guide(Repeat("x", 2_000_000)), 1, 1 },
        { "GUIDE015", Guide(Repeat(">", 40) + " deep"), BodyLine, 33 },
        { "GUIDE016", Guide(extraFront: "platform: &name \"x\"\n"), 6, 11 },
        { "GUIDE017", Guide(extraFront: "author: \"me\"\n"), 6, 1 },
        { "GUIDE018", Guide(extraFront: "title: \"Again\"\n"), 6, 1 },
        { "GUIDE019", Guide("## Steps\n\n### Step one\n\nText.\n"), BodyLine + 2, 1 },
        { "GUIDE020", Guide(Step + "\n## Useful links\n\n- Not a link\n"), BodyLine + 6, 1 },
        { "GUIDE021", Guide(Step + "\n## Tips\n\n- A tip.\n\nA paragraph beside the list.\n"), BodyLine + 8, 1 },
        { "GUIDE022", Guide(extraFront: "lang: \"fr\"\n"), 6, 7 },
        { "GUIDE025", Guide(extraFront: "lang: \"klingon\"\n"), 6, 7 },
        { "GUIDE027", Guide(Step + "\n" + Repeat("`", 40) + "\n"), BodyLine + 4, 1 },
        { "GUIDE051", Guide(Step + "\nSee {{< youtube abc >}}.\n"), BodyLine + 4, 5 },
        { "GUIDE052", Guide(Step + "\n#### Setup {#setup onclick=\"alert(1)\"}\n"), BodyLine + 4, 1 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Diagnostic_is_raised_at_its_line_and_column(string id, string text, int line, int column)
    {
        var guide = new GuideInput("en/guide.md", text);

        var output = GeneratorHarness.Run(guide);

        AssertAt(output, id, guide, line, column);
    }

    [Fact]
    public void GUIDE009_two_guides_with_the_same_id_leave_out_the_second()
    {
        var first = new GuideInput("en/same.md", Guide());
        var second = new GuideInput("same.en.md", Guide());

        var output = GeneratorHarness.Run(first, second);

        AssertAt(output, "GUIDE009", second, 1, 1);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(output.Source("GuideCatalog.Guides0.g.cs"), "class Same_en_Guide"));
    }

    [Fact]
    public void GUIDE024_two_guides_whose_property_names_differ_only_in_case_leave_out_the_second()
    {
        var first = new GuideInput("en/a-b.md", Guide());
        var second = new GuideInput("en/ab.md", Guide());

        var output = GeneratorHarness.Run(first, second);

        AssertAt(output, "GUIDE024", second, 1, 1);
        Assert.Null(output.Result.Exception);
        var catalog = Catalog(output);
        Assert.Equal(["a-b"], (IReadOnlyList<string>)catalog.GetProperty("Ids")!.GetValue(null)!);
        Assert.Equal("a-b", ((Guide)catalog.GetProperty("AB")!.GetValue(null)!).Id);
        Assert.Null(catalog.GetProperty("Ab"));
        Assert.DoesNotContain(output.Result.GeneratedSources, s => s.SourceText.ToString().Contains("Ab_en_Guide", StringComparison.Ordinal));
    }

    [Fact]
    public void GUIDE023_string_literals_near_the_compilers_heap_limit_are_a_warning_for_the_library()
    {
        // At C# 7.3 each guide's strings are literals: a step of 1.1 million characters, as Markdown, HTML and text,
        // takes about 4.8 MB of the 16 MiB heap. Three such guides are past the warning's 75 %, one is not.
        var large = Guide(Step + Repeat("Words and more words in a line.\n\n", 33_000));
        GuideInput[] three = [new("en/first.md", large), new("en/second.md", large), new("en/third.md", large)];

        var near = GeneratorHarness.CreateDriver(three, GeneratorHarness.CSharp73)
            .RunGenerators(GeneratorHarness.CreateCompilation(GeneratorHarness.CSharp73)).GetRunResult().Diagnostics;
        var far = GeneratorHarness.CreateDriver(three.Take(1), GeneratorHarness.CSharp73)
            .RunGenerators(GeneratorHarness.CreateCompilation(GeneratorHarness.CSharp73)).GetRunResult().Diagnostics;

        var warning = Assert.Single(near);
        Assert.Equal("GUIDE023", warning.Id);
        Assert.Equal(Location.None, warning.Location);
        Assert.Equal(s_documentedSeverity["GUIDE023"], warning.DefaultSeverity);
        Assert.StartsWith("The 3 guides' string literals take about ", warning.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Empty(far);
    }

    [Fact]
    public void GUIDE026_a_translation_with_another_number_of_steps_is_a_warning_at_the_translation()
    {
        var english = new GuideInput("en/taxes.md", Guide("### Step 1: One\n\nA.\n\n### Step 2: Two\n\nB.\n"));
        var french = new GuideInput("fr/taxes.md", Guide(Step, extraFront: "lang: \"fr\"\n"));

        var output = GeneratorHarness.Run(english, french);

        AssertAt(output, "GUIDE026", french, 1, 1);
        Assert.Equal(2, output.Find("taxes")!.Translations.Count);
    }

    [Fact]
    public void GUIDE099_an_unexpected_failure_on_one_file_leaves_the_others()
    {
        var broken = new GuideInput("en/broken.md", new ThrowingSourceText());
        var fine = new GuideInput("en/fine.md", Guide());

        var output = GeneratorHarness.Run(broken, fine);

        AssertAt(output, "GUIDE099", broken, 1, 1);
        Assert.Contains("the disk is on fire", output.GeneratorDiagnostics.Single(d => d.Id == "GUIDE099").GetMessage(), StringComparison.Ordinal);
        Assert.Null(output.Result.Exception);
        Assert.NotNull(output.Find("fine"));
    }

    [Fact]
    public void GUIDE099_a_file_the_compiler_cannot_read_is_reported_as_such_not_as_missing_front_matter()
    {
        var unreadable = new UnreadableText("/project/content/en/gone.md");
        var fine = new GuideInput("en/fine.md", Guide());
        var driver = GeneratorHarness.CreateDriver(
            [new GuideInput("en/gone.md", string.Empty), fine],
            texts: [unreadable, .. GeneratorHarness.Texts([fine])]);

        var result = driver.RunGenerators(GeneratorHarness.CreateCompilation(GeneratorHarness.Latest)).GetRunResult().Results.Single();

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("GUIDE099", error.Id);
        Assert.Contains("could not be read", error.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Equal("/project/content/en/gone.md", error.Location.GetLineSpan().Path);
        Assert.Null(result.Exception);
        Assert.Contains(result.GeneratedSources, s => s.SourceText.ToString().Contains("Guide Fine => ", StringComparison.Ordinal));
    }

    /// <summary>A file the compiler lists but cannot read (GetText gives null, as for a file deleted during the build).</summary>
    private sealed class UnreadableText(string path) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText? GetText(CancellationToken cancellationToken = default) => null;
    }

    [Fact]
    public void GUIDE013_a_file_read_with_a_fallback_code_page_is_reported_at_its_start()
    {
        var guide = new GuideInput("en/latin.md", SourceText.From(Guide(), Encoding.Latin1));

        var output = GeneratorHarness.Run(guide);

        AssertAt(output, "GUIDE013", guide, 1, 1);
        Assert.Contains("iso-8859-1", output.GeneratorDiagnostics.Single().GetMessage(), StringComparison.Ordinal);
    }

    // GUIDE030 to GUIDE035 are the [GuideFields] checks: until the pipeline runs them, each is raised here by the
    // checker or the reader directly (FieldsCheckerTests and FieldsShapeReaderTests cover every case).
    [Fact]
    public void GUIDE030_a_field_value_of_the_wrong_type_is_an_error_at_the_value() =>
        AssertFieldsAt(Fields.FieldsChecker.Check(FieldsKit.Shape(FieldsSamples.Help), FieldsKit.Guide("status: a\nweight: heavy\n").Entries, Fence()).Diagnostics, "GUIDE030", 3, 9);

    [Fact]
    public void GUIDE031_a_missing_required_field_is_an_error_at_the_opening_fence() =>
        AssertFieldsAt(Fields.FieldsChecker.Check(FieldsKit.Shape(FieldsSamples.Help), FieldsKit.Guide("weight: 1\n").Entries, Fence()).Diagnostics, "GUIDE031", 1, 1);

    [Fact]
    public void GUIDE032_an_unknown_enum_member_is_an_error_at_the_value() =>
        AssertFieldsAt(Fields.FieldsChecker.Check(FieldsKit.Shape(FieldsSamples.Help), FieldsKit.Guide("status: a\nweight: 1\naudience: aliens\n").Entries, Fence()).Diagnostics, "GUIDE032", 4, 11);

    [Fact]
    public void GUIDE033_a_property_type_the_generator_cannot_fill_is_an_error_at_the_property() =>
        AssertFieldsAt(FieldsKit.Read("namespace Help\n{\n    [Guides.GuideFields]\n    public sealed class HelpFields { public object? Anything { get; set; } }\n}\n").Diagnostics, "GUIDE033", 4, 53);

    [Fact]
    public void GUIDE034_a_second_GuideFields_class_is_an_error_at_that_class()
    {
        var compilation = FieldsKit.Compile("namespace Help\n{\n    [Guides.GuideFields] public sealed class A { }\n    [Guides.GuideFields] public sealed class B { }\n}\n");
        var (chosen, diagnostics) = Fields.FieldsShapeReader.Choose([FieldsKit.Read(compilation, "Help.B"), FieldsKit.Read(compilation, "Help.A")]);

        Assert.Equal("global::Help.A", chosen!.TypeName);
        AssertFieldsAt(diagnostics, "GUIDE034", 4, 46);
        Assert.Equal("Help.B is a second [GuideFields] class, beside Help.A, and is not used: keep one [GuideFields] class per project", FieldsKit.Message(diagnostics[0]));
    }

    [Fact]
    public void GUIDE036_an_undeclared_key_is_an_error_when_GuidesUndeclaredFields_is_error()
    {
        var guide = new GuideInput("en/guide.md", Guide(extraFront: "legacy_id: 42\n"));

        var output = GeneratorHarness.Run([guide], null, new Dictionary<string, string> { ["GuidesUndeclaredFields"] = "error" });

        AssertAt(output, "GUIDE036", guide, 6, 1);
    }

    [Fact]
    public void GUIDE035_an_unknown_key_in_a_map_of_fields_is_a_warning_at_the_key() =>
        AssertFieldsAt(Fields.FieldsChecker.Check(FieldsKit.Shape(FieldsSamples.Help), FieldsKit.Guide("status: a\nweight: 1\nauthor:\n  name: A\n  age: 3\n").Entries, Fence()).Diagnostics, "GUIDE035", 6, 3);

    [Fact]
    public void GUIDE040_a_linked_file_that_is_not_in_the_content_folder_is_an_error_at_its_url() =>
        AssertFileAt("GUIDE040", "![Account](images/missing.png)", 12);

    [Fact]
    public void GUIDE041_a_link_that_leaves_the_content_folder_is_an_error_at_its_url() =>
        AssertFileAt("GUIDE041", "See [the key](../../../secrets/key.pem).", 15);

    [Fact]
    public void GUIDE042_a_file_over_GuidesMaxFileSize_is_an_error_at_its_url()
    {
        var guide = new GuideInput("en/guide.md", Guide(Step + "\n![Big](big.png)\n"));

        var output = GeneratorHarness.Run([guide], properties: new Dictionary<string, string> { ["GuidesMaxFileSize"] = "1000" }, assets: [new AssetInput("en/big.png", Length: 1001)]);

        AssertAt(output, "GUIDE042", guide, BodyLine + 4, 8);
        Assert.Contains("'big.png' is 1,001 bytes, over the limit of 1,000 bytes", output.GeneratorDiagnostics.Single(d => d.Id == "GUIDE042").GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void GUIDE043_an_image_without_alt_text_is_a_warning_at_its_url() =>
        AssertFileAt("GUIDE043", "![](shot.png)", 5, new AssetInput("en/shot.png"));

    [Fact]
    public void GUIDE044_an_image_browsers_cannot_show_is_a_warning_at_its_url() =>
        AssertFileAt("GUIDE044", "![Scan](scan.tiff)", 9, new AssetInput("en/scan.tiff", ContentType: "image/tiff", WebImage: false));

    [Fact]
    public void GUIDE045_a_file_that_is_not_what_its_extension_says_is_an_error_at_its_url() =>
        AssertFileAt("GUIDE045", "![Shot](shot.png)", 9, new AssetInput("en/shot.png", Problem: "its bytes are a JPEG image, not the PNG its extension says"));

    [Fact]
    public void GUIDE046_a_file_no_guide_uses_is_reported_at_the_file()
    {
        var output = GeneratorHarness.Run([new GuideInput("en/guide.md", Guide())], assets: [new AssetInput("en/unused.png")]);

        var found = Assert.Single(output.GeneratorDiagnostics, d => d.Id == "GUIDE046");
        Assert.Equal("/project/content/en/unused.png", found.Location.GetLineSpan().Path);
        Assert.Equal(DiagnosticSeverity.Info, found.DefaultSeverity);
        Assert.Equal(s_documentedSeverity["GUIDE046"], found.DefaultSeverity);
    }

    [Fact]
    public void GUIDE047_a_link_to_a_guide_that_is_not_there_is_an_error_at_its_url() =>
        AssertFileAt("GUIDE047", "See [the other guide](other.md).", 23);

    [Fact]
    public void GUIDE048_a_link_to_a_step_the_other_guide_does_not_have_is_an_error_at_its_url()
    {
        var guide = new GuideInput("en/guide.md", Guide(Step + "\n[Step 9](other.md#step-9)\n"));

        var output = GeneratorHarness.Run([guide, new GuideInput("en/other.md", Guide())]);

        AssertAt(output, "GUIDE048", guide, BodyLine + 4, 10);
    }

    [Fact]
    public void GUIDE049_an_entry_of_GuidesWordsPerMinute_that_is_not_a_rate_is_a_warning_for_the_project()
    {
        var output = GeneratorHarness.Run(
            [new GuideInput("en/guide.md", Guide())],
            properties: new Dictionary<string, string> { ["GuidesWordsPerMinute"] = "238; fr=deux cents; de:210; 0; it=210" });

        var warnings = output.GeneratorDiagnostics.Where(d => d.Id == "GUIDE049").ToArray();
        Assert.Equal(
            ["'fr=deux cents' in GuidesWordsPerMinute", "'de:210' in GuidesWordsPerMinute", "'0' in GuidesWordsPerMinute"],
            warnings.Select(d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Split(" is not")[0]));
        Assert.All(warnings, d => Assert.Equal(Location.None, d.Location));
        Assert.Equal(s_documentedSeverity["GUIDE049"], warnings[0].DefaultSeverity);
    }

    [Fact]
    public void GUIDE050_an_entry_of_a_site_setting_that_cannot_be_read_is_a_warning_for_the_project()
    {
        var output = GeneratorHarness.Run(
            [new GuideInput("en/guide.md", Guide())],
            properties: new Dictionary<string, string> { ["GuidesFieldNames"] = "title=PageTitle;summary=Abstract;date", ["GuidesShortcodes"] = "note=aside;tip=guide-tip" });

        var warnings = output.GeneratorDiagnostics.Where(d => d.Id == "GUIDE050").ToArray();
        Assert.Equal(
            ["'summary=Abstract' in GuidesFieldNames", "'date' in GuidesFieldNames", "'note=aside' in GuidesShortcodes"],
            warnings.Select(d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Split(" is not")[0]));
        Assert.All(warnings, d => Assert.Equal(Location.None, d.Location));
        Assert.Equal(s_documentedSeverity["GUIDE050"], warnings[0].DefaultSeverity);
    }

    [Fact]
    public void GUIDE053_a_folder_or_language_of_a_shard_that_selects_no_guide_is_a_warning_for_the_project()
    {
        var typo = ShardTests.Shard("Typo", ShardTests.Content, folders: "api;clis");
        var french = ShardTests.Shard("French", ShardTests.Content, languages: "fr;fre");

        Assert.Equal(
            ["GUIDE053 'clis' in GuidesShardFolders selects no guide of the content folder 'content', so this shard compiles none for it: a folder is the start of guide ids, as 'api' holds 'api/keys.md' and 'fr/api/keys.md' (check its spelling)"],
            typo.Problems);
        Assert.Equal(
            ["GUIDE053 'fre' in GuidesShardLanguages selects no guide of the content folder 'content', so this shard compiles none for it: a language is read from a guide's path, as 'fr' holds 'fr/keys.md' and 'keys.fr.md' (check its spelling)"],
            french.Problems);
        Assert.Equal(s_documentedSeverity["GUIDE053"], typo.Output.GeneratorDiagnostics.Single().DefaultSeverity);
        Assert.Equal(Location.None, typo.Output.GeneratorDiagnostics.Single().Location);
        Assert.Equal(["api/keys"], ShardTests.LoadOne(typo, "Help.Typo.GuideCatalog").Ids);
    }

    [Fact]
    public void GUIDE053_is_not_reported_for_a_folder_whose_guides_have_a_translation_key()
    {
        // A shard selects files by their paths; a translationKey gives the guides another id, and must not make the folder
        // look empty.
        const string Keyed = "---\ntitle: \"Keys\"\ndescription: \"Keys.\"\ncategory: \"tests\"\ndate: \"2026-01-15\"\ntranslationKey: \"create-key\"\n---\n\n### Step 1: Create\n\nCreate it.\n";
        var shard = ShardTests.Shard("Keyed", [new GuideInput("en/api/keys.md", Keyed), new GuideInput("fr/api/cles.md", Keyed.Replace("Keys", "Clés"))], folders: "api");

        Assert.Empty(shard.Problems);
        Assert.Equal(["create-key"], ShardTests.LoadOne(shard, "Help.Keyed.GuideCatalog").Ids);
    }

    [Fact]
    public void GUIDE054_a_guide_that_two_shards_compile_is_an_error_of_the_library_at_the_guides_file()
    {
        // By folder and by language at once: fr/api/keys.md is in the api folder and in French.
        var api = ShardTests.Shard("Api", ShardTests.Content, folders: "api");
        var cli = ShardTests.Shard("Cli", ShardTests.Content, folders: "cli");
        var french = ShardTests.Shard("French", ShardTests.Content, languages: "fr");
        Assert.Empty(api.Problems.Concat(cli.Problems).Concat(french.Problems));

        var library = ShardTests.LibraryOver(api, cli, french);

        var reported = library.Output.GeneratorDiagnostics.Select(d =>
        {
            var span = d.Location.GetLineSpan();
            return $"{d.Id} {d.Severity} {span.Path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}) {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}";
        });
        Assert.Equal(
            ["GUIDE054 Error /project/content/fr/api/keys.md(1,1) The guide 'api/keys' in 'fr' is compiled by two shards, Help.Api.GuideCatalog and Help.French.GuideCatalog: give each guide file to one shard (their GuidesShardFolders and GuidesShardLanguages overlap)"],
            reported);
    }

    [Fact]
    public void GUIDE055_a_shard_that_another_generator_wrote_is_an_error_of_the_library_naming_it()
    {
        // An assembly that says what it holds in the format of an earlier generator ("# Guides shard 1"), beside a shard
        // of this one: its guides would be left out without a word.
        var old = GeneratorHarness.CreateCompilation(GeneratorHarness.Latest)
            .WithAssemblyName("Help.Old")
            .AddSyntaxTrees(Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(
                "[assembly: Guides.GuideShard(\"# Guides shard 1\\nC\\tHelp.Old.GuideCatalog\\ten\\nP\\ten/a.md\\ta\\ten\\t1\\t\\t0\\n\")]"));
        using var image = new MemoryStream();
        Assert.True(old.Emit(image).Success);
        var api = ShardTests.Shard("Api", ShardTests.Content, folders: "api");

        var library = ShardTests.LibraryOverAssemblies(image.ToArray(), api.Image);

        var error = Assert.Single(library.Output.GeneratorDiagnostics, d => d.Id == "GUIDE055");
        Assert.Equal(
            "The shard 'Help.Old' says what it holds as '# Guides shard 1', which this generator cannot read ('# Guides shard 2'), so its guides are left out of this library: build every shard and the library project with the same version of Guides.Generator",
            error.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(Location.None, error.Location);
        Assert.Equal(s_documentedSeverity["GUIDE055"], error.DefaultSeverity);
    }

    /// <summary>A guide whose only step's text is <paramref name="line"/>: the diagnostic at that line, at <paramref name="column"/>.</summary>
    private static void AssertFileAt(string id, string line, int column, params AssetInput[] assets)
    {
        var guide = new GuideInput("en/guide.md", Guide(Step + "\n" + line + "\n"));

        var output = GeneratorHarness.Run([guide], assets: assets);

        AssertAt(output, id, guide, BodyLine + 4, column);
    }

    private static Model.LocationInfo Fence() => FieldsKit.Guide(string.Empty).Fence;

    private static void AssertFieldsAt(IEnumerable<Model.DiagnosticInfo> diagnostics, string id, int line, int column)
    {
        var found = diagnostics.First(d => d.Id == id).ToDiagnostic();
        var location = found.Location.GetLineSpan();
        Assert.Equal((line, column), (location.StartLinePosition.Line + 1, location.StartLinePosition.Character + 1));
        Assert.True(s_documentedSeverity.TryGetValue(id, out var documented), $"{id} is not in AnalyzerReleases.*.md.");
        Assert.Equal(documented, found.DefaultSeverity);
    }

    [Fact]
    public void Every_descriptor_has_a_test_here()
    {
        // The descriptors as declared (every static DiagnosticDescriptor field), and the tests as they are: a row of Cases,
        // or a test method named after the ID (GUIDE009_...). Removing either kind of test fails this one.
        var declared = typeof(GuideDiagnostics).GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => ((DiagnosticDescriptor)f.GetValue(null)!).Id)
            .ToList();
        var testMethods = typeof(DiagnosticTests).GetMethods()
            .Where(m => m.IsDefined(typeof(FactAttribute), inherit: true))
            .Select(m => m.Name)
            .ToList();
        var cases = Cases.Select(row => (string)row[0]).ToHashSet(StringComparer.Ordinal);

        Assert.True(declared.Count >= 28, $"{declared.Count} descriptors found.");
        var untested = declared.Where(id => !cases.Contains(id) && !testMethods.Any(name => name.StartsWith(id + "_", StringComparison.Ordinal))).ToList();
        Assert.True(untested.Count == 0, "No test for " + string.Join(", ", untested));
    }

    [Fact]
    public void Every_descriptor_has_a_title_a_message_and_a_help_link_to_its_documentation()
    {
        Assert.All(GuideDiagnostics.All, d =>
        {
            Assert.Matches("^GUIDE[0-9]{3}$", d.Id);
            Assert.Equal("Guides", d.Category);
            Assert.False(string.IsNullOrWhiteSpace(d.Title.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            Assert.False(string.IsNullOrWhiteSpace(d.MessageFormat.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            Assert.True(d.IsEnabledByDefault);
            Assert.EndsWith("/docs/diagnostics.md#" + d.Id.ToLowerInvariant(), d.HelpLinkUri, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Docs_give_every_id_its_section_with_a_wrong_and_a_corrected_example()
    {
        var docs = File.ReadAllText(Repository.File("docs/diagnostics.md"));

        Assert.All(GuideDiagnostics.All, d =>
        {
            var start = docs.IndexOf("\n## " + d.Id + "\n", StringComparison.Ordinal);
            Assert.True(start >= 0, $"No section '## {d.Id}'.");
            var end = docs.IndexOf("\n## GUIDE", start + 1, StringComparison.Ordinal);
            var section = docs[start..(end < 0 ? docs.Length : end)];
            Assert.Contains("**" + d.Title + "** · " + d.DefaultSeverity, section, StringComparison.Ordinal);
            Assert.Contains("Wrong:\n\n```", section, StringComparison.Ordinal);
            Assert.Contains("Corrected:\n\n```", section, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Docs_state_the_limits_the_code_enforces()
    {
        var docs = File.ReadAllText(Repository.File("docs/diagnostics.md"));

        Assert.Contains($"| Size of a guide | {Parsing.GuideParser.MaxLength:N0} characters", docs, StringComparison.Ordinal);
        Assert.Contains($"on one line (`> - > 1.`) | {Parsing.NestingGuard.MaxDepth} |", docs, StringComparison.Ordinal);
        Assert.Contains($"| Indentation of a list item | {Parsing.NestingGuard.MaxListIndent} columns", docs, StringComparison.Ordinal);
        Assert.Contains($"| Run of backticks | {Parsing.NestingGuard.MaxBacktickRun} |", docs, StringComparison.Ordinal);
        Assert.Contains($"| {Parsing.NestingGuard.MaxInlineCost:N0} (", docs, StringComparison.Ordinal);
        Assert.Contains($"| Nesting of YAML collections | {Parsing.YamlTreeReader.MaxDepth} |", docs, StringComparison.Ordinal);
        Assert.Contains($"| Diagnostics per file | {Parsing.GuideSource.MaxDiagnostics} ", docs, StringComparison.Ordinal);
        Assert.Contains($"as Markdig counts it (the net under the limits above) | {Parsing.BodyReader.MarkdigMaxDepth} |", docs, StringComparison.Ordinal);
    }

    [Fact]
    public void Release_tracking_lists_every_id_with_its_category_and_severity()
    {
        var released = ReleaseTrackingRows()
            .Select(cells => string.Join(" | ", cells.Take(3)));

        Assert.Equal(GuideDiagnostics.All.Select(d => $"{d.Id} | {d.Category} | {d.DefaultSeverity}"), released.Order(StringComparer.Ordinal));
    }

    /// <summary>The rows of the release-tracking tables (<c>GUIDE001 | Guides | Error | Title</c>), shipped and unshipped, as trimmed cells.</summary>
    private static IEnumerable<string[]> ReleaseTrackingRows() =>
        File.ReadAllLines(Repository.File("src/Guides.Generator/AnalyzerReleases.Unshipped.md"))
            .Concat(File.ReadAllLines(Repository.File("src/Guides.Generator/AnalyzerReleases.Shipped.md")))
            .Where(line => line.StartsWith("GUIDE", StringComparison.Ordinal))
            .Select(line => line.Split('|').Select(cell => cell.Trim()).ToArray());

    private static Dictionary<string, DiagnosticSeverity> DocumentedSeverities() =>
        ReleaseTrackingRows().ToDictionary(cells => cells[0], cells => Enum.Parse<DiagnosticSeverity>(cells[2]), StringComparer.Ordinal);

    private static Type Catalog(GeneratorOutput output) =>
        output.Load().GetType("Guides.Generated.GuideCatalog", throwOnError: true)!;

    private static void AssertAt(GeneratorOutput output, string id, GuideInput file, int line, int column)
    {
        var found = output.GeneratorDiagnostics.Where(d => d.Id == id).ToList();
        Assert.True(found.Count > 0, $"No {id}; got: {string.Join(", ", output.GeneratorDiagnostics.Select(d => d.Id + " " + d.GetMessage()))}");
        var location = found[0].Location.GetLineSpan();
        Assert.Equal(file.FullPath, location.Path);
        Assert.Equal((line, column), (location.StartLinePosition.Line + 1, location.StartLinePosition.Character + 1));
        // The severity it has when no configuration changes it (the harness makes every warning an error).
        Assert.True(s_documentedSeverity.TryGetValue(id, out var documented), $"{id} is not in AnalyzerReleases.*.md.");
        Assert.Equal(documented, found[0].DefaultSeverity);
        Assert.Empty(output.CompilerProblems);
    }
}
