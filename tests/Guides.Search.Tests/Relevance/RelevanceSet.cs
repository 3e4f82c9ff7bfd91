namespace Guides.Search.Relevance;

/// <summary>One judged query of <c>queries.tsv</c>: what a reader types, in their language, and the guide that answers it.</summary>
/// <param name="Language">The reader's culture name (the pages of that language answer the query).</param>
/// <param name="Query">What the reader types.</param>
/// <param name="Expected">The id of the guide that answers it.</param>
/// <param name="Also">Another guide that answers it as well, or <see langword="null"/>.</param>
/// <param name="Line">The query's line in the file, for messages.</param>
internal sealed record JudgedQuery(string Language, string Query, string Expected, string? Also, int Line)
{
    /// <summary>Whether a guide id answers the query.</summary>
    public bool IsAnswer(string id) => id == Expected || id == Also;

    public override string ToString() => $"[{Language}] {Query}";
}

/// <summary>Where one engine put one judged query's answer.</summary>
/// <param name="Rank">1 for the first guide of the results, ...; 0 when no answer is among the first <see cref="RelevanceSet.Cutoff"/> guides.</param>
/// <param name="Guides">The ids of the first guides found, best first (each guide once, in the order of its best part).</param>
internal sealed record RankedQuery(JudgedQuery Query, int Rank, IReadOnlyList<string> Guides);

/// <summary>An engine's figures on the judged set: top-1, top-3 and mean reciprocal rank.</summary>
internal sealed record RelevanceScore(IReadOnlyList<RankedQuery> Ranked)
{
    public int Count => Ranked.Count;

    public int Top1 => Ranked.Count(r => r.Rank == 1);

    public int Top3 => Ranked.Count(r => r.Rank is >= 1 and <= 3);

    /// <summary>The mean of 1/rank, a query not found in the first <see cref="RelevanceSet.Cutoff"/> guides counting 0.</summary>
    public double Mrr => Ranked.Count == 0 ? 0 : Ranked.Sum(r => r.Rank == 0 ? 0 : 1.0 / r.Rank) / Ranked.Count;

    /// <summary>The figures as one line: <c>top-1 150/251 (59.8 %), top-3 200/251 (79.7 %), MRR 0.712</c>.</summary>
    public string Summary => FormattableString.Invariant(
        $"top-1 {Top1}/{Count} ({100.0 * Top1 / Count:F1} %), top-3 {Top3}/{Count} ({100.0 * Top3 / Count:F1} %), MRR {Mrr:F3}");

    /// <summary>The figures of one language's queries.</summary>
    public RelevanceScore Of(string language) => new(Ranked.Where(r => r.Query.Language == language).ToList());
}

/// <summary>
/// The relevance set of issue 24: judged queries over VitePress's documentation in four languages
/// (tests/Relevance.Content), read from <c>queries.tsv</c> and scored on any engine that ranks guide ids. Shared by
/// <c>RelevanceTests</c> (ours, through the generated library's <c>Search</c>) and the benchmarks' <c>relevance-real</c>
/// command (ours and Lucene.Net side by side).
/// </summary>
internal static class RelevanceSet
{
    /// <summary>How many guides a reader looks at: an answer further down counts 0 in the MRR.</summary>
    public const int Cutoff = 10;

    /// <summary>Reads the judged queries: lines of four tab-separated fields after a header, <c>#</c> lines are comments.</summary>
    public static IReadOnlyList<JudgedQuery> Read(string path)
    {
        var queries = new List<JudgedQuery>();
        var header = true;
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var fields = line.Split('\t');
            if (fields.Length != 4) throw new InvalidDataException($"{path}({number}): {fields.Length} fields, not 4 (lang, query, expected, also)");
            if (header)
            {
                header = false;
                continue;
            }

            queries.Add(new JudgedQuery(fields[0], fields[1], fields[2], fields[3] == "-" ? null : fields[3], number));
        }

        return queries;
    }

    /// <summary>
    /// Ranks each query's answer in what <paramref name="search"/> returns for it: the ids of the guides of its hits,
    /// best first, a guide that has several hits (parts) counting once, where its best part is.
    /// </summary>
    public static RelevanceScore Score(IReadOnlyList<JudgedQuery> queries, Func<JudgedQuery, IEnumerable<string>> search) =>
        new(queries.Select(query =>
        {
            var guides = search(query).Distinct(StringComparer.Ordinal).Take(Cutoff).ToList();
            var index = guides.FindIndex(query.IsAnswer);
            return new RankedQuery(query, index + 1, guides);
        }).ToList());
}
