using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Guides.Generator.Diagnostics;
using Guides.Generator.Model;

namespace Guides.Generator.Fields
{
    /// <summary>
    /// Checks a guide's front-matter values against the <c>[GuideFields]</c> class, and turns them into the typed values
    /// the emitter writes. Every mistake is located at the value (a missing field at the front matter's opening
    /// <c>---</c>, or at the map that lacks it); the object is still built with what could be read.
    /// </summary>
    /// <remarks>
    /// Scalars are read from their text, quoted or not (<c>"3"</c> is 3 for an <c>int</c>): true/false in any case
    /// (<c>true</c>, <c>True</c>, <c>TRUE</c>), integers and numbers in the invariant culture (digits, a leading sign, a
    /// '.' and an exponent for <c>double</c> and <c>decimal</c>; no thousands separators, no infinity or NaN), dates as
    /// year-month-day with an optional time after a <c>T</c> or a space that is checked and not kept (as the
    /// <c>date</c> field reads Hugo's dates), URLs absolute with a scheme, enum members by name ignoring case (a name
    /// written in its declared case wins over another member that differs only in case). An empty value (<c>tags:</c>)
    /// is <c>null</c> for a nullable property and an empty list for a list; for any other property it is GUIDE030.
    /// </remarks>
    internal static class FieldsChecker
    {
        /// <summary>How deep maps of fields may nest: as deep as the YAML reader lets front matter nest.</summary>
        public const int MaxDepth = Parsing.YamlTreeReader.MaxDepth;

        private const string DateHint = "write a date as year-month-day, such as 2026-02-22 (a time after it, as Hugo writes 2026-02-22T10:00:00+01:00, is allowed and not kept)";

        public static FieldsCheckResult Check(FieldsShape shape, EquatableArray<FieldEntry> entries, LocationInfo frontMatterStart)
        {
            var context = new Context(shape);
            var undeclared = new List<FieldEntry>();
            var root = FieldType.Class(shape.TypeName);
            var assignments = context.CheckObject(shape.Root, entries, frontMatterStart, "front matter", depth: 1, undeclared);
            return new FieldsCheckResult(
                FieldData.Object(root, assignments),
                context.Diagnostics.ToEquatableArray(),
                undeclared.ToEquatableArray());
        }

        private sealed class Context
        {
            private readonly FieldsShape _shape;

            public Context(FieldsShape shape) => _shape = shape;

            public List<DiagnosticInfo> Diagnostics { get; } = new();

            /// <summary>
            /// The assignments of one object, in the order of the class's properties. <paramref name="undeclared"/>
            /// collects the entries that match no property (the top level's extra fields); when null, each is GUIDE035.
            /// </summary>
            public EquatableArray<FieldAssignment> CheckObject(
                FieldsClass type, IReadOnlyList<FieldEntry> entries, LocationInfo missingAt, string container, int depth, List<FieldEntry>? undeclared)
            {
                var values = new Dictionary<string, FieldData?>(StringComparer.Ordinal);
                foreach (var entry in entries)
                {
                    var key = FieldsShape.NormalizeKey(entry.Key);
                    var property = type.Properties.FirstOrDefault(p => p.Key == key);
                    if (property is null)
                    {
                        if (undeclared is not null)
                        {
                            undeclared.Add(entry);
                        }
                        else
                        {
                            Report(GuideDiagnostics.UnknownNestedField, entry.KeyLocation, entry.Key, type.Name, string.Join(", ", type.Properties.Select(p => p.SuggestedKey)));
                        }

                        continue;
                    }

                    if (values.ContainsKey(property.Name))
                    {
                        Report(GuideDiagnostics.DuplicateField, entry.KeyLocation, entry.Key);
                        continue;
                    }

                    values[property.Name] = CheckValue(property.Type, entry.Value, type.Name + "." + property.Name, depth);
                }

                var assignments = new List<FieldAssignment>();
                foreach (var property in type.Properties)
                {
                    var found = values.TryGetValue(property.Name, out var value);
                    if (value is not null)
                    {
                        assignments.Add(new FieldAssignment(property.Name, value));
                    }
                    else if (property.IsRequired)
                    {
                        if (!found)
                        {
                            Report(GuideDiagnostics.FieldRequired, missingAt, type.Name + "." + property.Name, container, property.SuggestedKey);
                        }

                        assignments.Add(new FieldAssignment(property.Name, FieldData.Placeholder(property.Type)));
                    }
                }

                return assignments.ToEquatableArray();
            }

            /// <summary>The typed value; null when it is wrong (reported).</summary>
            private FieldData? CheckValue(FieldType type, FieldValue value, string label, int depth)
            {
                if (value.IsNull)
                {
                    if (type.AcceptsNull)
                    {
                        return FieldData.Null(type);
                    }

                    if (type.Kind == FieldTypeKind.List)
                    {
                        return FieldData.List(type, EquatableArray<FieldData>.Empty);
                    }

                    return Wrong(value, type, label, "write a value, or remove the line");
                }

                if (type.Kind == FieldTypeKind.Nullable)
                {
                    return CheckValue(type.Element!, value, label, depth);
                }

                switch (type.Kind)
                {
                    case FieldTypeKind.List:
                        if (value.Kind != FieldValueKind.Sequence)
                        {
                            var item = value.Kind == FieldValueKind.Scalar ? value.Text : "...";
                            return Wrong(value, type, label, "write a list, such as [" + item + "] or lines '- " + item + "' below the key");
                        }

                        var items = new List<FieldData>();
                        foreach (var element in value.Items)
                        {
                            if (CheckValue(type.Element!, element, label, depth) is { } checkedItem)
                            {
                                items.Add(checkedItem);
                            }
                        }

                        return FieldData.List(type, items.ToEquatableArray());

                    case FieldTypeKind.Class:
                        var fieldsClass = _shape.Class(type.TypeName);
                        if (value.Kind != FieldValueKind.Mapping)
                        {
                            return Wrong(value, type, label, "write the fields of " + fieldsClass.Name + " as 'key: value' lines indented below the key");
                        }

                        if (depth >= MaxDepth)
                        {
                            Report(GuideDiagnostics.NestingTooDeep, value.Location, "Maps of fields", depth + 1, MaxDepth);
                            return null;
                        }

                        return FieldData.Object(type, CheckObject(fieldsClass, value.Entries, value.Location, "map", depth + 1, undeclared: null));
                }

                if (value.Kind != FieldValueKind.Scalar)
                {
                    return Wrong(value, type, label, "write one value, not a " + (value.Kind == FieldValueKind.Sequence ? "list" : "map"));
                }

                var text = value.Text;
                switch (type.Kind)
                {
                    case FieldTypeKind.String:
                        return FieldData.Scalar(type, text);

                    case FieldTypeKind.Bool:
                        if (string.Equals(text, "true", StringComparison.OrdinalIgnoreCase) || string.Equals(text, "false", StringComparison.OrdinalIgnoreCase))
                        {
                            return FieldData.Scalar(type, text.Length == 4 ? "true" : "false");
                        }

                        return Wrong(value, type, label, "write true or false");

                    case FieldTypeKind.Int32:
                        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var int32))
                        {
                            return FieldData.Scalar(type, int32.ToString(CultureInfo.InvariantCulture));
                        }

                        return Wrong(value, type, label, IsInteger(text) ? "it is out of range (" + int.MinValue.ToString(CultureInfo.InvariantCulture) + " to " + int.MaxValue.ToString(CultureInfo.InvariantCulture) + ")" : "write digits, such as 3");

                    case FieldTypeKind.Int64:
                        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var int64))
                        {
                            return FieldData.Scalar(type, int64.ToString(CultureInfo.InvariantCulture));
                        }

                        return Wrong(value, type, label, IsInteger(text) ? "it is out of range (" + long.MinValue.ToString(CultureInfo.InvariantCulture) + " to " + long.MaxValue.ToString(CultureInfo.InvariantCulture) + ")" : "write digits, such as 3");

                    case FieldTypeKind.Double:
                        if (IsNumber(text) && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && !double.IsInfinity(number))
                        {
                            return FieldData.Scalar(type, RoundTrip(number));
                        }

                        return Wrong(value, type, label, IsNumber(text) ? "it is out of range" : "write a number with a '.' before its decimals, such as 2.5");

                    case FieldTypeKind.Decimal:
                        if (IsNumber(text) && decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var money))
                        {
                            return FieldData.Scalar(type, money.ToString(CultureInfo.InvariantCulture));
                        }

                        return Wrong(value, type, label, IsNumber(text) ? "it is out of range, or has more than 28 decimals" : "write a number with a '.' before its decimals, such as 2.5");

                    case FieldTypeKind.DateOnly:
                    case FieldTypeKind.DateTime:
                        if (ReadDate(text) is { } date)
                        {
                            return FieldData.Scalar(type, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                        }

                        return Wrong(value, type, label, DateHint);

                    case FieldTypeKind.Uri:
                        if (IsAbsoluteUrl(text))
                        {
                            return FieldData.Scalar(type, text);
                        }

                        return Wrong(value, type, label, "write an absolute URL with its scheme, such as https://example.org/page");

                    case FieldTypeKind.Enum:
                        var member = type.Members.FirstOrDefault(m => string.Equals(m, text, StringComparison.Ordinal))
                            ?? type.Members.FirstOrDefault(m => string.Equals(m, text, StringComparison.OrdinalIgnoreCase));
                        if (member is not null)
                        {
                            return FieldData.Scalar(type, member);
                        }

                        Report(GuideDiagnostics.FieldUnknownEnumMember, value.Location, text, ShortName(type.TypeName), label, string.Join(", ", type.Members));
                        return null;

                    default:
                        throw new InvalidOperationException("Unknown field type " + type.Kind);
                }
            }

            private FieldData? Wrong(FieldValue value, FieldType type, string label, string hint)
            {
                var shown = value.Kind switch
                {
                    FieldValueKind.Sequence => "This list",
                    FieldValueKind.Mapping => "This map",
                    _ => value.IsNull ? "This empty value" : "'" + value.Text + "'",
                };
                Report(GuideDiagnostics.FieldWrongType, value.Location, shown, type.Describe(), label, hint);
                return null;
            }

            private void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, LocationInfo location, params object[] arguments) =>
                Diagnostics.Add(DiagnosticInfo.Create(descriptor, location, arguments));
        }

        /// <summary>A date as the <c>date</c> field reads it: <c>yyyy-MM-dd</c>, optionally followed by a valid time after <c>T</c> or a space.</summary>
        internal static DateTime? ReadDate(string text)
        {
            if (DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
                || (text.Length > 10 && (text[10] == 'T' || text[10] == ' ')
                    && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out _)
                    && DateTime.TryParseExact(text.Substring(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out parsed)))
            {
                return parsed.Date;
            }

            return null;
        }

        /// <summary>An absolute URL with a scheme of its own (<c>/path</c>, which .NET on Unix reads as a file URL, is not one).</summary>
        internal static bool IsAbsoluteUrl(string text)
        {
            var colon = text.IndexOf(':');
            return colon > 0
                && Uri.CheckSchemeName(text.Substring(0, colon))
                && Uri.TryCreate(text, UriKind.Absolute, out var uri)
                && uri.IsAbsoluteUri;
        }

        /// <summary>The shortest text that reads back as <paramref name="value"/> (<c>R</c> can miss on .NET Framework: then 17 digits).</summary>
        internal static string RoundTrip(double value)
        {
            var text = value.ToString("R", CultureInfo.InvariantCulture);
            if (double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture).Equals(value))
            {
                return text;
            }

            return value.ToString("G17", CultureInfo.InvariantCulture);
        }

        private static bool IsInteger(string text)
        {
            var start = text.Length > 0 && (text[0] == '-' || text[0] == '+') ? 1 : 0;
            return text.Length > start && text.Skip(start).All(c => c >= '0' && c <= '9');
        }

        /// <summary>Digits with an optional sign, '.' and exponent: what a number looks like, before its range is checked.</summary>
        private static bool IsNumber(string text)
        {
            var i = 0;
            if (i < text.Length && (text[i] == '-' || text[i] == '+'))
            {
                i++;
            }

            var digits = 0;
            while (i < text.Length && text[i] >= '0' && text[i] <= '9')
            {
                i++;
                digits++;
            }

            if (i < text.Length && text[i] == '.')
            {
                i++;
                while (i < text.Length && text[i] >= '0' && text[i] <= '9')
                {
                    i++;
                    digits++;
                }
            }

            if (digits == 0)
            {
                return false;
            }

            if (i < text.Length && (text[i] == 'e' || text[i] == 'E'))
            {
                i++;
                if (i < text.Length && (text[i] == '-' || text[i] == '+'))
                {
                    i++;
                }

                var exponent = 0;
                while (i < text.Length && text[i] >= '0' && text[i] <= '9')
                {
                    i++;
                    exponent++;
                }

                if (exponent == 0)
                {
                    return false;
                }
            }

            return i == text.Length;
        }

        private static string ShortName(string typeName)
        {
            var dot = typeName.LastIndexOf('.');
            return dot >= 0 ? typeName.Substring(dot + 1) : typeName.Replace("global::", string.Empty);
        }
    }
}
