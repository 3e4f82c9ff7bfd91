using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Guides.Build.Tests;

/// <summary>
/// WriteFrontMatterSchema finds the schema the generator put in an assembly's metadata
/// (<c>[assembly: AssemblyMetadata("Guides.FrontMatterSchema", …)]</c>) in the compiled bytes, whatever its length, and
/// writes it; an assembly without one gives the guide format's schema.
/// </summary>
public sealed class WriteFrontMatterSchemaTests
{
    [Theory]
    [InlineData(40)]        // a one-byte length
    [InlineData(5_000)]     // a two-byte length
    [InlineData(70_000)]    // a four-byte length
    public void The_schema_is_read_from_the_assembly_whatever_its_length(int length)
    {
        var schema = "{\"title\":\"Guide — é 🎉\",\"x\":\"" + new string('a', length) + "\"}";

        Assert.Equal(schema, WriteFrontMatterSchema.Read(Compile(schema)));
    }

    [Fact]
    public void An_assembly_without_a_schema_has_none()
    {
        Assert.Null(WriteFrontMatterSchema.Read(Compile(null)));
        Assert.Null(WriteFrontMatterSchema.Read(File.ReadAllBytes(typeof(WriteFrontMatterSchema).Assembly.Location)));
    }

    [Fact]
    public void The_task_writes_the_assemblys_schema_or_else_the_formats()
    {
        var folder = Directory.CreateTempSubdirectory("guides-schema-").FullName;
        var withSchema = Path.Combine(folder, "with.dll");
        var without = Path.Combine(folder, "without.dll");
        var fallback = Path.Combine(folder, "format.schema.json");
        File.WriteAllBytes(withSchema, Compile("{\"project\":true}"));
        File.WriteAllBytes(without, Compile(null));
        File.WriteAllText(fallback, "{\"format\":true}");

        foreach (var (assembly, expected) in new[] { (withSchema, "{\"project\":true}"), (without, "{\"format\":true}") })
        {
            var output = Path.Combine(folder, "obj", Path.GetFileNameWithoutExtension(assembly) + ".schema.json");
            var task = new WriteFrontMatterSchema { BuildEngine = new Infrastructure.FakeBuildEngine(), Assembly = assembly, Fallback = fallback, Schema = output };

            Assert.True(task.Execute());
            Assert.Equal(expected, File.ReadAllText(output));
        }

        Assert.Empty(Directory.GetFiles(Path.Combine(folder, "obj"), "*.tmp"));
    }

    /// <summary>An assembly compiled by Roslyn, with the schema in its metadata when there is one, and other attributes around it.</summary>
    private static byte[] Compile(string? schema)
    {
        var code = "[assembly: System.Reflection.AssemblyMetadata(\"Other\", \"Guides.FrontMatterSchema\")]\n"
            + (schema is null ? string.Empty : "[assembly: System.Reflection.AssemblyMetadata(\"Guides.FrontMatterSchema\", " + SymbolDisplay.FormatLiteral(schema, quote: true) + ")]\n")
            + "public static class C { public const string S = \"Guides.FrontMatterSchema\"; }";
        var compilation = CSharpCompilation.Create(
            "Schema" + Guid.NewGuid().ToString("N"),
            [CSharpSyntaxTree.ParseText(code)],
            [MetadataReference.CreateFromFile(typeof(object).Assembly.Location), MetadataReference.CreateFromFile(typeof(AssemblyMetadataAttribute).Assembly.Location)],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        return stream.ToArray();
    }
}
