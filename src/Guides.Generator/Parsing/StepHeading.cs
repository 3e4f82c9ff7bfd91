using System.Globalization;
using System.Text.RegularExpressions;

namespace Guides.Generator.Parsing
{
    /// <summary>
    /// A step's heading, <c>### Step N: Title</c> in any language of <see cref="Vocabulary.StepWords"/>: its number and title.
    /// The plain form (the word in ASCII letters or é/É, spaces, one to four digits, a colon) is read by hand; anything
    /// else is left to the regular expression, which defines the format. The hand reading only ever accepts what the
    /// expression accepts, with the same groups, so it saves the expression's work (a match and its groups, per step)
    /// without a second definition of the format.
    /// </summary>
    internal static class StepHeading
    {
        /// <summary>
        /// <c>Step 4: Title</c> in any language of the vocabulary (a space between the word and the number is optional, as
        /// CJK writes <c>ステップ4：</c>), or Chinese <c>第 4 步：Title</c>; the colon may be the full-width one.
        /// </summary>
        private static readonly Regex s_heading = new(
            @"^(?:(?<word>" + string.Join("|", Vocabulary.StepWords) + @")\s*(?<number>[0-9]{1,4})|第\s*(?<number>[0-9]{1,4})\s*步)\s*[:\uFF1A]\s*(?<title>\S.*)$",
            RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

        private static readonly Regex s_word = new(
            @"^(?<word>" + string.Join("|", Vocabulary.StepWords) + @")\b",
            RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

        /// <summary>Reads a heading of level 3 as a step's: false when it is not one.</summary>
        public static bool TryRead(string heading, out int number, out string title)
        {
            if (TryReadPlain(heading, out number, out title))
            {
                return true;
            }

            var match = s_heading.Match(heading);
            number = match.Success ? int.Parse(match.Groups["number"].Value, CultureInfo.InvariantCulture) : 0;
            title = match.Success ? match.Groups["title"].Value.Trim() : string.Empty;
            return match.Success;
        }

        /// <summary>The step word a heading that is not a step's starts with (a malformed step heading), or null.</summary>
        public static string? StartingWord(string heading) =>
            s_word.Match(heading) is { Success: true } word ? word.Groups["word"].Value : null;

        /// <summary>The plain form, read as the expression reads it; false when the heading is not in that form (it may still be a step's).</summary>
        private static bool TryReadPlain(string heading, out int number, out string title)
        {
            number = 0;
            title = string.Empty;
            foreach (var word in Vocabulary.StepWords)
            {
                if (!StartsWith(heading, word))
                {
                    continue;
                }

                // At most one word can start a heading: the first that does is the expression's too.
                var i = SkipSpaces(heading, word.Length);
                if (i == word.Length)
                {
                    return false;
                }

                var digits = i;
                while (i < heading.Length && i - digits < 5 && heading[i] >= '0' && heading[i] <= '9')
                {
                    number = (number * 10) + (heading[i] - '0');
                    i++;
                }

                if (i == digits || i - digits > 4)
                {
                    return false;
                }

                i = SkipSpaces(heading, i);
                if (i == heading.Length || heading[i] != ':')
                {
                    return false;
                }

                i = SkipSpaces(heading, i + 1);
                if (i == heading.Length || char.IsWhiteSpace(heading[i]) || heading.IndexOf('\n', i) >= 0)
                {
                    return false;
                }

                title = heading.Substring(i).Trim();
                return true;
            }

            return false;
        }

        /// <summary>Whether the heading starts with the (lower-case) word, in either case, by plain letters only.</summary>
        private static bool StartsWith(string heading, string word)
        {
            if (heading.Length < word.Length)
            {
                return false;
            }

            for (var k = 0; k < word.Length; k++)
            {
                var c = heading[k];
                var w = word[k];
                var same = c == w || (w is >= 'a' and <= 'z' && c == (char)(w - ('a' - 'A'))) || (w == 'é' && c == 'É');
                if (!same)
                {
                    return false;
                }
            }

            return true;
        }

        private static int SkipSpaces(string text, int i)
        {
            while (i < text.Length && text[i] == ' ')
            {
                i++;
            }

            return i;
        }
    }
}
