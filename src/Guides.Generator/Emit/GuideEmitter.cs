using Guides.Generator.Emit.Records;
using Guides.Generator.Model;
using Microsoft.CodeAnalysis.Text;

namespace Guides.Generator.Emit
{
    /// <summary>
    /// Writes a guide's code: its property on the catalog class, and its holder, a small class deriving from
    /// <c>Guides.GuideRecord</c> that creates the guide on first use from its record (<see cref="GuideRecordWriter"/>); and
    /// the files that hold several guides' code. Knows nothing of Markdown or YAML: it writes what the model holds.
    /// Holders are internal classes of the catalog's records namespace (<see cref="GeneratorOptions.RecordsNamespace"/>),
    /// not members of the catalog class: each is declared in its own file and its data file alone, so that the compiler's
    /// cost for each holder does not grow with the number of files.
    /// </summary>
    /// <remarks>
    /// A holder is static (the guide in a field set once) or, in a Debug build shaped for hot reload, resettable (in a field
    /// the catalog's metadata update handler empties); its record is a <c>"..."u8</c> literal or a string literal
    /// (<see cref="RecordLiteral"/>). The record is in the holder itself when hot reload must see it; otherwise in the
    /// build's own output (<see cref="Data"/>, an implementation output the IDE does not run), so that typing in a guide
    /// never writes or packs it.
    /// </remarks>
    internal static class GuideEmitter
    {
        private const string Ns = "global::Guides.";

        /// <summary>
        /// The internal class that holds one translation of a guide (<c>Ameli_fr_Guide</c>, <c>Accounts_ResetPassword_en_Guide</c>).
        /// No member name holds '_', so no guide's member can take it.
        /// </summary>
        public static string HolderName(string memberPath, string language) =>
            memberPath.Replace('.', '_') + (language.Length > 0 ? "_" + language.Replace('-', '_') : string.Empty) + "_Guide";

        /// <summary>
        /// One guide's holder, indented to sit in the records namespace of <see cref="File"/>. Emitted once per change of the guide.
        /// </summary>
        public static string Guide(GuideToEmit emission, EmitSettings settings) =>
            Write(emission, settings, emission.Guide, settings.Features.HotReload ? GuideRecordWriter.Write(emission, settings.Options.ReadingSpeed, settings.PackText, null) : null);

        /// <summary>
        /// A guide's property on the catalog class, indented to sit in the catalog class of <see cref="File"/>: in the file of
        /// its primary translation, in its folders' classes; empty for the other translations.
        /// </summary>
        public static string Property(GuideToEmit emission, EmitSettings settings, GuideModel guide)
        {
            if (!emission.IsPrimary)
            {
                return string.Empty;
            }

            var writer = SourceWriter.ForOneGuide(depth: 2);
            WriteProperty(writer, guide, emission.MemberPath, "global::" + settings.Options.RecordsNamespace + "." + HolderName(emission.MemberPath, guide.Language));
            return writer.ToStringAndRelease();
        }

        /// <summary>
        /// What stands in a file for a guide whose code could not be written (GUIDE099 is reported at the guide): the same
        /// property and holder, with the record of an empty guide of the same id and language, so that the catalog and
        /// code using the guide still compile and the error list shows GUIDE099 alone.
        /// </summary>
        public static (string Property, string Code) Unwritten(GuideToEmit emission, EmitSettings settings)
        {
            var guide = emission.Guide with { Title = string.Empty, Description = string.Empty };
            return (
                Property(emission, settings, guide),
                Write(emission with { Guide = guide, FieldsCode = null, ExtraFieldsCode = null }, settings, guide, settings.Features.HotReload ? GuideRecordWriter.Empty(guide) : null));
        }

        /// <summary>
        /// A guide's record in the build's own output: the rest of its holder class. Null when the record is in the holder
        /// itself (hot reload).
        /// </summary>
        public static string? Data(GuideToEmit emission, EmitSettings settings, LibraryDictionary dictionary) =>
            settings.Features.HotReload ? null : DataPart(emission, settings, GuideRecordWriter.Write(emission, settings.Options.ReadingSpeed, settings.PackText, dictionary.Preset));

        /// <summary>The record of an empty guide in the build's own output, for a guide whose record could not be written.</summary>
        public static string? UnwrittenData(GuideToEmit emission, EmitSettings settings) =>
            settings.Features.HotReload ? null : DataPart(emission, settings, GuideRecordWriter.Empty(emission.Guide));

        /// <summary>
        /// A file of guides: their properties, already emitted, in the catalog class, and their holders in the records
        /// namespace (a data file has holders alone).
        /// </summary>
        public static SourceText File(GuideSourceFile file)
        {
            var options = file.Settings.Options;
            var parts = new System.Collections.Generic.List<string>(2 * (file.Properties.Count + file.Code.Count) + 4);
            var writer = new SourceWriter();
            GeneratedCode.WriteHeader(writer, file.Settings.Features);
            if (file.Properties.Count > 0)
            {
                writer.StartLine().Append("namespace ").Append(options.Namespace).EndLine();
                writer.Open();
                writer.StartLine().Append(options.Accessibility).Append(" static partial class ").Append(options.CatalogName).EndLine();
                writer.Open();
                parts.Add(writer.ToString());
                AddJoined(parts, file.Properties);
                writer = new SourceWriter(depth: 2);
                writer.Close();
                writer.Close();
                if (file.Code.Count > 0)
                {
                    writer.Line();
                }
            }

            if (file.Code.Count > 0)
            {
                writer.StartLine().Append("namespace ").Append(options.RecordsNamespace).EndLine();
                writer.Open();
                parts.Add(writer.ToString());
                AddJoined(parts, file.Code);
                writer = new SourceWriter(depth: 1);
                writer.Close();
            }

            parts.Add(writer.ToString());
            return SourceWriter.ToSourceText(parts);
        }

        private static void AddJoined(System.Collections.Generic.List<string> parts, EquatableArray<string> code)
        {
            for (var i = 0; i < code.Count; i++)
            {
                if (i > 0)
                {
                    parts.Add("\n");
                }

                parts.Add(code[i]);
            }
        }

        /// <summary>The library's preset dictionary, in the build's output alone: <c>Catalog_Dictionary.Bytes</c> or <c>.Chars</c>.</summary>
        public static string Dictionary(LibraryDictionary dictionary, EmitSettings settings)
        {
            var writer = new SourceWriter(depth: 1);
            writer.Line(GeneratedCode.Attribute);
            writer.Line("internal static class Catalog_Dictionary");
            writer.Open();
            writer.Line("// The library's most frequent words, the most frequent last: Deflate's preset dictionary for every guide's packed strings.");
            if (settings.Utf8Records)
            {
                writer.StartLine().Append("internal static global::System.ReadOnlySpan<byte> Bytes => \"").AppendEscaped(dictionary.Text).Append("\"u8;").EndLine();
            }
            else
            {
                writer.StartLine().Append("internal const string Chars = \"").Append(RecordLiteral.CharsOf(System.Text.Encoding.UTF8.GetBytes(dictionary.Text))).Append("\";").EndLine();
            }

            writer.Close();
            return writer.ToString();
        }

        private static string Write(GuideToEmit emission, EmitSettings settings, GuideModel guide, Record? inline)
        {
            var writer = SourceWriter.ForOneGuide(depth: 1);
            var holder = HolderName(emission.MemberPath, guide.Language);
            var create = "new " + holder + "().Create(Catalog_Library.Instance" +
                (emission.FieldsCode is null && emission.ExtraFieldsCode is null ? ")" : ", " + (emission.FieldsCode ?? "null") + ", " + (emission.ExtraFieldsCode ?? "null") + ")");
            writer.Line(GeneratedCode.Attribute);
            writer.StartLine().Append("internal sealed partial class ").Append(holder).Append(" : " + Ns + "GuideRecord").EndLine();
            writer.Open();
            if (inline is null)
            {
                writer.StartLine().Append("internal static readonly " + Ns + "Guide Instance = ").Append(create).Append(';').EndLine();
                writer.Line();
                writer.Line("// An explicit static constructor: the guide is created when it is first used, never before.");
                writer.StartLine().Append("static ").Append(holder).Append("()").EndLine();
                writer.Open();
                writer.Close();
            }
            else
            {
                // A Debug build: the guide is kept where hot reload can drop it, and its record is a property, which an edit replaces.
                writer.Line("// A Debug build: the guide is kept where hot reload can drop it (Catalog_HotReload), to be made again from the edited record.");
                writer.Line("private static " + Ns + "Guide" + settings.Features.Nullable + " s_instance;");
                writer.Line();
                writer.StartLine().Append("internal static " + Ns + "Guide Instance => s_instance ?? Catalog_HotReload.Keep(ref s_instance, ").Append(create).Append(");").EndLine();
                writer.Line();
                writer.Line("internal static void Reset() => s_instance = null;");
                writer.Line();
                WriteRecord(writer, settings, inline);
            }

            writer.Close();
            return writer.ToStringAndRelease();
        }

        private static string DataPart(GuideToEmit emission, EmitSettings settings, Record record)
        {
            var writer = SourceWriter.ForOneGuide(depth: 1);
            writer.StartLine().Append("partial class ").Append(HolderName(emission.MemberPath, emission.Guide.Language)).EndLine();
            writer.Open();
            WriteRecord(writer, settings, record);
            writer.Close();
            return writer.ToStringAndRelease();
        }

        /// <summary>The record's member, and the dictionary's when its strings are packed with the library's.</summary>
        private static void WriteRecord(SourceWriter writer, EmitSettings settings, Record record)
        {
            writer.Line("// The guide's record (Guides.GuideRecord): numbers, '.', then its strings" + (record.Packed is null ? "." : ", those past the first packed."));
            writer.StartLine().Append(settings.Utf8Records
                ? "protected override global::System.ReadOnlySpan<byte> Data => "
                : "protected override string" + settings.Features.Nullable + " Chars => ");
            RecordLiteral.Append(writer, record, settings.Utf8Records).Append(';').EndLine();
            if ((record.Flags & RecordFlags.Dictionary) != 0)
            {
                writer.Line();
                writer.Line("// The library's words its packed strings reach back into (Deflate's preset dictionary).");
                writer.Line(settings.Utf8Records
                    ? "protected override global::System.ReadOnlySpan<byte> Dictionary => Catalog_Dictionary.Bytes;"
                    : "protected override string" + settings.Features.Nullable + " DictionaryChars => Catalog_Dictionary.Chars;");
            }
        }

        private static void WriteProperty(SourceWriter writer, GuideModel guide, string memberPath, string holder)
        {
            var folders = 0;
            for (var dot = memberPath.IndexOf('.'); dot >= 0; dot = memberPath.IndexOf('.', dot + 1))
            {
                var start = memberPath.LastIndexOf('.', dot - 1) + 1;
                writer.StartLine().Append("public static partial class ").Append(memberPath.Substring(start, dot - start)).EndLine();
                writer.Open();
                folders++;
            }

            WritePropertyItself(writer, guide, memberPath.Substring(memberPath.LastIndexOf('.') + 1), holder);
            for (var i = 0; i < folders; i++)
            {
                writer.Close();
            }
        }

        private static void WritePropertyItself(SourceWriter writer, GuideModel guide, string propertyName, string holder)
        {
            writer.StartLine().Append("/// <summary>").AppendXmlDoc(guide.Title).Append("</summary>").EndLine();
            if (guide.Description.Length > 0)
            {
                writer.StartLine().Append("/// <remarks>").AppendXmlDoc(guide.Description).Append("</remarks>").EndLine();
            }

            writer.StartLine().Append("/// <value>The guide <c>").AppendXmlDoc(guide.Id).Append("</c>");
            if (guide.Language.Length > 0)
            {
                writer.Append(" (").AppendXmlDoc(guide.Language).Append(')');
            }

            writer.Append(", from <c>").AppendXmlDoc(guide.RelativePath)
                .Append("</c>. Created on first use; other languages are in <see cref=\"global::Guides.Guide.Translations\"/>.</value>").EndLine();
            writer.StartLine().Append("public static " + Ns + "Guide ").Append(propertyName).Append(" => ").Append(holder).Append(".Instance;").EndLine();
        }
    }
}
