using System.Text;
using Guides.Corpus;
using Guides.Search;

namespace Guides.Benchmarks;

/// <summary>
/// A library of guides in varied prose and four languages, built in process for the search engines (no compilation):
/// guide <c>i</c> is in fr, en, es or de by turn, shaped like the seed (a title and a description, 7 steps, 5 FAQ
/// entries, 4 tips: 17 parts, about 900 words) in <see cref="VariedProse"/> (a Zipf vocabulary of 20,000 made-up words),
/// each language's words spelt with its own vowels so that the four vocabularies differ as real ones do. The same
/// parts go to our writer and to Lucene's (<see cref="LuceneDocument"/>), and the queries are what readers type: one
/// to four words of a guide's or a step's title, some with a typo, some with the last word being typed.
/// </summary>
internal sealed class SearchCorpus
{
    public static readonly string[] Languages = ["fr", "en", "es", "de"];

    private static readonly string[][] Vowels =
    [
        ["a", "e", "i", "o", "u", "é", "ou", "ai", "eu", "è", "an", "on", "in"],
        ["a", "e", "i", "o", "u", "ee", "oo", "ea", "ow", "ay", "er", "or", "ing"],
        ["a", "e", "i", "o", "u", "ó", "ue", "ia", "ei", "á", "an", "on", "ión"],
        ["a", "e", "i", "o", "u", "ü", "au", "ei", "eu", "ä", "en", "on", "ung"],
    ];

    private SearchCorpus(int guides)
    {
        Guides = guides;
        for (var g = 0; g < guides; g++)
        {
            var language = g % Languages.Length;
            var prose = new VariedProse(g);
            string Phrase(int min, int max) => Respell(prose.Phrase(min, max), language);
            string Text(int words) => Respell(prose.Sentences(words), language);
            var tag = Languages[language];
            Parts.Add(new Part(g, tag, 0, 0, Phrase(5, 10), Text(18)));
            for (var s = 1; s <= 7; s++) Parts.Add(new Part(g, tag, 1, s, Phrase(3, 7), Text(60)));
            for (var f = 0; f < 5; f++) Parts.Add(new Part(g, tag, 2, f, Phrase(5, 10) + " ?", Text(28)));
            for (var t = 0; t < 4; t++) Parts.Add(new Part(g, tag, 4, t, null, Text(15)));
        }
    }

    /// <summary>One part of a guide: <see cref="SearchPart"/> as a number, its heading (title) and its text.</summary>
    public sealed record Part(int Guide, string Language, int Kind, int Number, string? Heading, string Body);

    public int Guides { get; }

    public List<Part> Parts { get; } = [];

    public static SearchCorpus Build(int guides) => new(guides);

    /// <summary>The parts as our writer's documents: the same fields and weights as <c>SearchIndexBuilder</c>.</summary>
    public IEnumerable<SearchDocument> Documents() => Parts.Select(p => p.Kind switch
    {
        0 => new SearchDocument(p.Guide, p.Language, SearchPart.Guide, 0, (p.Heading!, 4f), (p.Body, 2f)),
        4 => new SearchDocument(p.Guide, p.Language, SearchPart.Tip, p.Number, (p.Body, 1f)),
        _ => new SearchDocument(p.Guide, p.Language, (SearchPart)p.Kind, p.Number, (p.Heading!, 3f), (p.Body, 1f)),
    });

    public List<LuceneDocument> LuceneDocuments() => Parts.Select(p => new LuceneDocument(p.Guide, p.Language, p.Kind, p.Number, p.Heading, p.Body)).ToList();

    /// <summary>A query's kind: what the benchmarks report it by.</summary>
    public enum QueryKind
    {
        OneWord,
        TwoWords,
        ThreeWords,
        FourWords,
        Typo,
        Prefix,
    }

    /// <summary>
    /// <paramref name="count"/> queries of each kind, deterministic: words of a random guide's title or step title in
    /// the guide's language; a complete query ends with a space, a prefix does not (its last word cut after 3 or more
    /// letters); a typo drops, doubles, swaps or replaces one letter of a word of 5 letters or more.
    /// </summary>
    public List<(QueryKind Kind, string Query, string Language)> Queries(int count)
    {
        var random = new Random(24);
        var titles = Parts.Where(p => p.Kind <= 1).ToList();
        var queries = new List<(QueryKind, string, string)>();
        foreach (var kind in Enum.GetValues<QueryKind>())
        {
            for (var made = 0; made < count;)
            {
                var part = titles[random.Next(titles.Count)];
                var words = part.Heading!.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
                var length = kind switch
                {
                    QueryKind.OneWord => 1,
                    QueryKind.TwoWords => 2,
                    QueryKind.ThreeWords => 3,
                    QueryKind.FourWords => 4,
                    _ => 1 + random.Next(3),
                };
                if (words.Length < length) continue;
                var start = random.Next(words.Length - length + 1);
                var picked = words.Skip(start).Take(length).ToArray();
                var query = string.Join(" ", picked) + " ";
                if (kind == QueryKind.Prefix)
                {
                    var last = picked[^1];
                    if (last.Length < 4) continue;
                    picked[^1] = last[..(3 + random.Next(last.Length - 3))];
                    query = string.Join(" ", picked);
                }
                else if (kind == QueryKind.Typo)
                {
                    var at = Array.FindIndex(picked, w => w.Length >= 5);
                    if (at < 0) continue;
                    picked[at] = Typo(picked[at], random);
                    query = string.Join(" ", picked) + " ";
                }

                queries.Add((kind, query, part.Language));
                made++;
            }
        }

        return queries;
    }

    /// <summary>A query of <paramref name="words"/> words of the corpus's titles, every one of 5 letters or more misspelt: the worst a query can ask.</summary>
    public string Pathological(int words)
    {
        var random = new Random(25);
        var pool = Parts.Where(p => p.Kind <= 1 && p.Language == "fr").SelectMany(p => p.Heading!.ToLowerInvariant().Split(' ')).ToList();
        var query = new StringBuilder();
        for (var i = 0; i < words; i++)
        {
            var word = pool[random.Next(pool.Count)];
            query.Append(word.Length >= 5 ? Typo(word, random) : word).Append(' ');
        }

        return query.ToString();
    }

    private static string Typo(string word, Random random)
    {
        var at = 1 + random.Next(word.Length - 2);
        return random.Next(4) switch
        {
            0 => word.Remove(at, 1),
            1 => word.Insert(at, word[at].ToString()),
            2 => word[..at] + word[at + 1] + word[at] + word[(at + 2)..],
            _ => word[..at] + (char)('a' + random.Next(26)) + word[(at + 1)..],
        };
    }

    /// <summary>The prose's French-like vowels replaced by the language's own (the same syllable to the same vowel).</summary>
    private static string Respell(string text, int language)
    {
        if (language == 0) return text;
        var from = Vowels[0];
        var to = Vowels[language];
        var result = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length;)
        {
            var matched = false;
            // Longest first: "ou" before "o".
            for (var v = from.Length - 1; v >= 0 && !matched; v--)
            {
                var vowel = from[v];
                if (vowel.Length > 1 && string.CompareOrdinal(text, i, vowel, 0, vowel.Length) == 0)
                {
                    result.Append(to[v]);
                    i += vowel.Length;
                    matched = true;
                }
            }

            for (var v = 0; v < from.Length && !matched; v++)
            {
                if (from[v].Length == 1 && text[i] == from[v][0])
                {
                    result.Append(to[v]);
                    i++;
                    matched = true;
                }
            }

            if (!matched) result.Append(text[i++]);
        }

        return result.ToString();
    }
}
