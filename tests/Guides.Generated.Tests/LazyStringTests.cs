using System.Reflection;

namespace Guides.Generated.Tests;

/// <summary>
/// A guide's strings are decoded on first read, once, and read from a cache after: creating a guide decodes nothing,
/// and a hot read allocates nothing.
/// </summary>
public sealed class LazyStringTests
{
    [Fact]
    public void Creating_a_guide_decodes_nothing_and_each_read_decodes_one_string_once()
    {
        var strings = new CountingStrings("title", "description", "category", "platform", "step", "# md", "<p>html</p>", "text",
            "faq?", "answer", "<p>answer</p>", "link", "https://example.org/");

        var guide = new Guide(
            strings, "id", 0, 1, 2, GuideDifficulty.Easy, 3, "en", new DateTime(2026, 1, 1),
            [new GuideStep(strings, 1, 4, 5, 6, 7)],
            [new FaqEntry(strings, 8, 9, 10)],
            new GuideSection(strings, 4, 5, 6, 7, 4),
            [new GuideText(strings, 5, 6, 7, isChecked: null)],
            [],
            [new GuideLink(strings, 11, 12)],
            []);

        Assert.Empty(strings.Decoded);

        Assert.Equal("<p>html</p>", guide.Steps[0].Html);
        Assert.Equal([6], strings.Decoded);

        // The same string, through another object that shares its index: from the cache.
        Assert.Same(guide.Steps[0].Html, guide.Introduction!.Html);
        Assert.Same(guide.Steps[0].Html, guide.Requirements[0].Html);
        Assert.Equal([6], strings.Decoded);

        Assert.Equal("title", guide.Title);
        Assert.Equal("answer", guide.Faq[0].Answer);
        Assert.Equal(new Uri("https://example.org/"), guide.Links[0].Url);
        Assert.Same(guide.Links[0].Url, guide.Links[0].Url);
        Assert.Equal([6, 0, 9, 12], strings.Decoded);
    }

    [Fact]
    public void A_hot_read_allocates_nothing()
    {
        var strings = new CountingStrings("title", "md", "html", "text");
        var step = new GuideStep(strings, 1, 0, 1, 2, 3);
        _ = step.Html;

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++)
        {
            _ = step.Html;
        }

        Assert.Equal(before, GC.GetAllocatedBytesForCurrentThread());
    }

    [Fact]
    public void Threads_that_race_on_a_first_read_all_get_the_string()
    {
        var strings = new CountingStrings("title", "md", "html", "text");
        var step = new GuideStep(strings, 1, 0, 1, 2, 3);

        var results = new string[8];
        Parallel.For(0, results.Length, i => results[i] = step.Html);

        Assert.All(results, html => Assert.Equal("html", html));
        // A benign race may decode twice; every later read is from the cache.
        Assert.All(strings.Decoded, index => Assert.Equal(2, index));
        var decodes = strings.Decoded.Count;
        Assert.Same(step.Html, step.Html);
        Assert.Equal(decodes, strings.Decoded.Count);
    }

    [Fact]
    public void An_index_out_of_range_fails_at_creation()
    {
        var strings = new CountingStrings("only");

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new GuideText(strings, 0, 1, 0, isChecked: null));

        Assert.Equal("html", error.ParamName);
    }

    [Fact]
    public void The_generated_guide_decodes_only_what_is_read()
    {
        // What the holder's field initializer runs: a new guide read from its record, with a new, empty cache of its strings.
        var create = FromRecord(typeof(GuideCatalog), "Ameli_fr_Guide");
        _ = create().Steps[0].Html; // the types' first use (static fields, JIT) is not what is measured

        var before = GC.GetAllocatedBytesForCurrentThread();
        var guide = create();
        var created = GC.GetAllocatedBytesForCurrentThread() - before;
        var html = guide.Steps[0].Html;
        var read = GC.GetAllocatedBytesForCurrentThread() - before - created;

        Assert.Equal(0, ReadAgain(guide));
        Assert.Equal(GuideCatalog.Ameli.Steps[0].Html, html);
        // Decoding every string of the guide (its Markdown, HTML and text, about 11,000 characters) would take over 20 KB.
        Assert.True(created < 8_000, $"Creating the guide allocated {created} bytes: its strings were decoded.");
        // A packed guide (a Release build) unpacks its text on that first read, once: 10,491 bytes for this guide, from its
        // packed bytes (copied, then inflated).
        var packed = !typeof(GuideCatalog).Assembly.GetCustomAttributes<System.Diagnostics.DebuggableAttribute>().Any(a => a.IsJITOptimizerDisabled) ? 10_491 + 6_000 : 0;
        Assert.InRange(read, html.Length * 2, html.Length * 2 + 64 + packed);
    }

    /// <summary>
    /// What first use runs for a guide's holder class (<c>Ameli_fr_Guide</c>): its field initializer's
    /// <c>new Ameli_fr_Guide().Create(Catalog_Library.Instance)</c>, compiled here to a delegate so that no reflection is measured.
    /// </summary>
    private static Func<Guide> FromRecord(Type catalog, string holderName)
    {
        var holder = catalog.Assembly.GetType(catalog.FullName + "Records." + holderName) ?? throw new InvalidOperationException("No holder class " + holderName + " beside " + catalog + ".");
        var library = catalog.Assembly.GetType(catalog.FullName + "Records.Catalog_Library", throwOnError: true)!.GetField("Instance", BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null)!;
        var create = typeof(GuideRecord).GetMethod("Create", BindingFlags.NonPublic | BindingFlags.Instance)!;
        var body = System.Linq.Expressions.Expression.Call(
            System.Linq.Expressions.Expression.New(holder),
            create,
            System.Linq.Expressions.Expression.Constant(library, typeof(GuideCatalogRecord)),
            System.Linq.Expressions.Expression.Constant(null, typeof(object)),
            System.Linq.Expressions.Expression.Constant(null, typeof(IReadOnlyDictionary<string, object?>)));
        return System.Linq.Expressions.Expression.Lambda<Func<Guide>>(body).Compile();
    
    }

    private static long ReadAgain(Guide guide)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        _ = guide.Steps[0].Html;
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    /// <summary>Strings given as they are, with the index of each decode in order.</summary>
    private sealed class CountingStrings(params string[] values) : GuideStrings(values.Length)
    {
        public List<int> Decoded { get; } = [];

        protected override string Decode(int index)
        {
            lock (Decoded)
            {
                Decoded.Add(index);
            }

            // A new string each time, as decoding makes: the cache, not the source, keeps reads the same object.
            return new string(values[index].AsSpan());
        }
    }
}
