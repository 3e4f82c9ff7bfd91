using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace Guides
{
    /// <summary>
    /// A fenced code block of a guide (<c>```bash title="Install"</c>): its language and title from the info string, and its
    /// code as written. <see cref="Guide.CodeBlocks"/> lists them in the order of the file; a step or section lists its own.
    /// The HTML of the step or section shows it as <c>&lt;pre&gt;&lt;code class="language-bash"&gt;</c>.
    /// </summary>
    public sealed class GuideCodeBlock
    {
        internal static readonly IReadOnlyList<GuideCodeBlock> None = new ReadOnlyCollection<GuideCodeBlock>(new GuideCodeBlock[0]);

        private readonly LazyString _language;
        private readonly LazyString _title;
        private readonly LazyString _code;

        /// <summary>A code block whose strings are decoded from <paramref name="strings"/> on first read. The record reader calls this.</summary>
        internal GuideCodeBlock(GuideStrings strings, int language, int title, int code)
        {
            _language = strings.At(language, nameof(language));
            _title = strings.At(title, nameof(title));
            _code = strings.At(code, nameof(code));
        }

        /// <summary>The language the info string names first (<c>bash</c>, <c>csharp</c>), as written; empty when it names none.</summary>
        public string Language => _language.Value;

        /// <summary>The block's title, from <c>title="…"</c> in its info string; empty when it has none.</summary>
        public string Title => _title.Value;

        /// <summary>The code as written, every line ending in a line feed but the last.</summary>
        public string Code => _code.Value;

        /// <summary>Returns the code.</summary>
        public override string ToString() => Code;
    }
}
