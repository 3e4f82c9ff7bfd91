using Guides.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis.CSharp;

namespace Guides.Generator.Tests;

/// <summary>The generated code compiles with no diagnostic at all (warnings are errors, CS1591 on) at C# 7.3 and at the latest version.</summary>
public sealed class CompileTests
{
    public static TheoryData<string> Versions => ["CSharp7_3", "CSharp8", "CSharp10", "CSharp11", "Latest"];

    [Theory]
    [MemberData(nameof(Versions))]
    public void Test_guides_compile_without_warnings(string version)
    {
        var parseOptions = new CSharpParseOptions(Enum.Parse<LanguageVersion>(version), Microsoft.CodeAnalysis.DocumentationMode.Diagnose);
        // A user's file that uses the API, so that the generated doc comments are checked too.
        const string code = """
            namespace App
            {
                /// <summary>Uses the guides.</summary>
                public static class Usage
                {
                    /// <summary>The title.</summary>
                    public static string Title() => Guides.Generated.GuideCatalog.Ameli.Title + Guides.Generated.GuideCatalog.WifiSetup.Steps[0].Html;
                }
            }
            """;

        var output = GeneratorHarness.Run(
            [TestGuides.Ameli, TestGuides.File("en/wifi-setup.md"), TestGuides.File("no-steps.md")], parseOptions, code: code);

        Assert.Empty(output.CompilerProblems);
        Assert.Equal(7, output.Find("ameli")!.Steps.Count);
    }
}
