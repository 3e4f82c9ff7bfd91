using System.Globalization;
using System.Text;

namespace Guides
{
    /// <summary>
    /// The anchors of a guide's parts, as its HTML ids and its links' fragments: <c>step-4</c> for step 4 in every
    /// language, and a section's heading made into a slug (<c>Ce dont vous avez besoin</c> is
    /// <c>ce-dont-vous-avez-besoin</c>): lower case, letters and digits kept (accents too), every other run of
    /// characters one <c>-</c>, none at either end. The generator checks links against the same anchors (this file is
    /// compiled into it too).
    /// </summary>
    internal static class GuideAnchors
    {
        public static string Step(int number) => "step-" + number.ToString(CultureInfo.InvariantCulture);

        public static string Slug(string heading)
        {
            var builder = new StringBuilder(heading.Length);
            var dash = false;
            foreach (var c in heading)
            {
                if (char.IsLetterOrDigit(c))
                {
                    if (dash && builder.Length > 0)
                    {
                        builder.Append('-');
                    }

                    dash = false;
                    builder.Append(char.ToLowerInvariant(c));
                }
                else if (c != '\'' && c != '\u2019')
                {
                    dash = true;
                }
            }

            return builder.ToString();
        }
    }
}
