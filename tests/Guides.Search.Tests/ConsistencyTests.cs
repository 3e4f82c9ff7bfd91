using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace Guides.Search.Tests;

/// <summary>
/// Lazy decoding and the threads' scratch buffers change nothing: the results (documents, scores, order, matched terms)
/// of the judged queries and of random queries (words of the corpus, as typed, as prefixes, with a typo) are the same on
/// one index shared by every query, on many threads at once, and on a new index for each query. (What the results should
/// be is tested elsewhere, against independent answers: this guards the caches alone.)
/// </summary>
public sealed class ConsistencyTests
{
    private const int Limit = 10;

    private static readonly Lazy<byte[]> Bytes = new(() => IndexBuilder.Write(Corpus.Documents(Corpus.Guides)));

    /// <summary>The judged queries, then random ones: each with the languages it searches.</summary>
    internal static List<(string Query, string[] Languages)> Queries()
    {
        var queries = JudgedSet.Queries.Select(q => (q.Query, new[] { q.Language, "en" })).ToList();
        var words = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var tokens = new List<Token>();
        foreach (var doc in Corpus.Documents(Corpus.Guides))
        {
            if (!words.TryGetValue(doc.Language, out var list)) words.Add(doc.Language, list = []);
            foreach (var (text, _) in doc.Fields)
            {
                tokens.Clear();
                Tokenizer.Tokenize(text ?? "", tokens);
                list.AddRange(tokens.Select(t => t.Text));
            }
        }

        var languages = words.Keys.Order(StringComparer.Ordinal).ToArray();
        var random = new Random(20261201);
        for (var i = 0; i < 400; i++)
        {
            var language = languages[random.Next(languages.Length)];
            var pool = words[language];
            var picked = Enumerable.Range(0, 1 + random.Next(3)).Select(_ => pool[random.Next(pool.Count)]).ToList();
            var shape = random.Next(4);
            var last = picked[^1];
            if (shape == 1 && last.Length > 2) picked[^1] = last[..(2 + random.Next(last.Length - 2))];
            if (shape == 2 && last.Length >= 5)
            {
                var at = random.Next(last.Length - 1);
                picked[^1] = random.Next(3) switch
                {
                    0 => last.Remove(at, 1),
                    1 => last[..at] + last[at + 1] + last[at] + last[(at + 2)..],
                    _ => last[..at] + (char)('a' + random.Next(26)) + last[(at + 1)..],
                };
            }

            var query = string.Join(" ", picked) + (shape == 1 || shape == 3 ? "" : " ");
            var searched = random.Next(3) == 0 ? new[] { language, "en", "fr", "de" } : new[] { language };
            queries.Add((query, searched));
        }

        return queries;
    }

    internal static string Render(string query, string[] languages, IReadOnlyList<SearchResult> results)
    {
        var text = new StringBuilder();
        text.Append("? ").Append(query).Append(" | ").Append(string.Join(",", languages)).Append('\n');
        foreach (var r in results)
        {
            text.Append(CultureInfo.InvariantCulture, $"  {r.Document} {r.Guide} {r.Kind} {r.Part} {r.Language} ")
                .Append(r.Score.ToString("R", CultureInfo.InvariantCulture)).Append(' ')
                .Append(string.Join(",", r.MatchedTerms)).Append('\n');
        }

        return text.ToString();
    }

    private static void AssertSame(IList<string> expected, IList<string> actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++) Assert.Equal(expected[i], actual[i]);
    }

    /// <summary>Each query on an index of its own: every posting decoded for that query alone, on one thread.</summary>
    private static List<string> Alone(List<(string Query, string[] Languages)> queries) =>
        queries.Select(q => Render(q.Query, q.Languages, SearchIndex.Load(Bytes.Value).Search(q.Query, q.Languages, Limit))).ToList();

    [Fact]
    public void One_index_gives_each_query_what_an_index_of_its_own_gives()
    {
        var queries = Queries();
        Assert.True(queries.Count > 400);
        var expected = Alone(queries);
        Assert.True(expected.Count(e => e.Contains("\n  ", StringComparison.Ordinal)) > 300, "most queries find something");
        var index = SearchIndex.Load(Bytes.Value);
        AssertSame(expected, queries.Select(q => Render(q.Query, q.Languages, index.Search(q.Query, q.Languages, Limit))).ToList());
        // Again, every posting the queries need decoded by now.
        AssertSame(expected, queries.Select(q => Render(q.Query, q.Languages, index.Search(q.Query, q.Languages, Limit))).ToList());
    }

    [Fact]
    public void Queries_on_many_threads_at_once_give_what_each_gives_alone()
    {
        var queries = Queries();
        var expected = Alone(queries);
        for (var run = 0; run < 3; run++)
        {
            var index = SearchIndex.Load(Bytes.Value);
            var actual = new string[queries.Count];
            Parallel.For(0, queries.Count, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
                actual[i] = Render(queries[i].Query, queries[i].Languages, index.Search(queries[i].Query, queries[i].Languages, Limit)));
            AssertSame(expected, actual);
        }
    }
}
