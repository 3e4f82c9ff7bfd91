using System;

namespace Guides
{
    /// <summary>A question and its answer, from the <c>faq</c> list of a guide's front matter.</summary>
    public sealed class FaqEntry
    {
        /// <summary>Creates an entry. Generated code calls this; apps read entries from <see cref="Guide.Faq"/>.</summary>
        public FaqEntry(string question, string answer, string answerHtml)
        {
            Question = question ?? throw new ArgumentNullException(nameof(question));
            Answer = answer ?? throw new ArgumentNullException(nameof(answer));
            AnswerHtml = answerHtml ?? throw new ArgumentNullException(nameof(answerHtml));
        }

        /// <summary>The question, as plain text.</summary>
        public string Question { get; }

        /// <summary>The answer, as plain text.</summary>
        public string Answer { get; }

        /// <summary>The answer as safe HTML (the answer may use inline Markdown: emphasis, links, code).</summary>
        public string AnswerHtml { get; }

        /// <summary>Returns the question.</summary>
        public override string ToString() => Question;
    }
}
