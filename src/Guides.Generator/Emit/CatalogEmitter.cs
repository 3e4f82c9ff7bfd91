using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Guides.Generator.Model;

namespace Guides.Generator.Emit
{
    /// <summary>
    /// Writes the catalog class: names and data only. Its members forward to <c>Catalog_Library</c> (in the records
    /// namespace, with the guides' holders), a <c>Guides.GuideCatalogRecord</c> that holds the catalog's tables as one record
    /// and does every lookup (in the runtime, once for every library); the generated code adds the switch that gives each
    /// translation's guide, the folders' classes and, in a hot-reload build, the handler that drops created guides. Each
    /// guide's property is in its guides' file.
    /// </summary>
    internal static class CatalogEmitter
    {
        private const string GuideType = "global::Guides.Guide";
        private const string ListOf = "global::System.Collections.Generic.IReadOnlyList<";

        public static string HintName(GeneratorOptions options) => options.CatalogName + ".g.cs";

        /// <summary>
        /// The catalog's files: the catalog itself, and past <see cref="BucketSize"/> translations the methods that create
        /// them, <see cref="BucketsPerFile"/> buckets a file, so that no file nears 1 MB whatever the number of guides.
        /// </summary>
        public static IEnumerable<(string HintName, string Text)> EmitFiles(CatalogModel catalog, EmitSettings settings)
        {
            yield return (HintName(settings.Options), Emit(catalog, settings));
            var translations = catalog.Groups.SelectMany(g => g.Translations).ToList();
            if (translations.Count <= BucketSize)
            {
                yield break;
            }

            var buckets = (translations.Count + BucketSize - 1) / BucketSize;
            for (var first = 0; first < buckets; first += BucketsPerFile)
            {
                var w = new SourceWriter();
                GeneratedCode.WriteHeader(w, settings.Features);
                w.Line("namespace " + settings.Options.RecordsNamespace);
                w.Open();
                w.Line("partial class " + LibraryClass);
                w.Open();
                for (var b = first; b < System.Math.Min(buckets, first + BucketsPerFile); b++)
                {
                    if (b > first)
                    {
                        w.Line();
                    }

                    w.Line("private static " + GuideType + " Create_" + Number(b) + "(int translation)");
                    w.Open();
                    var start = b * BucketSize;
                    WriteCases(w, translations, start, System.Math.Min(BucketSize, translations.Count - start));
                    w.Close();
                }

                w.Close();
                w.Close();
                yield return (settings.Options.CatalogName + ".Create" + Number(first / BucketsPerFile) + ".g.cs", w.ToString());
            }
        }

        public static string Emit(CatalogModel catalog, EmitSettings settings)
        {
            var options = settings.Options;
            var nullable = settings.Features.NullableAnnotations ? "?" : string.Empty;
            var translations = Records.CatalogRecordWriter.Translations(catalog).ToList();
            var hotReload = settings.Features.HotReload;

            var w = new SourceWriter();
            GeneratedCode.WriteHeader(w, settings.Features);
            var library = "global::" + options.RecordsNamespace + "." + LibraryClass + ".Instance";
            if (hotReload)
            {
                w.Line("[assembly: global::System.Reflection.Metadata.MetadataUpdateHandler(typeof(global::" + options.RecordsNamespace + ".Catalog_HotReload))]");
                w.Line();
            }

            w.Line("namespace " + options.Namespace);
            w.Open();
            w.Line("/// <summary>");
            w.Line("/// The guides of this library, compiled from its Markdown files: one property per guide (in the default language),");
            w.Line("/// <see cref=\"All\"/>, <see cref=\"Ids\"/>, <see cref=\"Find(string)\"/> and, for translations,");
            w.Line("/// <see cref=\"Find(string, global::System.Globalization.CultureInfo)\"/> and <see cref=\"InLanguage(string)\"/>. Guides are created on first use.");
            w.Line("/// </summary>");
            w.Line(GeneratedCode.Attribute);
            w.Line(options.Accessibility + " static partial class " + options.CatalogName);
            w.Open();

            w.Line("/// <summary>The number of guides in this library (each counted once, whatever its translations).</summary>");
            w.Line("public const int " + CatalogMembers.Count + " = " + Number(catalog.Groups.Count) + ";");
            w.Line();
            w.Line("/// <summary>The language a guide's property returns, when the guide has it: the <c>GuidesDefaultLanguage</c> of the library.</summary>");
            w.Line("public const string " + CatalogMembers.DefaultLanguage + " = " + CSharpLiteral.Quote(catalog.DefaultLanguage) + ";");
            w.Line();
            WriteLookups(w, library, nullable);
            WriteFolders(w, catalog.Folders);
            w.Close();
            w.Close();
            w.Line();

            // The catalog's internal classes, in the records namespace with the guides' holders.
            w.Line("namespace " + options.RecordsNamespace);
            w.Open();
            WriteLibrary(w, settings, Records.CatalogRecordWriter.Write(catalog), translations);
            if (hotReload)
            {
                w.Line();
                WriteHotReload(w, settings.Features, translations);
            }

            w.Close();
            return w.ToString();
        }

        /// <summary>
        /// <c>Catalog_Create(t)</c> returns translation t's holder instance. Past <see cref="BucketSize"/> translations it dispatches
        /// to methods of <see cref="BucketSize"/> cases each (in the part files of <see cref="EmitFiles"/>), so that the first lookup compiles one small method, not a
        /// switch over every guide.
        /// </summary>
        private static void WriteCreate(SourceWriter w, List<CatalogTranslation> translations)
        {
            w.Line("private static " + GuideType + " Catalog_Create(int translation)");
            w.Open();
            if (translations.Count <= BucketSize)
            {
                WriteCases(w, translations, 0, translations.Count);
                w.Close();
                return;
            }

            w.Line("switch (translation / " + Number(BucketSize) + ")");
            w.Open();
            var buckets = (translations.Count + BucketSize - 1) / BucketSize;
            for (var b = 0; b < buckets; b++)
            {
                w.Line("case " + Number(b) + ": return Create_" + Number(b) + "(translation);");
            }

            w.Line("default: throw new global::System.ArgumentOutOfRangeException(nameof(translation));");
            w.Close();
            w.Close();
        }

        private static void WriteCases(SourceWriter w, List<CatalogTranslation> translations, int start, int count)
        {
            w.Line("switch (translation)");
            w.Open();
            for (var i = start; i < start + count; i++)
            {
                w.Line("case " + Number(i) + ": return " + translations[i].HolderName + ".Instance;");
            }

            w.Line("default: throw new global::System.ArgumentOutOfRangeException(nameof(translation));");
            w.Close();
        }

        /// <summary>
        /// A Debug build's hot reload (<see cref="LanguageFeatures.HotReload"/>): the metadata update handler that the
        /// runtime calls after it applied an edit (under <c>dotnet watch</c> or a debugger's Edit and Continue). It drops
        /// every guide created and every list that holds guides, so that each is made again from the edited code on its
        /// next use; and the helper that keeps a value made on first use.
        /// </summary>
        private static void WriteHotReload(SourceWriter w, LanguageFeatures features, List<CatalogTranslation> translations)
        {
            w.Line("/// <summary>");
            w.Line("/// A Debug build's hot reload: after the runtime applies an edit (dotnet watch, Edit and Continue), drops every guide");
            w.Line("/// created and every list of guides, so that the next use makes them from the edited code.");
            w.Line("/// </summary>");
            w.Line(GeneratedCode.Attribute);
            w.Line("internal static class Catalog_HotReload");
            w.Open();
            w.Line("/// <summary>Keeps <paramref name=\"value\"/> in <paramref name=\"field\"/> unless another thread kept one first; returns the one kept.</summary>");
            w.Line("internal static T Keep<T>(ref T" + features.Nullable + " field, T value)");
            w.Line("    where T : class => global::System.Threading.Interlocked.CompareExchange(ref field, value, null) ?? value;");
            w.Line();
            w.Line("internal static void ClearCache(global::System.Type[]" + features.Nullable + " updatedTypes)");
            w.Open();
            w.Line(LibraryClass + ".Instance.ResetLists();");
            foreach (var translation in translations)
            {
                w.Line(translation.HolderName + ".Reset();");
            }

            w.Close();
            w.Close();
        }

        /// <summary>
        /// The classes of the folders of guides (<c>GuideCatalog.Accounts</c>), documented here once; each guide's file adds
        /// its property to its folder's class.
        /// </summary>
        private static void WriteFolders(SourceWriter w, EquatableArray<CatalogFolder> folders)
        {
            foreach (var folder in folders)
            {
                var names = folder.MemberPath.Split('.');
                for (var i = 0; i < names.Length; i++)
                {
                    if (i == names.Length - 1)
                    {
                        w.Line("/// <summary>The guides of the folder <c>" + CSharpLiteral.XmlDoc(folder.Id) + "/</c>.</summary>");
                    }

                    w.Line("public static partial class " + names[i]);
                    w.Open();
                }

                for (var i = 0; i < names.Length; i++)
                {
                    w.Close();
                }

                w.Line();
            }
        }

        /// <summary>The catalog's members that forward to its library (<paramref name="library"/>, an expression): ids, languages, all, search, find.</summary>
        internal static void WriteLookups(SourceWriter w, string library, string nullable)
        {
            w.Line("/// <summary>The id of every guide, in ordinal order. Reading the ids creates no guide.</summary>");
            w.Line("public static " + ListOf + "string> " + CatalogMembers.Ids + " => " + library + ".Ids;");
            w.Line();
            w.Line("/// <summary>Every language of this library's guides, in ordinal order.</summary>");
            w.Line("public static " + ListOf + "string> " + CatalogMembers.Languages + " => " + library + ".Languages;");
            w.Line();
            w.Line("/// <summary>Every guide once, in its default language, ordered by id. The first read creates those guides: to show one guide, use its property or <see cref=\"Find(string)\"/>.</summary>");
            w.Line("public static " + ListOf + GuideType + "> " + CatalogMembers.All + " => " + library + ".All;");
            w.Line();
            w.Line("/// <summary>");
            w.Line("/// Searches the guides, offline, in an index the compiler built with them: ranked hits, each with the step or FAQ");
            w.Line("/// entry that matched and a snippet. The culture's language is searched first (then its parents, the default");
            w.Line("/// language, the others, each only when the one before found nothing). Case, accents and common word endings do");
            w.Line("/// not matter; the last word matches as a prefix; a word may have one typo from 5 letters, two from 9 (see GuideSearchResult).");
            w.Line("/// </summary>");
            w.Line("/// <param name=\"query\">What the user typed.</param>");
            w.Line("/// <param name=\"culture\">The reader's culture; null for the default language.</param>");
            w.Line("/// <returns>At most 20 hits, best first.</returns>");
            w.Line("public static " + ListOf + "global::Guides.GuideSearchHit> " + CatalogMembers.Search + "(string query, global::System.Globalization.CultureInfo" + nullable + " culture = null) => " + library + ".Search(query, culture);");
            w.Line();
            w.Line("/// <summary>This library as a value, to hand to code that shows guides from one or several libraries.</summary>");
            w.Line("public static global::Guides.GuideLibrary " + CatalogMembers.Library + " => " + library + ";");
            w.Line();
            w.Line("/// <summary>Finds a guide by id (<c>\"ameli\"</c>), ignoring case, in its default language; creates that guide alone, without allocating once created.</summary>");
            w.Line("/// <param name=\"id\">The guide's id: its file name without extension or language suffix, or its <c>translationKey</c>.</param>");
            w.Line("/// <returns>The guide, or <see langword=\"null\"/> when this library has no guide of that id.</returns>");
            w.Line("public static " + GuideType + nullable + " " + CatalogMembers.Find + "(string id) => " + library + ".Find(id);");
            w.Line();
            w.Line("/// <summary>");
            w.Line("/// Finds a guide by id in the language that best fits <paramref name=\"culture\"/>, as <c>ResourceManager</c> does:");
            w.Line("/// the culture (<c>fr-CA</c>), then its parents (<c>fr</c>), then <see cref=\"DefaultLanguage\"/>, then any translation.");
            w.Line("/// </summary>");
            w.Line("/// <returns>The guide, or <see langword=\"null\"/> when this library has no guide of that id.</returns>");
            w.Line("public static " + GuideType + nullable + " " + CatalogMembers.Find + "(string id, global::System.Globalization.CultureInfo culture) => " + library + ".Find(id, culture);");
            w.Line();
            w.Line("/// <summary>Finds a guide by id in exactly one language (<c>\"en\"</c>, ignoring case), with no fallback.</summary>");
            w.Line("/// <returns>The translation, or <see langword=\"null\"/> when the guide does not exist in that language.</returns>");
            w.Line("public static " + GuideType + nullable + " " + CatalogMembers.Find + "(string id, string language) => " + library + ".Find(id, language);");
            w.Line();
            w.Line("/// <summary>The guides that exist in exactly one language (<c>\"en\"</c>, ignoring case), ordered by id; creates those translations.</summary>");
            w.Line("public static " + ListOf + GuideType + "> " + CatalogMembers.InLanguage + "(string language) => " + library + ".InLanguage(language);");
            w.Line();
        }

        /// <summary>
        /// The catalog as a <c>Guides.GuideCatalogRecord</c>, which does every lookup: its tables' record
        /// (<see cref="Records.CatalogRecordWriter"/>), the guide of each translation, and the search index. A partial class:
        /// the methods that create guides past <see cref="BucketSize"/> and the search index's bytes are in files of their own.
        /// </summary>
        private static void WriteLibrary(SourceWriter w, EmitSettings settings, Records.Record record, List<CatalogTranslation> translations)
        {
            var nullable = settings.Features.Nullable;
            w.Line(GeneratedCode.Attribute);
            w.Line("internal sealed partial class " + LibraryClass + " : global::Guides.GuideCatalogRecord");
            w.Open();
            w.Line("internal static readonly " + LibraryClass + " Instance = new " + LibraryClass + "();");
            w.Line();
            w.Line("// The catalog's tables (Guides.GuideCatalogRecord): numbers, '.', then the ids and languages.");
            w.StartLine().Append(settings.Utf8Records
                ? "protected override global::System.ReadOnlySpan<byte> Data => "
                : "protected override string" + nullable + " Chars => ");
            Records.RecordLiteral.Append(w, record, settings.Utf8Records).Append(';').EndLine();
            w.Line();
            w.Line("protected override " + GuideType + " GuideAt(int translation) => Catalog_Create(translation);");
            w.Line();
            w.Line("protected override byte[]" + nullable + " SearchIndex()");
            w.Open();
            w.Line("byte[]" + nullable + " data = null;");
            w.Line("Catalog_SearchData(ref data);");
            w.Line("return data;");
            w.Close();
            w.Line();
            w.Line("// The index's bytes, from the file the build writes (not written while the IDE edits: searching finds nothing there).");
            w.Line("static partial void Catalog_SearchData(ref byte[]" + nullable + " data);");
            w.Line();
            WriteCreate(w, translations);
            if (settings.Features.HotReload)
            {
                w.Line();
                w.Line("internal void ResetLists() => Reset();");
            }

            w.Close();
        }

        /// <summary>The catalog's library class, in the records namespace: the parts of the catalog's files add to it.</summary>
        public const string LibraryClass = "Catalog_Library";

        /// <summary>The most cases in one generated switch of <c>Create</c>.</summary>
        private const int BucketSize = 64;

        /// <summary>How many <c>Create_N</c> methods a catalog part file holds (1,024 translations, about 60 KB).</summary>
        private const int BucketsPerFile = 16;

        private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
