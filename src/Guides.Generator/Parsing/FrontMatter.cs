using System.Collections.Generic;
using Guides.Generator.Model;
using Microsoft.CodeAnalysis.Text;

namespace Guides.Generator.Parsing
{
    /// <summary>The fields of a guide's front matter, as read; what is missing or invalid keeps its default.</summary>
    internal sealed class FrontMatter
    {
        /// <summary>False when the YAML could not be read at all: its fields are then not reported missing one by one.</summary>
        public bool IsReadable { get; set; } = true;

        public string Title { get; set; } = string.Empty;

        /// <summary>Where the title's key stands (empty when the front matter has none).</summary>
        public TextSpan TitleSpan { get; set; }

        /// <summary>The title is a list or a map: reported as such (GUIDE005), not again as missing.</summary>
        public bool IsTitleInvalid { get; set; }

        public string Description { get; set; } = string.Empty;

        public string Category { get; set; } = string.Empty;

        public int? Steps { get; set; }

        public TextSpan StepsSpan { get; set; }

        public Difficulty Difficulty { get; set; }

        public string Platform { get; set; } = string.Empty;

        public string? Language { get; set; }

        public TextSpan LanguageSpan { get; set; }

        /// <summary>Links files whose names differ into one guide: their id is this key.</summary>
        public string? TranslationKey { get; set; }

        public DateModel Date { get; set; } = DateModel.None;

        /// <summary><c>draft: true</c>: left out of the catalog unless <c>GuidesIncludeDrafts</c> is true.</summary>
        public bool IsDraft { get; set; }

        public List<(string Question, string Answer, TextSpan AnswerSpan)> Faq { get; } = new();

        /// <summary>The fields the generator does not read itself (<c>tags</c>, <c>weight</c>): checked later against the project's <c>[GuideFields]</c> class.</summary>
        public List<FieldEntry> Extra { get; } = new();
    }
}
