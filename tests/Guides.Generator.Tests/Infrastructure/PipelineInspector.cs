using System.Collections;
using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace Guides.Generator.Tests.Infrastructure;

/// <summary>Reads the tracked steps of a generator run: which outputs were cached, and what the models hold.</summary>
public static class PipelineInspector
{
    /// <summary>The reasons of every output of a named step, in input order.</summary>
    public static IncrementalStepRunReason[] Reasons(GeneratorRunResult result, string stepName) =>
        [.. result.TrackedSteps[stepName].SelectMany(step => step.Outputs).Select(output => output.Reason)];

    /// <summary>The values of every output of a named step.</summary>
    public static object[] Values(GeneratorRunResult result, string stepName) =>
        [.. result.TrackedSteps[stepName].SelectMany(step => step.Outputs).Select(output => output.Value)];

    /// <summary>
    /// Fails when a step's output holds a Roslyn object that never compares equal across runs
    /// (Compilation, ISymbol, SyntaxNode, SemanticModel, Location, Diagnostic) or a Markdig/YamlDotNet object.
    /// </summary>
    public static void AssertNoUncacheableObjects(GeneratorRunResult result, IEnumerable<string> stepNames)
    {
        foreach (var name in stepNames)
        {
            foreach (var value in Values(result, name))
            {
                Walk(value, name, new HashSet<object>(ReferenceEqualityComparer.Instance), depth: 0);
            }
        }
    }

    private static void Walk(object? value, string path, HashSet<object> seen, int depth)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || depth > 12)
        {
            return;
        }

        var type = value.GetType();
        Assert.False(
            value is Compilation or ISymbol or SyntaxNode or SemanticModel or Location or Diagnostic
                || type.Namespace?.StartsWith("Markdig", StringComparison.Ordinal) == true
                || type.Namespace?.StartsWith("YamlDotNet", StringComparison.Ordinal) == true,
            $"{path} holds a {type.FullName}, which defeats caching.");

        if (!type.IsValueType && !seen.Add(value))
        {
            return;
        }

        // The inputs' own objects (AdditionalText, option providers) are what Roslyn compares by reference: fine before parsing.
        if (value is AdditionalText || value is Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptionsProvider)
        {
            return;
        }

        if (value is IEnumerable items && type != typeof(string))
        {
            var i = 0;
            foreach (var item in items)
            {
                Walk(item, path + "[" + i++ + "]", seen, depth + 1);
            }

            return;
        }

        foreach (var field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            Walk(field.GetValue(value), path + "." + field.Name, seen, depth + 1);
        }
    }
}
