namespace Guides
{
    /// <summary>
    /// One result of a search of a content library: the guide, the step or FAQ entry that matched (if the match was
    /// not on the guide itself), a score and a snippet of the matched text.
    /// </summary>
    public sealed class GuideSearchHit
    {
        private readonly string? _text;
        private readonly string _language;
        private readonly string[] _matchedTerms;
        private string[]? _snippets; // plain, HTML: made when first read

        internal GuideSearchHit(Guide guide, GuideStep? step, FaqEntry? faqEntry, double score, string? text, string language, string[] matchedTerms)
        {
            Guide = guide;
            Step = step;
            FaqEntry = faqEntry;
            Score = score;
            _text = text;
            _language = language;
            _matchedTerms = matchedTerms;
        }

        /// <summary>The guide that matched, in the language of the text that matched.</summary>
        public Guide Guide { get; }

        /// <summary>The step that matched; null when the match is on the guide, a FAQ entry, a section or a tip.</summary>
        public GuideStep? Step { get; }

        /// <summary>The FAQ entry that matched; null when the match is elsewhere.</summary>
        public FaqEntry? FaqEntry { get; }

        /// <summary>
        /// The relevance of the hit (BM25: higher is better). Only comparable between the hits of one search.
        /// </summary>
        public double Score { get; }

        /// <summary>
        /// About 160 chars of the matched part's plain text around its matched words, whitespace collapsed, "…" where
        /// the text was cut, each matched word wrapped in « and » (« remboursements »). The text itself may hold
        /// « and » too: to tell them apart, use <see cref="SnippetHtml"/>. Made when first read (with <see cref="SnippetHtml"/>).
        /// </summary>
        public string Snippet => Snippets()[0];

        /// <summary>The same snippet as HTML: the text encoded, each matched word in <c>&lt;mark&gt;…&lt;/mark&gt;</c>.</summary>
        public string SnippetHtml => Snippets()[1];

        private string[] Snippets()
        {
            var snippets = System.Threading.Volatile.Read(ref _snippets);
            if (snippets != null) return snippets;
            Search.Snippet.Make(_text, _language, _matchedTerms, out var plain, out var html);
            snippets = new[] { plain, html };
            System.Threading.Volatile.Write(ref _snippets, snippets);
            return snippets;
        }

        /// <inheritdoc />
        public override string ToString() => Guide.Title + (Step is null ? "" : " · " + Step) + ": " + Snippet;
    }
}
