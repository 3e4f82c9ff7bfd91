using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace Guides
{
    /// <summary>
    /// A callout of a guide: a GitHub alert (<c>&gt; [!NOTE]</c>, <c>[!TIP]</c>, <c>[!IMPORTANT]</c>, <c>[!WARNING]</c>,
    /// <c>[!CAUTION]</c>) or a Docusaurus/VitePress container (<c>:::tip Title</c>). <see cref="Guide.Callouts"/> lists them in
    /// the order of the file; a step or section lists its own. Its step's or section's HTML shows it as
    /// <c>&lt;div class="callout callout-note" role="note"&gt;</c> with its title visible.
    /// </summary>
    public sealed class GuideCallout
    {
        internal static readonly IReadOnlyList<GuideCallout> None = new ReadOnlyCollection<GuideCallout>(new GuideCallout[0]);

        private readonly LazyString _kind;
        private readonly LazyString _title;
        private readonly LazyString _html;
        private readonly LazyString _text;

        /// <summary>A callout whose strings are decoded from <paramref name="strings"/> on first read. The record reader calls this.</summary>
        internal GuideCallout(GuideStrings strings, int kind, int title, int html, int text)
        {
            _kind = strings.At(kind, nameof(kind));
            _title = strings.At(title, nameof(title));
            _html = strings.At(html, nameof(html));
            _text = strings.At(text, nameof(text));
        }

        /// <summary><c>note</c>, <c>tip</c>, <c>important</c>, <c>warning</c>, <c>caution</c>, <c>info</c> or <c>danger</c>.</summary>
        public string Kind => _kind.Value;

        /// <summary>Its title: the one written after the marker, else the kind's name in the guide's language (<c>Astuce</c>).</summary>
        public string Title => _title.Value;

        /// <summary>Its body as safe HTML, without the title.</summary>
        public string Html => _html.Value;

        /// <summary>Its body as plain text.</summary>
        public string Text => _text.Value;

        /// <summary>Returns the title.</summary>
        public override string ToString() => Title;
    }
}
