using Guides.Generator.Model;

namespace Guides.Generator.Fields
{
    /// <summary>What a <see cref="FieldData"/> is.</summary>
    internal enum FieldDataKind
    {
        /// <summary><c>null</c>.</summary>
        Null = 0,

        /// <summary>One value: <see cref="FieldData.Text"/>, in the invariant form the emitter writes.</summary>
        Scalar,

        /// <summary>A list: <see cref="FieldData.Items"/>.</summary>
        List,

        /// <summary>An object of a class of the project: <see cref="FieldData.Assignments"/>.</summary>
        Object,

        /// <summary>
        /// A stand-in for a required property whose value is missing or wrong (an error is reported): the type's default,
        /// so that the object initializer still compiles when the property is <c>required</c> and the error is made a warning.
        /// </summary>
        Placeholder,
    }

    /// <summary>
    /// A front-matter value checked against its type: what the emitter writes as a C# expression, as plain equatable values.
    /// <see cref="Text"/> of a scalar is invariant: <c>true</c>, <c>42</c>, <c>2.5</c>, <c>2026-02-22</c>, a URL, an enum
    /// member's declared name, or the text itself.
    /// </summary>
    internal sealed record FieldData(
        FieldDataKind Kind,
        FieldType Type,
        string Text,
        EquatableArray<FieldData> Items,
        EquatableArray<FieldAssignment> Assignments)
    {
        public static FieldData Null(FieldType type) => new(FieldDataKind.Null, type, string.Empty, EquatableArray<FieldData>.Empty, EquatableArray<FieldAssignment>.Empty);

        public static FieldData Scalar(FieldType type, string text) => new(FieldDataKind.Scalar, type, text, EquatableArray<FieldData>.Empty, EquatableArray<FieldAssignment>.Empty);

        public static FieldData List(FieldType type, EquatableArray<FieldData> items) => new(FieldDataKind.List, type, string.Empty, items, EquatableArray<FieldAssignment>.Empty);

        public static FieldData Object(FieldType type, EquatableArray<FieldAssignment> assignments) => new(FieldDataKind.Object, type, string.Empty, EquatableArray<FieldData>.Empty, assignments);

        public static FieldData Placeholder(FieldType type) => new(FieldDataKind.Placeholder, type, string.Empty, EquatableArray<FieldData>.Empty, EquatableArray<FieldAssignment>.Empty);
    }

    /// <summary>One property set in an object initializer: <c>Name = Value</c>. A property without one keeps its initializer.</summary>
    internal sealed record FieldAssignment(string Name, FieldData Value);

    /// <summary>
    /// A guide's fields checked against the <c>[GuideFields]</c> class: the object to emit (always one, with what could be
    /// read), the diagnostics located at the values, and the front matter's entries that match no property of the class
    /// (the guide's extra fields), in the order of the file.
    /// </summary>
    internal sealed record FieldsCheckResult(FieldData Value, EquatableArray<DiagnosticInfo> Diagnostics, EquatableArray<FieldEntry> Undeclared);
}
