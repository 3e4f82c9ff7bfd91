using System.Globalization;
using Guides.Generator.Model;

namespace Guides.Generator.Emit
{
    /// <summary>
    /// Writes one guide's file: its property on the catalog class, and a private class that creates
    /// the guide on first use. Knows nothing of Markdown or YAML: it writes what the model holds.
    /// </summary>
    internal static class GuideEmitter
    {
        private const string Ns = "global::Guides.";

        /// <summary>
        /// The private class that holds one translation of a guide (<c>Ameli_fr_Guide</c>). No property name holds '_',
        /// so no guide's property can take it.
        /// </summary>
        public static string HolderName(string propertyName, string language) =>
            propertyName + (language.Length > 0 ? "_" + language.Replace('-', '_') : string.Empty) + "_Guide";

        /// <summary>A file of guides: each guide's property on the catalog class, and its holder class.</summary>
        public static string Emit(GuideSourceFile file)
        {
            var settings = file.Settings;
            var options = settings.Options;
            var writer = new SourceWriter();
            GeneratedCode.WriteHeader(writer, settings.Features);
            writer.Line("namespace " + options.Namespace);
            writer.Open();
            writer.Line(options.Accessibility + " static partial class " + options.CatalogName);
            writer.Open();
            for (var i = 0; i < file.Guides.Count; i++)
            {
                if (i > 0)
                {
                    writer.Line();
                }

                WriteGuide(writer, file.Guides[i], settings);
            }

            writer.Close();
            writer.Close();
            return writer.ToString();
        }

        private static void WriteGuide(SourceWriter writer, GuideToEmit emission, EmitSettings settings)
        {
            var guide = emission.Guide;
            var strings = new StringTable(settings.Features.Utf8Literals);
            var holder = HolderName(guide.PropertyName, guide.Language);
            if (emission.IsPrimary)
            {
                // The guide's property lives in the file of its default-language translation.
                writer.Line("/// <summary>" + CSharpLiteral.XmlDoc(guide.Title) + "</summary>");
                if (guide.Description.Length > 0)
                {
                    writer.Line("/// <remarks>" + CSharpLiteral.XmlDoc(guide.Description) + "</remarks>");
                }

                writer.Line("/// <value>The guide <c>" + CSharpLiteral.XmlDoc(guide.Id) + "</c>" +
                    (guide.Language.Length > 0 ? " (" + CSharpLiteral.XmlDoc(guide.Language) + ")" : string.Empty) +
                    ", from <c>" + CSharpLiteral.XmlDoc(guide.RelativePath) + "</c>. Created on first use; other languages are in <see cref=\"global::Guides.Guide.Translations\"/>.</value>");
                writer.Line("public static " + Ns + "Guide " + guide.PropertyName + " => " + holder + ".Instance;");
                writer.Line();
            }

            writer.Line(GeneratedCode.Attribute);
            writer.Line("private static class " + holder);
            writer.Open();
            writer.Line("internal static readonly " + Ns + "Guide Instance = Create();");
            writer.Line();
            writer.Line("// An explicit static constructor: the guide is created when it is first used, never before.");
            writer.Line("static " + holder + "()");
            writer.Open();
            writer.Close();
            writer.Line();
            writer.Line("private static " + Ns + "Guide Create()");
            writer.Open();
            // Indexed strings: every constructor takes the guide's strings first, then an index for each string.
            var lazy = strings.IsIndexed ? "strings, " : string.Empty;
            if (strings.IsIndexed)
            {
                writer.Line("var strings = new Strings();");
            }

            writer.Line("return new " + Ns + "Guide(");
            writer.Indent();
            if (strings.IsIndexed)
            {
                writer.Line("strings,");
            }

            writer.Line("id: " + CSharpLiteral.Quote(guide.Id) + ",");
            writer.Line("title: " + strings.Expression(guide.Title) + ",");
            writer.Line("description: " + strings.Expression(guide.Description) + ",");
            writer.Line("category: " + strings.Expression(guide.Category) + ",");
            writer.Line("difficulty: " + Ns + "GuideDifficulty." + guide.Difficulty + ",");
            writer.Line("platform: " + strings.Expression(guide.Platform) + ",");
            writer.Line("language: " + CSharpLiteral.Quote(guide.Language) + ",");
            writer.Line("date: new global::System.DateTime(" + Number(guide.Date.Year) + ", " + Number(guide.Date.Month) + ", " + Number(guide.Date.Day) + "),");

            WriteArray(writer, "steps", "GuideStep", guide.Steps, step => lazy +
                Number(step.Number) + ", " + strings.Expression(step.Title) + ", " + strings.Expression(step.Markdown) + ", " +
                strings.Expression(step.Html) + ", " + strings.Expression(step.Text));
            WriteArray(writer, "faq", "FaqEntry", guide.Faq, entry => lazy +
                strings.Expression(entry.Question) + ", " + strings.Expression(entry.Answer) + ", " + strings.Expression(entry.AnswerHtml));
            writer.Line("introduction: " + (guide.Introduction is { } intro ? "new " + Ns + "GuideSection(" + lazy + SectionArguments(intro, strings) + ")" : "null") + ",");
            WriteArray(writer, "requirements", "GuideText", guide.Requirements, item => lazy + Text(item, strings));
            WriteArray(writer, "tips", "GuideText", guide.Tips, item => lazy + Text(item, strings));
            WriteArray(writer, "links", "GuideLink", guide.Links, link => lazy + strings.Expression(link.Text) + ", " + strings.Expression(link.Url));
            WriteArray(writer, "sections", "GuideSection", guide.Sections, section => lazy + SectionArguments(section, strings));
            writer.Line("translations: () => TranslationsOf(" + CSharpLiteral.Quote(guide.Id) + "));");
            writer.Unindent();
            writer.Close();

            if (strings.IsIndexed)
            {
                WriteStrings(writer, strings);
            }

            writer.Close();
        }

        private static void WriteArray<T>(SourceWriter writer, string name, string type, EquatableArray<T> items, System.Func<T, string> arguments)
            where T : System.IEquatable<T>
        {
            const string end = ",";
            if (items.Count == 0)
            {
                writer.Line(name + ": global::System.Array.Empty<" + Ns + type + ">()" + end);
                return;
            }

            writer.Line(name + ": new " + Ns + type + "[]");
            writer.Open();
            foreach (var item in items)
            {
                writer.Line("new " + Ns + type + "(" + arguments(item) + "),");
            }

            writer.Close("}" + end);
        }

        /// <summary>
        /// The guide's strings: one UTF-8 literal, and the class that decodes string <c>i</c> of it on its first read.
        /// </summary>
        private static void WriteStrings(SourceWriter writer, StringTable strings)
        {
            writer.Line();
            writer.Line("// The guide's strings, each decoded from Utf8 on its first read: string i is Utf8[offsets[i]..offsets[i + 1]].");
            writer.Line("private sealed class Strings : " + Ns + "GuideStrings");
            writer.Open();
            writer.Line("private static readonly int[] s_offsets = { " + strings.Offsets() + " };");
            writer.Line();
            writer.Line("internal Strings() : base(" + Number(strings.Count) + ")");
            writer.Open();
            writer.Close();
            writer.Line();
            writer.Line("protected override string Decode(int index) => " + strings.Decoder(
                "global::System.Text.Encoding.UTF8.GetString(Utf8.Slice(s_offsets[index], s_offsets[index + 1] - s_offsets[index]))") + ";");
            writer.Close();
            writer.Line();
            writer.Line("private static global::System.ReadOnlySpan<byte> Utf8 => " + strings.Utf8Literal() + ";");
        }

        private static string SectionArguments(SectionModel section, StringTable strings) =>
            strings.Expression(section.Heading) + ", " + strings.Expression(section.Markdown) + ", " +
            strings.Expression(section.Html) + ", " + strings.Expression(section.Text);

        private static string Text(TextModel text, StringTable strings) =>
            strings.Expression(text.Markdown) + ", " + strings.Expression(text.Html) + ", " + strings.Expression(text.Text);

        private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
