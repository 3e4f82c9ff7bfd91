using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Guides.Generator.Model;

namespace Guides.Generator.Emit
{
    /// <summary>
    /// Writes the catalog class: ids and languages as sorted arrays searched without allocating, <c>Find</c> by id, by
    /// id and culture, and by id and language, <c>All</c>, <c>InLanguage</c>. Each guide's property is in the guide's own
    /// file. The arrays keep the file small with thousands of guides (no switch of strings, no per-guide method).
    /// </summary>
    internal static class CatalogEmitter
    {
        private const string GuideType = "global::Guides.Guide";
        private const string ListOf = "global::System.Collections.Generic.IReadOnlyList<";
        private const string ReadOnlyOf = "global::System.Collections.ObjectModel.ReadOnlyCollection<";

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
                w.Line("namespace " + settings.Options.Namespace);
                w.Open();
                w.Line(settings.Options.Accessibility + " static partial class " + settings.Options.CatalogName);
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
            var groups = catalog.Groups;
            var translations = groups.SelectMany(g => g.Translations).ToList();
            var languages = translations.Select(t => t.Language).Where(l => l.Length > 0).Distinct().OrderBy(l => l, System.StringComparer.Ordinal).ToList();

            var hotReload = settings.Features.HotReload;

            var w = new SourceWriter();
            GeneratedCode.WriteHeader(w, settings.Features);
            if (hotReload)
            {
                w.Line("[assembly: global::System.Reflection.Metadata.MetadataUpdateHandler(typeof(global::" + options.Namespace + "." + options.CatalogName + ".Catalog_HotReload))]");
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
            w.Line("public const int " + CatalogMembers.Count + " = " + Number(groups.Count) + ";");
            w.Line();
            w.Line("/// <summary>The language a guide's property returns, when the guide has it: the <c>GuidesDefaultLanguage</c> of the library.</summary>");
            w.Line("public const string " + CatalogMembers.DefaultLanguage + " = " + CSharpLiteral.Quote(catalog.DefaultLanguage) + ";");
            w.Line();
            w.Line("/// <summary>The id of every guide, in ordinal order. Reading the ids creates no guide.</summary>");
            w.Line("public static " + ListOf + "string> " + CatalogMembers.Ids + " => Catalog_Ids.Value;");
            w.Line();
            w.Line("/// <summary>Every language of this library's guides, in ordinal order.</summary>");
            w.Line("public static " + ListOf + "string> " + CatalogMembers.Languages + " => Catalog_Data.LanguageList;");
            w.Line();
            w.Line("/// <summary>Every guide once, in its default language, ordered by id. The first read creates those guides: to show one guide, use its property or <see cref=\"Find(string)\"/>.</summary>");
            w.Line("public static " + ListOf + GuideType + "> " + CatalogMembers.All + " => Catalog_All.Value;");
            w.Line();

            w.Line("/// <summary>");
            w.Line("/// Searches the guides, offline, in an index the compiler built with them: ranked hits, each with the step or FAQ");
            w.Line("/// entry that matched and a snippet. The culture's language is searched first (then its parents, the default");
            w.Line("/// language, the others, each only when the one before found nothing). Case, accents and common word endings do");
            w.Line("/// not matter; the last word matches as a prefix; a word of five letters or more may have one typo.");
            w.Line("/// </summary>");
            w.Line("/// <param name=\"query\">What the user typed.</param>");
            w.Line("/// <param name=\"culture\">The reader's culture; null for the default language.</param>");
            w.Line("/// <returns>At most 20 hits, best first.</returns>");
            w.Line("public static " + ListOf + "global::Guides.GuideSearchHit> " + CatalogMembers.Search + "(string query, global::System.Globalization.CultureInfo" + nullable + " culture = null)");
            w.Open();
            w.Line("var index = Catalog_SearchIndex.Value;");
            w.Line("return index == null");
            w.Line("    ? global::System.Array.Empty<global::Guides.GuideSearchHit>()");
            w.Line("    : global::Guides.GuideSearch.Search(index, Catalog_Create, query, global::Guides.GuideSearch.Languages(" + CatalogMembers.Languages + ", culture, " + CatalogMembers.DefaultLanguage + "));");
            w.Close();
            w.Line();
            w.Line("// The index's bytes, from the file the build writes (not written while the IDE edits: searching finds nothing there).");
            w.Line("static partial void Catalog_SearchData(ref byte[]" + nullable + " data);");
            w.Line();
            w.Line("private static class Catalog_SearchIndex");
            w.Open();
            if (hotReload)
            {
                w.Line("private static byte[]" + nullable + " s_value;");
                w.Line();
                w.Line("internal static byte[]" + nullable + " Value => s_value ?? (s_value = Load());");
                w.Line();
                w.Line("internal static void Reset() => s_value = null;");
            }
            else
            {
                w.Line("internal static readonly byte[]" + nullable + " Value = Load();");
            }

            w.Line();
            w.Line("private static byte[]" + nullable + " Load()");
            w.Open();
            w.Line("byte[]" + nullable + " data = null;");
            w.Line("Catalog_SearchData(ref data);");
            w.Line("return data;");
            w.Close();
            w.Close();
            w.Line();

            w.Line("/// <summary>This library as a value, to hand to code that shows guides from one or several libraries.</summary>");
            w.Line("public static global::Guides.GuideLibrary " + CatalogMembers.Library + " => Catalog_Library.Instance;");
            w.Line();
            w.Line("/// <summary>Finds a guide by id (<c>\"ameli\"</c>), ignoring case, in its default language; creates that guide alone, without allocating once created.</summary>");
            w.Line("/// <param name=\"id\">The guide's id: its file name without extension or language suffix, or its <c>translationKey</c>.</param>");
            w.Line("/// <returns>The guide, or <see langword=\"null\"/> when this library has no guide of that id.</returns>");
            w.Line("public static " + GuideType + nullable + " " + CatalogMembers.Find + "(string id)");
            w.Open();
            w.Line("var group = Catalog_IndexOf(id);");
            w.Line("return group < 0 ? null : Catalog_Create(Catalog_Data.GroupStart(group) + Catalog_Data.Primary(group));");
            w.Close();
            w.Line();

            w.Line("/// <summary>");
            w.Line("/// Finds a guide by id in the language that best fits <paramref name=\"culture\"/>, as <c>ResourceManager</c> does:");
            w.Line("/// the culture (<c>fr-CA</c>), then its parents (<c>fr</c>), then <see cref=\"DefaultLanguage\"/>, then any translation.");
            w.Line("/// </summary>");
            w.Line("/// <returns>The guide, or <see langword=\"null\"/> when this library has no guide of that id.</returns>");
            w.Line("public static " + GuideType + nullable + " " + CatalogMembers.Find + "(string id, global::System.Globalization.CultureInfo culture)");
            w.Open();
            w.Line("var group = Catalog_IndexOf(id);");
            w.Line("if (group < 0)");
            w.Open();
            w.Line("return null;");
            w.Close();
            w.Line();
            w.Line("var start = Catalog_Data.GroupStart(group);");
            w.Line("var languages = new string[Catalog_Data.GroupStart(group + 1) - start];");
            w.Line("for (var i = 0; i < languages.Length; i++)");
            w.Open();
            w.Line("languages[i] = Catalog_Data.LanguageNames[Catalog_Data.LanguageIndex(start + i)];");
            w.Close();
            w.Line();
            w.Line("return Catalog_Create(start + global::Guides.GuideLanguage.Choose(languages, 0, languages.Length, culture, DefaultLanguage));");
            w.Close();
            w.Line();

            w.Line("/// <summary>Finds a guide by id in exactly one language (<c>\"en\"</c>, ignoring case), with no fallback.</summary>");
            w.Line("/// <returns>The translation, or <see langword=\"null\"/> when the guide does not exist in that language.</returns>");
            w.Line("public static " + GuideType + nullable + " " + CatalogMembers.Find + "(string id, string language)");
            w.Open();
            ThrowIfNull(w, "language");
            w.Line();
            w.Line("var group = Catalog_IndexOf(id);");
            w.Line("if (group >= 0)");
            w.Open();
            w.Line("for (var i = Catalog_Data.GroupStart(group); i < Catalog_Data.GroupStart(group + 1); i++)");
            w.Open();
            w.Line("if (string.Equals(Catalog_Data.LanguageNames[Catalog_Data.LanguageIndex(i)], language, global::System.StringComparison.OrdinalIgnoreCase))");
            w.Open();
            w.Line("return Catalog_Create(i);");
            w.Close();
            w.Close();
            w.Close();
            w.Line();
            w.Line("return null;");
            w.Close();
            w.Line();

            w.Line("/// <summary>The guides that exist in exactly one language (<c>\"en\"</c>, ignoring case), ordered by id; creates those translations.</summary>");
            w.Line("public static " + ListOf + GuideType + "> " + CatalogMembers.InLanguage + "(string language)");
            w.Open();
            ThrowIfNull(w, "language");
            w.Line();
            w.Line("var guides = new global::System.Collections.Generic.List<" + GuideType + ">();");
            w.Line("for (var i = 0; i < Catalog_Data.TranslationCount; i++)");
            w.Open();
            w.Line("if (string.Equals(Catalog_Data.LanguageNames[Catalog_Data.LanguageIndex(i)], language, global::System.StringComparison.OrdinalIgnoreCase))");
            w.Open();
            w.Line("guides.Add(Catalog_Create(i));");
            w.Close();
            w.Close();
            w.Line();
            w.Line("return guides.AsReadOnly();");
            w.Close();
            w.Line();

            w.Line("private static " + ListOf + GuideType + "> Catalog_TranslationsOf(string id)");
            w.Open();
            w.Line("var group = Catalog_IndexOf(id);");
            w.Line("var start = Catalog_Data.GroupStart(group);");
            w.Line("var translations = new " + GuideType + "[Catalog_Data.GroupStart(group + 1) - start];");
            w.Line("for (var i = 0; i < translations.Length; i++)");
            w.Open();
            w.Line("translations[i] = Catalog_Create(start + i);");
            w.Close();
            w.Line();
            w.Line("return new " + ReadOnlyOf + GuideType + ">(translations);");
            w.Close();
            w.Line();

            w.Line("/// <summary>Guides by id and language, pairs one after the other: a guide's links and backlinks, created on first read.</summary>");
            w.Line("private static " + ListOf + GuideType + "> Catalog_Guides(params string[] idsAndLanguages)");
            w.Open();
            w.Line("var guides = new global::System.Collections.Generic.List<" + GuideType + ">(idsAndLanguages.Length / 2);");
            w.Line("for (var i = 0; i + 1 < idsAndLanguages.Length; i += 2)");
            w.Open();
            w.Line("var guide = Find(idsAndLanguages[i], idsAndLanguages[i + 1]);");
            w.Line("if (guide != null)");
            w.Open();
            w.Line("guides.Add(guide);");
            w.Close();
            w.Close();
            w.Line();
            w.Line("return new " + ReadOnlyOf + GuideType + ">(guides);");
            w.Close();
            w.Line();

            w.Line("/// <summary>The index of a guide in the sorted ids (binary search, ordinal), or -1; a miss is tried again in lower case.</summary>");
            w.Line("private static int Catalog_IndexOf(string id)");
            w.Open();
            ThrowIfNull(w, "id");
            w.Line();
            w.Line("// The last chunk of ids whose first id is not after this one, then the id within that chunk.");
            w.Line("int low = 0, high = Catalog_Data.ChunkCount - 1, chunk = 0;");
            w.Line("while (low <= high)");
            w.Open();
            w.Line("var middle = low + ((high - low) >> 1);");
            w.Line("var start = Catalog_Data.ChunkFirstStart(middle);");
            w.Line("if (Catalog_CompareId(Catalog_Data.ChunkFirstText, start, Catalog_Data.ChunkFirstStart(middle + 1) - start, id) <= 0)");
            w.Open();
            w.Line("chunk = middle;");
            w.Line("low = middle + 1;");
            w.Close();
            w.Line("else");
            w.Open();
            w.Line("high = middle - 1;");
            w.Close();
            w.Close();
            w.Line();
            w.Line("var text = Catalog_Data.IdChunk(chunk);");
            w.Line("var first = chunk * Catalog_Data.ChunkSize;");
            w.Line("var offset = Catalog_Data.IdStart(first);");
            w.Line("low = first;");
            w.Line("high = (first + Catalog_Data.ChunkSize < Count ? first + Catalog_Data.ChunkSize : Count) - 1;");
            w.Line("while (low <= high)");
            w.Open();
            w.Line("var middle = low + ((high - low) >> 1);");
            w.Line("var start = Catalog_Data.IdStart(middle);");
            w.Line("var comparison = Catalog_CompareId(text, start - offset, Catalog_Data.IdStart(middle + 1) - start, id);");
            w.Line("if (comparison == 0)");
            w.Open();
            w.Line("return middle;");
            w.Close();
            w.Line();
            w.Line("if (comparison < 0)");
            w.Open();
            w.Line("low = middle + 1;");
            w.Close();
            w.Line("else");
            w.Open();
            w.Line("high = middle - 1;");
            w.Close();
            w.Close();
            w.Line();
            w.Line("var lower = id.ToLowerInvariant();");
            w.Line("return (object)lower == id || lower == id ? -1 : Catalog_IndexOf(lower);");
            w.Close();
            w.Line();

            w.Line("/// <summary>Compares text[start, start + length) with id, ordinally, without allocating.</summary>");
            w.Line("private static int Catalog_CompareId(string text, int start, int length, string id)");
            w.Open();
            w.Line("var comparison = string.CompareOrdinal(text, start, id, 0, length < id.Length ? length : id.Length);");
            w.Line("return comparison != 0 ? comparison : length - id.Length;");
            w.Close();
            w.Line();

            WriteFolders(w, catalog.Folders);
            WriteCreate(w, translations);
            WriteData(w, settings.Features, groups, translations, languages);
            WriteAll(w, settings.Features);
            w.Line();
            if (hotReload)
            {
                WriteHotReload(w, settings.Features, translations);
            }

            WriteLibrary(w, nullable, options.CatalogName);
            w.Close();
            w.Close();
            return w.ToString();
        }

        /// <summary>
        /// <c>Create(t)</c> returns translation t's holder instance. Past <see cref="BucketSize"/> translations it dispatches
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
                w.Line();
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
            w.Line();
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
        /// The catalog's data: the ids as one string with their offsets (one string literal and integer arrays, whatever
        /// the number of guides: nothing to intern or to compile per guide on first use), the translations of each guide,
        /// their languages as indexes into the few language names, and each guide's default-language translation.
        /// </summary>
        private static void WriteData(SourceWriter w, LanguageFeatures features, EquatableArray<CatalogGroup> groups, List<CatalogTranslation> translations, List<string> languages)
        {
            w.Line(GeneratedCode.Attribute);
            w.Line("private static class Catalog_Data");
            w.Open();
            // The ids, sorted (ordinal), one after the other, in chunks of ChunkSize ids: each chunk is the string literal of
            // its own method, so that a lookup loads two short strings, not every id of the library.
            var chunks = (groups.Count + IdChunkSize - 1) / IdChunkSize;
            w.Line("internal const int ChunkSize = " + Number(IdChunkSize) + ";");
            w.Line();
            w.Line("internal const int ChunkCount = " + Number(chunks) + ";");
            w.Line();
            w.Line("/// <summary>The first id of each chunk, one after the other.</summary>");
            var firsts = Enumerable.Range(0, chunks).Select(c => groups[c * IdChunkSize].Id).ToList();
            w.Line("internal const string ChunkFirstText = " + CSharpLiteral.Quote(string.Concat(firsts)) + ";");
            w.Line();
            WriteTable(w, features, "ChunkFirstStart", RunningTotals(firsts.Select(f => f.Length)));
            w.Line();
            w.Line("/// <summary>The ids of chunk k, one after the other: id g is at IdStart(g) - IdStart(k * ChunkSize) in it.</summary>");
            w.Line("internal static string IdChunk(int chunk)");
            w.Open();
            w.Line("switch (chunk)");
            w.Open();
            for (var c = 0; c < chunks; c++)
            {
                w.Line("case " + Number(c) + ": return IdChunk_" + Number(c) + "();");
            }

            w.Line("default: return string.Empty;");
            w.Close();
            w.Close();
            w.Line();
            for (var c = 0; c < chunks; c++)
            {
                w.Line("private static string IdChunk_" + Number(c) + "() => " +
                    CSharpLiteral.Quote(string.Concat(groups.Skip(c * IdChunkSize).Take(IdChunkSize).Select(g => g.Id))) + ";");
                w.Line();
            }

            w.Line("/// <summary>Where id g starts in the ids one after the other (IdStart(Count) is where the last ends).</summary>");
            WriteTable(w, features, "IdStart", RunningTotals(groups.Select(g => g.Id.Length)));
            w.Line();
            w.Line("/// <summary>The translations of guide g are GroupStart[g] to GroupStart[g + 1] - 1, ordered by language.</summary>");
            var starts = RunningTotals(groups.Select(g => g.Translations.Count));
            WriteTable(w, features, "GroupStart", starts);
            w.Line();
            w.Line("/// <summary>The language of each translation, as an index into LanguageNames.</summary>");
            WriteTable(w, features, "LanguageIndex", translations.Select(t => t.Language.Length == 0 ? languages.Count : languages.IndexOf(t.Language)).ToList());
            w.Line();
            w.Line("/// <summary>The translation each guide's property returns, from the guide's first one.</summary>");
            WriteTable(w, features, "Primary", groups.Select(g => g.Primary).ToList());
            w.Line();
            w.Line("internal const int TranslationCount = " + Number(translations.Count) + ";");
            w.Line();
            w.Line("/// <summary>Every language, sorted (ordinal), then the empty name of a guide whose language is unknown.</summary>");
            w.Line("internal static readonly string[] LanguageNames = new string[] { " +
                string.Join(string.Empty, languages.Select(l => CSharpLiteral.Quote(l) + ", ")) + "\"\" };");
            w.Line();
            w.Line("internal static readonly " + ReadOnlyOf + "string> LanguageList = new " + ReadOnlyOf + "string>(global::System.Array.FindAll(LanguageNames, name => name.Length > 0));");
            w.Line();
            w.Line("static Catalog_Data()");
            w.Open();
            w.Close();
            w.Close();
            w.Line();
            w.Line(GeneratedCode.Attribute);
            w.Line("private static class Catalog_Ids");
            w.Open();
            WriteValue(w, features, ReadOnlyOf + "string>", "CreateIds", "Catalog_Ids");
            w.Line("private static " + ReadOnlyOf + "string> CreateIds()");
            w.Open();
            w.Line("var ids = new string[Count];");
            w.Line("for (var i = 0; i < ids.Length; i++)");
            w.Open();
            w.Line("var offset = Catalog_Data.IdStart(i - (i % Catalog_Data.ChunkSize));");
            w.Line("ids[i] = Catalog_Data.IdChunk(i / Catalog_Data.ChunkSize).Substring(Catalog_Data.IdStart(i) - offset, Catalog_Data.IdStart(i + 1) - Catalog_Data.IdStart(i));");
            w.Close();
            w.Line();
            w.Line("return new " + ReadOnlyOf + "string>(ids);");
            w.Close();
            w.Close();
            w.Line();
        }

        private static void WriteAll(SourceWriter w, LanguageFeatures features)
        {
            w.Line(GeneratedCode.Attribute);
            w.Line("private static class Catalog_All");
            w.Open();
            WriteValue(w, features, ReadOnlyOf + GuideType + ">", "CreateAll", "Catalog_All");
            w.Line("private static " + ReadOnlyOf + GuideType + "> CreateAll()");
            w.Open();
            w.Line("var guides = new " + GuideType + "[Count];");
            w.Line("for (var i = 0; i < guides.Length; i++)");
            w.Open();
            w.Line("guides[i] = Catalog_Create(Catalog_Data.GroupStart(i) + Catalog_Data.Primary(i));");
            w.Close();
            w.Line();
            w.Line("return new " + ReadOnlyOf + GuideType + ">(guides);");
            w.Close();
            w.Close();
        }

        /// <summary>
        /// A list made on first use (<c>Value</c>, from <paramref name="create"/>): in a static field set once, or in a Debug
        /// build (<see cref="LanguageFeatures.HotReload"/>) in a field that hot reload empties.
        /// </summary>
        private static void WriteValue(SourceWriter w, LanguageFeatures features, string type, string create, string holder)
        {
            if (features.HotReload)
            {
                w.Line("private static " + type + features.Nullable + " s_value;");
                w.Line();
                w.Line("internal static " + type + " Value => s_value ?? Catalog_Keep(ref s_value, " + create + "());");
                w.Line();
                w.Line("internal static void Reset() => s_value = null;");
                w.Line();
                return;
            }

            w.Line("internal static readonly " + type + " Value = " + create + "();");
            w.Line();
            w.Line("static " + holder + "()");
            w.Open();
            w.Close();
            w.Line();
        }

        /// <summary>
        /// A Debug build's hot reload (<see cref="LanguageFeatures.HotReload"/>): the metadata update handler that the
        /// runtime calls after it applied an edit (under <c>dotnet watch</c> or a debugger's Edit and Continue). It drops
        /// every guide created and every list that holds guides, so that each is made again from the edited code on its
        /// next use; and the helper that keeps a value made on first use.
        /// </summary>
        private static void WriteHotReload(SourceWriter w, LanguageFeatures features, List<CatalogTranslation> translations)
        {
            w.Line("/// <summary>Keeps <paramref name=\"value\"/> in <paramref name=\"field\"/> unless another thread kept one first; returns the one kept.</summary>");
            w.Line("private static T Catalog_Keep<T>(ref T" + features.Nullable + " field, T value)");
            w.Line("    where T : class => global::System.Threading.Interlocked.CompareExchange(ref field, value, null) ?? value;");
            w.Line();
            w.Line("/// <summary>");
            w.Line("/// A Debug build's hot reload: after the runtime applies an edit (dotnet watch, Edit and Continue), drops every guide");
            w.Line("/// created and every list of guides, so that the next use makes them from the edited code.");
            w.Line("/// </summary>");
            w.Line(GeneratedCode.Attribute);
            w.Line("internal static class Catalog_HotReload");
            w.Open();
            w.Line("internal static void ClearCache(global::System.Type[]" + features.Nullable + " updatedTypes)");
            w.Open();
            w.Line("Catalog_All.Reset();");
            w.Line("Catalog_Ids.Reset();");
            w.Line("Catalog_SearchIndex.Reset();");
            foreach (var translation in translations)
            {
                w.Line(translation.HolderName + ".Reset();");
            }

            w.Close();
            w.Close();
            w.Line();
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

        /// <summary>The catalog as a <c>GuideLibrary</c>: each member calls the catalog's static member of the same name.</summary>
        private static void WriteLibrary(SourceWriter w, string nullable, string catalog)
        {
            // Qualified: inside this class, a bare name would be the override itself.
            catalog += ".";
            w.Line(GeneratedCode.Attribute);
            w.Line("private sealed class Catalog_Library : global::Guides.GuideLibrary");
            w.Open();
            w.Line("internal static readonly Catalog_Library Instance = new Catalog_Library();");
            w.Line();
            w.Line("public override int Count => " + catalog + CatalogMembers.Count + ";");
            w.Line();
            w.Line("public override string DefaultLanguage => " + catalog + CatalogMembers.DefaultLanguage + ";");
            w.Line();
            w.Line("public override " + ListOf + "string> Ids => " + catalog + CatalogMembers.Ids + ";");
            w.Line();
            w.Line("public override " + ListOf + "string> Languages => " + catalog + CatalogMembers.Languages + ";");
            w.Line();
            w.Line("public override " + ListOf + GuideType + "> All => " + catalog + CatalogMembers.All + ";");
            w.Line();
            w.Line("public override " + GuideType + nullable + " Find(string id) => " + catalog + CatalogMembers.Find + "(id);");
            w.Line();
            w.Line("public override " + GuideType + nullable + " Find(string id, global::System.Globalization.CultureInfo culture) => " + catalog + CatalogMembers.Find + "(id, culture);");
            w.Line();
            w.Line("public override " + GuideType + nullable + " Find(string id, string language) => " + catalog + CatalogMembers.Find + "(id, language);");
            w.Line();
            w.Line("public override " + ListOf + GuideType + "> InLanguage(string language) => " + catalog + CatalogMembers.InLanguage + "(language);");
            w.Line();
            w.Line("public override " + ListOf + "global::Guides.GuideSearchHit> Search(string query, global::System.Globalization.CultureInfo" + nullable + " culture = null) => " + catalog + CatalogMembers.Search + "(query, culture);");
            w.Close();
        }

        /// <summary>Where each item starts when items of these lengths stand one after the other, and where the last ends.</summary>
        private static List<int> RunningTotals(IEnumerable<int> lengths)
        {
            var totals = new List<int> { 0 };
            foreach (var length in lengths)
            {
                totals.Add(totals[totals.Count - 1] + length);
            }

            return totals;
        }

        /// <summary>
        /// A table of integers and its accessor <c>Name(i)</c>. With spans (C# 11 on .NET), the table is data the assembly
        /// maps (<c>ReadOnlySpan&lt;byte&gt;</c> of a constant array: nothing is allocated however many guides there are),
        /// one byte an item when every item is below 256, else four (little-endian); before, an array.
        /// </summary>
        private static void WriteTable(SourceWriter w, LanguageFeatures features, string name, List<int> values)
        {
            var small = values.All(v => v >= 0 && v < 256);
            if (!features.Utf8Literals)
            {
                w.Line("internal static int " + name + "(int i) => " + name + "Data[i];");
                w.Line();
                WriteArray(w, small ? "byte" : "int", name + "Data", values.Select(Number).ToList());
                return;
            }

            w.Line(small
                ? "internal static int " + name + "(int i) => " + name + "Data[i];"
                : "internal static int " + name + "(int i) => global::System.Buffers.Binary.BinaryPrimitives.ReadInt32LittleEndian(" + name + "Data.Slice(4 * i));");
            w.Line();
            var bytes = small ? values : values.SelectMany(v => new[] { v & 0xFF, (v >> 8) & 0xFF, (v >> 16) & 0xFF, (v >> 24) & 0xFF }).ToList();
            w.Line("private static global::System.ReadOnlySpan<byte> " + name + "Data => new byte[]");
            w.Open();
            for (var i = 0; i < bytes.Count; i += 32)
            {
                w.Line(string.Join(", ", bytes.Skip(i).Take(32).Select(Number)) + ",");
            }

            w.Close("};");
        }

        /// <summary>An array, ten items a line.</summary>
        private static void WriteArray(SourceWriter w, string type, string name, List<string> items)
        {
            w.Line("internal static readonly " + type + "[] " + name + " = new " + type + "[]");
            w.Open();
            for (var i = 0; i < items.Count; i += 10)
            {
                w.Line(string.Join(", ", items.Skip(i).Take(10)) + ",");
            }

            w.Close("};");
        }

        private static void ThrowIfNull(SourceWriter w, string parameter)
        {
            w.Line("if (" + parameter + " is null)");
            w.Open();
            w.Line("throw new global::System.ArgumentNullException(nameof(" + parameter + "));");
            w.Close();
        }

        /// <summary>How many ids one chunk of the catalog's id text holds.</summary>
        private const int IdChunkSize = 64;

        /// <summary>The most cases in one generated switch of <c>Create</c>.</summary>
        private const int BucketSize = 64;

        /// <summary>How many <c>Create_N</c> methods a catalog part file holds (1,024 translations, about 60 KB).</summary>
        private const int BucketsPerFile = 16;

        private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
