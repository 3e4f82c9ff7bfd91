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
    /// The binary format of the search index, version 1 (all integers are unsigned LEB128 varints):
    /// <code>
    /// "GSX" 0x01
    /// languages: count, then each: UTF-8 byte count, bytes (lower case tags)
    /// documents: count, then each: guide, language index * 8 + kind, part, weighted length * 2 (rounded)
    /// terms: count, then each, in ordinal order: one byte (shared prefix bytes &lt;&lt; 4 | suffix bytes, a nibble of
    ///   15 meaning a varint follows with the rest), the suffix's UTF-8 bytes, then the postings: first
    ///   (posting count * 16 + f), [f - 15 when f ≥ 15], document number; then each next one (gap - 1) * 16 + f, [f - 15],
    ///   where f is the weighted frequency (Σ field weight × occurrences) * 2, rounded, at least 1.
    /// </code>
    /// </summary>
    internal static class SearchFormat
    {
        public const byte Version = 1;

        public static readonly byte[] Magic = { (byte)'G', (byte)'S', (byte)'X', Version };

        /// <summary>Weighted frequencies and lengths are stored times this, rounded.</summary>
        public const float Scale = 2f;
    }
}
