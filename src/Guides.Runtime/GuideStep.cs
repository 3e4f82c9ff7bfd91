using System;

namespace Guides
{
    /// <summary>One numbered step of a guide (<c>### Step 1: Title</c>, <c>### Étape 1 : Titre</c>).</summary>
    public sealed class GuideStep
    {
        /// <summary>Creates a step. Generated code calls this; apps read steps from <see cref="Guide.Steps"/>.</summary>
        public GuideStep(int number, string title, string markdown, string html, string text)
        {
            Number = number;
            Title = title ?? throw new ArgumentNullException(nameof(title));
            Markdown = markdown ?? throw new ArgumentNullException(nameof(markdown));
            Html = html ?? throw new ArgumentNullException(nameof(html));
            Text = text ?? throw new ArgumentNullException(nameof(text));
        }

        /// <summary>The step's number: 1 for the first step, in order.</summary>
        public int Number { get; }

        /// <summary>The step's title, from its heading, as plain text.</summary>
        public string Title { get; }

        /// <summary>The step's body as written in the guide (Markdown source).</summary>
        public string Markdown { get; }

        /// <summary>The step's body as safe HTML, rendered at compile time: raw HTML is escaped and unsafe link targets are dropped.</summary>
        public string Html { get; }

        /// <summary>The step's body as plain text, without Markdown syntax.</summary>
        public string Text { get; }

        /// <summary>Returns the step's number and title.</summary>
        public override string ToString() => Number + ". " + Title;
    }
}
