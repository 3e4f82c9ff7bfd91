using System;
using System.Globalization;
using System.Text;

namespace Guides.Generator.Parsing
{
    /// <summary>
    /// Names taken from a guide's path: its id (<c>ameli</c>), the language the path gives
    /// (<c>fr/ameli.md</c> or <c>ameli.fr.md</c>), and the C# property name (<c>Ameli</c>).
    /// </summary>
    internal static class GuideNaming
    {
        /// <summary>Splits a path relative to the content folder into the guide's id and the language the path gives, if any.</summary>
        public static (string Id, string? PathLanguage, string LanguageSource) Parse(string relativePath)
        {
            var normalized = relativePath.Replace('\\', '/');
            var slash = normalized.LastIndexOf('/');
            var fileName = normalized.Substring(slash + 1);
            var stem = fileName.EndsWith(".md", StringComparison.OrdinalIgnoreCase)
                ? fileName.Substring(0, fileName.Length - 3)
                : fileName;

            var dot = stem.LastIndexOf('.');
            if (dot > 0 && LanguageTag.Normalize(stem.Substring(dot + 1)) is { } suffix)
            {
                return (stem.Substring(0, dot).ToLowerInvariant(), suffix, "name");
            }

            if (slash > 0)
            {
                var folderStart = normalized.LastIndexOf('/', slash - 1) + 1;
                var folder = normalized.Substring(folderStart, slash - folderStart);
                if (LanguageTag.Normalize(folder) is { } language)
                {
                    return (stem.ToLowerInvariant(), language, "folder");
                }
            }

            return (stem.ToLowerInvariant(), null, string.Empty);
        }

        /// <summary>
        /// The PascalCase property name for an id: words split on anything that is not a letter or digit
        /// (<c>carte-vitale</c> → <c>CarteVitale</c>); prefixed with <c>Guide</c> when it would start with a digit,
        /// be empty, or take a member of the catalog (<c>all</c> → <c>GuideAll</c>).
        /// </summary>
        public static string ToPropertyName(string id, string catalogName)
        {
            var builder = new StringBuilder(id.Length);
            var startOfWord = true;
            foreach (var c in id.Normalize(NormalizationForm.FormC))
            {
                if (!IsIdentifierPart(c))
                {
                    startOfWord = true;
                    continue;
                }

                builder.Append(startOfWord ? char.ToUpperInvariant(c) : c);
                startOfWord = false;
            }

            var name = builder.ToString();
            if (name.Length == 0 || !IsIdentifierStart(name[0]) || Model.CatalogMembers.IsReserved(name) || string.Equals(name, catalogName, StringComparison.OrdinalIgnoreCase))
            {
                name = "Guide" + name;
            }

            return name;
        }

        private static bool IsIdentifierStart(char c) => c == '_' || char.IsLetter(c);

        private static bool IsIdentifierPart(char c) =>
            char.GetUnicodeCategory(c) switch
            {
                UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                    or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber => true,
                _ => false,
            };
    }
}
