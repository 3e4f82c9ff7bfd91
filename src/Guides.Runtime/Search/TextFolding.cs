namespace Guides.Search
{
    /// <summary>
    /// Folds text for search: invariant lower case, then Latin letters without their accents or diacritics
    /// (é→e, ç→c, ñ→n, ø→o, ł→l) and ligatures spelled out (ß→ss, æ→ae, œ→oe, þ→th). A table, not
    /// <c>string.Normalize</c>, which invariant globalization may not offer; combining marks (U+0300–U+036F, as in
    /// decomposed text) fold to nothing. Shared, as source, by the generator (index) and the runtime (queries).
    /// </summary>
    internal static class TextFolding
    {
        private const int TableSize = 0x250;

        // For each char below TableSize: 0 = itself (after lower-casing), otherwise the folded char; Expansions holds
        // the two-letter ones.
        private static readonly char[] Table = BuildTable();

        private static char[] BuildTable()
        {
            var table = new char[TableSize];
            Map(table, 'a', "àáâãäåāăąǎǻª");
            Map(table, 'c', "çćĉċč");
            Map(table, 'd', "ďđð");
            Map(table, 'e', "èéêëēĕėęě");
            Map(table, 'g', "ĝğġģǧ");
            Map(table, 'h', "ĥħ");
            Map(table, 'i', "ìíîïĩīĭįıǐ");
            Map(table, 'j', "ĵ");
            Map(table, 'k', "ķĸǩ");
            Map(table, 'l', "ĺļľŀł");
            Map(table, 'n', "ñńņňŉŋ");
            Map(table, 'o', "òóôõöøōŏőǒǿº");
            Map(table, 'r', "ŕŗř");
            Map(table, 's', "śŝşšſș");
            Map(table, 't', "ţťŧț");
            Map(table, 'u', "ùúûüũūŭůűųǔǖǘǚǜ");
            Map(table, 'w', "ŵ");
            Map(table, 'y', "ýÿŷ");
            Map(table, 'z', "źżž");
            return table;
        }

        private static void Map(char[] table, char to, string from)
        {
            foreach (var c in from)
            {
                table[c] = to;
            }
        }

        /// <summary>
        /// Folds one char. Returns how many chars it folds to (0, 1 or 2) in <paramref name="first"/> and
        /// <paramref name="second"/>.
        /// </summary>
        public static int Fold(char c, out char first, out char second)
        {
            second = '\0';
            if (c < 0x80)
            {
                first = c >= 'A' && c <= 'Z' ? (char)(c + 32) : c;
                return 1;
            }

            if (c >= '\u0300' && c <= '\u036F')
            {
                first = '\0';
                return 0;
            }

            var lower = char.ToLowerInvariant(c);
            switch (lower)
            {
                case 'ß': first = 's'; second = 's'; return 2;
                case 'æ': first = 'a'; second = 'e'; return 2;
                case 'œ': first = 'o'; second = 'e'; return 2;
                case 'þ': first = 't'; second = 'h'; return 2;
                case 'ĳ': first = 'i'; second = 'j'; return 2;
                case 'ẞ': first = 's'; second = 's'; return 2;
            }

            if (lower < TableSize && Table[lower] != '\0')
            {
                first = Table[lower];
                return 1;
            }

            first = lower;
            return 1;
        }

        /// <summary>Folds a whole string (every char, separators included).</summary>
        public static string Fold(string text)
        {
            var builder = new System.Text.StringBuilder(text.Length);
            foreach (var c in text)
            {
                var count = Fold(c, out var first, out var second);
                if (count > 0) builder.Append(first);
                if (count > 1) builder.Append(second);
            }

            return builder.ToString();
        }

        /// <summary>An apostrophe: ' ’ ‘ ʼ ′ (a separator between words, and the end of a French elision).</summary>
        public static bool IsApostrophe(char c) =>
            c == '\'' || c == '\u2019' || c == '\u2018' || c == '\u02BC' || c == '\u2032';

        /// <summary>
        /// A char that belongs to a word: a letter, a digit, or a combining mark. Hyphens, apostrophes and every other
        /// punctuation separate words.
        /// </summary>
        public static bool IsWordChar(char c) =>
            char.IsLetterOrDigit(c) || (c >= '\u0300' && c <= '\u036F');

        /// <summary>
        /// A char of a script written without spaces between words (Han, Hiragana, Katakana): each is a word of its
        /// own, as search has no dictionary to find their words.
        /// </summary>
        public static bool IsIdeographic(char c) =>
            (c >= '\u3040' && c <= '\u30FF') || (c >= '\u3400' && c <= '\u4DBF') || (c >= '\u4E00' && c <= '\u9FFF') ||
            (c >= '\uF900' && c <= '\uFAFF');
    }
}
