using System;
using System.Collections.Generic;

namespace Guides
{
    /// <summary>A question and its answer, from the <c>faq</c> list of a guide's front matter.</summary>
    public sealed class FaqEntry
    {
        private readonly LazyString _question;
        private readonly LazyString _answer;
        private readonly LazyString _answerHtml;

        /// <summary>Creates an entry, for a guide built in code; apps read entries from <see cref="Guide.Faq"/>.</summary>
        public FaqEntry(string question, string answer, string answerHtml)
        {
            _question = new LazyString(question, nameof(question));
            _answer = new LazyString(answer, nameof(answer));
            _answerHtml = new LazyString(answerHtml, nameof(answerHtml));
        }

        /// <summary>
        /// Creates an entry whose strings are decoded from <paramref name="strings"/> on first read: the other arguments
        /// are indexes in it. The record reader calls this.
        /// </summary>
        /// <exception cref="ArgumentOutOfRangeException">An index is not one of <paramref name="strings"/>.</exception>
        internal FaqEntry(GuideStrings strings, int question, int answer, int answerHtml)
        {
            _question = strings.At(question, nameof(question));
            _answer = strings.At(answer, nameof(answer));
            _answerHtml = strings.At(answerHtml, nameof(answerHtml));
        }

        /// <summary>The question, as plain text.</summary>
        public string Question => _question.Value;

        /// <summary>The answer, as plain text.</summary>
        public string Answer => _answer.Value;

        /// <summary>The answer as safe HTML (the answer may use inline Markdown: emphasis, links, code).</summary>
        public string AnswerHtml => _answerHtml.Value;

        /// <summary>The images the answer shows, in order, once each; empty when it shows none.</summary>
        public IReadOnlyList<GuideImage> Images { get; private set; } = GuideImages.None;

        /// <summary>Gives the answer its images: the record reader, on the answer it has just created, before anything reads it.</summary>
        internal void ShowImages(GuideImage[] images) => Images = GuideImages.ReadOnly(images);

        /// <summary>The callouts of the answer (<c>&gt; [!TIP]</c>), in order; empty when it has none. <see cref="Guide.Callouts"/> lists them after the body's.</summary>
        public IReadOnlyList<GuideCallout> Callouts { get; private set; } = GuideCallout.None;

        /// <summary>Gives the answer its callouts: the record reader, on the answer it has just created, before anything reads it.</summary>
        internal void ShowCallouts(GuideCallout[] callouts) => Callouts = callouts.Length == 0 ? GuideCallout.None : new System.Collections.ObjectModel.ReadOnlyCollection<GuideCallout>(callouts);

        /// <summary>Returns the question.</summary>
        public override string ToString() => Question;
    }
}
