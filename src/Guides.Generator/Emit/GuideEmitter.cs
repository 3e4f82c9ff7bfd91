using System;
using Guides.Generator.Model;
using Microsoft.CodeAnalysis.Text;

namespace Guides.Generator.Emit
{
    /// <summary>
    /// Writes a guide's code: its property on the catalog class, and a private class that creates the guide on first use;
    /// and the files that hold several guides' code. Knows nothing of Markdown or YAML: it writes what the model holds.
    /// Every part is written straight into one builder: no string is made for a line or an argument.
    /// </summary>
    internal static class GuideEmitter
    {
        private const string Ns = "global::Guides.";

        /// <summary>
        /// The private class that holds one translation of a guide (<c>Ameli_fr_Guide</c>, <c>Accounts_ResetPassword_en_Guide</c>).
        /// No member name holds '_', so no guide's member can take it.
        /// </summary>
        public static string HolderName(string memberPath, string language) =>
            memberPath.Replace('.', '_') + (language.Length > 0 ? "_" + language.Replace('-', '_') : string.Empty) + "_Guide";

        /// <summary>
        /// One guide's code: its property on the catalog class (in the file of its primary translation), and its holder
        /// class, indented to sit in the catalog class of <see cref="File"/>. Emitted once per change of the guide.
        /// </summary>
        public static string Guide(GuideToEmit emission, EmitSettings settings)
        {
            var writer = SourceWriter.ForOneGuide(depth: 2);
            WriteGuide(writer, emission, settings);
            return writer.ToStringAndRelease();
        }

        /// <summary>
        /// What stands in a file for a guide whose code could not be written (GUIDE099 is reported at the guide): its member
        /// and its holder, which creates an empty guide of its id and language, so that the catalog and code using the guide
        /// still compile and the error list shows GUIDE099 alone. Written from the id and language only.
        /// </summary>
        public static string Unwritten(GuideToEmit emission, EmitSettings settings)
        {
            var guide = emission.Guide;
            var holder = HolderName(emission.MemberPath, guide.Language);
            var writer = new SourceWriter(depth: 2);
            writer.StartLine().Append("// GUIDE099: ").Append(holder).Append(" could not be written; it creates an empty guide.").EndLine();
            if (emission.IsPrimary)
            {
                WriteProperty(writer, guide with { Title = string.Empty, Description = string.Empty }, emission.MemberPath, holder);
            }

            writer.Line(GeneratedCode.Attribute);
            writer.StartLine().Append("private static class ").Append(holder).EndLine();
            writer.Open();
            var hotReload = settings.Features.HotReload;
            if (hotReload)
            {
                WriteResettableInstance(writer, settings.Features);
            }

            writer.StartLine().Append(hotReload ? "private static " + Ns + "Guide Create() => new " + Ns + "Guide(" : "internal static readonly " + Ns + "Guide Instance = new " + Ns + "Guide(")
                .AppendQuoted(guide.Id).Append(", \"\", \"\", \"\", " + Ns + "GuideDifficulty.Unspecified, \"\", ").AppendQuoted(guide.Language)
                .Append(", default(global::System.DateTime), new " + Ns + "GuideStep[0], new " + Ns + "FaqEntry[0], null, new " + Ns + "GuideText[0], new "
                    + Ns + "GuideText[0], new " + Ns + "GuideLink[0], new " + Ns + "GuideSection[0]);").EndLine();
            writer.Close();
            return writer.ToString();
        }

        /// <summary>A file of guides: the guides' code, already emitted, in the catalog class.</summary>
        public static SourceText File(GuideSourceFile file)
        {
            var options = file.Settings.Options;
            var writer = new SourceWriter();
            GeneratedCode.WriteHeader(writer, file.Settings.Features);
            writer.StartLine().Append("namespace ").Append(options.Namespace).EndLine();
            writer.Open();
            writer.StartLine().Append(options.Accessibility).Append(" static partial class ").Append(options.CatalogName).EndLine();
            writer.Open();
            var header = writer.ToString();
            writer = new SourceWriter(depth: 2);
            writer.Close();
            writer.Close();
            return SourceWriter.ToSourceText(header, file.Code, separator: "\n", writer.ToString());
        }

        private static void WriteGuide(SourceWriter writer, GuideToEmit emission, EmitSettings settings)
        {
            var guide = emission.Guide;
            var holder = HolderName(emission.MemberPath, guide.Language);
            if (emission.IsPrimary)
            {
                // The guide's property lives in the file of its default-language translation, in its folders' classes.
                WriteProperty(writer, guide, emission.MemberPath, holder);
            }

            if (DataLayout(emission, settings) is not null)
            {
                WriteDataHolder(writer, emission, holder);
                return;
            }

            writer.Line(GeneratedCode.Attribute);
            writer.StartLine().Append("private static class ").Append(holder).EndLine();
            writer.Open();
            if (settings.Features.HotReload)
            {
                WriteResettableInstance(writer, settings.Features);
                writer.Line();
            }
            else
            {
                writer.Line("internal static readonly " + Ns + "Guide Instance = Create();");
                writer.Line();
                writer.Line("// An explicit static constructor: the guide is created when it is first used, never before.");
                writer.StartLine().Append("static ").Append(holder).Append("()").EndLine();
                writer.Open();
                writer.Close();
                writer.Line();
            }

            var strings = new StringTable(settings.Features.Utf8Literals, MaxStringCount(guide));
            WriteCreate(writer, guide, strings, emission, settings.Options.ReadingSpeed);
            if (strings.IsIndexed)
            {
                WriteStrings(writer, strings, settings.PackText ? strings.Pack() : null, settings.Features.HotReload);
            }

            writer.Close();
        }

        /// <summary>
        /// A Debug build's guide (<see cref="LanguageFeatures.HotReload"/>): made on first use as in Release, but kept in a
        /// field that the catalog's metadata update handler empties, so that the next use makes it from the edited code
        /// (hot reload applies an edited method, and never runs a static field's initializer again).
        /// </summary>
        private static void WriteResettableInstance(SourceWriter writer, LanguageFeatures features)
        {
            writer.Line("// A Debug build: the guide is kept where hot reload can drop it (Catalog_HotReload), to be made again from the edited code.");
            writer.Line("private static " + Ns + "Guide" + features.Nullable + " s_instance;");
            writer.Line();
            writer.Line("internal static " + Ns + "Guide Instance => s_instance ?? Catalog_Keep(ref s_instance, Create());");
            writer.Line();
            writer.Line("internal static void Reset() => s_instance = null;");
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

            WriteProperty(writer, guide, memberPath.Substring(memberPath.LastIndexOf('.') + 1), holder, folders > 0);
            for (var i = 0; i < folders; i++)
            {
                writer.Close();
            }

            if (folders > 0)
            {
                writer.Line();
            }
        }

        private static void WriteProperty(SourceWriter writer, GuideModel guide, string propertyName, string holder, bool nested)
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
            if (!nested)
            {
                writer.Line();
            }
        }

        /// <summary>The method that creates the guide: one constructor call, its arguments named.</summary>
        private static void WriteCreate(SourceWriter writer, GuideModel guide, StringTable strings, GuideToEmit emission, ReadingSpeed speed)
        {
            if (strings.IsIndexed && guide.Images.Count == 0)
            {
                WriteShapeCreate(writer, guide, strings, emission, speed);
                return;
            }

            writer.Line("private static " + Ns + "Guide Create()");
            writer.Open();
            // Indexed strings: every constructor takes the guide's strings first, then an index for each string.
            if (strings.IsIndexed)
            {
                writer.Line("var strings = new Strings();");
            }

            var images = WriteFiles(writer, guide, HolderName(emission.MemberPath, guide.Language));
            writer.Line("return new " + Ns + "Guide(");
            writer.Indent();
            if (strings.IsIndexed)
            {
                writer.Line("strings,");
            }

            writer.StartLine().Append("id: ").AppendQuoted(guide.Id).Append(',').EndLine();
            WriteString(writer, strings, "title", guide.Title);
            WriteString(writer, strings, "description", guide.Description);
            WriteString(writer, strings, "category", guide.Category);
            writer.StartLine().Append("difficulty: " + Ns + "GuideDifficulty.").Append(guide.Difficulty.ToString()).Append(',').EndLine();
            WriteString(writer, strings, "platform", guide.Platform);
            // What lists of guides read stays unpacked; the rest may be packed (EmitSettings.PackText).
            strings.MarkPlain();
            writer.StartLine().Append("language: ").AppendQuoted(guide.Language).Append(',').EndLine();
            writer.StartLine().Append("date: new global::System.DateTime(")
                .AppendNumber(guide.Date.Year).Append(", ").AppendNumber(guide.Date.Month).Append(", ").AppendNumber(guide.Date.Day).Append("),").EndLine();

            WriteArray(writer, strings, "steps", "GuideStep", guide.Steps, (w, s, step) => AppendStepArguments(w, s, step, images));
            WriteArray(writer, strings, "faq", "FaqEntry", guide.Faq, (w, s, entry) => AppendFaqArguments(w, s, entry, images));
            writer.StartLine().Append("introduction: ");
            if (guide.Introduction is { } introduction)
            {
                AppendConstruction(writer, strings, "GuideSection", introduction, (w, s, section) => AppendSectionArguments(w, s, section, images));
            }
            else
            {
                writer.Append("null");
            }

            writer.Append(',').EndLine();
            WriteArray(writer, strings, "requirements", "GuideText", guide.Requirements, AppendTextArguments);
            WriteArray(writer, strings, "tips", "GuideText", guide.Tips, AppendTextArguments);
            WriteArray(writer, strings, "links", "GuideLink", guide.Links, AppendLinkArguments);
            WriteArray(writer, strings, "sections", "GuideSection", guide.Sections, (w, s, section) => AppendSectionArguments(w, s, section, images));
            writer.StartLine().Append("translations: () => Catalog_TranslationsOf(").AppendQuoted(guide.Id).Append("))");
            AppendOutline(writer, strings, guide, speed);
            AppendWith(writer, guide, emission, images);
            writer.Append(';').EndLine();
            writer.Unindent();
            writer.Close();
        }

        /// <summary>The guide's files, links and fields: <c>.WithFiles(…)</c>, <c>.WithLinks(…)</c>, <c>.WithFields(…)</c> when it has them.</summary>
        private static void AppendWith(SourceWriter writer, GuideModel guide, GuideToEmit emission, ImageLocals images)
        {
            if (guide.Assets.Count > 0)
            {
                // The guide's images and other files, created with it from the locals above.
                writer.Append(".WithFiles(");
                AppendImages(writer, guide.Images, images).Append(", new " + Ns + "GuideFile[] { ");
                for (var i = 0; i < guide.Files.Count; i++)
                {
                    writer.Append(i > 0 ? ", " : string.Empty).Append(FileLocal(guide, guide.Files[i]));
                }

                writer.Append(" })");
            }

            if (guide.LinksTo.Count > 0 || emission.LinkedFrom.Count > 0)
            {
                // The guides this one links to and those that link to it, found in the catalog on first read.
                writer.Append(".WithLinks(() => Catalog_Guides(");
                AppendKeys(writer, guide.LinksTo).Append("), () => Catalog_Guides(");
                AppendKeys(writer, emission.LinkedFrom).Append("))");
            }

            AppendFields(writer, emission);
        }

        /// <summary><c>.WithFields(…)</c> when the guide has fields: the project's <c>[GuideFields]</c> object and the undeclared fields.</summary>
        private static void AppendFields(SourceWriter writer, GuideToEmit emission)
        {
            if (emission.FieldsCode is not null || emission.ExtraFieldsCode is not null)
            {
                // The project's [GuideFields] object and the undeclared fields, built here: nothing is read at run time.
                writer.Append(".WithFields(").Append(emission.FieldsCode ?? "null").Append(", ").Append(emission.ExtraFieldsCode ?? "null").Append(')');
            }
        }

        /// <summary>
        /// <c>.WithOutline(headings, words, seconds)</c>: the body's headings (those of steps, sections and the introduction
        /// name their part by index), the word count and the reading time at the library's rate for the guide's language.
        /// </summary>
        private static void AppendOutline(SourceWriter writer, StringTable strings, GuideModel guide, ReadingSpeed speed)
        {
            writer.Append(".WithOutline(");
            if (guide.Outline.Count == 0)
            {
                writer.Append("global::System.Array.Empty<" + Ns + "GuideHeading>()");
            }
            else
            {
                writer.Append("new " + Ns + "GuideHeading[] { ");
                for (var i = 0; i < guide.Outline.Count; i++)
                {
                    var heading = guide.Outline[i];
                    writer.Append(i > 0 ? ", " : string.Empty).Append("new " + Ns + "GuideHeading(");
                    if (heading.Part < 0 && strings.IsIndexed)
                    {
                        writer.Append("strings, ");
                    }

                    writer.AppendNumber(heading.Level).Append(", " + Ns + "GuideHeadingKind.").Append(heading.Kind.ToString()).Append(", ");
                    if (heading.Part < 0)
                    {
                        strings.AppendExpression(writer, heading.Title);
                    }
                    else
                    {
                        writer.AppendNumber(heading.Part);
                    }

                    writer.Append(')');
                }

                writer.Append(" }");
            }

            writer.Append(", ").AppendNumber(guide.WordCount).Append(", ").AppendNumber(speed.Seconds(guide.WordCount, guide.Language)).Append(')');
        }

        /// <summary>
        /// The method that creates a guide with indexed strings and no image: one call that reads the guide's shape (what it
        /// holds, as the indexes of its strings: <see cref="ShapeWriter"/>), then its files, links and fields. Its strings
        /// are given indexes in the order the constructors' arguments would (<see cref="WriteCreate"/>).
        /// </summary>
        private static void WriteShapeCreate(SourceWriter writer, GuideModel guide, StringTable strings, GuideToEmit emission, ReadingSpeed speed)
        {
            var shape = Shape(guide, strings, speed);
            writer.Line("private static " + Ns + "Guide Create()");
            writer.Open();
            writer.Line("var strings = new Strings();");
            var images = WriteFiles(writer, guide, HolderName(emission.MemberPath, guide.Language));
            writer.StartLine().Append("return " + Ns + "GuideShape.Create(strings, ").AppendQuoted(guide.Id).Append(", ").AppendQuoted(guide.Language)
                .Append(", Shape.ToArray(), () => Catalog_TranslationsOf(").AppendQuoted(guide.Id).Append("))");
            AppendWith(writer, guide, emission, images);
            writer.Append(';').EndLine();
            writer.Close();
            writer.Line();
            writer.Line("// What the guide holds, as the indexes of its strings (Guides.GuideShape).");
            writer.StartLine().Append("private static global::System.ReadOnlySpan<byte> Shape => \"").Append(shape.ToString()).Append("\"u8;").EndLine();
        }

        /// <summary>
        /// The code of a guide's data, in the build's own output (an implementation output, which the IDE does not run): the
        /// rest of its holder class (<see cref="WriteDataHolder"/>), the one literal <c>Guides.GuideData</c> reads the guide
        /// from. Null for a guide written as code (<see cref="DataLayout"/>).
        /// </summary>
        public static string? GuideData(GuideToEmit emission, EmitSettings settings, LibraryDictionary dictionary)
        {
            if (DataLayout(emission, settings) is not var (strings, shape))
            {
                return null;
            }

            var packed = settings.PackText ? strings.Pack(dictionary.Preset) : null;
            var plain = packed is null ? strings.Count : strings.PlainCount;
            var lengths = new ShapeWriter().Add(strings.Count).Add(plain).Add(packed is null ? 0 : 1);
            strings.AddLengths(lengths);

            var writer = SourceWriter.ForOneGuide(depth: 2);
            writer.StartLine().Append("partial class ").Append(HolderName(emission.MemberPath, emission.Guide.Language)).EndLine();
            writer.Open();
            writer.Line(packed is null
                ? "// The guide's shape and string lengths (Guides.GuideData), '.', then its strings' UTF-8 bytes."
                : "// The guide's shape and string lengths (Guides.GuideData), '.', the strings read first (title, description, category, platform, files, links), then the others packed.");
            writer.StartLine().Append("protected override global::System.ReadOnlySpan<byte> Data => \"").Append(lengths.ToString()).Append(shape.ToString()).Append('.');
            strings.AppendEscaped(writer, plain);
            writer.Append(packed ?? string.Empty).Append("\"u8;").EndLine();
            if (packed is not null && dictionary.Length > 0)
            {
                writer.Line();
                writer.Line("// The library's words its packed strings reach back into (Deflate's preset dictionary).");
                writer.Line("protected override global::System.ReadOnlySpan<byte> Dictionary => Catalog_Dictionary.Bytes;");
            }

            writer.Close();
            return writer.ToStringAndRelease();
        }

        /// <summary>The library's preset dictionary, in the build's output alone: <c>Catalog_Dictionary.Bytes</c>.</summary>
        public static string Dictionary(LibraryDictionary dictionary)
        {
            var writer = new SourceWriter(depth: 2);
            writer.Line(GeneratedCode.Attribute);
            writer.Line("private static class Catalog_Dictionary");
            writer.Open();
            writer.Line("// The library's most frequent words, the most frequent last: Deflate's preset dictionary for every guide's packed strings.");
            writer.StartLine().Append("internal static global::System.ReadOnlySpan<byte> Bytes => \"").AppendEscaped(dictionary.Text).Append("\"u8;").EndLine();
            writer.Close();
            return writer.ToString();
        }

        /// <summary>
        /// A Release guide's holder, as the IDE compiles it too: a small class deriving from <c>Guides.GuideData</c> that
        /// creates the guide on first use by one call; its data is in the build's output alone (<see cref="GuideData"/>).
        /// </summary>
        private static void WriteDataHolder(SourceWriter writer, GuideToEmit emission, string holder)
        {
            var guide = emission.Guide;
            writer.Line(GeneratedCode.Attribute);
            writer.StartLine().Append("private sealed partial class ").Append(holder).Append(" : " + Ns + "GuideData").EndLine();
            writer.Open();
            writer.StartLine().Append("internal static readonly " + Ns + "Guide Instance = new ").Append(holder).Append("().Create(")
                .AppendQuoted(guide.Id).Append(", ").AppendQuoted(guide.Language).Append(", Catalog_TranslationsOf")
                .Append(guide.LinksTo.Count > 0 || emission.LinkedFrom.Count > 0 ? ", Catalog_Guides)" : ")");
            AppendFields(writer, emission);
            writer.Append(';').EndLine();
            writer.Line();
            writer.Line("// An explicit static constructor: the guide is created when it is first used, never before.");
            writer.StartLine().Append("static ").Append(holder).Append("()").EndLine();
            writer.Open();
            writer.Close();
            writer.Close();
        }

        /// <summary>
        /// A guide's strings and shape as <c>Guides.GuideData</c> reads them: its shape, then its links and files; null when
        /// the guide is written as code: without <see cref="LanguageFeatures.DataGuides"/> (C# before 11, a runtime before
        /// .NET 8, or a Debug build shaped for hot reload), or when a string has no UTF-8 form (a lone surrogate).
        /// </summary>
        private static (StringTable Strings, ShapeWriter Shape)? DataLayout(GuideToEmit emission, EmitSettings settings)
        {
            if (settings.Features is not { DataGuides: true, Utf8Literals: true, HotReload: false })
            {
                return null;
            }

            var guide = emission.Guide;
            var strings = new StringTable(useUtf8: true, MaxStringCount(guide) + (2 * (guide.LinksTo.Count + emission.LinkedFrom.Count)) + (4 * guide.Assets.Count));
            // The strings read when the guide is created (its files') or with its links (the keys) stay plain, with the
            // title, description, category and platform: they take their indexes first.
            foreach (var keys in new[] { guide.LinksTo, emission.LinkedFrom })
            {
                foreach (var key in keys)
                {
                    strings.IndexOf(key.Id);
                    strings.IndexOf(key.Language);
                }
            }

            foreach (var file in guide.Assets)
            {
                if (file.Length > int.MaxValue)
                {
                    return null;
                }

                strings.IndexOf(file.Path);
                strings.IndexOf(file.Url);
                strings.IndexOf(file.ContentType);
            }

            var shape = Shape(guide, strings, settings.Options.ReadingSpeed);
            if (strings.HasStringsWithoutUtf8)
            {
                return null;
            }

            AddLinks(shape, strings, guide.LinksTo);
            AddLinks(shape, strings, emission.LinkedFrom);
            AddFiles(shape, strings, guide);
            return (strings, shape);
        }

        /// <summary>How many guides, then each guide's id and language (indexes of strings): <c>GuideData</c>'s links.</summary>
        private static void AddLinks(ShapeWriter shape, StringTable strings, EquatableArray<GuideKey> keys)
        {
            shape.Add(keys.Count);
            foreach (var key in keys)
            {
                shape.Add(strings.IndexOf(key.Id)).Add(strings.IndexOf(key.Language));
            }
        }

        /// <summary>
        /// The guide's files and images as <c>GuideData</c> reads them: the files (path, URL, content type, length, width,
        /// height), the images (file, alt text) once each, then which images the guide, each step, answer, the introduction
        /// and each section show, and which files the guide links to. Nothing but 0 for a guide with no files.
        /// </summary>
        private static void AddFiles(ShapeWriter shape, StringTable strings, GuideModel guide)
        {
            shape.Add(guide.Assets.Count);
            if (guide.Assets.Count == 0)
            {
                return;
            }

            foreach (var file in guide.Assets)
            {
                shape.Add(strings.IndexOf(file.Path)).Add(strings.IndexOf(file.Url)).Add(strings.IndexOf(file.ContentType))
                    .Add((int)file.Length).Add(file.Width).Add(file.Height);
            }

            var images = new System.Collections.Generic.List<ImageModel>();
            var numbers = new System.Collections.Generic.Dictionary<ImageModel, int>();
            void Number(EquatableArray<ImageModel> shown)
            {
                foreach (var image in shown)
                {
                    if (!numbers.ContainsKey(image))
                    {
                        numbers.Add(image, images.Count);
                        images.Add(image);
                    }
                }
            }

            Number(guide.Images);
            foreach (var shown in ImagesOfParts(guide))
            {
                Number(shown);
            }

            shape.Add(images.Count);
            foreach (var image in images)
            {
                shape.Add(AssetIndex(guide, image.Path)).Add(strings.IndexOf(image.Alt));
            }

            void Shown(EquatableArray<ImageModel> shown)
            {
                shape.Add(shown.Count);
                foreach (var image in shown)
                {
                    shape.Add(numbers[image]);
                }
            }

            Shown(guide.Images);
            shape.Add(guide.Files.Count);
            foreach (var path in guide.Files)
            {
                shape.Add(AssetIndex(guide, path));
            }

            foreach (var shown in ImagesOfParts(guide))
            {
                Shown(shown);
            }
        }

        /// <summary>The images each part shows, in the order <c>GuideData</c> reads them: each step, answer, the introduction, each section.</summary>
        private static System.Collections.Generic.IEnumerable<EquatableArray<ImageModel>> ImagesOfParts(GuideModel guide)
        {
            foreach (var step in guide.Steps)
            {
                yield return step.Images;
            }

            foreach (var entry in guide.Faq)
            {
                yield return entry.Images;
            }

            if (guide.Introduction is { } introduction)
            {
                yield return introduction.Images;
            }

            foreach (var section in guide.Sections)
            {
                yield return section.Images;
            }
        }

        /// <summary>
        /// What the guide holds, as the indexes of its strings (<c>Guides.GuideShape</c>), giving its strings their indexes
        /// in the order the constructors' arguments would (<see cref="WriteCreate"/>); the title, description, category and
        /// platform are its plain strings (<see cref="StringTable.MarkPlain"/>).
        /// </summary>
        private static ShapeWriter Shape(GuideModel guide, StringTable strings, ReadingSpeed speed)
        {
            var shape = new ShapeWriter()
                .Add((int)guide.Difficulty).Add(guide.Date.Year).Add(guide.Date.Month).Add(guide.Date.Day)
                .Add(strings.IndexOf(guide.Title)).Add(strings.IndexOf(guide.Description)).Add(strings.IndexOf(guide.Category)).Add(strings.IndexOf(guide.Platform));
            strings.MarkPlain();
            shape.Add(guide.Steps.Count);
            foreach (var step in guide.Steps)
            {
                shape.Add(step.Number).Add(strings.IndexOf(step.Title)).Add(strings.IndexOf(step.Markdown)).Add(strings.IndexOf(step.Html)).Add(strings.IndexOf(step.Text));
            }

            shape.Add(guide.Faq.Count);
            foreach (var entry in guide.Faq)
            {
                shape.Add(strings.IndexOf(entry.Question)).Add(strings.IndexOf(entry.Answer)).Add(strings.IndexOf(entry.AnswerHtml));
            }

            shape.Add(guide.Introduction is null ? 0 : 1);
            if (guide.Introduction is { } introduction)
            {
                AddSection(shape, strings, introduction);
            }

            foreach (var texts in new[] { guide.Requirements, guide.Tips })
            {
                shape.Add(texts.Count);
                foreach (var text in texts)
                {
                    shape.Add(strings.IndexOf(text.Markdown)).Add(strings.IndexOf(text.Html)).Add(strings.IndexOf(text.Text));
                }
            }

            shape.Add(guide.Links.Count);
            foreach (var link in guide.Links)
            {
                shape.Add(strings.IndexOf(link.Text)).Add(strings.IndexOf(link.Url));
            }

            shape.Add(guide.Sections.Count);
            foreach (var section in guide.Sections)
            {
                AddSection(shape, strings, section);
            }

            shape.Add(guide.Outline.Count);
            foreach (var heading in guide.Outline)
            {
                shape.Add(heading.Level).Add((int)heading.Kind).Add(heading.Part < 0 ? strings.IndexOf(heading.Title) : heading.Part);
            }

            shape.Add(guide.WordCount).Add(speed.Seconds(guide.WordCount, guide.Language));
            return shape;

            static void AddSection(ShapeWriter shape, StringTable strings, SectionModel section) =>
                shape.Add(strings.IndexOf(section.Heading)).Add(strings.IndexOf(section.Markdown)).Add(strings.IndexOf(section.Html)).Add(strings.IndexOf(section.Text));
        }

        /// <summary><c>"id", "language", …</c> for each guide.</summary>
        private static SourceWriter AppendKeys(SourceWriter writer, EquatableArray<GuideKey> keys)
        {
            for (var i = 0; i < keys.Count; i++)
            {
                writer.Append(i > 0 ? ", " : string.Empty).AppendQuoted(keys[i].Id).Append(", ").AppendQuoted(keys[i].Language);
            }

            return writer;
        }

        /// <summary><c>name: expression,</c> for one string.</summary>
        private static void WriteString(SourceWriter writer, StringTable strings, string name, string value) =>
            strings.AppendExpression(writer.StartLine().Append(name).Append(": "), value).Append(',').EndLine();

        private static void WriteArray<T>(SourceWriter writer, StringTable strings, string name, string type, EquatableArray<T> items, Action<SourceWriter, StringTable, T> arguments)
            where T : IEquatable<T>
        {
            if (items.Count == 0)
            {
                writer.StartLine().Append(name).Append(": global::System.Array.Empty<" + Ns).Append(type).Append(">(),").EndLine();
                return;
            }

            writer.StartLine().Append(name).Append(": new " + Ns).Append(type).Append("[]").EndLine();
            writer.Open();
            for (var i = 0; i < items.Count; i++)
            {
                AppendConstruction(writer.StartLine(), strings, type, items[i], arguments).Append(',').EndLine();
            }

            writer.Close("},");
        }

        /// <summary><c>new global::Guides.Type(arguments)</c>, the guide's strings first when they are indexed.</summary>
        private static SourceWriter AppendConstruction<T>(SourceWriter writer, StringTable strings, string type, T item, Action<SourceWriter, StringTable, T> arguments)
        {
            writer.Append("new " + Ns).Append(type).Append('(');
            if (strings.IsIndexed)
            {
                writer.Append("strings, ");
            }

            arguments(writer, strings, item);
            return writer.Append(')');
        }

        private static void AppendStepArguments(SourceWriter writer, StringTable strings, StepModel step, ImageLocals images)
        {
            writer.AppendNumber(step.Number).Append(", ");
            AppendExpressions(writer, strings, step.Title, step.Markdown, step.Html, step.Text);
            AppendImagesArgument(writer, step.Images, images);
        }

        private static void AppendFaqArguments(SourceWriter writer, StringTable strings, FaqModel entry, ImageLocals images)
        {
            AppendExpressions(writer, strings, entry.Question, entry.Answer, entry.AnswerHtml);
            AppendImagesArgument(writer, entry.Images, images);
        }

        private static void AppendSectionArguments(SourceWriter writer, StringTable strings, SectionModel section, ImageLocals images)
        {
            AppendExpressions(writer, strings, section.Heading, section.Markdown, section.Html, section.Text);
            AppendImagesArgument(writer, section.Images, images);
        }

        /// <summary>The local that holds each image (a file and an alt text) of the guide: <c>i0</c>, <c>i1</c>, …</summary>
        private sealed class ImageLocals
        {
            private readonly System.Collections.Generic.Dictionary<ImageModel, string> _names = new();

            public string Name(ImageModel image) => _names[image];

            public bool TryAdd(ImageModel image, out string name)
            {
                if (_names.TryGetValue(image, out name!))
                {
                    return false;
                }

                name = "i" + _names.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
                _names.Add(image, name);
                return true;
            }
        }

        /// <summary>The local that holds a file of the guide: <c>f</c> and its place in <see cref="GuideModel.Assets"/>.</summary>
        private static string FileLocal(GuideModel guide, string path) =>
            "f" + AssetIndex(guide, path).ToString(System.Globalization.CultureInfo.InvariantCulture);

        /// <summary>The place of the file <paramref name="path"/> in <see cref="GuideModel.Assets"/>.</summary>
        private static int AssetIndex(GuideModel guide, string path)
        {
            for (var i = 0; i < guide.Assets.Count; i++)
            {
                if (guide.Assets[i].Path == path)
                {
                    return i;
                }
            }

            throw new InvalidOperationException("The guide uses no file " + path + ".");
        }

        /// <summary>
        /// The guide's files and images as locals of its Create method, before the guide: each file once, each image (a
        /// file and an alt text) once, shared by the steps, sections and answers that show it and by the guide's list.
        /// </summary>
        private static ImageLocals WriteFiles(SourceWriter writer, GuideModel guide, string holder)
        {
            var locals = new ImageLocals();
            if (guide.Assets.Count == 0)
            {
                return locals;
            }

            writer.StartLine().Append("var assembly = typeof(").Append(holder).Append(").Assembly;").EndLine();
            for (var i = 0; i < guide.Assets.Count; i++)
            {
                var file = guide.Assets[i];
                writer.StartLine().Append("var f").AppendNumber(i).Append(" = new " + Ns + "GuideFile(").AppendQuoted(file.Path).Append(", ")
                    .AppendQuoted(file.Url).Append(", ").AppendQuoted(file.ContentType).Append(", ")
                    .Append(file.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append("L, assembly);").EndLine();
            }

            void Add(ImageModel image)
            {
                if (locals.TryAdd(image, out var name))
                {
                    var file = guide.Assets[int.Parse(FileLocal(guide, image.Path).Substring(1), System.Globalization.CultureInfo.InvariantCulture)];
                    writer.StartLine().Append("var ").Append(name).Append(" = new " + Ns + "GuideImage(").Append(FileLocal(guide, image.Path)).Append(", ")
                        .AppendQuoted(image.Alt).Append(", ").AppendNumber(file.Width).Append(", ").AppendNumber(file.Height).Append(");").EndLine();
                }
            }

            foreach (var image in guide.Images)
            {
                Add(image);
            }

            foreach (var step in guide.Steps)
            {
                foreach (var image in step.Images)
                {
                    Add(image);
                }
            }

            foreach (var entry in guide.Faq)
            {
                foreach (var image in entry.Images)
                {
                    Add(image);
                }
            }

            if (guide.Introduction is { } introduction)
            {
                foreach (var image in introduction.Images)
                {
                    Add(image);
                }
            }

            foreach (var section in guide.Sections)
            {
                foreach (var image in section.Images)
                {
                    Add(image);
                }
            }

            return locals;
        }

        /// <summary><c>, new GuideImage[] { i0, i1 }</c> when a step, a section or an answer shows images; nothing else.</summary>
        private static void AppendImagesArgument(SourceWriter writer, EquatableArray<ImageModel> shown, ImageLocals images)
        {
            if (shown.Count > 0)
            {
                AppendImages(writer.Append(", "), shown, images);
            }
        }

        private static SourceWriter AppendImages(SourceWriter writer, EquatableArray<ImageModel> shown, ImageLocals images)
        {
            writer.Append("new " + Ns + "GuideImage[] { ");
            for (var i = 0; i < shown.Count; i++)
            {
                writer.Append(i > 0 ? ", " : string.Empty).Append(images.Name(shown[i]));
            }

            return writer.Append(" }");
        }

        private static void AppendTextArguments(SourceWriter writer, StringTable strings, TextModel text) =>
            AppendExpressions(writer, strings, text.Markdown, text.Html, text.Text);

        private static void AppendLinkArguments(SourceWriter writer, StringTable strings, LinkModel link) =>
            strings.AppendExpression(strings.AppendExpression(writer, link.Text).Append(", "), link.Url);

        /// <summary>The expressions of four strings, separated by commas.</summary>
        private static void AppendExpressions(SourceWriter writer, StringTable strings, string first, string second, string third, string fourth) =>
            AppendExpressions(strings.AppendExpression(writer, first).Append(", "), strings, second, third, fourth);

        /// <summary>The expressions of three strings, separated by commas.</summary>
        private static void AppendExpressions(SourceWriter writer, StringTable strings, string first, string second, string third)
        {
            strings.AppendExpression(writer, first).Append(", ");
            strings.AppendExpression(writer, second).Append(", ");
            strings.AppendExpression(writer, third);
        }

        /// <summary>
        /// The guide's strings: one UTF-8 literal, and the class that decodes string <c>i</c> of it on its first read. With
        /// <paramref name="packed"/>, the literal holds the first <see cref="StringTable.PlainCount"/> strings, and the others
        /// are unpacked from <paramref name="packed"/> on the first read of any of them, once per guide.
        /// </summary>
        private static void WriteStrings(SourceWriter writer, StringTable strings, string? packed, bool hotReload)
        {
            writer.Line();
            writer.Line(packed is null
                ? "// The guide's strings, each decoded from Utf8 on its first read: string i is Utf8[offsets[i]..offsets[i + 1]]."
                : "// The guide's strings, each decoded on its first read: the first from Utf8, the others from Packed (Deflate, 7 bits a byte), unpacked once.");
            writer.Line("private sealed class Strings : " + Ns + "GuideStrings");
            writer.Open();
            var offsets = "s_offsets";
            if (hotReload)
            {
                // A Debug build: the offsets come from a method, which hot reload updates (a static field keeps its first value).
                offsets = "_offsets";
                writer.Line("private readonly int[] _offsets;");
                WriteUnpackedField(writer, packed);
                writer.Line();
                writer.StartLine().Append("internal Strings() : base(").AppendNumber(strings.Count).Append(')').EndLine();
                writer.Open();
                writer.Line("_offsets = Offsets();");
                writer.Close();
                writer.Line();
                strings.AppendOffsets(writer.StartLine().Append("private static int[] Offsets() => new int[] { "));
                writer.Append(" };").EndLine();
            }
            else
            {
                strings.AppendOffsets(writer.StartLine().Append("private static readonly int[] s_offsets = { "));
                writer.Append(" };").EndLine();
                WriteUnpackedField(writer, packed);
                writer.Line();
                writer.StartLine().Append("internal Strings() : base(").AppendNumber(strings.Count).Append(')').EndLine();
                writer.Open();
                writer.Close();
            }

            writer.Line();
            var fromUtf8 = "global::System.Text.Encoding.UTF8.GetString(Utf8.Slice(" + offsets + "[index], " + offsets + "[index + 1] - " + offsets + "[index]))";
            var decoder = fromUtf8;
            if (packed is not null)
            {
                var start = strings.PlainCount.ToString(System.Globalization.CultureInfo.InvariantCulture);
                decoder = "index < " + start + " ? " + fromUtf8 + " : global::System.Text.Encoding.UTF8.GetString(_unpacked ??= Unpack(Packed.ToArray(), " +
                    strings.PackableLength.ToString(System.Globalization.CultureInfo.InvariantCulture) + "), " + offsets + "[index] - " + offsets + "[" + start +
                    "], " + offsets + "[index + 1] - " + offsets + "[index])";
            }

            strings.AppendDecoder(writer.StartLine().Append("protected override string Decode(int index) => "), decoder);
            writer.Append(';').EndLine();
            writer.Close();
            writer.Line();
            strings.AppendUtf8Literal(writer.StartLine().Append("private static global::System.ReadOnlySpan<byte> Utf8 => "), packed is null ? strings.Count : strings.PlainCount);
            writer.Append(';').EndLine();
            if (packed is not null)
            {
                writer.Line();
                writer.StartLine().Append("private static global::System.ReadOnlySpan<byte> Packed => \"").Append(packed).Append("\"u8;").EndLine();
            }
        }

        /// <summary>The field that keeps a packed guide's text once unpacked.</summary>
        private static void WriteUnpackedField(SourceWriter writer, string? packed)
        {
            if (packed is not null)
            {
                writer.Line();
                writer.Line("private byte[]? _unpacked;");
            }
        }

        /// <summary>
        /// The most strings <see cref="WriteCreate"/> gives the table (fewer when some are equal): the table's size from
        /// the start.
        /// </summary>
        private static int MaxStringCount(GuideModel guide) =>
            4 + (4 * guide.Steps.Count) + (3 * guide.Faq.Count) + 4 + (3 * (guide.Requirements.Count + guide.Tips.Count)) +
            (2 * guide.Links.Count) + (4 * guide.Sections.Count) + guide.Outline.Count;
    }
}
