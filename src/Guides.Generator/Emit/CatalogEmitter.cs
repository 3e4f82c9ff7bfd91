using System.Globalization;
using Guides.Generator.Model;

namespace Guides.Generator.Emit
{
    /// <summary>Writes the catalog class: the count, the ids, <c>All</c> and <c>Find</c>. Each guide's property is in the guide's own file.</summary>
    internal static class CatalogEmitter
    {
        private const int IdsPerLine = 8;

        /// <summary>The most ids one <c>switch</c> of <c>Find</c> holds.</summary>
        private const int CasesPerMethod = 64;

        public static string HintName(GeneratorOptions options) => options.CatalogName + ".g.cs";

        /// <summary>The bucket of an id among <paramref name="buckets"/>: FNV-1a over its UTF-16 code units, as the generated <c>Bucket</c> computes it.</summary>
        public static int Bucket(string id, int buckets)
        {
            var hash = 2166136261u;
            foreach (var c in id)
            {
                hash = unchecked((hash ^ c) * 16777619u);
            }

            return (int)(hash % (uint)buckets);
        }

        private static void WriteCases(SourceWriter writer, System.Collections.Generic.IEnumerable<CatalogEntry> guides)
        {
            foreach (var guide in guides)
            {
                writer.Line("case " + CSharpLiteral.Quote(guide.Id) + ": return " + guide.PropertyName + ";");
            }
        }

        /// <summary>
        /// <c>Find</c> of a large library: the id's hash picks a method whose <c>switch</c> holds about 64 ids. The runtime
        /// compiles <c>FindExact</c> and that one method on first use, and creates the string objects of their cases alone:
        /// one <c>switch</c> of 10,000 ids would cost the first <c>Find</c> hundreds of milliseconds and 10,000 strings.
        /// </summary>
        private static void WriteBuckets(SourceWriter writer, CatalogModel catalog, string nullable)
        {
            var count = (catalog.Guides.Count + CasesPerMethod - 1) / CasesPerMethod;
            var buckets = new System.Collections.Generic.List<CatalogEntry>[count];
            for (var i = 0; i < count; i++)
            {
                buckets[i] = new System.Collections.Generic.List<CatalogEntry>();
            }

            foreach (var guide in catalog.Guides)
            {
                buckets[Bucket(guide.Id, count)].Add(guide);
            }

            var number = count.ToString(CultureInfo.InvariantCulture);
            writer.Line("private static global::Guides.Guide" + nullable + " FindExact(string id)");
            writer.Open();
            writer.Line("var hash = 2166136261u;");
            writer.Line("foreach (var c in id)");
            writer.Open();
            writer.Line("hash = unchecked((hash ^ c) * 16777619u);");
            writer.Close();
            writer.Line();
            writer.Line("switch (hash % " + number + "u)");
            writer.Open();
            for (var i = 0; i < count; i++)
            {
                var index = i.ToString(CultureInfo.InvariantCulture);
                writer.Line("case " + index + ": return Find_" + index + "(id);");
            }

            writer.Line("default: return null;");
            writer.Close();
            writer.Close();
            for (var i = 0; i < count; i++)
            {
                writer.Line();
                writer.Line("private static global::Guides.Guide" + nullable + " Find_" + i.ToString(CultureInfo.InvariantCulture) + "(string id)");
                writer.Open();
                writer.Line("switch (id)");
                writer.Open();
                WriteCases(writer, buckets[i]);
                writer.Line("default: return null;");
                writer.Close();
                writer.Close();
            }
        }

        public static string Emit(CatalogModel catalog, EmitSettings settings)
        {
            var options = settings.Options;
            var nullable = settings.Features.NullableAnnotations ? "?" : string.Empty;
            var writer = new SourceWriter();
            GeneratedCode.WriteHeader(writer, settings.Features);
            writer.Line("namespace " + options.Namespace);
            writer.Open();
            writer.Line("/// <summary>");
            writer.Line("/// The guides of this library, compiled from its Markdown files: one property per guide,");
            writer.Line("/// <see cref=\"All\"/>, <see cref=\"Ids\"/> and <see cref=\"Find(string)\"/>. Guides are created on first use.");
            writer.Line("/// </summary>");
            writer.Line(GeneratedCode.Attribute);
            writer.Line(options.Accessibility + " static partial class " + options.CatalogName);
            writer.Open();
            writer.Line("/// <summary>The number of guides in this library.</summary>");
            writer.Line("public const int Count = " + catalog.Guides.Count.ToString(CultureInfo.InvariantCulture) + ";");
            writer.Line();
            writer.Line("/// <summary>The id of every guide, in ordinal order. Reading the ids creates no guide.</summary>");
            writer.Line("public static global::System.Collections.Generic.IReadOnlyList<string> Ids => Catalog_Ids.Value;");
            writer.Line();
            writer.Line("/// <summary>Every guide, ordered by id. The first read creates every guide: to show one guide, use its property or <see cref=\"Find(string)\"/>.</summary>");
            writer.Line("public static global::System.Collections.Generic.IReadOnlyList<global::Guides.Guide> All => Catalog_All.Value;");
            writer.Line();
            writer.Line("/// <summary>Finds a guide by id (<c>\"ameli\"</c>), ignoring case; creates that guide alone.</summary>");
            writer.Line("/// <param name=\"id\">The guide's id: its file name without extension or language suffix.</param>");
            writer.Line("/// <returns>The guide, or <see langword=\"null\"/> when this library has no guide of that id.</returns>");
            writer.Line("public static global::Guides.Guide" + nullable + " Find(string id)");
            writer.Open();
            writer.Line("if (id is null)");
            writer.Open();
            writer.Line("throw new global::System.ArgumentNullException(nameof(id));");
            writer.Close();
            writer.Line();
            if (catalog.Guides.Count <= CasesPerMethod)
            {
                writer.Line("switch (id)");
                writer.Open();
                WriteCases(writer, catalog.Guides);
                writer.Line("default: return HasUpperCase(id) ? Find(id.ToLowerInvariant()) : null;");
                writer.Close();
                writer.Close();
            }
            else
            {
                writer.Line("return FindExact(id) ?? (HasUpperCase(id) ? FindExact(id.ToLowerInvariant()) : null);");
                writer.Close();
                writer.Line();
                WriteBuckets(writer, catalog, nullable);
            }

            writer.Line();
            writer.Line("private static bool HasUpperCase(string value)");
            writer.Open();
            writer.Line("foreach (var c in value)");
            writer.Open();
            writer.Line("if (char.IsUpper(c))");
            writer.Open();
            writer.Line("return true;");
            writer.Close();
            writer.Close();
            writer.Line();
            writer.Line("return false;");
            writer.Close();
            writer.Line();

            writer.Line(GeneratedCode.Attribute);
            writer.Line("private static class Catalog_Ids");
            writer.Open();
            writer.Line("internal static readonly global::System.Collections.ObjectModel.ReadOnlyCollection<string> Value = new global::System.Collections.ObjectModel.ReadOnlyCollection<string>(new string[]");
            writer.Open();
            // Several ids a line: with 10,000 guides, the catalog stays well under 1 MB.
            for (var start = 0; start < catalog.Guides.Count; start += IdsPerLine)
            {
                var line = new System.Text.StringBuilder();
                for (var i = start; i < catalog.Guides.Count && i < start + IdsPerLine; i++)
                {
                    line.Append(i == start ? string.Empty : " ").Append(CSharpLiteral.Quote(catalog.Guides[i].Id)).Append(',');
                }

                writer.Line(line.ToString());
            }

            writer.Close("});");
            writer.Line();
            writer.Line("static Catalog_Ids()");
            writer.Open();
            writer.Close();
            writer.Close();
            writer.Line();

            writer.Line(GeneratedCode.Attribute);
            writer.Line("private static class Catalog_All");
            writer.Open();
            writer.Line("internal static readonly global::System.Collections.ObjectModel.ReadOnlyCollection<global::Guides.Guide> Value = Create();");
            writer.Line();
            writer.Line("static Catalog_All()");
            writer.Open();
            writer.Close();
            writer.Line();
            writer.Line("// From the ids, through Find: the catalog lists each guide twice (Find and Ids), not three times.");
            writer.Line("private static global::System.Collections.ObjectModel.ReadOnlyCollection<global::Guides.Guide> Create()");
            writer.Open();
            writer.Line("var ids = Catalog_Ids.Value;");
            writer.Line("var guides = new global::Guides.Guide[ids.Count];");
            writer.Line("for (var i = 0; i < guides.Length; i++)");
            writer.Open();
            writer.Line("guides[i] = Find(ids[i])" + (settings.Features.NullableAnnotations ? "!" : string.Empty) + ";");
            writer.Close();
            writer.Line();
            writer.Line("return new global::System.Collections.ObjectModel.ReadOnlyCollection<global::Guides.Guide>(guides);");
            writer.Close();
            writer.Close();
            writer.Close();
            writer.Close();
            return writer.ToString();
        }
    }
}
