using System;
using System.Collections.Generic;
using System.Globalization;
using Guides.Generator.Model;
using Guides.Generator.Parsing;

namespace Guides.Generator.Assets
{
    /// <summary>
    /// Links between guides: what a guide offers to links (its anchors), what it links to, and what a link's fragment
    /// names (<c>#step-2</c>, <c>#etape-2</c>, a section's anchor), and the URL a link becomes (<c>GuidesLinkFormat</c>).
    /// </summary>
    internal static class PageLinks
    {
        public const string DefaultFormat = "/guides/{id}";

        /// <summary>
        /// The anchors of a guide's sections, which links from other guides may name (steps are <c>step-N</c>): unique in
        /// the guide, never empty, never a step's (<see cref="Guides.GuideAnchors.Unique"/>). The text before the first
        /// heading has no heading and so no anchor.
        /// </summary>
        public static EquatableArray<string> Anchors(GuideModel guide)
        {
            var headings = new List<string>();
            var ids = new List<string>();
            if (guide.Introduction is { } introduction)
            {
                headings.Add(introduction.Heading);
                ids.Add(introduction.Id);
            }

            foreach (var section in guide.Sections)
            {
                if (section.Heading.Length > 0)
                {
                    headings.Add(section.Heading);
                    ids.Add(section.Id);
                }
            }

            return headings.Count == 0 ? EquatableArray<string>.Empty : Guides.GuideAnchors.Unique(headings, guide.Steps.Count, ids).ToEquatableArray();
        }

        /// <summary>
        /// Every anchor a link from another guide may name besides the steps': the sections' (<see cref="Anchors"/>), then
        /// the headings of What you need, the steps, Tips and Useful links, which the page shows with the id their outline
        /// entry gives (the heading's slug: <c>what-you-need</c>).
        /// </summary>
        public static EquatableArray<string> LinkAnchors(GuideModel guide)
        {
            var sections = Anchors(guide);
            List<string>? all = null;
            foreach (var heading in guide.Outline)
            {
                if (heading.Kind is OutlineKind.Requirements or OutlineKind.Steps or OutlineKind.Tips or OutlineKind.Links
                    && Guides.GuideAnchors.Slug(heading.Title) is { Length: > 0 } slug
                    && !System.Linq.Enumerable.Contains(all ?? (IEnumerable<string>)sections, slug))
                {
                    (all ??= new List<string>(sections)).Add(slug);
                }
            }

            return all is null ? sections : all.ToEquatableArray();
        }

        /// <summary>The display paths (<c>content/en/accounts/reset.md</c>) of the guide files a guide links to.</summary>
        public static EquatableArray<string> Targets(GuideParseResult result)
        {
            if (result.Assets.Count == 0 || result.IsLeftOutDraft)
            {
                return EquatableArray<string>.Empty;
            }

            var prefix = ContentPrefix(result);
            var targets = new List<string>();
            foreach (var reference in result.Assets)
            {
                if (reference.IsPage && reference.Path is { } path && !targets.Contains(prefix + path))
                {
                    targets.Add(prefix + path);
                }
            }

            return targets.Count == 0 ? EquatableArray<string>.Empty : targets.ToEquatableArray();
        }

        /// <summary>How the project names the content folder, before a guide's relative path (<c>content/</c>).</summary>
        public static string ContentPrefix(GuideParseResult result)
        {
            var relative = result.Guide.RelativePath;
            return result.DisplayPath.EndsWith(relative, StringComparison.Ordinal)
                ? result.DisplayPath.Substring(0, result.DisplayPath.Length - relative.Length)
                : string.Empty;
        }

        /// <summary>
        /// The anchor a fragment names in a guide of <paramref name="stepCount"/> steps and these section anchors:
        /// <c>step-N</c> for <c>#step-N</c> or a step word of any language (<c>#etape-2</c>, <c>#étape-2</c>, <c>#paso-2</c>);
        /// a section's anchor; null when it names none.
        /// </summary>
        public static string? Anchor(string fragment, int stepCount, EquatableArray<string> anchors)
        {
            if (fragment.Length == 0)
            {
                return string.Empty;
            }

            var dash = fragment.LastIndexOf('-');
            if (dash > 0 && int.TryParse(fragment.Substring(dash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                var word = Guides.Search.TextFolding.Fold(fragment.Substring(0, dash));
                foreach (var stepWord in Vocabulary.StepWords)
                {
                    if (string.Equals(Guides.Search.TextFolding.Fold(stepWord), word, StringComparison.Ordinal))
                    {
                        return number >= 1 && number <= stepCount ? Guides.GuideAnchors.Step(number) : null;
                    }
                }
            }

            // The fragment as written first (good-to-know-1), then as a heading would be made one (Good to know).
            foreach (var candidate in new[] { fragment, Guides.GuideAnchors.Slug(fragment) })
            {
                foreach (var anchor in anchors)
                {
                    if (string.Equals(anchor, candidate, StringComparison.Ordinal))
                    {
                        return anchor;
                    }
                }
            }

            return null;
        }

        /// <summary>Every anchor of a guide, for a message.</summary>
        public static string Describe(int stepCount, EquatableArray<string> anchors)
        {
            var parts = new List<string>();
            if (stepCount > 0)
            {
                parts.Add(stepCount == 1 ? "step-1" : "step-1 to step-" + stepCount.ToString(CultureInfo.InvariantCulture));
            }

            parts.AddRange(anchors);
            return parts.Count == 0 ? "none" : string.Join(", ", parts);
        }

        /// <summary>The URL of a link: the format's <c>{id}</c>, <c>{lang}</c> and <c>{anchor}</c> filled; the anchor after a <c>#</c> when the format has no place for it.</summary>
        public static string Url(string format, string id, string language, string anchor)
        {
            var escapedId = string.Join("/", Array.ConvertAll(id.Split('/'), Uri.EscapeDataString));
            var url = format.Replace("{id}", escapedId).Replace("{lang}", Uri.EscapeDataString(language));
            if (format.IndexOf("{anchor}", StringComparison.Ordinal) >= 0)
            {
                return url.Replace("{anchor}", anchor);
            }

            return anchor.Length == 0 ? url : url + "#" + anchor;
        }
    }
}
