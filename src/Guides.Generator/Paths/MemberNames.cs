using System;
using System.Globalization;
using System.Text;
using Guides.Generator.Model;

namespace Guides.Generator.Paths
{
    /// <summary>
    /// The C# names a guide's id gives: a nested class per folder and a property for the guide
    /// (<c>accounts/reset-password</c> → <c>Accounts.ResetPassword</c>), written as a member path with dots.
    /// </summary>
    internal static class MemberNames
    {
        /// <summary>The prefix a name takes when it cannot stand as it is (<c>all</c> → <c>GuideAll</c>, <c>123</c> → <c>Guide123</c>).</summary>
        public const string Prefix = "Guide";

        /// <summary>
        /// The member path for an id: each segment in PascalCase (<see cref="ToPropertyName"/>), prefixed with
        /// <see cref="Prefix"/> where it would take a member of the catalog (at the root) or the name of its own class.
        /// </summary>
        public static string ToMemberPath(string id, string catalogName)
        {
            var segments = id.Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries);
            if (segments.Length == 0)
            {
                return ToPropertyName(id, catalogName);
            }

            var builder = new StringBuilder();
            var parent = catalogName;
            for (var i = 0; i < segments.Length; i++)
            {
                var name = i == 0 ? ToPropertyName(segments[i], catalogName) : Nested(PascalCase(segments[i]), parent);
                if (i > 0)
                {
                    builder.Append('.');
                }

                builder.Append(name);
                parent = name;
            }

            return builder.ToString();
        }

        /// <summary>A name in a folder's class: prefixed when it is empty, starts with a digit, or is the class's own name (CS0542).</summary>
        public static string Nested(string name, string parent) =>
            name.Length == 0 || !IsIdentifierStart(name[0]) || string.Equals(name, parent, StringComparison.OrdinalIgnoreCase) ? Prefix + name : name;

        /// <summary>
        /// The PascalCase property name for one segment of an id: words split on anything that is not a letter or digit
        /// (<c>carte-vitale</c> → <c>CarteVitale</c>); prefixed with <c>Guide</c> when it would start with a digit,
        /// be empty, or take a member of the catalog (<c>all</c> → <c>GuideAll</c>).
        /// </summary>
        public static string ToPropertyName(string id, string catalogName)
        {
            var name = PascalCase(id);
            if (name.Length == 0 || !IsIdentifierStart(name[0]) || CatalogMembers.IsReserved(name) || string.Equals(name, catalogName, StringComparison.OrdinalIgnoreCase))
            {
                name = Prefix + name;
            }

            return name;
        }

        private static string PascalCase(string id)
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

            return builder.ToString();
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
