using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Guides.Generator.Emit;
using Guides.Generator.Model;
using Microsoft.CodeAnalysis.CSharp;

namespace Guides.Generator.Fields
{
    /// <summary>
    /// Checked field values as one C# expression: the <c>[GuideFields]</c> object as an object initializer
    /// (<c>new global::Ns.HelpFields { Status = "x", Tags = new string[] { "a" } }</c>), no reflection and no parsing
    /// at run time but <see cref="System.Uri"/>'s. Compiles from C# 7.3 (no target-typed <c>new</c>, no collection
    /// expressions); lists are arrays, which every list type the reader accepts takes. A property without an
    /// assignment keeps its initializer.
    /// </summary>
    internal static class FieldsEmitter
    {
        private const string ReadOnlyDictionary = "global::System.Collections.ObjectModel.ReadOnlyDictionary";
        private const string Dictionary = "global::System.Collections.Generic.Dictionary";

        public static string Emit(FieldData value, LanguageFeatures features) =>
            Append(new StringBuilder(), value, features).ToString();

        /// <summary>
        /// The extra fields of a guide (the entries no property reads) as an <c>IReadOnlyDictionary&lt;string, object?&gt;</c>
        /// whose keys ignore case, as written: a scalar is its text (<see langword="null"/> for an empty value), a list an
        /// <c>object?[]</c>, a map another such dictionary. A key given twice, in any case, keeps its first value (GUIDE018
        /// is the parser's). Null when there are none, which <c>Guide.WithFields</c> takes as empty.
        /// </summary>
        public static string EmitExtraFields(IReadOnlyList<FieldEntry> entries, LanguageFeatures features) =>
            entries.Count == 0 ? "null" : AppendMap(new StringBuilder(), entries, features).ToString();

        private static StringBuilder Append(StringBuilder builder, FieldData value, LanguageFeatures features)
        {
            var type = value.Type.NonNullable;
            switch (value.Kind)
            {
                case FieldDataKind.Null:
                    return builder.Append("null");

                case FieldDataKind.Placeholder:
                    if (value.Type.IsValueType)
                    {
                        return builder.Append("default(").Append(value.Type.TypeName).Append(')');
                    }

                    if (type.Kind == FieldTypeKind.List)
                    {
                        return builder.Append("new ").Append(ElementType(type.Element!, features)).Append("[0]");
                    }

                    return builder.Append(features.NullableAnnotations ? "null!" : "null");

                case FieldDataKind.List:
                {
                    var element = ElementType(type.Element!, features);
                    if (value.Items.Count == 0)
                    {
                        return builder.Append("new ").Append(element).Append("[0]");
                    }

                    builder.Append("new ").Append(element).Append("[] { ");
                    for (var i = 0; i < value.Items.Count; i++)
                    {
                        Append(i == 0 ? builder : builder.Append(", "), value.Items[i], features);
                    }

                    return builder.Append(" }");
                }

                case FieldDataKind.Object:
                {
                    builder.Append("new ").Append(type.TypeName);
                    if (value.Assignments.Count == 0)
                    {
                        return builder.Append("()");
                    }

                    builder.Append(" { ");
                    for (var i = 0; i < value.Assignments.Count; i++)
                    {
                        var assignment = value.Assignments[i];
                        Append((i == 0 ? builder : builder.Append(", ")).Append(Identifier(assignment.Name)).Append(" = "), assignment.Value, features);
                    }

                    return builder.Append(" }");
                }

                default:
                    return AppendScalar(builder, type, value.Text);
            }
        }

        private static StringBuilder AppendScalar(StringBuilder builder, FieldType type, string text)
        {
            switch (type.Kind)
            {
                case FieldTypeKind.String:
                    return CSharpLiteral.AppendQuoted(builder, text);
                case FieldTypeKind.Bool:
                case FieldTypeKind.Int32:
                    return builder.Append(text);
                case FieldTypeKind.Int64:
                    return builder.Append(text).Append('L');
                case FieldTypeKind.Double:
                    return builder.Append(text).Append('d');
                case FieldTypeKind.Decimal:
                    return builder.Append(text).Append('m');
                case FieldTypeKind.DateOnly:
                case FieldTypeKind.DateTime:
                    var date = DateTime.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None);
                    return builder.Append("new ").Append(type.TypeName).Append('(')
                        .Append(date.Year.ToString(CultureInfo.InvariantCulture)).Append(", ")
                        .Append(date.Month.ToString(CultureInfo.InvariantCulture)).Append(", ")
                        .Append(date.Day.ToString(CultureInfo.InvariantCulture)).Append(')');
                case FieldTypeKind.Uri:
                    return CSharpLiteral.AppendQuoted(builder.Append("new ").Append(type.TypeName).Append('('), text).Append(", global::System.UriKind.Absolute)");
                case FieldTypeKind.Enum:
                    return builder.Append(type.TypeName).Append('.').Append(Identifier(text));
                default:
                    throw new InvalidOperationException("Not a scalar type: " + type.Kind);
            }
        }

        /// <summary>An array's element type: with '?' on a nullable reference type where annotations are on, so that a null item is no warning.</summary>
        private static string ElementType(FieldType element, LanguageFeatures features) =>
            element.Kind == FieldTypeKind.Nullable && !element.IsValueType && features.NullableAnnotations ? element.TypeName + "?" : element.TypeName;

        private static string Identifier(string name) =>
            SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None ? "@" + name : name;

        private static StringBuilder AppendMap(StringBuilder builder, IReadOnlyList<FieldEntry> entries, LanguageFeatures features)
        {
            var obj = features.NullableAnnotations ? "object?" : "object";
            builder.Append("new ").Append(ReadOnlyDictionary).Append("<string, ").Append(obj).Append(">(new ")
                .Append(Dictionary).Append("<string, ").Append(obj).Append(">(global::System.StringComparer.OrdinalIgnoreCase)");
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var first = true;
            foreach (var entry in entries)
            {
                if (!seen.Add(entry.Key))
                {
                    continue;
                }

                builder.Append(first ? " { { " : ", { ");
                first = false;
                AppendExtra(CSharpLiteral.AppendQuoted(builder, entry.Key).Append(", "), entry.Value, features).Append(" }");
            }

            return builder.Append(first ? "))" : " })");
        }

        private static StringBuilder AppendExtra(StringBuilder builder, FieldValue value, LanguageFeatures features)
        {
            switch (value.Kind)
            {
                case FieldValueKind.Mapping:
                    return AppendMap(builder, value.Entries, features);
                case FieldValueKind.Sequence:
                    var obj = features.NullableAnnotations ? "object?" : "object";
                    if (value.Items.Count == 0)
                    {
                        return builder.Append("new ").Append(obj).Append("[0]");
                    }

                    builder.Append("new ").Append(obj).Append("[] { ");
                    for (var i = 0; i < value.Items.Count; i++)
                    {
                        AppendExtra(i == 0 ? builder : builder.Append(", "), value.Items[i], features);
                    }

                    return builder.Append(" }");
                default:
                    return value.IsNull ? builder.Append("null") : CSharpLiteral.AppendQuoted(builder, value.Text);
            }
        }
    }
}
