using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace Guides.Search.Tests;

/// <summary>
/// The results (documents, scores, order, matched terms) of the judged queries and of random queries (words of the
/// corpus, as typed, as prefixes, with a typo) on the corpus's index, compared with <c>RecordedResults.txt</c>: results
/// the engine gave when the file was recorded (before the index's postings were read lazily). Set
/// GUIDES_RECORD_SEARCH_RESULTS=1 to record it again, only after a change that means to change the ranking.
/// </summary>
public sealed class RecordedResultsTests
{
    private const int Limit = 10;

    private static readonly Lazy<byte[]> Bytes = new(() => IndexBuilder.Write(Corpus.Documents(Corpus.Guides)));

    /// <summary>Where the file is recorded: beside this source file (the tests read the copy in their output folder).</summary>
    private static string SourcePath([CallerFilePath] string source = "") => Path.Combine(Path.GetDirectoryName(source)!, "RecordedResults.txt");

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

    private static string Recorded()
    {
        if (Environment.GetEnvironmentVariable("GUIDES_RECORD_SEARCH_RESULTS") == "1")
        {
            var index = SearchIndex.Load(Bytes.Value);
            var text = string.Concat(Queries().Select(q => Render(q.Query, q.Languages, index.Search(q.Query, q.Languages, Limit))));
            File.WriteAllText(SourcePath(), text);
            return text;
        }

        return File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "RecordedResults.txt")).Replace("\r\n", "\n");
    }

    /// <summary>The recorded file, a query (a line "? query | languages", then its results) an entry.</summary>
    private static string[] Split(string all)
    {
        var entries = new List<string>();
        foreach (var line in all.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.StartsWith("? ", StringComparison.Ordinal)) entries.Add("");
            entries[^1] += line + "\n";
        }

        return entries.ToArray();
    }

    private static void AssertSame(string[] expected, IList<string> actual)
    {
        Assert.Equal(expected.Length, actual.Count);
        for (var i = 0; i < expected.Length; i++) Assert.Equal(expected[i], actual[i]);
    }

    [Fact]
    public void One_index_gives_the_recorded_results_for_every_query()
    {
        var index = SearchIndex.Load(Bytes.Value);
        var queries = Queries();
        Assert.True(queries.Count > 400);
        var first = queries.Select(q => Render(q.Query, q.Languages, index.Search(q.Query, q.Languages, Limit))).ToList();
        AssertSame(Split(Recorded()), first);
        // Again, every posting the queries need read by now.
        var again = queries.Select(q => Render(q.Query, q.Languages, index.Search(q.Query, q.Languages, Limit))).ToList();
        AssertSame(Split(Recorded()), again);
    }

    [Fact]
    public void A_new_index_for_each_query_gives_the_recorded_results()
    {
        var queries = Queries();
        var actual = queries.Select(q => Render(q.Query, q.Languages, SearchIndex.Load(Bytes.Value).Search(q.Query, q.Languages, Limit))).ToList();
        AssertSame(Split(Recorded()), actual);
    }

    [Fact]
    public void Queries_on_many_threads_at_once_give_the_recorded_results()
    {
        var expected = Split(Recorded());
        var queries = Queries();
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
