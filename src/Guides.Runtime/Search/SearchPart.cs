namespace Guides.Search
{
    /// <summary>Which part of a guide a searchable document is. Stored in the index: never renumber.</summary>
    internal enum SearchPart
    {
        /// <summary>The guide itself: its title and description (part 0).</summary>
        Guide = 0,

        /// <summary>A step: the part is the step's number (1-based).</summary>
        Step = 1,

        /// <summary>A FAQ entry: the part is its index in the guide's FAQ (0-based).</summary>
        Faq = 2,

        /// <summary>A section: the part is its index in the guide's sections (0-based).</summary>
        Section = 3,

        /// <summary>A tip: the part is its index in the guide's tips (0-based).</summary>
        Tip = 4,
    }

    /// <summary>
    /// The binary format of the search index, version 5 (all integers are unsigned LEB128 varints; a "prefix-coded" list
    /// is sorted in ordinal order, each item one byte (bytes shared with the item before &lt;&lt; 4 | suffix bytes, a nibble of
    /// 15 meaning a varint follows with the rest), then the suffix's UTF-8 bytes):
    /// <code>
    /// "GSX" 0x05
    /// languages: count, then each: UTF-8 byte count, bytes (lower case tags, in ordinal order)
    /// documents: count, then each, by language (then guide, kind, part): guide, language index * 8 + kind, part,
    ///   weighted length * 2 (rounded); each language's documents are one run, so a query reads its language's postings alone
    /// terms: count, then each, prefix-coded (folded, stemmed), followed by the byte count of its postings (so that a reader
    ///   steps over them without decoding them), then its postings: first (posting count * 16 + f),
    ///   [f - 15 when f ≥ 15], document number; then each next one (gap - 1) * 16 + f, [f - 15], where f is the weighted
    ///   frequency (Σ field weight × occurrences) * 2, rounded, at least 1
    /// words: count, then each (the words as written, folded, of 4 letters or more, not stop words nor numbers, nor words
    ///   that are their own term and spelt without accents or capitals, found among the terms; in ordinal order, then by
    ///   language), prefix-coded, followed by: language index; its term: k when it is the word's first k chars, else 0
    ///   and the term's number; then its most frequent spelling in lower case: 0 when it is the folded word itself,
    ///   (c * 2 + 2) and c changes (the gap after the change before, the char) when it is as long, else (n * 2 + 1) and
    ///   its n UTF-8 bytes
    /// written terms: per language, in the order above: the count of the terms that its pages write as they are (the
    ///   words left out of the words above for being their own term, spelt as folded), then their numbers, increasing:
    ///   the first, then each gap - 1 (a correction may show such a term; a term that is only a stem is never shown)
    /// titles: count, then each: the document number of a guide's or a step's title, in suggestion order (guides' titles
    ///   first, then steps'; shorter titles first; then by document)
    /// title words: count, then each, prefix-coded (folded, not stemmed, no stop words), followed by the count of
    ///   titles that hold it and their numbers in increasing order: the first, then each gap - 1
    /// typo table (<see cref="TypoKeys"/>): the prefix length (0 to 8); the count of groups, then each group's count of terms and
    ///   of words (the terms and the words above, each in their order, cut where their first chars change); bucket bits;
    ///   entry width (bytes); per bucket: its entry count; then the entries, bucket by bucket: a group number
    ///   (width bytes, little endian), increasing within a bucket. A group is filed in the bucket of each hash of its keys
    ///   (the hash's low bits); its words of 4 chars or more make keys
    /// </code>
    /// </summary>
    internal static class SearchFormat
    {
        public const byte Version = 5;

        public static readonly byte[] Magic = { (byte)'G', (byte)'S', (byte)'X', Version };

        /// <summary>Weighted frequencies and lengths are stored times this, rounded.</summary>
        public const float Scale = 2f;

        /// <summary>The shortest word (in chars, folded) that the words' table holds: a typo of 5 letters may drop one.</summary>
        public const int ShortestWord = 4;
    }
}
