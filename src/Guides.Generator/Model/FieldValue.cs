namespace Guides.Generator.Model
{
    /// <summary>The shape of a front-matter value.</summary>
    internal enum FieldValueKind
    {
        /// <summary>A scalar: <see cref="FieldValue.Text"/>, quoted or plain.</summary>
        Scalar = 0,

        /// <summary>A list: <see cref="FieldValue.Items"/>.</summary>
        Sequence = 1,

        /// <summary>A map: <see cref="FieldValue.Entries"/>.</summary>
        Mapping = 2,
    }

    /// <summary>
    /// A front-matter value the generator does not read itself (a team's own field: <c>tags</c>, <c>weight</c>,
    /// <c>author</c>), kept as plain equatable values with its place in the guide, so that a later step can check it
    /// against the project's <c>[GuideFields]</c> class and report a mistake at the value.
    /// </summary>
    internal sealed record FieldValue(
        FieldValueKind Kind,
        string Text,
        bool IsPlain,
        EquatableArray<FieldValue> Items,
        EquatableArray<FieldEntry> Entries,
        LocationInfo Location)
    {
        /// <summary>Plain <c>null</c>, <c>~</c> or nothing: no value.</summary>
        public bool IsNull => Kind == FieldValueKind.Scalar && IsPlain && (Text.Length == 0 || Text == "~" || Text == "null" || Text == "Null" || Text == "NULL");
    }

    /// <summary>One key of a front-matter map and its value; <see cref="KeyLocation"/> is where the key stands.</summary>
    internal sealed record FieldEntry(string Key, LocationInfo KeyLocation, FieldValue Value);
}
