namespace Guides
{
    /// <summary>
    /// A completion of what a reader is typing: the title of a guide, or of one of its steps
    /// (<see cref="GuideLibrary.Suggest"/>).
    /// </summary>
    public sealed class GuideSuggestion
    {
        internal GuideSuggestion(Guide guide, GuideStep? step)
        {
            Guide = guide;
            Step = step;
        }

        /// <summary>The guide whose title, or whose step's title, completes the prefix; in the language of that title.</summary>
        public Guide Guide { get; }

        /// <summary>The step whose title completes the prefix; null when it is the guide's title.</summary>
        public GuideStep? Step { get; }

        /// <summary>The title to show: the step's, or the guide's.</summary>
        public string Text => Step?.Title ?? Guide.Title;

        /// <inheritdoc />
        public override string ToString() => Text;
    }
}
