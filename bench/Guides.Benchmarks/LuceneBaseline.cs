using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.De;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Es;
using Lucene.Net.Analysis.Fr;
using Lucene.Net.Analysis.Hi;
using Lucene.Net.Analysis.It;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Pt;
using Lucene.Net.Analysis.Ru;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Guides.Benchmarks;

/// <summary>One searchable part of a guide for Lucene: the same parts and fields our generator indexes.</summary>
/// <param name="Kind">0 guide (title, description), 1 step, 2 FAQ entry, 3 section, 4 tip: our <c>SearchPart</c>.</param>
/// <param name="Heading">The guide's title (kind 0), the step title, FAQ question or section heading; null for a tip.</param>
/// <param name="Body">The description (kind 0), the step text, FAQ answer, section text or tip.</param>
internal sealed record LuceneDocument(int Guide, string Language, int Kind, int Part, string? Heading, string Body)
{
    /// <summary>The parts of a guide, as <c>SearchIndexBuilder</c> makes our index's documents from it.</summary>
    public static IEnumerable<LuceneDocument> Of(int number, Guide guide)
    {
        var language = guide.Language;
        yield return new LuceneDocument(number, language, 0, 0, guide.Title, guide.Description);
        foreach (var step in guide.Steps) yield return new LuceneDocument(number, language, 1, step.Number, step.Title, step.Text);
        for (var i = 0; i < guide.Faq.Count; i++) yield return new LuceneDocument(number, language, 2, i, guide.Faq[i].Question, guide.Faq[i].Answer);
        for (var i = 0; i < guide.Sections.Count; i++) yield return new LuceneDocument(number, language, 3, i, guide.Sections[i].Heading, guide.Sections[i].Text);
        for (var i = 0; i < guide.Tips.Count; i++) yield return new LuceneDocument(number, language, 4, i, null, guide.Tips[i].Text);
    }
}

/// <summary>One ranked Lucene hit: the part it found, read back from the stored fields.</summary>
internal readonly record struct LuceneHit(int Guide, int Kind, int Part, float Score);

/// <summary>
/// The baseline: what a .NET developer would write with Lucene.Net 4.8 to search the same guides offline. At start-up,
/// an in-memory index (<see cref="RAMDirectory"/>) of one Lucene document per part (guide, step, FAQ entry, section,
/// tip), its texts in per-language fields analysed by Lucene's analyzer of that language (<see cref="FrenchAnalyzer"/>,
/// <see cref="EnglishAnalyzer"/>, ...: elision, stop words, light stemmers), four fields weighted at query time as our
/// index weights them (title 4, step title / question / heading 3, description 2, text 1). A query is analysed by the
/// same analyzer; each word is a disjunction over the four fields, fuzzy (one edit) from 5 letters, the last word also a
/// prefix while it is being typed; words are SHOULD clauses (more words matched rank higher); the languages are tried
/// in the caller's order, the next one only when the one before found nothing (as ours).
/// </summary>
internal sealed class LuceneBaseline : IDisposable
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;
    private static readonly (string Name, float Boost)[] Fields = [("title", 4f), ("heading", 3f), ("desc", 2f), ("body", 1f)];

    private readonly Dictionary<string, Analyzer> _analyzers;
    private readonly RAMDirectory _directory;
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;

    private LuceneBaseline(Dictionary<string, Analyzer> analyzers, RAMDirectory directory, Similarity similarity)
    {
        _analyzers = analyzers;
        _directory = directory;
        _reader = DirectoryReader.Open(directory);
        _searcher = new IndexSearcher(_reader) { Similarity = similarity };
    }

    /// <summary>The index's size: the bytes of its files in the <see cref="RAMDirectory"/>.</summary>
    public long SizeInBytes => _directory.GetSizeInBytes();

    public int DocumentCount => _reader.NumDocs;

    /// <summary>Whether words of 5 letters or more are fuzzy (one edit); without, exact terms and the last word's prefix only.</summary>
    public bool Fuzzy { get; set; } = true;

    /// <summary>How many documents the last search matched in the language that answered (Lucene's <c>TotalHits</c>).</summary>
    public int LastTotalHits { get; private set; }

    /// <summary>Builds the index of <paramref name="documents"/>; <paramref name="bm25"/> for BM25 (ours), else Lucene 4.8's default TF-IDF.</summary>
    public static LuceneBaseline Build(IReadOnlyCollection<LuceneDocument> documents, bool bm25 = true)
    {
        var analyzers = new Dictionary<string, Analyzer>(StringComparer.Ordinal);
        var perField = new Dictionary<string, Analyzer>(StringComparer.Ordinal);
        foreach (var language in documents.Select(d => d.Language).Distinct())
        {
            var analyzer = AnalyzerFor(language);
            analyzers[language] = analyzer;
            foreach (var (name, _) in Fields) perField[name + "_" + language] = analyzer;
        }

        Similarity similarity = bm25 ? new BM25Similarity() : new DefaultSimilarity();
        var directory = new RAMDirectory();
        var config = new IndexWriterConfig(Version, new PerFieldAnalyzerWrapper(new StandardAnalyzer(Version), perField))
        {
            OpenMode = OpenMode.CREATE,
            Similarity = similarity,
        };
        using (var writer = new IndexWriter(directory, config))
        {
            foreach (var d in documents)
            {
                var document = new Document
                {
                    new StoredField("guide", d.Guide),
                    new StoredField("kind", d.Kind),
                    new StoredField("part", d.Part),
                };
                var (heading, body) = d.Kind == 0 ? ("title", "desc") : ("heading", "body");
                if (d.Heading is { Length: > 0 }) document.Add(new TextField(heading + "_" + d.Language, d.Heading, Field.Store.NO));
                if (d.Body.Length > 0) document.Add(new TextField(body + "_" + d.Language, d.Body, Field.Store.NO));
                writer.AddDocument(document);
            }

            writer.Commit();
        }

        return new LuceneBaseline(analyzers, directory, similarity);
    }

    /// <summary>Lucene's analyzer for a language tag (its primary subtag); the standard analyzer for others.</summary>
    public static Analyzer AnalyzerFor(string language) => (language.Split('-')[0].ToLowerInvariant()) switch
    {
        "fr" => new FrenchAnalyzer(Version),
        "en" => new EnglishAnalyzer(Version),
        "es" => new SpanishAnalyzer(Version),
        "de" => new GermanAnalyzer(Version),
        "it" => new ItalianAnalyzer(Version),
        "pt" => new PortugueseAnalyzer(Version),
        "ru" => new RussianAnalyzer(Version),
        "hi" => new HindiAnalyzer(Version),
        "ja" or "ko" or "zh" => new CJKAnalyzer(Version),
        _ => new StandardAnalyzer(Version),
    };

    /// <summary>The best <paramref name="limit"/> parts for <paramref name="query"/> in the first of <paramref name="languages"/> that matches.</summary>
    public List<LuceneHit> Search(string query, IReadOnlyList<string> languages, int limit = 20)
    {
        var hits = new List<LuceneHit>();
        LastTotalHits = 0;
        foreach (var language in languages)
        {
            if (!_analyzers.TryGetValue(language, out var analyzer)) continue;
            var built = Query(query, language, analyzer, Fuzzy);
            if (built is null) continue;
            var top = _searcher.Search(built, limit);
            if (top.TotalHits == 0) continue;
            LastTotalHits = top.TotalHits;
            foreach (var scored in top.ScoreDocs)
            {
                var document = _searcher.Doc(scored.Doc);
                hits.Add(new LuceneHit(
                    document.GetField("guide").GetInt32Value()!.Value, document.GetField("kind").GetInt32Value()!.Value,
                    document.GetField("part").GetInt32Value()!.Value, scored.Score));
            }

            return hits;
        }

        return hits;
    }

    private static BooleanQuery? Query(string query, string language, Analyzer analyzer, bool fuzzy)
    {
        var words = new List<(string Term, int Start, int End)>();
        using (var stream = analyzer.GetTokenStream("body_" + language, query))
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            var offset = stream.AddAttribute<IOffsetAttribute>();
            stream.Reset();
            while (stream.IncrementToken()) words.Add((term.ToString(), offset.StartOffset, offset.EndOffset));
            stream.End();
        }

        if (words.Count == 0) return null;
        // The last word is also a prefix while it is being typed: when the query ends with it.
        var lastIsPrefix = char.IsLetterOrDigit(query[^1]) && words[^1].End == query.Length;
        var all = new BooleanQuery();
        for (var w = 0; w < words.Count; w++)
        {
            var (stem, start, end) = words[w];
            var typed = query[start..end].ToLowerInvariant();
            var word = new BooleanQuery(disableCoord: true);
            foreach (var (name, boost) in Fields)
            {
                var field = name + "_" + language;
                // FuzzyQuery matches the term itself too, scored above its one-edit neighbours.
                word.Add(fuzzy && typed.Length >= 5 ? new FuzzyQuery(new Term(field, stem), 1) { Boost = boost } : new TermQuery(new Term(field, stem)) { Boost = boost }, Occur.SHOULD);
                if (w == words.Count - 1 && lastIsPrefix)
                {
                    word.Add(new PrefixQuery(new Term(field, stem)) { Boost = boost * 0.8f }, Occur.SHOULD);
                    if (typed != stem && typed.All(char.IsLetterOrDigit)) word.Add(new PrefixQuery(new Term(field, typed)) { Boost = boost * 0.8f }, Occur.SHOULD);
                }
            }

            all.Add(word, Occur.SHOULD);
        }

        return all;
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
        foreach (var analyzer in _analyzers.Values) analyzer.Dispose();
    }
}
