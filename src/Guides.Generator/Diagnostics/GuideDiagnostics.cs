using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Guides.Generator.Diagnostics
{
    /// <summary>
    /// Every diagnostic the generator reports, in one place. Each ID is documented with a wrong and a
    /// corrected example in docs/diagnostics.md, and tracked in AnalyzerReleases.*.md.
    /// Severities can be changed per ID in .editorconfig (<c>dotnet_diagnostic.GUIDE012.severity = none</c>).
    /// </summary>
    internal static class GuideDiagnostics
    {
        private const string Category = "Guides";
        private const string HelpLinkBase = "https://github.com/guides-dotnet/guides/blob/main/docs/diagnostics.md#";

        public static readonly DiagnosticDescriptor MissingFrontMatter = new(
            "GUIDE001",
            "Guide has no front matter",
            "The guide has no front matter: start the file with a line '---', the YAML fields (title, description, ...), and another line '---'",
            Category,
            DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            helpLinkUri: HelpLinkBase + "guide001");

        public static readonly DiagnosticDescriptor UnclosedFrontMatter = new(
            "GUIDE002",
            "Front matter is not closed",
            "The front matter opened here is never closed: add a line '---' after the last YAML field",
            Category,
            DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            helpLinkUri: HelpLinkBase + "guide002");

        public static readonly DiagnosticDescriptor InvalidYaml = new(
            "GUIDE003",
            "Front matter is not valid YAML",
            "The front matter is not valid YAML: {0}",
            Category,
            DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            helpLinkUri: HelpLinkBase + "guide003");

        public static readonly DiagnosticDescriptor MissingField = new(
            "GUIDE004",
            "Required field is missing or empty",
            "The front matter has no '{0}', or it is empty: add a line '{0}: {1}'",
            Category,
            DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            helpLinkUri: HelpLinkBase + "guide004");

        public static readonly DiagnosticDescriptor InvalidField = new(
            "GUIDE005",
            "Field has an invalid value",
            "'{0}' is not valid here: {1}",
            Category,
            DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            helpLinkUri: HelpLinkBase + "guide005");

        public static readonly DiagnosticDescriptor StepCountMismatch = new(
            "GUIDE006",
            "Step count disagrees with the steps found",
            "The front matter says 'steps: {0}' but the body has {1} step(s): write 'steps: {1}', or add the missing steps",
            Category,
            DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            helpLinkUri: HelpLinkBase + "guide006");

        public static readonly DiagnosticDescriptor StepOutOfOrder = new(
            "GUIDE007",
            "Steps are not numbered 1 to N in order",
            "This is step {0}, but step {1} was expected here: number the steps 1, 2, 3 and so on, in the order of the file",
            Category,
            DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            helpLinkUri: HelpLinkBase + "guide007");

        public static readonly DiagnosticDescriptor IncompleteFaqEntry = new(
            "GUIDE008",
            "FAQ entry has no question or no answer",
            "This FAQ entry has no '{0}': each entry needs both '- question: ...' and '  answer: ...'",
            Category,
            DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            helpLinkUri: HelpLinkBase + "guide008");

        public static readonly DiagnosticDescriptor DuplicateId = new(
            "GUIDE009",
            "Two files for the same guide and language",
            "The guide '{0}' in the language '{1}' is also '{2}': keep one file per guide and language, or rename one (the id is the path under the content folder without its language or extension, or its translationKey)",
            Category,
            DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            helpLinkUri: HelpLinkBase + "guide009");

        public static readonly DiagnosticDescriptor UnsafeLink = new(
            "GUIDE010",
            "Unsafe or malformed link target",
            "The link target '{0}' is not allowed and was dropped from the HTML: use an http, https, mailto or tel URL, or a relative one",
            Category,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            helpLinkUri: HelpLinkBase + "guide010");

        public static readonly DiagnosticDescriptor RawHtml = new(
            "GUIDE011",
            "Raw HTML in a guide",
            "Raw HTML is not rendered; it is shown as text: write Markdown instead of '{0}'",
            Category,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            helpLinkUri: HelpLinkBase + "guide011");

        public static readonly DiagnosticDescriptor UnknownSection = new(
            "GUIDE012",
            "Section is not one of the known sections",
            "The section '{0}' is not a known section; it is kept in Guide.Sections with its heading",
            Category,
            DiagnosticSeverity.Info,
            isEnabledByDefault: true,
            helpLinkUri: HelpLinkBase + "guide012");

        public static readonly DiagnosticDescriptor InvalidUtf8 = new(
            "GUIDE013",
            "Guide is not valid UTF-8",
            "The file is not valid UTF-8 (it was read as {0}): save it as UTF-8",
            Category,
            DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            helpLinkUri: HelpLinkBase + "guide013");

        public static readonly DiagnosticDescriptor FileTooLarge = new(
            "GUIDE014",
            "Guide is too large",
            "The guide is {0:N0} characters long, over the limit of {1:N0}: split it into several guides",
            Category,
            DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            helpLinkUri: HelpLinkBase + "guide014");

        public static readonly DiagnosticDescriptor NestingTooDeep = new(
            "GUIDE015",
            "Nesting is too deep",
            "{0} are nested {1} deep here, over the limit of {2}: flatten the structure",
            Category,
            DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            helpLinkUri: HelpLinkBase + "guide015");

        public static readonly DiagnosticDescriptor YamlAlias = new(
            "GUIDE016",
            "YAML anchors and aliases are not supported",
            "YAML anchors ('&name') and aliases ('*name') are not supported in front matter: write the value out",
            Category,
            DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            helpLinkUri: HelpLinkBase + "guide016");

        public static readonly DiagnosticDescriptor UnknownField = new(
            "GUIDE017",
            "Unknown front-matter field",
            "'{0}' is not a declared front-matter field: it is kept, untyped, in Guide.ExtraFields (the fields are {1}; declare it in a [GuideFields] class, or set GuidesUndeclaredFields to ignore)",
            Category,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            helpLinkUri: HelpLinkBase + "guide017");

        public static readonly DiagnosticDescriptor DuplicateField = new(
            "GUIDE018",
            "Front-matter field is given twice",
            "'{0}' is given twice in the front matter: keep one",
            Category,
            DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            helpLinkUri: HelpLinkBase + "guide018");

        public static readonly DiagnosticDescriptor MalformedStepHeading = new(
            "GUIDE019",
            "Step heading is malformed",
            "'{0}' looks like a step heading but is not one: write '### {1} N: Title' ('### Étape N : Titre' in French)",
            Category,
            DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            helpLinkUri: HelpLinkBase + "guide019");

        public static readonly DiagnosticDescriptor InvalidUsefulLink = new(
            "GUIDE020",
            "Useful link is not a link to an absolute URL",
            "Each item of '{0}' should be one link to an absolute http or https URL, like '- [Text](https://example.org)'; this item is left out",
            Category,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            helpLinkUri: HelpLinkBase + "guide020");

        public static readonly DiagnosticDescriptor IgnoredContent = new(
            "GUIDE021",
            "Content is ignored",
            "This content is left out: {0}",
            Category,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            helpLinkUri: HelpLinkBase + "guide021");

        public static readonly DiagnosticDescriptor LanguageMismatch = new(
            "GUIDE022",
            "Language disagrees with the file's place",
            "The front matter says 'lang: {0}' but the file's {1} says '{2}': make them agree",
            Category,
            DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            helpLinkUri: HelpLinkBase + "guide022");

        public static readonly DiagnosticDescriptor LibraryNearLimit = new(
            "GUIDE023",
            "Content library nears a compiler limit",
            "{0}",
            Category,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            helpLinkUri: HelpLinkBase + "guide023");

        public static readonly DiagnosticDescriptor DuplicatePropertyName = new(
            "GUIDE024",
            "Two guides get the same property name",
            "The guide '{0}' would be GuideCatalog.{1}, like '{2}': rename one of the files",
            Category,
            DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            helpLinkUri: HelpLinkBase + "guide024");

        public static readonly DiagnosticDescriptor InvalidLanguage = new(
            "GUIDE025",
            "Language is not a valid culture name",
            "'{0}' is not a culture name: write an ISO 639-1 language, optionally with a region, such as 'fr', 'en-GB' or 'pt-BR'",
            Category,
            DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            helpLinkUri: HelpLinkBase + "guide025");

        public static readonly DiagnosticDescriptor TranslationMismatch = new(
            "GUIDE026",
            "Translation differs from the default language",
            "The '{0}' translation of '{1}' has {2} {3}, but the '{4}' translation ('{5}') has {6}: make them match",
            Category,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            helpLinkUri: HelpLinkBase + "guide026");

        public static readonly DiagnosticDescriptor MarkdownTooCostly = new(
            "GUIDE027",
            "Markdown is too costly to read",
            "{0} is {1} here, over the limit of {2}: split long paragraphs and tables, or use fewer links, emphasis markers and backticks",
            Category,
            DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            helpLinkUri: HelpLinkBase + "guide027");

        public static readonly DiagnosticDescriptor FieldWrongType = new(
            "GUIDE030",
            "Field value has the wrong type",
            "{0} should be {1} for {2}: {3}",
            Category,
            DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            helpLinkUri: HelpLinkBase + "guide030");

        public static readonly DiagnosticDescriptor FieldRequired = new(
            "GUIDE031",
            "Required field is missing",
            "{0} is required and this {1} has no '{2}': add a line '{2}: ...'",
            Category,
            DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            helpLinkUri: HelpLinkBase + "guide031");

        public static readonly DiagnosticDescriptor FieldUnknownEnumMember = new(
            "GUIDE032",
            "Field value is not a member of its enum",
            "'{0}' is not a member of {1} for {2}: write one of {3}",
            Category,
            DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            helpLinkUri: HelpLinkBase + "guide032");

        public static readonly DiagnosticDescriptor FieldCannotBeFilled = new(
            "GUIDE033",
            "Property cannot be filled from front matter",
            "{0} cannot be filled from front matter: {1}",
            Category,
            DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            helpLinkUri: HelpLinkBase + "guide033");

        public static readonly DiagnosticDescriptor TwoFieldsClasses = new(
            "GUIDE034",
            "Two [GuideFields] classes",
            "{0} is a second [GuideFields] class, beside {1}, and is not used: keep one [GuideFields] class per project",
            Category,
            DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            helpLinkUri: HelpLinkBase + "guide034");

        public static readonly DiagnosticDescriptor UnknownNestedField = new(
            "GUIDE035",
            "Unknown field in a map of fields",
            "'{0}' is not a property of {1} and is ignored: the properties are {2}",
            Category,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            helpLinkUri: HelpLinkBase + "guide035");

        public static readonly DiagnosticDescriptor UndeclaredFieldRefused = new(
            "GUIDE036",
            "Undeclared front-matter field",
            "'{0}' is not a declared front-matter field, and GuidesUndeclaredFields is 'error': declare it in a [GuideFields] class, or remove it (the fields are {1})",
            Category,
            DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            helpLinkUri: HelpLinkBase + "guide036");

        public static readonly DiagnosticDescriptor FileNotFound = new(
            "GUIDE040",
            "Linked file not found",
            "'{0}' is not a file of the content folder (looked for {1}){2}",
            Category,
            DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            helpLinkUri: HelpLinkBase + "guide040");

        public static readonly DiagnosticDescriptor FileOutsideContent = new(
            "GUIDE041",
            "Link leaves the content folder",
            "'{0}' leaves the content folder: a guide's images and files are shipped from the content folder, so move the file under it and link to it from there",
            Category,
            DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            helpLinkUri: HelpLinkBase + "guide041");

        public static readonly DiagnosticDescriptor FileTooBig = new(
            "GUIDE042",
            "Linked file is too large",
            "'{0}' is {1} bytes, over the limit of {2} bytes (GuidesMaxFileSize): make the file smaller (scale or compress an image, split a document), or raise GuidesMaxFileSize",
            Category,
            DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            helpLinkUri: HelpLinkBase + "guide042");

        public static readonly DiagnosticDescriptor ImageWithoutAlt = new(
            "GUIDE043",
            "Image has no alt text",
            "The image '{0}' has no alt text: say what it shows between the brackets, ![what it shows]({0}), for readers who cannot see it",
            Category,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            helpLinkUri: HelpLinkBase + "guide043");

        public static readonly DiagnosticDescriptor ImageNotShown = new(
            "GUIDE044",
            "Browsers cannot show this image",
            "Browsers cannot show '{0}' ({1}) as an image: use PNG, JPEG, GIF, WebP, AVIF or SVG, or link to it as a file with [text]({0})",
            Category,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            helpLinkUri: HelpLinkBase + "guide044");

        public static readonly DiagnosticDescriptor FileDamaged = new(
            "GUIDE045",
            "Linked file is not what its name says",
            "'{0}' cannot be used: {1}",
            Category,
            DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            helpLinkUri: HelpLinkBase + "guide045");

        public static readonly DiagnosticDescriptor FileUnused = new(
            "GUIDE046",
            "File of the content folder is used by no guide",
            "'{0}' is used by no guide and is shipped anyway: link to it from a guide, delete it, or leave it out with GuidesExclude",
            Category,
            DiagnosticSeverity.Info,
            isEnabledByDefault: true,
            helpLinkUri: HelpLinkBase + "guide046");

        public static readonly DiagnosticDescriptor GuideNotFound = new(
            "GUIDE047",
            "Linked guide not found",
            "'{0}' is not a guide of the content folder (looked for {1}){2}",
            Category,
            DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            helpLinkUri: HelpLinkBase + "guide047");

        public static readonly DiagnosticDescriptor AnchorNotFound = new(
            "GUIDE048",
            "Linked step or section not found",
            "'#{0}' is not a step or section of the guide '{1}': its anchors are {2}",
            Category,
            DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            helpLinkUri: HelpLinkBase + "guide048");

        public static readonly DiagnosticDescriptor InvalidReadingRate = new(
            "GUIDE049",
            "Reading rate setting not understood",
            "'{0}' in GuidesWordsPerMinute is not a reading rate and is left out: write words per minute from 1 to 2000, for every language ('238') or for one ('fr=230'), separated by ';'",
            Category,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            helpLinkUri: HelpLinkBase + "guide049");

        public static readonly DiagnosticDescriptor SettingNotUnderstood = new(
            "GUIDE050",
            "Site setting not understood",
            "'{0}' in {1} is not understood and is left out: {2}",
            Category,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            helpLinkUri: HelpLinkBase + "guide050");

        public static readonly DiagnosticDescriptor Shortcode = new(
            "GUIDE051",
            "Hugo shortcode is not rendered",
            "The Hugo shortcode '{0}' is used {1} time(s) in this guide and is left out of its HTML: map it to an HTML element with GuidesShortcodes ('{0}=my-element'), or drop it without this warning ('{0}=')",
            Category,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            helpLinkUri: HelpLinkBase + "guide051");

        public static readonly DiagnosticDescriptor AttributeLeftOut = new(
            "GUIDE052",
            "Attribute left out",
            "'{0}' is left out of the element's attributes: only an id ('{{#name}}') and classes ('{{.name}}') are kept",
            Category,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            helpLinkUri: HelpLinkBase + "guide052");

        public static readonly DiagnosticDescriptor ShardSelectsNothing = new(
            "GUIDE053",
            "Shard setting selects no guide",
            "'{0}' in {1} selects no guide of the content folder '{2}', so this shard compiles none for it: {3}",
            Category,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            helpLinkUri: HelpLinkBase + "guide053");

        public static readonly DiagnosticDescriptor GuideInTwoShards = new(
            "GUIDE054",
            "Guide compiled by two shards",
            "The guide '{0}' in '{1}' is compiled by two shards, {2} and {3}{4}: give each guide file to one shard (their GuidesShardFolders and GuidesShardLanguages overlap)",
            Category,
            DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            helpLinkUri: HelpLinkBase + "guide054");

        public static readonly DiagnosticDescriptor ShardNotRead = new(
            "GUIDE055",
            "Shard compiled by another generator",
            "The shard '{0}' says what it holds as '{1}', which this generator cannot read ('{2}'), so its guides are left out of this library: build every shard and the library project with the same version of Guides.Generator",
            Category,
            DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            helpLinkUri: HelpLinkBase + "guide055");

        public static readonly DiagnosticDescriptor InternalError = new(
            "GUIDE099",
            "Internal error in the guide generator",
            "The guide generator failed on this file and left it out: {0}. Please report this with the file.",
            Category,
            DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            helpLinkUri: HelpLinkBase + "guide099");

        private static readonly Dictionary<string, DiagnosticDescriptor> s_byId = typeof(GuideDiagnostics)
            .GetFields()
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => (DiagnosticDescriptor)f.GetValue(null))
            .ToDictionary(d => d.Id, StringComparer.Ordinal);

        /// <summary>Every descriptor, ordered by id.</summary>
        public static IEnumerable<DiagnosticDescriptor> All => s_byId.Values.OrderBy(d => d.Id, StringComparer.Ordinal);

        public static DiagnosticDescriptor ById(string id) => s_byId[id];
    }
}
