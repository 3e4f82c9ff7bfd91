using System;
using System.Collections.Generic;
using System.Linq;
using Guides.Generator.Model;

namespace Guides.Generator.Emit.Records
{
    /// <summary>
    /// Writes one translation of a guide as a record, in the order <c>Guides.GuideRecord</c> reads it (its remarks say what
    /// each number is). The strings read when the guide is created (its id, language, links' keys and files) and those
    /// lists of guides read (title, description, category, platform) take their indexes first and are never packed.
    /// </summary>
    internal static class GuideRecordWriter
    {
        /// <summary>The record of <paramref name="emission"/>'s guide.</summary>
        /// <exception cref="InvalidOperationException">A file is too long for a record (2 GiB).</exception>
        public static Record Write(GuideToEmit emission, ReadingSpeed speed, bool pack, DeflateEncoder.PresetDictionary? dictionary)
        {
            var guide = emission.Guide;
            var record = new RecordWriter(StringCount(guide, emission));
            var strings = record.Strings;
            strings.IndexOf(guide.Id);
            strings.IndexOf(guide.Language);
            foreach (var keys in new[] { guide.LinksTo, emission.LinkedFrom })
            {
                foreach (var key in keys)
                {
                    strings.IndexOf(key.Id);
                    strings.IndexOf(key.Language);
                }
            }

            foreach (var file in guide.Assets)
            {
                strings.IndexOf(file.Path);
                strings.IndexOf(file.Url);
                strings.IndexOf(file.ContentType);
            }

            record.String(guide.Id).String(guide.Language)
                .Number((int)guide.Difficulty).Number(guide.Date.Year).Number(guide.Date.Month).Number(guide.Date.Day)
                .String(guide.Title).String(guide.Description).String(guide.Category).String(guide.Platform);
            strings.MarkPlain();

            record.Number(guide.Steps.Count);
            foreach (var step in guide.Steps)
            {
                record.Number(step.Number).String(step.Title).String(step.Markdown).String(step.Html).String(step.Text);
            }

            record.Number(guide.Faq.Count);
            foreach (var entry in guide.Faq)
            {
                record.String(entry.Question).String(entry.Answer).String(entry.AnswerHtml);
            }

            // Each section's anchor, unique in the guide: the anchors links from other guides were checked against.
            var anchors = Assets.PageLinks.Anchors(guide);
            var anchor = 0;
            record.Number(guide.Introduction is null ? 0 : 1);
            if (guide.Introduction is { } introduction)
            {
                // The introduction's anchor is always the first (PageLinks.Anchors), its heading never empty.
                record.String(introduction.Heading).String(introduction.Markdown).String(introduction.Html).String(introduction.Text).String(anchors[anchor++]);
                Procedure(record, introduction);
            }

            foreach (var texts in new[] { guide.Requirements, guide.Tips })
            {
                record.Number(texts.Count);
                foreach (var text in texts)
                {
                    Item(record, text);
                }
            }

            record.Number(guide.Links.Count);
            foreach (var link in guide.Links)
            {
                record.String(link.Text).String(link.Url);
            }

            record.Number(guide.Sections.Count);
            foreach (var section in guide.Sections)
            {
                Section(record, section, anchors, ref anchor);
            }

            record.Number(guide.Outline.Count);
            foreach (var heading in guide.Outline)
            {
                record.Number(heading.Level).Number((int)heading.Kind);
                if (heading.Part < 0)
                {
                    record.String(heading.Title);
                }
                else
                {
                    record.Number(heading.Part);
                }
            }

            record.Number(guide.WordCount).Number(speed.Seconds(guide.WordCount, guide.Language));
            Keys(record, guide.LinksTo);
            Keys(record, emission.LinkedFrom);
            CodeBlocks(record, guide);
            Callouts(record, guide);
            Files(record, guide);
            return record.Finish(RecordKind.Guide, pack, dictionary);
        }

        /// <summary>The record of a guide that has nothing but its id and language: what stands for a guide that could not be written.</summary>
        public static Record Empty(GuideModel guide) =>
            Write(new GuideToEmit(guide with
            {
                Title = string.Empty, Description = string.Empty, Category = string.Empty, Platform = string.Empty, Difficulty = Difficulty.Unspecified,
                Date = DateModel.None, Steps = EquatableArray<StepModel>.Empty, Faq = EquatableArray<FaqModel>.Empty, Introduction = null,
                Requirements = EquatableArray<TextModel>.Empty, Tips = EquatableArray<TextModel>.Empty, Links = EquatableArray<LinkModel>.Empty,
                Sections = EquatableArray<SectionModel>.Empty, Assets = EquatableArray<FileModel>.Empty, Images = EquatableArray<ImageModel>.Empty,
                Files = EquatableArray<string>.Empty, LinksTo = EquatableArray<GuideKey>.Empty, Outline = EquatableArray<OutlineModel>.Empty, WordCount = 0,
                CodeBlocks = EquatableArray<CodeBlockModel>.Empty, Callouts = EquatableArray<CalloutModel>.Empty,
            }, IsPrimary: false, MemberPath: string.Empty), ReadingSpeed.Default, pack: false, dictionary: null);

        /// <summary>A section: heading, Markdown, HTML, text, and its anchor (the next of <paramref name="anchors"/>, which has one for each section with a heading).</summary>
        private static void Section(RecordWriter record, SectionModel section, EquatableArray<string> anchors, ref int anchor)
        {
            record.String(section.Heading).String(section.Markdown).String(section.Html).String(section.Text)
                .String(section.Heading.Length > 0 ? anchors[anchor++] : string.Empty);
            Procedure(record, section);
        }

        /// <summary>A section's procedure: how many steps, then each one's number, heading and item.</summary>
        private static void Procedure(RecordWriter record, SectionModel section)
        {
            record.Number(section.Steps.Count);
            foreach (var step in section.Steps)
            {
                Item(record.Number(step.Number).String(step.Heading), step.Item);
            }
        }

        /// <summary>A list item: its Markdown, HTML, text, and whether it is a task item, checked.</summary>
        private static void Item(RecordWriter record, TextModel item) =>
            record.String(item.Markdown).String(item.Html).String(item.Text).Number((int)item.Task);

        /// <summary>How many guides, then each one's id and language.</summary>
        private static void Keys(RecordWriter record, EquatableArray<GuideKey> keys)
        {
            record.Number(keys.Count);
            foreach (var key in keys)
            {
                record.String(key.Id).String(key.Language);
            }
        }

        /// <summary>
        /// The guide's code blocks (language, title, code), then, when it has some, which of them each step, the
        /// introduction and each section holds.
        /// </summary>
        private static void CodeBlocks(RecordWriter record, GuideModel guide)
        {
            record.Number(guide.CodeBlocks.Count);
            foreach (var block in guide.CodeBlocks)
            {
                record.String(block.Language).String(block.Title).String(block.Code);
            }

            PartIndexes(record, guide, guide.CodeBlocks.Count, static step => step.CodeBlocks, static section => section.CodeBlocks, static step => step.CodeBlocks);
        }

        /// <summary>The guide's callouts (kind, title, HTML, text), then, when it has some, which of them each step, the introduction, each section and each answer holds.</summary>
        private static void Callouts(RecordWriter record, GuideModel guide)
        {
            record.Number(guide.Callouts.Count);
            foreach (var callout in guide.Callouts)
            {
                record.String(callout.Kind).String(callout.Title).String(callout.Html).String(callout.Text);
            }

            PartIndexes(record, guide, guide.Callouts.Count, static step => step.Callouts, static section => section.Callouts, static step => step.Callouts);
            if (guide.Callouts.Count > 0)
            {
                foreach (var entry in guide.Faq)
                {
                    Indexes(record, entry.Callouts);
                }
            }
        }

        /// <summary>
        /// When the guide has some of a part (<paramref name="count"/>), the indexes of those each step, the introduction,
        /// each section and each step of their procedures holds: how many, then each.
        /// </summary>
        private static void PartIndexes(
            RecordWriter record, GuideModel guide, int count, Func<StepModel, EquatableArray<int>> ofStep, Func<SectionModel, EquatableArray<int>> ofSection,
            Func<ProcedureStepModel, EquatableArray<int>> ofProcedureStep)
        {
            if (count == 0)
            {
                return;
            }

            foreach (var step in guide.Steps)
            {
                Indexes(record, ofStep(step));
            }

            if (guide.Introduction is { } introduction)
            {
                Indexes(record, ofSection(introduction));
            }

            foreach (var section in guide.Sections)
            {
                Indexes(record, ofSection(section));
            }

            foreach (var section in guide.Introduction is { } first ? new[] { first }.Concat(guide.Sections) : guide.Sections)
            {
                foreach (var step in section.Steps)
                {
                    Indexes(record, ofProcedureStep(step));
                }
            }
        }

        /// <summary>A list of indexes: how many, then each.</summary>
        private static void Indexes(RecordWriter record, EquatableArray<int> indexes)
        {
            record.Number(indexes.Count);
            foreach (var index in indexes)
            {
                record.Number(index);
            }
        }

        /// <summary>
        /// The guide's files (path, URL, content type, length, width, height), then, when it has some, its images (file, alt
        /// text) once each, and which images the guide, each step, answer, the introduction and each section show, and which
        /// files the guide links to.
        /// </summary>
        private static void Files(RecordWriter record, GuideModel guide)
        {
            record.Number(guide.Assets.Count);
            if (guide.Assets.Count == 0)
            {
                return;
            }

            foreach (var file in guide.Assets)
            {
                if (file.Length > int.MaxValue)
                {
                    throw new InvalidOperationException("The file " + file.Path + " is " + file.Length + " bytes long: a guide's record holds files of at most 2 GiB.");
                }

                record.String(file.Path).String(file.Url).String(file.ContentType).Number((int)file.Length).Number(file.Width).Number(file.Height);
            }

            var images = new List<ImageModel>();
            var numbers = new Dictionary<ImageModel, int>();
            foreach (var shown in ImageLists(guide))
            {
                foreach (var image in shown)
                {
                    if (!numbers.ContainsKey(image))
                    {
                        numbers.Add(image, images.Count);
                        images.Add(image);
                    }
                }
            }

            record.Number(images.Count);
            foreach (var image in images)
            {
                record.Number(AssetIndex(guide, image.Path)).String(image.Alt);
            }

            var first = true;
            foreach (var shown in ImageLists(guide))
            {
                record.Number(shown.Count);
                foreach (var image in shown)
                {
                    record.Number(numbers[image]);
                }

                if (first)
                {
                    // The files the guide links to come after the guide's images, before those of its parts.
                    first = false;
                    record.Number(guide.Files.Count);
                    foreach (var path in guide.Files)
                    {
                        record.Number(AssetIndex(guide, path));
                    }
                }
            }
        }

        /// <summary>The images of the guide, then of each step, answer, the introduction and each section: the reader's order.</summary>
        private static IEnumerable<EquatableArray<ImageModel>> ImageLists(GuideModel guide)
        {
            yield return guide.Images;
            foreach (var step in guide.Steps)
            {
                yield return step.Images;
            }

            foreach (var entry in guide.Faq)
            {
                yield return entry.Images;
            }

            if (guide.Introduction is { } introduction)
            {
                yield return introduction.Images;
            }

            foreach (var section in guide.Sections)
            {
                yield return section.Images;
            }
        }

        /// <summary>The place of the file <paramref name="path"/> in <see cref="GuideModel.Assets"/>.</summary>
        private static int AssetIndex(GuideModel guide, string path)
        {
            for (var i = 0; i < guide.Assets.Count; i++)
            {
                if (guide.Assets[i].Path == path)
                {
                    return i;
                }
            }

            throw new InvalidOperationException("The guide uses no file " + path + ".");
        }

        /// <summary>The most strings a guide's record has (fewer when some are equal): the table's size from the start.</summary>
        private static int StringCount(GuideModel guide, GuideToEmit emission) =>
            10 + (4 * guide.Steps.Count) + (3 * guide.Faq.Count) + 4 + (3 * (guide.Requirements.Count + guide.Tips.Count)) +
            (2 * guide.Links.Count) + (5 * guide.Sections.Count) + (4 * ProcedureSteps(guide)) + guide.Outline.Count +
            (2 * (guide.LinksTo.Count + emission.LinkedFrom.Count)) + (4 * guide.Assets.Count) + (3 * guide.CodeBlocks.Count) + (4 * guide.Callouts.Count);

        /// <summary>How many steps the procedures of the introduction and the sections have in all.</summary>
        private static int ProcedureSteps(GuideModel guide)
        {
            var count = guide.Introduction?.Steps.Count ?? 0;
            foreach (var section in guide.Sections)
            {
                count += section.Steps.Count;
            }

            return count;
        }
    }
}
