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

        /// <summary>
        /// The anchors of a guide's sections, in order, unique in the guide as GitHub makes them: a heading's slug, then
        /// <c>-1</c>, <c>-2</c>… for a slug taken before (by a section, or by a step: <c>## Step 2</c> in a guide of two steps
        /// is <c>step-2-1</c>), and <c>section</c> for a heading without letters or digits (<c>## ???</c>). A heading that
        /// gives its own id (<c>## Setup {#install}</c>: <paramref name="ids"/>, empty where none is given) takes that id.
        /// </summary>
        public static string[] Unique(System.Collections.Generic.IReadOnlyList<string> headings, int stepCount, System.Collections.Generic.IReadOnlyList<string>? ids = null)
        {
            var taken = new System.Collections.Generic.HashSet<string>(System.StringComparer.Ordinal);
            for (var step = 1; step <= stepCount; step++)
            {
                taken.Add(Step(step));
            }

            var anchors = new string[headings.Count];
            for (var i = 0; i < anchors.Length; i++)
            {
                var slug = ids is not null && i < ids.Count && ids[i].Length > 0 ? ids[i] : Slug(headings[i]);
                if (slug.Length == 0)
                {
                    slug = "section";
                }

                var anchor = slug;
                for (var n = 1; !taken.Add(anchor); n++)
                {
                    anchor = slug + "-" + n.ToString(CultureInfo.InvariantCulture);
                }

                anchors[i] = anchor;
            }

            return anchors;
        }

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
