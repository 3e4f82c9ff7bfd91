using System.Collections.Generic;

namespace Guides.Search
{
    /// <summary>
    /// The one analysis the index and the queries share: words (<see cref="Tokenizer"/>), minus stop words and single
    /// Latin letters, stemmed by the language's <see cref="Stemmer"/>.
    /// </summary>
    internal sealed class TextAnalyzer
    {
        private readonly HashSet<string> _stopWords;

        public TextAnalyzer(string? language)
        {
            Stemmer = Stemmer.For(language);
            _stopWords = StopWords.For(language);
        }

        public Stemmer Stemmer { get; }

        /// <summary>Whether a folded word is left out of the index: a stop word, or one letter a–z.</summary>
        public bool IsIgnored(string word) =>
            (word.Length == 1 && word[0] >= 'a' && word[0] <= 'z') || _stopWords.Contains(word);

        /// <summary>The term of a folded word, or null when it is left out.</summary>
        public string? Term(string word) => IsIgnored(word) ? null : Stemmer.Stem(word);
    }
}
