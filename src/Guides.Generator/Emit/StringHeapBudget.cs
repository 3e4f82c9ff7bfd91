using System.Collections.Generic;
using System.Globalization;
using Guides.Generator.Model;

namespace Guides.Generator.Emit
{
    /// <summary>
    /// What a guide's string literals take in the assembly's user-string heap, which the compiler caps at 16 MiB for the
    /// whole assembly (error CS8103 past it). Only the string-literal form counts (before C# 11): UTF-8 data is not in it.
    /// Each distinct literal of a guide is counted as stored: 2 bytes a character, a final byte and a length of up to
    /// 4 bytes. Equal strings of different guides are counted each time (the heap stores them once): an upper bound.
    /// </summary>
    internal static class StringHeapBudget
    {
        /// <summary>The heap's size: offsets are 24-bit.</summary>
        public const long Limit = 0xFFFFFF;

        /// <summary>The share of <see cref="Limit"/> from which GUIDE023 warns.</summary>
        public const double WarningShare = 0.75;

        public static long Bytes(GuideModel guide)
        {
            long total = 0;
            var distinct = new HashSet<string>(System.StringComparer.Ordinal);
            foreach (var value in Strings(guide))
            {
                if (distinct.Add(value))
                {
                    total += (2L * value.Length) + 5;
                }
            }

            return total;
        }

        /// <summary>The GUIDE023 message, or null while <paramref name="bytes"/> is under the warning share of the heap.</summary>
        public static string? Warning(long bytes, int guideCount)
        {
            if (bytes < Limit * WarningShare)
            {
                return null;
            }

            var culture = CultureInfo.InvariantCulture;
            return string.Format(
                culture,
                "The {0} guides' string literals take about {1:0.0} MiB, {2:0} % of the compiler's 16 MiB string heap (error CS8103 past it). " +
                "Build with C# 11 or later on .NET (Core) 2.1 or later, which stores them as UTF-8 data outside that heap, or split the content library.",
                guideCount,
                bytes / (1024.0 * 1024.0),
                100.0 * bytes / Limit);
        }

        private static IEnumerable<string> Strings(GuideModel guide)
        {
            yield return guide.Id;
            yield return guide.Title;
            yield return guide.Description;
            yield return guide.Category;
            yield return guide.Platform;
            yield return guide.Language;
            foreach (var step in guide.Steps)
            {
                yield return step.Title;
                yield return step.Markdown;
                yield return step.Html;
                yield return step.Text;
            }

            foreach (var entry in guide.Faq)
            {
                yield return entry.Question;
                yield return entry.Answer;
                yield return entry.AnswerHtml;
            }

            foreach (var text in Texts(guide))
            {
                yield return text.Markdown;
                yield return text.Html;
                yield return text.Text;
            }

            foreach (var link in guide.Links)
            {
                yield return link.Text;
                yield return link.Url;
            }

            foreach (var section in Sections(guide))
            {
                yield return section.Heading;
                yield return section.Markdown;
                yield return section.Html;
                yield return section.Text;
            }
        }

        private static IEnumerable<SectionModel> Sections(GuideModel guide)
        {
            if (guide.Introduction is { } introduction)
            {
                yield return introduction;
            }

            foreach (var section in guide.Sections)
            {
                yield return section;
            }
        }

        private static IEnumerable<TextModel> Texts(GuideModel guide)
        {
            foreach (var text in guide.Requirements)
            {
                yield return text;
            }

            foreach (var text in guide.Tips)
            {
                yield return text;
            }
        }
    }
}
