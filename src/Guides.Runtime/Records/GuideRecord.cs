using System;
using System.Collections.Generic;
using System.ComponentModel;
using Guides.Records;
#if NET
using Bytes = System.ReadOnlySpan<byte>;
#else
using Bytes = byte[];
#endif

namespace Guides
{
    /// <summary>
    /// One translation of a generated guide, held in one record (<see cref="RecordFormat"/>). The generator subclasses it once
    /// per guide with nothing but the record's literal, so that a guide costs the assembly one small class and no code of its
    /// own. Apps never use it: they read a guide's properties.
    /// </summary>
    /// <remarks>
    /// <para>
    /// The body of a guide's record is, as numbers (strings by index): the guide's id and language; its difficulty; its
    /// date (year, month, day; 0, 0, 0 when it has none); its title, description, category and platform; its steps (how many, then each one's number,
    /// title, Markdown, HTML and text); its FAQ (how many, then each question, answer and answer HTML); its introduction (0,
    /// or 1 then heading, Markdown, HTML, text and anchor, then its procedure: how many steps, then each one's number, heading,
    /// Markdown, HTML, text and <see cref="TaskMark"/>); its requirements and its tips (how many, then each one's Markdown,
    /// HTML, text and <see cref="TaskMark"/>); its useful links (how many, then each text and URL); its other sections (as the introduction, after how many);
    /// its outline (how many, then each heading's level, kind, and title, or the index of the step or section it heads); its
    /// word count and reading time in seconds; the guides it links to and those that link to it (how many, then each one's id
    /// and language); its code blocks (how many, then each one's language, title and code, and when it has some, lists of
    /// indexes: those of each step, of the introduction when it has one, of each section, of each step of their procedures); its callouts (how many, then
    /// each one's kind, title, HTML and text, and the same lists of indexes, then one for each answer); its files (how many, then each one's path, URL, content type, length, width and height); then, when it
    /// has files, its images (how many, then each one's file and alt text), and lists of indexes (how many, then each): the
    /// guide's images, its files, the images of each step, of each answer, of the introduction when it has one, of each
    /// section.
    /// </para>
    /// <para>
    /// Creating the guide reads the numbers; a string is decoded on its first read.
    /// </para>
    /// </remarks>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public abstract class GuideRecord : IRecordSource
    {
        private byte[]? _fromChars;
        private byte[]? _dictionaryFromChars;

        /// <summary>Called by the generated subclass; the guide is read by <see cref="Create"/>.</summary>
        protected GuideRecord()
        {
        }

#if NET
        /// <summary>
        /// The guide's record as a <c>"..."u8</c> literal, always the same bytes. A Release build's generator writes it in the
        /// build's own output (an implementation output), not in the code the IDE compiles as you type.
        /// </summary>
        /// <exception cref="InvalidOperationException">The record was not generated.</exception>
        protected virtual ReadOnlySpan<byte> Data => throw NotWritten();

        /// <summary>The library's preset dictionary of the record's packed strings, as a <c>"..."u8</c> literal; empty when there is none.</summary>
        protected virtual ReadOnlySpan<byte> Dictionary => default;
#endif

        /// <summary>
        /// The guide's record as a string literal whose characters are its bytes (C# before 11, or a runtime without spans);
        /// <see langword="null"/> when it is in <c>Data</c>.
        /// </summary>
        protected virtual string? Chars => null;

        /// <summary>The library's preset dictionary as a string literal whose characters are its bytes; <see langword="null"/> when there is none or it is in <c>Dictionary</c>.</summary>
        protected virtual string? DictionaryChars => null;

        /// <summary>
        /// The guide the record describes. Called once, on the guide's first use.
        /// </summary>
        /// <param name="catalog">The guide's library: its translations and links are found there, on first read.</param>
        /// <param name="fields">The library's <c>[GuideFields]</c> object of the guide, or <see langword="null"/>.</param>
        /// <param name="extraFields">The guide's undeclared front-matter fields, or <see langword="null"/>.</param>
        /// <exception cref="ArgumentException">The record is not one the generator writes.</exception>
        /// <exception cref="InvalidOperationException">The record was written in another format version, or not generated.</exception>
        protected Guide Create(GuideCatalogRecord catalog, object? fields = null, IReadOnlyDictionary<string, object?>? extraFields = null)
        {
            if (catalog is null) throw new ArgumentNullException(nameof(catalog));
            var bytes = ((IRecordSource)this).RecordBytes();
            var text = RecordText.Open(this, RecordKind.Guide, bytes, out var reader);
            var guide = Read(text, bytes, ref reader, catalog);
            reader.End();
            return fields is null && extraFields is null ? guide : guide.WithFields(fields, extraFields);
        }

        Bytes IRecordSource.RecordBytes() =>
#if NET
            RecordText.FromChars(Chars, ref _fromChars) ?? Data;
#else
            RecordText.FromChars(Chars, ref _fromChars) ?? throw NotWritten();
#endif

        Bytes IRecordSource.DictionaryBytes() =>
#if NET
            RecordText.FromChars(DictionaryChars, ref _dictionaryFromChars) ?? Dictionary;
#else
            RecordText.FromChars(DictionaryChars, ref _dictionaryFromChars) ?? Array.Empty<byte>();
#endif

        private static InvalidOperationException NotWritten() =>
            new("The guide's record was not generated: it is written when the project is built, not in the IDE's design-time compilation.");

        private static Guide Read(RecordText text, Bytes bytes, ref RecordReader reader, GuideCatalogRecord catalog)
        {
            var id = text.Get(Str(text, bytes, ref reader));
            var language = text.Get(Str(text, bytes, ref reader));
            var difficulty = (GuideDifficulty)reader.Next(bytes, (int)Difficulty.Hard + 1);
            int year = reader.Next(bytes), month = reader.Next(bytes), day = reader.Next(bytes);
            DateTime? date = year == 0 && month == 0 && day == 0 ? null
                : year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
                ? new DateTime(year, month, day)
                : throw RecordReader.Damaged("its date is " + year + "-" + month + "-" + day);
            int title = Str(text, bytes, ref reader), description = Str(text, bytes, ref reader),
                category = Str(text, bytes, ref reader), platform = Str(text, bytes, ref reader);

            var steps = new GuideStep[Count(bytes, ref reader)];
            for (var i = 0; i < steps.Length; i++)
            {
                steps[i] = new GuideStep(text, reader.Next(bytes), Str(text, bytes, ref reader), Str(text, bytes, ref reader), Str(text, bytes, ref reader), Str(text, bytes, ref reader));
            }

            var faq = new FaqEntry[Count(bytes, ref reader)];
            for (var i = 0; i < faq.Length; i++)
            {
                faq[i] = new FaqEntry(text, Str(text, bytes, ref reader), Str(text, bytes, ref reader), Str(text, bytes, ref reader));
            }

            var introduction = reader.Next(bytes, 2) == 1 ? Section(text, bytes, ref reader) : null;
            var requirements = Texts(text, bytes, ref reader);
            var tips = Texts(text, bytes, ref reader);
            var links = new GuideLink[Count(bytes, ref reader)];
            for (var i = 0; i < links.Length; i++)
            {
                links[i] = new GuideLink(text, Str(text, bytes, ref reader), Str(text, bytes, ref reader));
            }

            var sections = new GuideSection[Count(bytes, ref reader)];
            for (var i = 0; i < sections.Length; i++)
            {
                sections[i] = Section(text, bytes, ref reader);
            }

            var outline = new GuideHeading[Count(bytes, ref reader)];
            for (var i = 0; i < outline.Length; i++)
            {
                var level = reader.Next(bytes);
                var kind = (GuideHeadingKind)reader.Next(bytes, (int)OutlineKind.Links + 1);
                outline[i] = kind is GuideHeadingKind.Requirements or GuideHeadingKind.Steps or GuideHeadingKind.Tips or GuideHeadingKind.Links
                    ? new GuideHeading(text, level, kind, Str(text, bytes, ref reader))
                    : new GuideHeading(level, kind, reader.Next(bytes));
            }

            int words = reader.Next(bytes), seconds = reader.Next(bytes);
            var guide = new Guide(text, id, title, description, category, difficulty, platform, language, date, steps, faq, introduction, requirements, tips, links, sections, () => catalog.TranslationsOf(id))
                .WithOutline(outline, words, seconds);

            var linksTo = Keys(text, bytes, ref reader);
            var linkedFrom = Keys(text, bytes, ref reader);
            // A shard's guide may be linked from, or link to, another shard's (the library of shards knows).
            if (linksTo.Length > 0 || linkedFrom.Length > 0 || catalog.Joined is not null)
            {
                guide = guide.WithLinks(() => catalog.Links(id, language, linksTo, outgoing: true), () => catalog.Links(id, language, linkedFrom, outgoing: false));
            }

            guide = ReadCodeBlocks(guide, text, bytes, ref reader);
            guide = ReadCallouts(guide, text, bytes, ref reader);
            return ReadFiles(guide, text, bytes, ref reader, catalog.GetType().Assembly);
        }

        /// <summary>
        /// The guide with its code blocks, when it has some: each one's language, title and code, then which of them each
        /// step, the introduction and each section holds.
        /// </summary>
        private static Guide ReadCodeBlocks(Guide guide, RecordText text, Bytes bytes, ref RecordReader reader)
        {
            var blocks = new GuideCodeBlock[Count(bytes, ref reader)];
            for (var i = 0; i < blocks.Length; i++)
            {
                blocks[i] = new GuideCodeBlock(text, Str(text, bytes, ref reader), Str(text, bytes, ref reader), Str(text, bytes, ref reader));
            }

            if (blocks.Length == 0)
            {
                return guide;
            }

            foreach (var part in Parts(guide))
            {
                var picked = Pick(blocks, text, bytes, ref reader);
                (part as GuideStep)?.ShowCodeBlocks(picked);
                (part as GuideSection)?.ShowCodeBlocks(picked);
                (part as GuideProcedureStep)?.ShowCodeBlocks(picked);
            }

            return guide.WithCodeBlocks(blocks);
        }

        /// <summary>
        /// The guide with its callouts, when it has some: each one's kind, title, HTML and text, then which of them each
        /// step, the introduction, each section and each answer holds.
        /// </summary>
        private static Guide ReadCallouts(Guide guide, RecordText text, Bytes bytes, ref RecordReader reader)
        {
            var callouts = new GuideCallout[Count(bytes, ref reader)];
            for (var i = 0; i < callouts.Length; i++)
            {
                callouts[i] = new GuideCallout(text, Str(text, bytes, ref reader), Str(text, bytes, ref reader), Str(text, bytes, ref reader), Str(text, bytes, ref reader));
            }

            if (callouts.Length == 0)
            {
                return guide;
            }

            foreach (var part in Parts(guide))
            {
                var picked = Pick(callouts, text, bytes, ref reader);
                (part as GuideStep)?.ShowCallouts(picked);
                (part as GuideSection)?.ShowCallouts(picked);
                (part as GuideProcedureStep)?.ShowCallouts(picked);
            }

            foreach (var entry in guide.Faq)
            {
                entry.ShowCallouts(Pick(callouts, text, bytes, ref reader));
            }

            return guide.WithCallouts(callouts);
        }

        /// <summary>
        /// The parts that hold code blocks and callouts, in the record's order: each step, the introduction, each section,
        /// then each step of the introduction's procedure and of each section's.
        /// </summary>
        private static IEnumerable<object> Parts(Guide guide)
        {
            foreach (var step in guide.Steps)
            {
                yield return step;
            }

            if (guide.Introduction is { } introduction)
            {
                yield return introduction;
            }

            foreach (var section in guide.Sections)
            {
                yield return section;
            }

            foreach (var step in ProcedureSteps(guide))
            {
                yield return step;
            }
        }

        private static IEnumerable<GuideProcedureStep> ProcedureSteps(Guide guide)
        {
            if (guide.Introduction is { } introduction)
            {
                foreach (var step in introduction.Steps)
                {
                    yield return step;
                }
            }

            foreach (var section in guide.Sections)
            {
                foreach (var step in section.Steps)
                {
                    yield return step;
                }
            }
        }

        /// <summary>The guide with its files and images, when it has some.</summary>
        private static Guide ReadFiles(Guide guide, RecordText text, Bytes bytes, ref RecordReader reader, System.Reflection.Assembly assembly)
        {
            var files = new GuideFile[Count(bytes, ref reader)];
            if (files.Length == 0)
            {
                return guide;
            }

            var sizes = new (int Width, int Height)[files.Length];
            for (var i = 0; i < files.Length; i++)
            {
                string path = text.Get(Str(text, bytes, ref reader)), url = text.Get(Str(text, bytes, ref reader)), contentType = text.Get(Str(text, bytes, ref reader));
                files[i] = new GuideFile(path, url, contentType, reader.Next(bytes), assembly);
                sizes[i] = (reader.Next(bytes), reader.Next(bytes));
            }

            var images = new GuideImage[Count(bytes, ref reader)];
            for (var i = 0; i < images.Length; i++)
            {
                var file = reader.Next(bytes, files.Length);
                images[i] = new GuideImage(files[file], text.Get(Str(text, bytes, ref reader)), sizes[file].Width, sizes[file].Height);
            }

            var shown = Pick(images, text, bytes, ref reader);
            var linked = Pick(files, text, bytes, ref reader);
            foreach (var step in guide.Steps)
            {
                step.ShowImages(Pick(images, text, bytes, ref reader));
            }

            foreach (var entry in guide.Faq)
            {
                entry.ShowImages(Pick(images, text, bytes, ref reader));
            }

            guide.Introduction?.ShowImages(Pick(images, text, bytes, ref reader));
            foreach (var section in guide.Sections)
            {
                section.ShowImages(Pick(images, text, bytes, ref reader));
            }

            return guide.WithFiles(shown, linked);
        }

        private static T[] Pick<T>(T[] all, RecordText text, Bytes bytes, ref RecordReader reader)
        {
            var picked = new T[Count(bytes, ref reader)];
            for (var i = 0; i < picked.Length; i++)
            {
                picked[i] = all[reader.Next(bytes, all.Length)];
            }

            return picked;
        }

        /// <summary>Ids and languages, one after the other.</summary>
        private static string[] Keys(RecordText text, Bytes bytes, ref RecordReader reader)
        {
            var keys = new string[Count(bytes, ref reader) * 2];
            for (var i = 0; i < keys.Length; i++)
            {
                keys[i] = text.Get(Str(text, bytes, ref reader));
            }

            return keys;
        }

        /// <summary>A section: its heading, Markdown, HTML, text and anchor, then its procedure's steps.</summary>
        private static GuideSection Section(RecordText text, Bytes bytes, ref RecordReader reader)
        {
            var section = new GuideSection(text, Str(text, bytes, ref reader), Str(text, bytes, ref reader), Str(text, bytes, ref reader), Str(text, bytes, ref reader), Str(text, bytes, ref reader));
            var steps = new GuideProcedureStep[Count(bytes, ref reader)];
            for (var i = 0; i < steps.Length; i++)
            {
                steps[i] = new GuideProcedureStep(
                    text, reader.Next(bytes), Str(text, bytes, ref reader), Str(text, bytes, ref reader), Str(text, bytes, ref reader), Str(text, bytes, ref reader), Checked(bytes, ref reader));
            }

            section.ShowSteps(steps);
            return section;
        }

        /// <summary>Whether a list item is a checked task (<see cref="TaskMark"/>): null when it is no task.</summary>
        private static bool? Checked(Bytes bytes, ref RecordReader reader) =>
            (TaskMark)reader.Next(bytes, (int)TaskMark.Checked + 1) switch
            {
                TaskMark.Unchecked => false,
                TaskMark.Checked => true,
                _ => null,
            };

        private static GuideText[] Texts(RecordText text, Bytes bytes, ref RecordReader reader)
        {
            var texts = new GuideText[Count(bytes, ref reader)];
            for (var i = 0; i < texts.Length; i++)
            {
                texts[i] = new GuideText(text, Str(text, bytes, ref reader), Str(text, bytes, ref reader), Str(text, bytes, ref reader), Checked(bytes, ref reader));
            }

            return texts;
        }

        /// <summary>The index of a string, checked.</summary>
        private static int Str(RecordText text, Bytes bytes, ref RecordReader reader) => text.Index(reader.Next(bytes));

        /// <summary>
        /// How many items a list has: no list has more items than the record has strings and numbers, so that damaged data
        /// never allocates more than the record's size.
        /// </summary>
        private static int Count(Bytes bytes, ref RecordReader reader) => reader.Next(bytes, bytes.Length + 1);
    }
}
