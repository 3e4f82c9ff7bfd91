namespace Guides.Search.Tests;

/// <summary>
/// Loading an index decodes no postings; a query decodes those of the terms it looks at (exact, prefix and typo
/// matches), once: <see cref="SearchIndex.DecodedTermCount"/>.
/// </summary>
public sealed class LazyPostingsTests
{
    private static readonly Lazy<byte[]> Bytes = new(() => IndexBuilder.Write(Corpus.Documents(Corpus.Guides)));

    /// <summary>The distinct terms that the results matched, every result of the query.</summary>
    private static HashSet<string> Matched(SearchIndex index, string query, string language) =>
        index.Search(query, [language], int.MaxValue).SelectMany(r => r.MatchedTerms).ToHashSet(StringComparer.Ordinal);

    [Fact]
    public void Loading_decodes_no_postings()
    {
        var index = SearchIndex.Load(Bytes.Value);
        Assert.True(index.TermCount > 500, index.TermCount.ToString());
        Assert.True(index.DocumentCount > 50, index.DocumentCount.ToString());
        Assert.Equal(0, index.DecodedTermCount);
    }

    [Theory]
    [InlineData("carte vitale ", "fr")]
    [InlineData("vérifier mes remboursements ", "fr")]
    [InlineData("télécharger une attestation ", "fr")]
    [InlineData("reset your password ", "en")]
    public void A_query_decodes_the_postings_of_the_terms_it_matched_once(string query, string language)
    {
        var index = SearchIndex.Load(Bytes.Value);
        var matched = Matched(index, query, language);
        Assert.NotEmpty(matched);
        Assert.Equal(matched.Count, index.DecodedTermCount);
        Assert.Equal(matched, Matched(index, query, language));
        Assert.Equal(matched.Count, index.DecodedTermCount);
    }

    [Theory]
    [InlineData("atestation ", "fr")]
    [InlineData("attestaton de droits ", "fr")]
    [InlineData("pasword ", "en")]
    public void A_typo_decodes_the_terms_one_edit_away_and_no_others(string query, string language)
    {
        var index = SearchIndex.Load(Bytes.Value);
        var matched = Matched(index, query, language);
        Assert.NotEmpty(matched);
        // Terms of other languages one edit away are decoded too (their documents are then skipped).
        Assert.InRange(index.DecodedTermCount, matched.Count, matched.Count + 3);
        var decoded = index.DecodedTermCount;
        Assert.Equal(matched, Matched(index, query, language));
        Assert.Equal(decoded, index.DecodedTermCount);
    }

    [Fact]
    public void A_prefix_decodes_the_terms_that_start_with_it_and_no_others()
    {
        var index = SearchIndex.Load(Bytes.Value);
        var matched = Matched(index, "rembour", "fr");
        Assert.NotEmpty(matched);
        Assert.All(matched, t => Assert.StartsWith("rembour", t, StringComparison.Ordinal));
        // Terms of other languages that start with the prefix are decoded too (their documents are then skipped).
        Assert.InRange(index.DecodedTermCount, matched.Count, matched.Count + 3);
        var decoded = index.DecodedTermCount;
        Matched(index, "rembourse", "fr");
        Assert.Equal(decoded, index.DecodedTermCount);
        Assert.Empty(index.Search("zzzzzzzz ", ["fr"], 10));
        Assert.Equal(decoded, index.DecodedTermCount);
    }

    [Fact]
    public void Postings_that_do_not_decode_find_nothing_and_never_throw()
    {
        // The last document number of the last term made out of range: stepped over at load, refused on first use.
        var bytes = IndexBuilder.Write(
        [
            new Doc(0, "fr", SearchPart.Guide, 0, ("carte vitale", 4f)),
            new Doc(1, "fr", SearchPart.Guide, 0, ("carte grise", 4f)),
        ]);
        var good = SearchIndex.Load(bytes);
        Assert.Equal(2, good.Search("vitale ", ["fr"], 10).Count + good.Search("grise ", ["fr"], 10).Count);
        // The last term is "vital" (its first bytes in the index: the words' table comes after the terms): its postings'
        // byte count, 2, then one posting, [count * 16 + f] (1 * 16 + 4 * 2), then its document, 0.
        var at = bytes.AsSpan().IndexOf("vital"u8) + "vital".Length;
        Assert.Equal([2, 24, 0], bytes[at..(at + 3)]);
        bytes[at + 2] = 5;
        var index = SearchIndex.Load(bytes);
        Assert.Equal(3, index.TermCount);
        Assert.Empty(index.Search("vitale ", ["fr"], 10));
        Assert.Equal(2, index.Search("carte ", ["fr"], 10).Count);
    }

    [Fact]
    public void A_posting_count_above_the_document_count_makes_the_index_unreadable()
    {
        // Shards add up their terms' counts for idf, read before the postings are decoded: a count above the documents
        // would make another shard's scores negative (found by a review).
        var bytes = IndexBuilder.Write(
        [
            new Doc(0, "fr", SearchPart.Guide, 0, ("carte vitale", 4f)),
            new Doc(1, "fr", SearchPart.Guide, 0, ("carte grise", 4f)),
        ]);
        // The first term, "cart" (carte, stemmed): its byte count, 3, then two postings: [2 * 16 + 8, document 0],
        // [(gap - 1) * 16 + 8].
        var at = bytes.AsSpan().IndexOf("cart"u8) + "cart".Length;
        Assert.Equal([3, 2 * 16 + 8, 0, 8], bytes[at..(at + 4)]);
        bytes[at + 1] = 3 * 16 + 8; // three postings: as many as its bytes, more than the two documents
        var index = SearchIndex.Load(bytes);
        Assert.Equal(0, index.DocumentCount);
        Assert.Empty(index.Search("carte ", ["fr"], 10));
    }

    [Theory]
    [InlineData(2 * 16 + 8)] // two postings in two bytes: the second runs past them
    [InlineData(0 * 16 + 8)] // no posting: refused when the index is read
    [InlineData(3 * 16 + 8)] // more postings than bytes: refused when the index is read
    public void Postings_that_do_not_fit_their_byte_count_find_nothing_and_never_throw(byte first)
    {
        var bytes = IndexBuilder.Write(
        [
            new Doc(0, "fr", SearchPart.Guide, 0, ("carte vitale", 4f)),
            new Doc(1, "fr", SearchPart.Guide, 0, ("carte grise", 4f)),
        ]);
        var at = bytes.AsSpan().IndexOf("vital"u8) + "vital".Length;
        Assert.Equal([2, 24, 0], bytes[at..(at + 3)]);
        bytes[at + 1] = first;
        var index = SearchIndex.Load(bytes);
        Assert.Empty(index.Search("vitale ", ["fr"], 10));
        // A posting count that fits its bytes reads, and the other terms find their documents; a count that cannot (none, or
        // more postings than bytes) makes the whole index unreadable, as any other malformed count does.
        Assert.Equal(first == 2 * 16 + 8 ? 2 : 0, index.Search("carte ", ["fr"], 10).Count);
    }
}
