using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace Guides
{
    /// <summary>
    /// A how-to guide, compiled from a Markdown file with YAML front matter.
    /// Every text is already rendered: nothing is parsed at run time.
    /// </summary>
    public sealed class Guide
    {
        private readonly Func<IReadOnlyList<Guide>>? _translationsFactory;
        private IReadOnlyList<Guide>? _translations;
        private readonly LazyString _title;
        private readonly LazyString _description;
        private readonly LazyString _category;
        private readonly LazyString _platform;
        private object? _fields;
        private IReadOnlyDictionary<string, object?> _extraFields = EmptyFields;

        private static readonly IReadOnlyDictionary<string, object?> EmptyFields =
            new ReadOnlyDictionary<string, object?>(new Dictionary<string, object?>(0));

        /// <summary>
        /// Creates a guide in code (tests, previews): the one way to build one by hand. Generated guides are read from their
        /// records; apps get them from their library's <c>GuideCatalog</c>.
        /// </summary>
        public Guide(
            string id,
            string title,
            string description,
            string category,
            GuideDifficulty difficulty,
            string platform,
            string language,
            DateTime? date,
            GuideStep[] steps,
            FaqEntry[] faq,
            GuideSection? introduction,
            GuideText[] requirements,
            GuideText[] tips,
            GuideLink[] links,
            GuideSection[] sections,
            Func<IReadOnlyList<Guide>>? translations = null)
            : this(
                id, new LazyString(title, nameof(title)), new LazyString(description, nameof(description)),
                new LazyString(category, nameof(category)), difficulty, new LazyString(platform, nameof(platform)), language, date,
                steps, faq, introduction, requirements, tips, links, sections, translations)
        {
        }

        /// <summary>
        /// Creates a guide whose strings are decoded from <paramref name="strings"/> on first read: <paramref name="title"/>,
        /// <paramref name="description"/>, <paramref name="category"/> and <paramref name="platform"/> are indexes in it.
        /// The record reader calls this.
        /// </summary>
        /// <exception cref="ArgumentOutOfRangeException">An index is not one of <paramref name="strings"/>.</exception>
        internal Guide(
            GuideStrings strings,
            string id,
            int title,
            int description,
            int category,
            GuideDifficulty difficulty,
            int platform,
            string language,
            DateTime? date,
            GuideStep[] steps,
            FaqEntry[] faq,
            GuideSection? introduction,
            GuideText[] requirements,
            GuideText[] tips,
            GuideLink[] links,
            GuideSection[] sections,
            Func<IReadOnlyList<Guide>>? translations = null)
            : this(
                id, strings.At(title, nameof(title)), strings.At(description, nameof(description)),
                strings.At(category, nameof(category)), difficulty, strings.At(platform, nameof(platform)), language, date,
                steps, faq, introduction, requirements, tips, links, sections, translations)
        {
        }

        private Guide(
            string id,
            LazyString title,
            LazyString description,
            LazyString category,
            GuideDifficulty difficulty,
            LazyString platform,
            string language,
            DateTime? date,
            GuideStep[] steps,
            FaqEntry[] faq,
            GuideSection? introduction,
            GuideText[] requirements,
            GuideText[] tips,
            GuideLink[] links,
            GuideSection[] sections,
            Func<IReadOnlyList<Guide>>? translations)
        {
            Id = id ?? throw new ArgumentNullException(nameof(id));
            _title = title;
            _description = description;
            _category = category;
            Difficulty = difficulty;
            _platform = platform;
            Language = language ?? throw new ArgumentNullException(nameof(language));
            Date = date;
            Steps = ReadOnly(steps, nameof(steps));
            Faq = ReadOnly(faq, nameof(faq));
            Introduction = introduction;
            Requirements = ReadOnly(requirements, nameof(requirements));
            Tips = ReadOnly(tips, nameof(tips));
            Links = ReadOnly(links, nameof(links));
            Sections = ReadOnly(sections, nameof(sections));
            _translationsFactory = translations;
        }

        /// <summary>A copy of <paramref name="guide"/>, for the <c>With</c> methods to complete.</summary>
        private Guide(Guide guide)
        {
            Id = guide.Id;
            _title = guide._title;
            _description = guide._description;
            _category = guide._category;
            Difficulty = guide.Difficulty;
            _platform = guide._platform;
            Language = guide.Language;
            Date = guide.Date;
            Steps = guide.Steps;
            Faq = guide.Faq;
            Introduction = guide.Introduction;
            Requirements = guide.Requirements;
            Tips = guide.Tips;
            Links = guide.Links;
            Sections = guide.Sections;
            _translationsFactory = guide._translationsFactory;
            _fields = guide._fields;
            _extraFields = guide._extraFields;
            Images = guide.Images;
            CodeBlocks = guide.CodeBlocks;
            Callouts = guide.Callouts;
            Files = guide.Files;
            _linksToFactory = guide._linksToFactory;
            _linkedFromFactory = guide._linkedFromFactory;
            Outline = guide.Outline;
            WordCount = guide.WordCount;
            ReadingTime = guide.ReadingTime;
        }

        /// <summary>The guide's id: its file name without extension or language suffix, in lower case (<c>ameli</c>).</summary>
        public string Id { get; }

        /// <summary>The <c>title</c> of the front matter.</summary>
        public string Title => _title.Value;

        /// <summary>The <c>description</c> of the front matter.</summary>
        public string Description => _description.Value;

        /// <summary>The <c>category</c> of the front matter (<c>government</c>, for instance).</summary>
        public string Category => _category.Value;

        /// <summary>The <c>difficulty</c> of the front matter.</summary>
        public GuideDifficulty Difficulty { get; }

        /// <summary>The <c>platform</c> of the front matter (<c>all</c>, <c>ios</c>, <c>android</c>, ...); empty when absent.</summary>
        public string Platform => _platform.Value;

        /// <summary>The guide's language, a culture name such as <c>fr</c> or <c>en-GB</c>.</summary>
        public string Language { get; }

        /// <summary>
        /// The <c>date</c> of the front matter: a date, at midnight, of kind <see cref="DateTimeKind.Unspecified"/>;
        /// <see langword="null"/> when the guide has none, which only a site whose <c>GuidesRequiredFields</c> leaves out
        /// <c>date</c> allows (by default every guide has one).
        /// </summary>
        public DateTime? Date { get; }

        /// <summary>The numbered steps, in order: <c>Steps[0].Number</c> is 1.</summary>
        public IReadOnlyList<GuideStep> Steps { get; }

        /// <summary>The questions and answers of the <c>faq</c> front-matter field, in order.</summary>
        public IReadOnlyList<FaqEntry> Faq { get; }

        /// <summary>The "What you will learn" section ("Ce que vous allez apprendre"), or <see langword="null"/> when the guide has none.</summary>
        public GuideSection? Introduction { get; }

        /// <summary>The bullets of the "What you need" section ("Ce dont vous avez besoin").</summary>
        public IReadOnlyList<GuideText> Requirements { get; }

        /// <summary>The bullets of the "Tips" section ("Conseils").</summary>
        public IReadOnlyList<GuideText> Tips { get; }

        /// <summary>The links of the "Useful links" section ("Liens utiles").</summary>
        public IReadOnlyList<GuideLink> Links { get; }

        /// <summary>Every other section of the body, in the order of the file, each with its heading.</summary>
        public IReadOnlyList<GuideSection> Sections { get; }

        /// <summary>
        /// Every language this guide is written in, this one included, ordered by language name: the files of the
        /// same id (<c>fr/ameli.md</c>, <c>en/ameli.md</c>) or of the same <c>translationKey</c>. The first read creates
        /// every translation of this guide.
        /// </summary>
        public IReadOnlyList<Guide> Translations
        {
            get
            {
                // A benign race: every thread computes the same list of the same guides.
                var translations = _translations;
                if (translations is null)
                {
                    translations = _translationsFactory?.Invoke() ?? new ReadOnlyCollection<Guide>(new[] { this });
                    _translations = translations;
                }

                return translations;
            }
        }

        /// <summary>
        /// The front-matter fields of the library's <see cref="GuideFieldsAttribute"/> class, filled from this guide's
        /// front matter at compile time.
        /// </summary>
        /// <typeparam name="T">The library's <c>[GuideFields]</c> class.</typeparam>
        /// <exception cref="InvalidOperationException">
        /// The guide's library declares no <c>[GuideFields]</c> class, or declares another one than <typeparamref name="T"/>
        /// (the message names it).
        /// </exception>
        public T Fields<T>()
            where T : class
        {
            if (_fields is T fields)
            {
                return fields;
            }

            if (_fields is null)
            {
                throw new InvalidOperationException(
                    "The guide '" + Id + "' has no fields: its library declares no [GuideFields] class, so Fields<" +
                    typeof(T).Name + ">() has nothing to return.");
            }

            throw new InvalidOperationException(
                "The fields of the guide '" + Id + "' are a " + _fields.GetType().FullName + ", not a " + typeof(T).FullName +
                ": call Fields<" + _fields.GetType().Name + ">().");
        }

        /// <summary>
        /// The front-matter fields of the library's <see cref="GuideFieldsAttribute"/> class, or <see langword="null"/>
        /// when the library declares none. <see cref="Fields{T}"/> gives them typed.
        /// </summary>
        public object? Fields() => _fields;

        /// <summary>
        /// The front-matter fields that neither the generator nor the library's <c>[GuideFields]</c> class reads, by key as
        /// written in the guide; empty when there are none. Values are as the generated code gives them.
        /// </summary>
        public IReadOnlyDictionary<string, object?> ExtraFields => _extraFields;

        /// <summary>
        /// A copy of this guide with its <c>[GuideFields]</c> object and its extra fields. Generated code calls this once,
        /// on the guide it has just created, before anything else can see it (<c>new Guide(...).WithFields(...)</c>).
        /// </summary>
        /// <remarks>
        /// A copy, not a change: a guide stays immutable whoever holds it, so no code can change the fields of a guide
        /// the catalog hands out, and the public constructors, which libraries built against earlier versions call, stay
        /// as they are. The copy shares every step, section and string of this guide, none of which is created yet
        /// (strings are decoded on first read): it costs one object per guide, once, when the guide is first created.
        /// </remarks>
        internal Guide WithFields(object? fields, IReadOnlyDictionary<string, object?>? extraFields) =>
            new Guide(this) { _fields = fields, _extraFields = extraFields ?? EmptyFields };

        /// <summary>
        /// Every image the guide shows (in its steps, sections and answers), once each, in order of first appearance.
        /// Their files are shipped in the library's assembly: <see cref="GuideImage.OpenRead"/> reads them.
        /// </summary>
        public IReadOnlyList<GuideImage> Images { get; private set; } = GuideImages.None;

        /// <summary>
        /// Every fenced code block of the guide's steps and sections, in the order of the file, each with its language,
        /// title and code; empty when it has none. A step or section lists its own in <see cref="GuideStep.CodeBlocks"/>,
        /// <see cref="GuideSection.CodeBlocks"/>.
        /// </summary>
        public IReadOnlyList<GuideCodeBlock> CodeBlocks { get; private set; } = GuideCodeBlock.None;

        /// <summary>
        /// Every callout of the guide's steps and sections (<c>&gt; [!NOTE]</c>, <c>:::tip</c>), in the order of the file, then
        /// those of its FAQ answers; empty when it has none. A step, section or answer lists its own in
        /// <see cref="GuideStep.Callouts"/>, <see cref="GuideSection.Callouts"/>, <see cref="FaqEntry.Callouts"/>.
        /// </summary>
        public IReadOnlyList<GuideCallout> Callouts { get; private set; } = GuideCallout.None;

        /// <summary>A copy of this guide with its callouts: the record reader, on the guide it has just created.</summary>
        internal Guide WithCallouts(GuideCallout[] callouts) =>
            new Guide(this) { Callouts = new ReadOnlyCollection<GuideCallout>(callouts) };

        /// <summary>A copy of this guide with its code blocks: the record reader, on the guide it has just created.</summary>
        internal Guide WithCodeBlocks(GuideCodeBlock[] codeBlocks) =>
            new Guide(this) { CodeBlocks = new ReadOnlyCollection<GuideCodeBlock>(codeBlocks) };

        /// <summary>Every other file the guide links to (<c>[the form](cerfa.pdf)</c>), once each, in order of first appearance.</summary>
        public IReadOnlyList<GuideFile> Files { get; private set; } = GuideImages.NoFiles;

        /// <summary>
        /// A copy of this guide with its images and files. Generated code calls this once, on the guide it has just created
        /// (<c>new Guide(...).WithFiles(...)</c>); see <see cref="WithFields"/> for why a copy.
        /// </summary>
        internal Guide WithFiles(GuideImage[] images, GuideFile[] files) =>
            new Guide(this) { Images = GuideImages.ReadOnly(images), Files = GuideImages.ReadOnly(files) };

        /// <summary>
        /// The guides this guide links to (<c>[reset your password](../accounts/reset.md#step-2)</c>), once each, in the
        /// order of its links, in the language each link leads to (this guide's when the other has it); checked at compile
        /// time. Created on first read.
        /// </summary>
        public IReadOnlyList<Guide> LinksTo => _linksTo ??= _linksToFactory?.Invoke() ?? NoGuides;

        /// <summary>The guides that link to this translation of this guide, found at compile time. Created on first read.</summary>
        public IReadOnlyList<Guide> LinkedFrom => _linkedFrom ??= _linkedFromFactory?.Invoke() ?? NoGuides;

        /// <summary>
        /// A copy of this guide with its links and backlinks, found on first read. Generated code calls this once, on the
        /// guide it has just created; see <see cref="WithFields"/> for why a copy.
        /// </summary>
        internal Guide WithLinks(Func<IReadOnlyList<Guide>> linksTo, Func<IReadOnlyList<Guide>> linkedFrom) =>
            new Guide(this)
            {
                _linksToFactory = linksTo ?? throw new ArgumentNullException(nameof(linksTo)),
                _linkedFromFactory = linkedFrom ?? throw new ArgumentNullException(nameof(linkedFrom)),
            };

        private static readonly IReadOnlyList<Guide> NoGuides = new ReadOnlyCollection<Guide>(Array.Empty<Guide>());
        private Func<IReadOnlyList<Guide>>? _linksToFactory;
        private Func<IReadOnlyList<Guide>>? _linkedFromFactory;
        private IReadOnlyList<Guide>? _linksTo;
        private IReadOnlyList<Guide>? _linkedFrom;

        /// <summary>
        /// The headings of the guide's body in the order of the file, with their anchors: the sections' <c>##</c> headings
        /// and the steps under them, for a table of contents. Empty for a guide compiled by an earlier generator.
        /// </summary>
        public IReadOnlyList<GuideHeading> Outline { get; private set; } = GuideHeading.None;

        /// <summary>
        /// How many words a reader reads in this guide, counted at compile time: its title, description, headings, steps,
        /// sections, bullets, useful links and FAQ, as plain text. A word is a run of characters between spaces with a letter
        /// or digit in it; each Chinese, Japanese or Korean ideograph or kana counts as one.
        /// </summary>
        public int WordCount { get; private set; }

        /// <summary>
        /// How long the guide takes to read silently: <see cref="WordCount"/> at the library's words per minute for the
        /// guide's language (<c>GuidesWordsPerMinute</c>; 238 unless set, the average silent reading rate of adults for
        /// non-fiction, Brysbaert 2019), rounded up to the second.
        /// </summary>
        public TimeSpan ReadingTime { get; private set; }

        /// <summary>
        /// A copy of this guide with its outline, word count and reading time. Generated code calls this once, on the guide
        /// it has just created; see <see cref="WithFields"/> for why a copy.
        /// </summary>
        /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
        internal Guide WithOutline(GuideHeading[] outline, int wordCount, int readingSeconds)
        {
            if (outline is null) throw new ArgumentNullException(nameof(outline));
            if (wordCount < 0) throw new ArgumentOutOfRangeException(nameof(wordCount));
            if (readingSeconds < 0) throw new ArgumentOutOfRangeException(nameof(readingSeconds));
            var copy = new Guide(this)
            {
                Outline = outline.Length == 0 ? GuideHeading.None : new ReadOnlyCollection<GuideHeading>(outline),
                WordCount = wordCount,
                ReadingTime = TimeSpan.FromSeconds(readingSeconds),
            };
            foreach (var heading in outline)
            {
                (heading ?? throw new ArgumentException("The outline has a null heading.", nameof(outline))).Bind(copy);
            }

            return copy;
        }

        /// <summary>Returns the title.</summary>
        public override string ToString() => Title;

        private static ReadOnlyCollection<T> ReadOnly<T>(T[] items, string name)
        {
            if (items is null) throw new ArgumentNullException(name);
            return new ReadOnlyCollection<T>(items);
        }
    }
}
