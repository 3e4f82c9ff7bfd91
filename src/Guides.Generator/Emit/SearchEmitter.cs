using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Guides.Generator.Model;

namespace Guides.Generator.Emit
{
    /// <summary>
    /// Writes the search index's bytes into the catalog: array initializers, which the compiler stores as data in the
    /// assembly (not as strings, whose heap is limited), <see cref="ChunkSize"/> bytes a file so that no file nears 1 MB,
    /// put together on the first search by the catalog's <c>Catalog_SearchData</c> partial method. Written only by the
    /// build: while the IDE edits, the catalog has no index and searching finds nothing.
    /// </summary>
    internal static class SearchEmitter
    {
        /// <summary>Bytes a file: about 3.5 characters a byte, well under 1 MB of text.</summary>
        public const int ChunkSize = 200_000;

        public static IEnumerable<(string HintName, string Text)> EmitFiles(EquatableArray<byte> index, EmitSettings settings)
        {
            var catalog = settings.Options.CatalogName;
            var chunks = (index.Count + ChunkSize - 1) / ChunkSize;
            var nullable = settings.Features.NullableAnnotations ? "?" : string.Empty;

            var w = Open(settings);
            w.Line("// The search index (Guides.Search.SearchFormat, version 1): " + Number(index.Count) + " bytes in " + Number(chunks) + " part(s).");
            w.Line("static partial void Catalog_SearchData(ref byte[]" + nullable + " data)");
            w.Open();
            w.Line("var index = new byte[" + Number(index.Count) + "];");
            for (var c = 0; c < chunks; c++)
            {
                w.Line("global::System.Array.Copy(Catalog_SearchBytes" + Number(c) + ", 0, index, " + Number(c * ChunkSize) + ", Catalog_SearchBytes" + Number(c) + ".Length);");
            }

            w.Line("data = index;");
            w.Close();
            yield return (catalog + ".SearchIndex.g.cs", Close(w));

            for (var c = 0; c < chunks; c++)
            {
                var part = Open(settings);
                // A Debug build (hot reload) returns the bytes from a property: an edit applies to it, not to a static field.
                part.Line(settings.Features.HotReload
                    ? "private static byte[] Catalog_SearchBytes" + Number(c) + " => new byte[]"
                    : "private static readonly byte[] Catalog_SearchBytes" + Number(c) + " =");
                part.Open();
                var line = new StringBuilder();
                var end = System.Math.Min(index.Count, (c + 1) * ChunkSize);
                for (var i = c * ChunkSize; i < end; i++)
                {
                    line.Append(Number(index[i])).Append(',');
                    if (line.Length >= 110 || i == end - 1)
                    {
                        part.Line(line.ToString());
                        line.Clear();
                    }
                }

                part.Close("};");
                yield return (catalog + ".SearchIndex" + Number(c) + ".g.cs", Close(part));
            }
        }

        private static SourceWriter Open(EmitSettings settings)
        {
            var w = new SourceWriter();
            GeneratedCode.WriteHeader(w, settings.Features);
            w.Line("namespace " + settings.Options.Namespace);
            w.Open();
            w.Line(settings.Options.Accessibility + " static partial class " + settings.Options.CatalogName);
            w.Open();
            return w;
        }

        private static string Close(SourceWriter w)
        {
            w.Close();
            w.Close();
            return w.ToString();
        }

        private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
