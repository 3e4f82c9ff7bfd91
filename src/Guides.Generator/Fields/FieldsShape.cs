using Guides.Generator.Model;

namespace Guides.Generator.Fields
{
    /// <summary>What a <see cref="FieldType"/> holds.</summary>
    internal enum FieldTypeKind
    {
        String = 0,
        Bool,
        Int32,
        Int64,
        Double,
        Decimal,
        DateOnly,
        DateTime,
        Uri,

        /// <summary>An enum of the project: <see cref="FieldType.Members"/> are its member names.</summary>
        Enum,

        /// <summary>A class of the project: <see cref="FieldType.TypeName"/> names its <see cref="FieldsClass"/> in <see cref="FieldsShape.Classes"/>.</summary>
        Class,

        /// <summary><c>T[]</c> or <c>IReadOnlyList&lt;T&gt;</c> (<see cref="FieldType.IsArray"/>); <see cref="FieldType.Element"/> is <c>T</c>.</summary>
        List,

        /// <summary><c>T?</c>, a value type's or an annotated (or oblivious) reference type's: <c>null</c> is a value; <see cref="FieldType.Element"/> is <c>T</c>.</summary>
        Nullable,
    }

    /// <summary>
    /// The type of a field, as plain values: <see cref="TypeName"/> is the type as generated code writes it
    /// (<c>global::</c>-qualified, <c>int?</c> for a nullable value type, no <c>?</c> on a reference type, so that it
    /// compiles from C# 7.3).
    /// </summary>
    internal sealed record FieldType(
        FieldTypeKind Kind,
        string TypeName,
        FieldType? Element,
        bool IsArray,
        EquatableArray<string> Members)
    {
        public static FieldType Scalar(FieldTypeKind kind, string typeName) => new(kind, typeName, null, false, EquatableArray<string>.Empty);

        public static FieldType Enum(string typeName, EquatableArray<string> members) => new(FieldTypeKind.Enum, typeName, null, false, members);

        public static FieldType Class(string typeName) => new(FieldTypeKind.Class, typeName, null, false, EquatableArray<string>.Empty);

        public static FieldType List(string typeName, FieldType element, bool isArray) => new(FieldTypeKind.List, typeName, element, isArray, EquatableArray<string>.Empty);

        public static FieldType Nullable(string typeName, FieldType inner) => new(FieldTypeKind.Nullable, typeName, inner, false, EquatableArray<string>.Empty);

        /// <summary>Whether <c>null</c> is a value of this type.</summary>
        public bool AcceptsNull => Kind == FieldTypeKind.Nullable;

        /// <summary>Whether the type is a value type (<c>int</c>, an enum, <c>int?</c>); strings, URLs, lists and classes are not.</summary>
        public bool IsValueType => Kind switch
        {
            FieldTypeKind.String or FieldTypeKind.Uri or FieldTypeKind.Class or FieldTypeKind.List => false,
            FieldTypeKind.Nullable => Element!.IsValueType,
            _ => true,
        };

        /// <summary>The type without its <see cref="FieldTypeKind.Nullable"/>.</summary>
        public FieldType NonNullable => Kind == FieldTypeKind.Nullable ? Element! : this;

        /// <summary>How a message names this type for a guide's author: "a whole number", "a date (year-month-day)".</summary>
        public string Describe() => Kind switch
        {
            FieldTypeKind.String => "a text",
            FieldTypeKind.Bool => "true or false",
            FieldTypeKind.Int32 => "a whole number",
            FieldTypeKind.Int64 => "a whole number",
            FieldTypeKind.Double => "a number",
            FieldTypeKind.Decimal => "a number",
            FieldTypeKind.DateOnly => "a date (year-month-day)",
            FieldTypeKind.DateTime => "a date (year-month-day)",
            FieldTypeKind.Uri => "an absolute URL",
            FieldTypeKind.Enum => "one of " + string.Join(", ", Members),
            FieldTypeKind.Class => "a map of fields",
            FieldTypeKind.List => "a list",
            _ => Element!.Describe() + " or nothing",
        };
    }

    /// <summary>
    /// A property that a guide's front matter fills. <see cref="Key"/> is its name in lower case without <c>-</c> or
    /// <c>_</c>, as a front-matter key is compared (<c>reviewed_on</c> and <c>ReviewedOn</c> are <c>reviewedon</c>).
    /// </summary>
    internal sealed record FieldProperty(string Name, string Key, FieldType Type, bool IsRequired, bool HasInitializer)
    {
        /// <summary>The key a message suggests: the property's name with a lower-case first letter (<c>reviewedOn</c>).</summary>
        public string SuggestedKey => Name.Length == 0 ? Name : char.ToLowerInvariant(Name[0]) + Name.Substring(1);
    }

    /// <summary>A class of the project whose instances the front matter fills: its properties, in declaration order (base class first).</summary>
    internal sealed record FieldsClass(string TypeName, string Name, EquatableArray<FieldProperty> Properties);

    /// <summary>
    /// The <c>[GuideFields]</c> class and every class of the project its properties reach, as plain equatable values
    /// (no symbol), so that the pipeline can cache it. Classes refer to each other by <see cref="FieldsClass.TypeName"/>:
    /// a class that reaches itself (<c>Author.Mentor</c> of type <c>Author</c>) is described once. The first class is the
    /// <c>[GuideFields]</c> class.
    /// </summary>
    internal sealed record FieldsShape(EquatableArray<FieldsClass> Classes)
    {
        public FieldsClass Root => Classes[0];

        public string TypeName => Root.TypeName;

        public FieldsClass Class(string typeName)
        {
            foreach (var c in Classes)
            {
                if (c.TypeName == typeName)
                {
                    return c;
                }
            }

            throw new System.ArgumentException("No class " + typeName + " in the shape.", nameof(typeName));
        }

        /// <summary>A key as properties are compared: lower case, without <c>-</c> or <c>_</c>.</summary>
        public static string NormalizeKey(string key)
        {
            var builder = new System.Text.StringBuilder(key.Length);
            foreach (var c in key)
            {
                if (c != '-' && c != '_')
                {
                    builder.Append(char.ToLowerInvariant(c));
                }
            }

            return builder.ToString();
        }
    }
}
