using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Guides.Generator.Model;

namespace Guides.Generator.Emit
{
    /// <summary>
    /// Writes the search index's bytes into the catalog's library class, put together on the first search by its
    /// <c>Catalog_SearchData</c> partial method, in files of under 1 MB. With UTF-8 literals (C# 11) the index is packed
    /// (<see cref="PackedText"/>: Deflate, 7 bits a byte) in <c>"..."u8</c> literals of <see cref="PackedChunk"/> bytes, one
    /// token a file for the compiler, and unpacked on the first search; otherwise it is array initializers of
    /// <see cref="ChunkSize"/> bytes, each made by a method so that nothing is allocated before the first search. Written
    /// only by the build: while the IDE edits, the catalog has no index and searching finds nothing.
    /// </summary>
    internal static class SearchEmitter
    {
        /// <summary>Bytes a file as array initializers: about 3.5 characters a byte, well under 1 MB of text.</summary>
        public const int ChunkSize = 200_000;

        /// <summary>Packed bytes a file: some 830 KB of text (<see cref="CSharpLiteral.AsciiBody"/> escapes 5 values of 128).</summary>
        public const int PackedChunk = 800_000;

        public static IEnumerable<(string HintName, string Text)> EmitFiles(EquatableArray<byte> index, EmitSettings settings) =>
            settings.Features.Utf8Literals ? EmitPacked(index, settings) : EmitArrays(index, settings);

        private static IEnumerable<(string HintName, string Text)> EmitPacked(EquatableArray<byte> index, EmitSettings settings)
        {
            var catalog = settings.Options.CatalogName;
            var bytes = new byte[index.Count];
            for (var i = 0; i < bytes.Length; i++)
            {
                bytes[i] = index[i];
            }

            var packed = PackedText.Pack(bytes, 0, bytes.Length);
            var chunks = (packed.Length + PackedChunk - 1) / PackedChunk;

            var w = Open(settings);
            w.Line("// The search index (Guides.Search.SearchFormat, version " + Number(Guides.Search.SearchFormat.Version) + "): " + Number(index.Count) + " bytes, packed (Deflate, 7 bits a byte) into " +
                Number(packed.Length) + " bytes in " + Number(chunks) + " part(s), unpacked on the first search.");
            w.Line("static partial void Catalog_SearchData(ref byte[]? data)");
            w.Open();
            w.Line("var packed = new byte[" + Number(packed.Length) + "];");
            for (var c = 0; c < chunks; c++)
            {
                w.Line("Catalog_SearchPacked" + Number(c) + ".CopyTo(global::System.MemoryExtensions.AsSpan(packed, " + Number(c * PackedChunk) + "));");
            }

            w.Line("data = global::Guides.GuideSearch.Unpack(packed, " + Number(index.Count) + ");");
            w.Close();
            yield return (catalog + ".SearchIndex.g.cs", Close(w));

            for (var c = 0; c < chunks; c++)
            {
                var part = Open(settings);
                var start = c * PackedChunk;
                part.StartLine().Append("private static global::System.ReadOnlySpan<byte> Catalog_SearchPacked").Append(Number(c)).Append(" => \"")
                    .Append(CSharpLiteral.AsciiBody(packed.Substring(start, System.Math.Min(PackedChunk, packed.Length - start)))).Append("\"u8;").EndLine();
                yield return (catalog + ".SearchIndex" + Number(c) + ".g.cs", Close(part));
            }
        }

        private static IEnumerable<(string HintName, string Text)> EmitArrays(EquatableArray<byte> index, EmitSettings settings)
        {
            var catalog = settings.Options.CatalogName;
            var chunks = (index.Count + ChunkSize - 1) / ChunkSize;
            var nullable = settings.Features.NullableAnnotations ? "?" : string.Empty;

            var w = Open(settings);
            w.Line("// The search index (Guides.Search.SearchFormat, version " + Number(Guides.Search.SearchFormat.Version) + "): " + Number(index.Count) + " bytes in " + Number(chunks) + " part(s).");
            w.Line("static partial void Catalog_SearchData(ref byte[]" + nullable + " data)");
            w.Open();
            w.Line("var index = new byte[" + Number(index.Count) + "];");
            for (var c = 0; c < chunks; c++)
            {
                w.Line("var part" + Number(c) + " = Catalog_SearchBytes" + Number(c) + "();");
                w.Line("global::System.Array.Copy(part" + Number(c) + ", 0, index, " + Number(c * ChunkSize) + ", part" + Number(c) + ".Length);");
            }

            w.Line("data = index;");
            w.Close();
            yield return (catalog + ".SearchIndex.g.cs", Close(w));

            for (var c = 0; c < chunks; c++)
            {
                var part = Open(settings);
                part.Line("private static byte[] Catalog_SearchBytes" + Number(c) + "() => new byte[]");
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
            w.Line("namespace " + settings.Options.RecordsNamespace);
            w.Open();
            w.Line("partial class " + CatalogEmitter.LibraryClass);
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
