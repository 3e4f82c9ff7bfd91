using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Guides.Package.Tests;

/// <summary>
/// A guide's front matter as the JSON an editor's YAML extension checks against a schema: mappings are objects,
/// sequences arrays, plain scalars that read as integers, booleans or null are those; every other scalar is a string.
/// </summary>
public static class FrontMatterJson
{
    /// <summary>The front matter of a Markdown guide: the YAML between the first two <c>---</c> lines.</summary>
    public static JsonNode? FromGuide(string markdown)
    {
        var match = Regex.Match(markdown.Replace("\r\n", "\n", StringComparison.Ordinal), @"\A---\n(.*?)\n---\n", RegexOptions.Singleline);
        Assert.True(match.Success, "The guide has no front matter.");
        return FromYaml(match.Groups[1].Value);
    }

    public static JsonNode? FromYaml(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return Convert(stream.Documents[0].RootNode);
    }

    private static JsonNode? Convert(YamlNode node) => node switch
    {
        YamlMappingNode mapping => new JsonObject(mapping.Children.Select(p => KeyValuePair.Create(((YamlScalarNode)p.Key).Value!, Convert(p.Value)))),
        YamlSequenceNode sequence => new JsonArray([.. sequence.Children.Select(Convert)]),
        YamlScalarNode scalar => Scalar(scalar),
        _ => throw new NotSupportedException(node.GetType().Name),
    };

    private static JsonNode? Scalar(YamlScalarNode scalar)
    {
        var value = scalar.Value ?? string.Empty;
        if (scalar.Style != YamlDotNet.Core.ScalarStyle.Plain)
        {
            return JsonValue.Create(value);
        }

        if (long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            return JsonValue.Create(number);
        }

        return value switch
        {
            "true" or "True" or "TRUE" => JsonValue.Create(true),
            "false" or "False" or "FALSE" => JsonValue.Create(false),
            "" or "~" or "null" or "Null" or "NULL" => null,
            _ => JsonValue.Create(value),
        };
    }
}
