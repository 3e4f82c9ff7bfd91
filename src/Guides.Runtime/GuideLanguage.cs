using System;
using System.Collections.Generic;
using System.Globalization;

namespace Guides
{
    /// <summary>Chooses among the languages of a guide the way <c>ResourceManager</c> chooses resources.</summary>
    public static class GuideLanguage
    {
        /// <summary>
        /// The index in <paramref name="languages"/> (from <paramref name="start"/>, for <paramref name="count"/> items) of the
        /// language to show for <paramref name="culture"/>: the culture itself, then its parents (<c>fr-CA</c>, then
        /// <c>fr</c>), then <paramref name="defaultLanguage"/>, then the first language. Names compare ignoring case.
        /// </summary>
        /// <returns>An index in <c>[start, start + count)</c>, or -1 when <paramref name="count"/> is 0.</returns>
        public static int Choose(IReadOnlyList<string> languages, int start, int count, CultureInfo culture, string defaultLanguage)
        {
            if (languages is null) throw new ArgumentNullException(nameof(languages));
            if (culture is null) throw new ArgumentNullException(nameof(culture));
            if (count <= 0)
            {
                return -1;
            }

            for (var current = culture; !string.IsNullOrEmpty(current.Name); current = current.Parent)
            {
                var found = IndexOf(languages, start, count, current.Name);
                if (found >= 0)
                {
                    return found;
                }
            }

            var fallback = IndexOf(languages, start, count, defaultLanguage ?? string.Empty);
            return fallback >= 0 ? fallback : start;
        }

        private static int IndexOf(IReadOnlyList<string> languages, int start, int count, string name)
        {
            for (var i = start; i < start + count; i++)
            {
                if (string.Equals(languages[i], name, StringComparison.OrdinalIgnoreCase))
                {
                    return i;
                }
            }

            return -1;
        }
    }
}
