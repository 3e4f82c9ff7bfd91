using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace Guides
{
    /// <summary>What a heading of a guide's outline heads.</summary>
    public enum GuideHeadingKind
    {
        /// <summary>A section the guide format does not name; <see cref="GuideHeading.Section"/> is it.</summary>
        Section = 0,

        /// <summary>"What you will learn": <see cref="Guide.Introduction"/>, which <see cref="GuideHeading.Section"/> is too.</summary>
        Introduction = 1,

        /// <summary>"What you need": <see cref="Guide.Requirements"/>.</summary>
        Requirements = 2,

        /// <summary>"Steps": the heading above the steps.</summary>
        Steps = 3,

        /// <summary>A step; <see cref="GuideHeading.Step"/> is it.</summary>
        Step = 4,

        /// <summary>"Tips": <see cref="Guide.Tips"/>.</summary>
        Tips = 5,

        /// <summary>"Useful links": <see cref="Guide.Links"/>.</summary>
        Links = 6,
    }

    /// <summary>
    /// A heading of a guide's body, for a table of contents: its level, its text and its anchor, with the step or section
    /// it heads. <see cref="Guide.Outline"/> lists them in the order of the file.
    /// </summary>
    public sealed class GuideHeading
    {
        internal static readonly IReadOnlyList<GuideHeading> None = new ReadOnlyCollection<GuideHeading>(Array.Empty<GuideHeading>());

        private readonly LazyString _title;
        private readonly int _part = -1;
        private Guide? _guide;
        private string? _anchor;

        /// <summary>
        /// Creates the heading of a section with no object of its own, its text decoded from <paramref name="strings"/> on
        /// first read. The record reader calls this.
        /// </summary>
        internal GuideHeading(GuideStrings strings, int level, GuideHeadingKind kind, int title)
        {
            Level = level;
            Kind = kind;
            _title = strings.At(title, nameof(title));
        }

        /// <summary>
        /// Creates the heading of the introduction (<paramref name="part"/> 0), of a step or of a section: the index of the
        /// step in <see cref="Guide.Steps"/> or of the section in <see cref="Guide.Sections"/>. The record reader calls this.
        /// </summary>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="part"/> is negative.</exception>
        internal GuideHeading(int level, GuideHeadingKind kind, int part)
        {
            if (part < 0) throw new ArgumentOutOfRangeException(nameof(part));
            Level = level;
            Kind = kind;
            _part = part;
        }

        /// <summary>The heading's level as written: 2 for <c>##</c>, 3 for a step's <c>###</c> (1 for a <c>#</c> section).</summary>
        public int Level { get; }

        /// <summary>What the heading heads.</summary>
        public GuideHeadingKind Kind { get; }

        /// <summary>The heading as plain text; a step's title, without its <c>Step N:</c>.</summary>
        public string Title => _part < 0 ? _title.Value : Step?.Title ?? Section?.Heading ?? string.Empty;

        /// <summary>
        /// The heading's anchor, as <see cref="GuideStep.Anchor"/> and <see cref="GuideSection.Anchor"/> give it (<c>step-2</c>,
        /// <c>what-you-need</c>): an app uses it as the HTML <c>id</c> of the heading and as the fragment of a link to it.
        /// </summary>
        public string Anchor => _anchor ??= Step?.Anchor ?? Section?.Anchor ?? GuideAnchors.Slug(Title);

        /// <summary>The step this heading heads, or <see langword="null"/>.</summary>
        public GuideStep? Step => Kind == GuideHeadingKind.Step && _guide is { } guide && _part < guide.Steps.Count ? guide.Steps[_part] : null;

        /// <summary>The section this heading heads (the introduction, or another section), or <see langword="null"/>.</summary>
        public GuideSection? Section => _guide is not { } guide || _part < 0
            ? null
            : Kind switch
            {
                GuideHeadingKind.Introduction => guide.Introduction,
                GuideHeadingKind.Section when _part < guide.Sections.Count => guide.Sections[_part],
                _ => null,
            };

        /// <summary>Binds the heading to its guide, whose steps and sections it names by index.</summary>
        internal void Bind(Guide guide) => _guide = guide;

        /// <summary>Returns the title.</summary>
        public override string ToString() => Title;
    }
}
