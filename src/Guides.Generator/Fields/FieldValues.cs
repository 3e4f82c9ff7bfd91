using System.Collections.Generic;
using Guides.Generator.Model;
using Guides.Generator.Parsing;

namespace Guides.Generator.Fields
{
    /// <summary>Front-matter nodes as <see cref="FieldValue"/>s: plain equatable values, each located in the guide file.</summary>
    internal static class FieldValues
    {
        /// <summary>
        /// The value of <paramref name="node"/>, located through <paramref name="source"/> (whose YAML must be set): a
        /// scalar at its text (quotes included), a list or a map at its whole extent; each map key at the key.
        /// </summary>
        internal static FieldValue From(YamlNode node, GuideSource source)
        {
            var location = Locate(node, source);
            switch (node)
            {
                case YamlSequence sequence:
                {
                    var items = new List<FieldValue>(sequence.Items.Count);
                    foreach (var item in sequence.Items)
                    {
                        items.Add(From(item, source));
                    }

                    return new FieldValue(FieldValueKind.Sequence, string.Empty, false, items.ToEquatableArray(), EquatableArray<FieldEntry>.Empty, location);
                }

                case YamlMapping mapping:
                    return new FieldValue(FieldValueKind.Mapping, string.Empty, false, EquatableArray<FieldValue>.Empty, Entries(mapping, source), location);

                case YamlScalar scalar:
                    return new FieldValue(FieldValueKind.Scalar, scalar.Value, scalar.IsPlain, EquatableArray<FieldValue>.Empty, EquatableArray<FieldEntry>.Empty, location);

                default:
                    throw new System.ArgumentException("Unknown YAML node " + node.GetType().Name, nameof(node));
            }
        }

        /// <summary>The entries of a map, keys as written, in the order of the file.</summary>
        internal static EquatableArray<FieldEntry> Entries(YamlMapping mapping, GuideSource source)
        {
            var entries = new List<FieldEntry>(mapping.Entries.Count);
            foreach (var entry in mapping.Entries)
            {
                entries.Add(new FieldEntry(entry.Key.Value, Locate(entry.Key, source), From(entry.Value, source)));
            }

            return entries.ToEquatableArray();
        }

        private static LocationInfo Locate(YamlNode node, GuideSource source) =>
            LocationInfo.Create(source.FilePath, source.Text, source.YamlSpan(node.Start, node.End));
    }
}
