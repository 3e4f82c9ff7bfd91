using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Guides.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Guides.Generator.Tests;

/// <summary>
/// Every <c>```csharp</c> example of README.md and docs/ compiles against Guides.Runtime and generated catalogs, so that
/// an example the code no longer supports fails here. Each block is compiled alone, with the usings an app has
/// (System, System.Collections.Generic, System.Globalization, System.IO, System.Linq, Guides) and the catalog of this
/// repository's content/ (namespace Guides.Generated), or MyApp's when the block says <c>MyApp</c>.
/// </summary>
/// <remarks>
/// The info string after <c>csharp</c> says how: <c>library</c> (compiled into MyApp, with the generator: a
/// <c>[GuideFields]</c> class the other examples use), <c>web</c> (an ASP.NET Core app: <c>app</c> is a
/// <c>WebApplication</c>), <c>no-compile: reason</c> (left out, with the reason written).
/// </remarks>
public sealed class DocExamplesTests
{
    /// <summary>MyApp's guides: the README's first guide, and the guide-format page's guide with its own fields.</summary>
    private static readonly GuideInput[] s_myAppGuides =
    [
        new("en/reset-password.md", "---\ntitle: \"Reset your password\"\ndescription: \"Get back into your account.\"\ncategory: \"accounts\"\ndate: \"2026-05-01\"\nstatus: published\nweight: 1\n---\n\n## Steps\n\n### Step 1: Open the sign-in page\n\nGo to the app and choose **Sign in**.\n"),
        new("en/accounts/reset-password.md", "---\ntitle: \"Reset your password\"\ndescription: \"Get back into your account.\"\ncategory: \"accounts\"\ndate: 2026-05-01\nstatus: published\ntags: [accounts, security]\nweight: 3\nreviewed: 2026-06-01\naudience: staff\nauthor:\n  name: \"Ana\"\n  site: https://example.org/ana\nlegacy_id: 42\n---\n\n## Steps\n\n### Step 1: Ask for a link\n\nClick **Forgot password**.\n"),
    ];

    /// <summary>The usings of an app (ImplicitUsings, and the model types' namespace), which the examples leave out.</summary>
    private const string AppUsings = ImplicitUsings + " global using Guides;";

    /// <summary>What ImplicitUsings gives a project (those the examples need); the library's block says <c>using Guides;</c> itself.</summary>
    private const string ImplicitUsings = "global using System; global using System.Collections.Generic; global using System.Globalization; " +
        "global using System.IO; global using System.Linq;";

    private static readonly Lazy<ImmutableArray<MetadataReference>> s_references = new(References);

    public static TheoryData<string, int> Examples()
    {
        var data = new TheoryData<string, int>();
        foreach (var block in DocBlocks().Where(b => b.Mode is not ("library" or "no-compile")))
        {
            data.Add(block.File, block.Line);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void The_example_compiles(string file, int line)
    {
        var block = DocBlocks().Single(b => b.File == file && b.Line == line);

        var errors = Compile(block.Code, block.Mode == "web");

        Assert.True(errors.IsEmpty, $"{file}({line}): the example does not compile:\n{string.Join("\n", errors)}\n\n{block.Code}");
    }

    [Fact]
    public void The_documentation_has_examples_and_says_why_one_is_not_compiled()
    {
        var blocks = DocBlocks();

        Assert.True(blocks.Count >= 15, $"Only {blocks.Count} C# examples were found.");
        Assert.Contains(blocks, b => b.File == "README.md");
        Assert.Contains(blocks, b => b.Mode == "library");
        Assert.All(blocks.Where(b => b.Mode == "no-compile"), b => Assert.Matches("^csharp no-compile: .{10,}", b.Info));
        Assert.All(blocks, b => Assert.Contains(b.Mode, new[] { "", "library", "web", "no-compile" }));
    }

    /// <summary>The check itself: an example that uses a member the API does not have is reported.</summary>
    [Fact]
    public void An_example_that_no_longer_compiles_is_reported()
    {
        var errors = Compile("var guide = GuideCatalog.Ameli;\nConsole.WriteLine(guide.Subtitle);", web: false);

        Assert.Contains(errors, e => e.Id == "CS1061" && e.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Contains("Subtitle", StringComparison.Ordinal));
    }

    private static ImmutableArray<Diagnostic> Compile(string code, bool web)
    {
        var catalog = code.Contains("MyApp", StringComparison.Ordinal) ? "MyApp" : "Guides.Generated";
        var usings = AppUsings + (catalog == "Guides.Generated" ? " global using Guides.Generated;" : "") +
            (web ? " global using Microsoft.AspNetCore.Builder; global using Microsoft.AspNetCore.Http;" : "");
        var program = web ? "var app = WebApplication.Create();\n" + code : code;
        var parse = new CSharpParseOptions(LanguageVersion.Latest);
        var tree = CSharpSyntaxTree.ParseText(program, parse);
        var hasStatements = tree.GetRoot().ChildNodes().Any(n => n is GlobalStatementSyntax);
        var references = s_references.Value.AddRange(web ? AspNetCore() : []);
        var compilation = CSharpCompilation.Create(
            "DocExample",
            [tree, CSharpSyntaxTree.ParseText(usings, parse)],
            references,
            new CSharpCompilationOptions(hasStatements ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        return [.. compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error)];
    }

    /// <summary>The platform, Guides.Runtime, and the two catalogs, each generated and compiled once.</summary>
    private static ImmutableArray<MetadataReference> References()
    {
        var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "mscorlib.dll" or "netstandard.dll")
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p));
        var content = GeneratorHarness.Run(
            Repository.ContentGuides(), properties: new Dictionary<string, string> { ["RootNamespace"] = "Guides.Generated", ["GuidesDefaultLanguage"] = "fr" });
        var library = ImplicitUsings + "\n" + string.Join("\n", DocBlocks().Where(b => b.Mode == "library").Select(b => b.Code));
        var myApp = GeneratorHarness.Run(s_myAppGuides, properties: new Dictionary<string, string> { ["RootNamespace"] = "MyApp" }, code: library);
        // The guide-format page's guide keeps legacy_id undeclared on purpose (GUIDE017, an error in the harness's Release builds).
        Assert.DoesNotContain(myApp.GeneratorDiagnostics, d => d.Severity == DiagnosticSeverity.Error && d.Id != "GUIDE017");
        return [.. platform, MetadataReference.CreateFromFile(typeof(Guide).Assembly.Location), Emit(content.Compilation, "Guides.Generated"), Emit(myApp.Compilation, "MyApp")];
    }

    private static MetadataReference Emit(Compilation compilation, string name)
    {
        using var stream = new MemoryStream();
        var emit = compilation.WithAssemblyName(name).Emit(stream);
        Assert.True(emit.Success, name + " does not compile:\n" + string.Join("\n", emit.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        return MetadataReference.CreateFromImage(stream.ToArray());
    }

    /// <summary>ASP.NET Core's assemblies, from the shared framework installed beside the running one.</summary>
    private static IEnumerable<MetadataReference> AspNetCore()
    {
        var netCore = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var shared = Path.Combine(netCore, "..", "..", "Microsoft.AspNetCore.App");
        var version = Path.GetFileName(netCore);
        var folder = Directory.Exists(Path.Combine(shared, version))
            ? Path.Combine(shared, version)
            : Directory.GetDirectories(shared).OrderBy(d => d, StringComparer.Ordinal).Last();
        return Directory.GetFiles(folder, "Microsoft.*.dll").Select(p => (MetadataReference)MetadataReference.CreateFromFile(p));
    }

    private sealed record DocBlock(string File, int Line, string Info, string Code)
    {
        /// <summary>The first word after <c>csharp</c>, without its colon: "", "library", "web" or "no-compile".</summary>
        public string Mode => Info.Length > "csharp".Length ? Info["csharp".Length..].Trim().Split(' ', ':')[0] : "";
    }

    /// <summary>The <c>```csharp</c> blocks of README.md and docs/**/*.md, with the line of their opening fence.</summary>
    private static List<DocBlock> DocBlocks()
    {
        var files = new[] { Repository.File("README.md") }
            .Concat(Directory.EnumerateFiles(Repository.File("docs"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal));
        var blocks = new List<DocBlock>();
        foreach (var path in files)
        {
            var lines = File.ReadAllLines(path);
            var relative = Path.GetRelativePath(Repository.Root, path).Replace('\\', '/');
            for (var i = 0; i < lines.Length; i++)
            {
                if (!lines[i].StartsWith("```", StringComparison.Ordinal))
                {
                    continue;
                }

                var info = lines[i][3..].Trim();
                var end = Array.FindIndex(lines, i + 1, l => l.StartsWith("```", StringComparison.Ordinal));
                if (Regex.IsMatch(info, "^csharp( |$)"))
                {
                    blocks.Add(new DocBlock(relative, i + 1, info, string.Join("\n", lines[(i + 1)..end])));
                }

                i = end;
            }
        }

        return blocks;
    }
}
