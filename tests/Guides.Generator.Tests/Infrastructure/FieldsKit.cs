using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Runtime.Loader;
using Guides.Generator.Fields;
using Guides.Generator.Model;
using Guides.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace Guides.Generator.Tests.Infrastructure;

/// <summary>
/// The pieces of the fields feature, run by hand as the pipeline will run them: C# read into a shape, a front matter
/// read into values, values checked, the expression compiled and the object it makes dumped.
/// </summary>
public static class FieldsKit
{
    public const string FilePath = "/project/content/en/guide.md";

    /// <summary>The snippet's compilation, which must have no error of its own.</summary>
    public static CSharpCompilation Compile(string code, CSharpParseOptions? options = null)
    {
        var compilation = GeneratorHarness.CreateCompilation(options ?? GeneratorHarness.Latest, code);
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        return compilation;
    }

    internal static FieldsShapeResult Read(string code, string typeName = "Help.HelpFields", CSharpParseOptions? options = null) =>
        Read(Compile(code, options), typeName);

    internal static FieldsShapeResult Read(Compilation compilation, string typeName) =>
        FieldsShapeReader.Read(compilation.GetTypeByMetadataName(typeName) ?? throw new InvalidOperationException("No type " + typeName));

    internal static FieldsShape Shape(string code, string typeName = "Help.HelpFields", CSharpParseOptions? options = null)
    {
        var result = Read(code, typeName, options);
        Assert.Empty(result.Diagnostics);
        return result.Shape!;
    }

    /// <summary>A guide whose front matter is <paramref name="yaml"/>: its text, the entries, the opening fence's location.</summary>
    internal static (SourceText Text, EquatableArray<FieldEntry> Entries, LocationInfo Fence) Guide(string yaml)
    {
        var text = SourceText.From("---\n" + yaml + "---\n\nBody.\n");
        var source = new GuideSource(FilePath, text);
        source.SetYaml(4, yaml);
        var root = YamlTreeReader.Read(yaml);
        var entries = root is YamlMapping mapping ? FieldValues.Entries(mapping, source) : EquatableArray<FieldEntry>.Empty;
        return (text, entries, LocationInfo.Create(FilePath, text, new TextSpan(0, 3)));
    }

    internal static FieldsCheckResult Check(FieldsShape shape, string yaml)
    {
        var guide = Guide(yaml);
        return FieldsChecker.Check(shape, guide.Entries, guide.Fence);
    }

    /// <summary>The diagnostics as <c>ID line:column</c> (1-based), in order.</summary>
    internal static string[] Located(IEnumerable<DiagnosticInfo> diagnostics) =>
        [.. diagnostics.Select(d => $"{d.Id} {d.Location.LineSpan.Start.Line + 1}:{d.Location.LineSpan.Start.Character + 1}")];

    internal static string Message(DiagnosticInfo diagnostic) =>
        diagnostic.ToDiagnostic().GetMessage(CultureInfo.InvariantCulture);

    /// <summary>
    /// Compiles <paramref name="code"/> with a method returning <paramref name="expression"/>, runs it, and dumps the object:
    /// the compiler, not the emitter's own reading, says what the expression means.
    /// </summary>
    public static string Run(string code, string expression, CSharpParseOptions options)
    {
        var probe = "namespace Probe { public static class Maker { public static object Make() { return " + expression + "; } } }";
        var compilation = GeneratorHarness.CreateCompilation(options, code, probe);
        using var stream = new MemoryStream();
        var emit = compilation.Emit(stream);
        Assert.True(emit.Success, expression + "\n" + string.Join("\n", emit.Diagnostics));
        stream.Position = 0;
        var context = new AssemblyLoadContext("fields-" + Guid.NewGuid(), isCollectible: true);
        try
        {
            var assembly = context.LoadFromStream(stream);
            return Dump(assembly.GetType("Probe.Maker", throwOnError: true)!.GetMethod("Make")!.Invoke(null, null));
        }
        finally
        {
            context.Unload();
        }
    }

    /// <summary>An object as text: properties in declaration order, values invariant.</summary>
    public static string Dump(object? value) => value switch
    {
        null => "null",
        string s => "\"" + s + "\"",
        bool b => b ? "true" : "false",
        double d => d.ToString("R", CultureInfo.InvariantCulture) + "d",
        decimal m => m.ToString(CultureInfo.InvariantCulture) + "m",
        long l => l.ToString(CultureInfo.InvariantCulture) + "L",
        int i => i.ToString(CultureInfo.InvariantCulture),
        DateOnly date => "DateOnly(" + date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + ")",
        DateTime time => "DateTime(" + time.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) + " " + time.Kind + ")",
        Uri uri => "Uri(" + uri.OriginalString + ")",
        Enum e => e.GetType().Name + "." + e,
        IDictionary dictionary => "{" + string.Join(", ", dictionary.Keys.Cast<object>().Select(k => k + ": " + Dump(dictionary[k]))) + "}",
        IEnumerable items => value.GetType().Name.Replace("[]", string.Empty, StringComparison.Ordinal) + "[" + string.Join(", ", items.Cast<object?>().Select(Dump)) + "]",
        _ => value.GetType().Name + " { " + string.Join(", ", value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .OrderBy(p => p.MetadataToken)
            .Select(p => p.Name + " = " + Dump(p.GetValue(value)))) + " }",
    };
}
