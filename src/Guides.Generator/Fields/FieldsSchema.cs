using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Guides.Generator.Model;

namespace Guides.Generator.Fields
{
    /// <summary>
    /// The project's front-matter JSON Schema (draft-07): the guide format's own schema (shipped as
    /// <c>schema/guide-frontmatter.schema.json</c>, embedded in the generator) with the <c>[GuideFields]</c> class's
    /// properties added, so that an editor checks a team's own fields as the generator does.
    /// </summary>
    /// <remarks>
    /// The generator compares keys ignoring case, <c>-</c> and <c>_</c>; a schema cannot. Each property is offered under
    /// its suggested key (<c>reviewedOn</c>, for completion) and accepted under any spelling the generator accepts (a
    /// pattern). A required property is required under one of its usual spellings (<c>reviewedOn</c>, <c>reviewed_on</c>,
    /// <c>reviewed-on</c>, <c>ReviewedOn</c>, <c>reviewedon</c>). Scalars are accepted quoted or not, as the generator
    /// reads them; enum members in their declared case or in lower case.
    /// </remarks>
    internal static class FieldsSchema
    {
        /// <summary>The guide format's schema, as shipped.</summary>
        public static string Base => s_base.Value;

        private static readonly Lazy<string> s_base = new(() =>
        {
            using var stream = typeof(FieldsSchema).Assembly.GetManifestResourceStream("Guides.Generator.guide-frontmatter.schema.json")
                ?? throw new InvalidOperationException("The front matter's schema is not embedded in the generator.");
            using var reader = new StreamReader(stream, Encoding.UTF8);
            return reader.ReadToEnd().Replace("\r\n", "\n");
        });

        private const string PropertiesAnchor = "\n  \"properties\": {\n";
        private const string ClosedAnchor = "\n  \"additionalProperties\": false,\n";
        private const string TypeAnchor = "\n  \"type\": \"object\",\n";

        private const string RequiredAnchor = "\n  \"required\": [\"title\", \"description\", \"category\", \"date\"],\n";
        private const string DatePattern = "\"pattern\": \"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])([T ].+)?$\"";
        private const string DateDescription = "The date the guide was written or last checked, year-month-day.";

        /// <summary>
        /// The project's schema: the base with the site's settings (<paramref name="site"/>: its keys, date formats and
        /// required fields), the declared fields, and extra keys allowed when they are ignored.
        /// </summary>
        public static string For(FieldsShape? shape, UndeclaredFields undeclared, SiteFormat? site = null)
        {
            var schema = Base;
            if (undeclared == UndeclaredFields.Ignore)
            {
                schema = ReplaceOnce(schema, ClosedAnchor, "\n  \"additionalProperties\": true,\n");
            }

            var json = new JsonText();
            var properties = new StringBuilder();
            var patterns = new StringBuilder();
            var required = new List<IEnumerable<string>>();
            if (site is not null && !site.Equals(SiteFormat.Default))
            {
                schema = ForSite(schema, site, json, properties, patterns, required);
            }

            foreach (var property in shape?.Root.Properties ?? (IReadOnlyList<FieldProperty>)Array.Empty<FieldProperty>())
            {
                properties.Append("    ").Append(json.String(property.SuggestedKey)).Append(": ").Append(PropertySchema(property, json)).Append(",\n");
                Pattern(patterns, json.String(KeyPattern(property.Name)), TypeSchema(property.Type, json));
                if (property.IsRequired)
                {
                    required.Add(Spellings(property.Name));
                }
            }

            if (properties.Length > 0)
            {
                schema = ReplaceOnce(schema, PropertiesAnchor, PropertiesAnchor + properties);
            }

            var added = new StringBuilder();
            if (patterns.Length > 0)
            {
                added.Append("  \"patternProperties\": {\n").Append(patterns).Append("\n  },\n");
            }

            if (required.Count > 0)
            {
                added.Append("  \"allOf\": [\n");
                for (var i = 0; i < required.Count; i++)
                {
                    added.Append("    { \"anyOf\": [")
                        .Append(string.Join(", ", required[i].Select(key => "{ \"required\": [" + json.String(key) + "] }")))
                        .Append("] }").Append(i + 1 < required.Count ? ",\n" : "\n");
                }

                added.Append("  ],\n");
            }

            if (shape is { Classes.Count: > 1 })
            {
                added.Append("  \"definitions\": {\n");
                for (var i = 1; i < shape.Classes.Count; i++)
                {
                    added.Append("    ").Append(json.String(Definition(shape.Classes[i].TypeName))).Append(": ")
                        .Append(ClassSchema(shape.Classes[i], json)).Append(i + 1 < shape.Classes.Count ? ",\n" : "\n");
                }

                added.Append("  },\n");
            }

            return added.Length == 0 ? schema : ReplaceOnce(schema, TypeAnchor, TypeAnchor + added);
        }

        /// <summary>
        /// The base as a site's settings read it: each key of <c>GuidesFieldNames</c> is its field (offered as written,
        /// accepted in any case, checked as the field); a date fits one of <c>GuidesDateFormats</c>; the fields of
        /// <c>GuidesRequiredFields</c> are required, under their own key or the site's, but <c>title</c>, which the body's
        /// first <c># Heading</c> gives when the front matter does not.
        /// </summary>
        private static string ForSite(string schema, SiteFormat site, JsonText json, StringBuilder properties, StringBuilder patterns, List<IEnumerable<string>> required)
        {
            var plain = new List<string>();
            foreach (var field in site.RequiredFields)
            {
                var keys = new List<string> { field };
                foreach (var alias in site.FieldNames)
                {
                    if (alias.Field == field)
                    {
                        keys.Add(alias.Key);
                        keys.Add(alias.Key.ToLowerInvariant());
                    }
                }

                if (field == "title")
                {
                    continue;
                }

                if (keys.Count == 1)
                {
                    plain.Add(json.String(field));
                }
                else
                {
                    required.Add(keys.Distinct(StringComparer.Ordinal).ToList());
                }
            }

            schema = ReplaceOnce(schema, RequiredAnchor, plain.Count == 0 ? "\n" : "\n  \"required\": [" + string.Join(", ", plain) + "],\n");
            if (site.DateFormats.Count > 0)
            {
                var formats = string.Join(", ", site.DateFormats.Select(f => "'" + f + "'"));
                schema = ReplaceOnce(schema, DateDescription, "The date the guide was written or last checked, in one of the formats of GuidesDateFormats: " + json.Escape(formats) + ".");
                schema = ReplaceOnce(schema, DatePattern, DatePatternOf(site.DateFormats) is { } pattern ? "\"pattern\": " + json.String(pattern) : "\"minLength\": 1");
            }

            foreach (var alias in site.FieldNames)
            {
                var reference = "{ \"allOf\": [{ \"$ref\": " + json.String("#/properties/" + alias.Field) + " }] }";
                properties.Append("    ").Append(json.String(alias.Key)).Append(": { \"description\": ")
                    .Append(json.String("The site's key for the guide format's '" + alias.Field + "' (GuidesFieldNames), in any case."))
                    .Append(", \"allOf\": [{ \"$ref\": ").Append(json.String("#/properties/" + alias.Field)).Append(" }] },\n");
                Pattern(patterns, json.String("^" + AnyCase(alias.Key) + "$"), reference);
            }

            return schema;
        }

        /// <summary>
        /// A pattern that matches the dates <paramref name="formats"/> read, made from their <c>y</c>, <c>M</c> and
        /// <c>d</c>; null when one of them has other parts (month names, times): the schema then only wants a date.
        /// </summary>
        internal static string? DatePatternOf(IEnumerable<string> formats)
        {
            var alternatives = new List<string>();
            foreach (var format in formats)
            {
                var pattern = new StringBuilder("(");
                for (var i = 0; i < format.Length;)
                {
                    var c = format[i];
                    var run = 1;
                    while (i + run < format.Length && format[i + run] == c)
                    {
                        run++;
                    }

                    switch (c)
                    {
                        case 'y' when run == 4:
                            pattern.Append("[0-9]{4}");
                            break;
                        case 'y' when run == 2:
                            pattern.Append("[0-9]{2}");
                            break;
                        // Parsing reads one or two digits for M and d, a leading zero too (M/d/yyyy reads 08/01/2024).
                        case 'M' or 'd' when run <= 2:
                            pattern.Append(run == 1 ? "[0-9]{1,2}" : "[0-9]{2}");
                            break;
                        case '/' or '-' or '.' or ' ' or ',':
                            pattern.Append(c == '.' ? "\\." : c.ToString()).Append(run > 1 ? "{" + run + "}" : string.Empty);
                            break;
                        default:
                            return null;
                    }

                    i += run;
                }

                alternatives.Add(pattern.Append(')').ToString());
            }

            return alternatives.Count == 0 ? null : "^(" + string.Join("|", alternatives) + ")$";
        }

        /// <summary>One entry of <c>patternProperties</c>, after a comma when there are some.</summary>
        private static void Pattern(StringBuilder patterns, string pattern, string schema)
        {
            if (patterns.Length > 0)
            {
                patterns.Append(",\n");
            }

            patterns.Append("    ").Append(pattern).Append(": ").Append(schema);
        }

        private static string PropertySchema(FieldProperty property, JsonText json)
        {
            var type = TypeSchema(property.Type, json);
            var description = "Declared by " + property.Name + " of the project's [GuideFields] class: " + property.Type.Describe() + (property.IsRequired ? ", required." : ".");
            return "{ \"description\": " + json.String(description) + ", \"allOf\": [" + type + "] }";
        }

        private static string ClassSchema(FieldsClass type, JsonText json)
        {
            var builder = new StringBuilder("{ \"type\": \"object\", \"additionalProperties\": false");
            if (type.Properties.Count > 0)
            {
                builder.Append(", \"properties\": { ")
                    .Append(string.Join(", ", type.Properties.Select(p => json.String(p.SuggestedKey) + ": " + TypeSchema(p.Type, json))))
                    .Append(" }, \"patternProperties\": { ")
                    .Append(string.Join(", ", type.Properties.Select(p => json.String(KeyPattern(p.Name)) + ": " + TypeSchema(p.Type, json))))
                    .Append(" }");
                var required = type.Properties.Where(p => p.IsRequired).ToList();
                if (required.Count > 0)
                {
                    builder.Append(", \"allOf\": [")
                        .Append(string.Join(", ", required.Select(p => "{ \"anyOf\": [" + string.Join(", ", Spellings(p.Name).Select(s => "{ \"required\": [" + json.String(s) + "] }")) + "] }")))
                        .Append("]");
                }
            }

            return builder.Append(" }").ToString();
        }

        /// <summary>What the generator accepts for a value of this type (quoted scalars included), as a schema.</summary>
        internal static string TypeSchema(FieldType type, JsonText json) => type.Kind switch
        {
            FieldTypeKind.String => "{ \"type\": [\"string\", \"number\", \"boolean\"] }",
            FieldTypeKind.Bool => "{ \"anyOf\": [{ \"type\": \"boolean\" }, { \"type\": \"string\", \"pattern\": \"^([Tt][Rr][Uu][Ee]|[Ff][Aa][Ll][Ss][Ee])$\" }] }",
            FieldTypeKind.Int32 => "{ \"anyOf\": [{ \"type\": \"integer\", \"minimum\": -2147483648, \"maximum\": 2147483647 }, { \"type\": \"string\", \"pattern\": \"^[-+]?[0-9]+$\" }] }",
            FieldTypeKind.Int64 => "{ \"anyOf\": [{ \"type\": \"integer\" }, { \"type\": \"string\", \"pattern\": \"^[-+]?[0-9]+$\" }] }",
            FieldTypeKind.Double or FieldTypeKind.Decimal => "{ \"anyOf\": [{ \"type\": \"number\" }, { \"type\": \"string\", \"pattern\": \"^[-+]?([0-9]+\\\\.?[0-9]*|\\\\.[0-9]+)([eE][-+]?[0-9]+)?$\" }] }",
            FieldTypeKind.DateOnly or FieldTypeKind.DateTime => "{ \"type\": \"string\", \"pattern\": \"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])([T ].+)?$\" }",
            FieldTypeKind.Uri => "{ \"type\": \"string\", \"pattern\": \"^[A-Za-z][A-Za-z0-9+.-]*:.+\" }",
            // Members as declared and in lower case for completion; any case, as the generator reads them, for validation.
            FieldTypeKind.Enum => "{ \"anyOf\": [{ \"enum\": [" + string.Join(", ", type.Members.SelectMany(m => new[] { m, m.ToLowerInvariant() }).Distinct(StringComparer.Ordinal).Select(json.String))
                + "] }, { \"type\": \"string\", \"pattern\": " + json.String("^(" + string.Join("|", type.Members.Select(AnyCase)) + ")$") + " }] }",
            FieldTypeKind.Class => "{ \"$ref\": " + json.String("#/definitions/" + Definition(type.TypeName)) + " }",
            FieldTypeKind.List => "{ \"anyOf\": [{ \"type\": \"array\", \"items\": " + TypeSchema(type.Element!, json) + " }, { \"type\": \"null\" }] }",
            FieldTypeKind.Nullable => "{ \"anyOf\": [" + TypeSchema(type.Element!, json) + ", { \"type\": \"null\" }] }",
            _ => "{}",
        };

        /// <summary>A pattern that matches the name in any case.</summary>
        private static string AnyCase(string name)
        {
            var builder = new StringBuilder();
            foreach (var c in name)
            {
                AppendAnyCase(builder, c);
            }

            return builder.ToString();
        }

        /// <summary>A character in either case (<c>[Rr]</c>), a letter or digit as it is, anything else escaped.</summary>
        private static StringBuilder AppendAnyCase(StringBuilder builder, char c)
        {
            var lower = char.ToLowerInvariant(c);
            var upper = char.ToUpperInvariant(c);
            if (lower != upper)
            {
                return builder.Append('[').Append(upper).Append(lower).Append(']');
            }

            return char.IsLetterOrDigit(c) || c == '_'
                ? builder.Append(c)
                : builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
        }

        /// <summary>A definition's name: the type's name without <c>global::</c>.</summary>
        private static string Definition(string typeName) => typeName.StartsWith("global::", StringComparison.Ordinal) ? typeName.Substring("global::".Length) : typeName;

        /// <summary>A pattern that matches every key the generator maps to the property: any case, any <c>-</c> and <c>_</c>.</summary>
        internal static string KeyPattern(string name)
        {
            var builder = new StringBuilder("^[-_]*");
            foreach (var c in name)
            {
                if (c != '_')
                {
                    AppendAnyCase(builder, c).Append("[-_]*");
                }
            }

            return builder.Append('$').ToString();
        }

        /// <summary>The usual spellings of a property's key: camelCase, snake_case, kebab-case, PascalCase, lower case.</summary>
        internal static IEnumerable<string> Spellings(string name)
        {
            var words = new List<string>();
            var current = new StringBuilder();
            for (var i = 0; i < name.Length; i++)
            {
                if (i > 0 && char.IsUpper(name[i]) && (char.IsLower(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1]))))
                {
                    words.Add(current.ToString());
                    current.Clear();
                }

                current.Append(char.ToLowerInvariant(name[i]));
            }

            words.Add(current.ToString());
            var camel = words[0] + string.Concat(words.Skip(1).Select(w => w.Length == 0 ? w : char.ToUpperInvariant(w[0]) + w.Substring(1)));
            return new[] { camel, string.Join("_", words), string.Join("-", words), name, name.ToLowerInvariant() }.Distinct(StringComparer.Ordinal);
        }

        private static string ReplaceOnce(string text, string anchor, string replacement)
        {
            var at = text.IndexOf(anchor, StringComparison.Ordinal);
            if (at < 0)
            {
                throw new InvalidOperationException("The front matter's schema has no '" + anchor.Trim() + "' at its top level.");
            }

            return text.Substring(0, at) + replacement + text.Substring(at + anchor.Length);
        }

        /// <summary>JSON strings, escaped.</summary>
        internal sealed class JsonText
        {
            /// <summary>A JSON string's content, escaped, without its quotes.</summary>
            public string Escape(string value)
            {
                var quoted = String(value);
                return quoted.Substring(1, quoted.Length - 2);
            }

            public string String(string value)
            {
                var builder = new StringBuilder(value.Length + 2).Append('"');
                foreach (var c in value)
                {
                    switch (c)
                    {
                        case '"': builder.Append("\\\""); break;
                        case '\\': builder.Append("\\\\"); break;
                        default:
                            if (c < 0x20 || c == '\u2028' || c == '\u2029')
                            {
                                builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                            }
                            else
                            {
                                builder.Append(c);
                            }

                            break;
                    }
                }

                return builder.Append('"').ToString();
            }
        }
    }
}
