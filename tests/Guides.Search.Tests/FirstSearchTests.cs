using Guides.Records;

namespace Guides.Search.Tests;

/// <summary>
/// A library's index is put together once, however many threads search first at once (an app's search made at start-up
/// and a reader's): the others wait for it, and none finds nothing meanwhile.
/// </summary>
public sealed class FirstSearchTests
{
    [Fact]
    public async Task Threads_that_search_first_at_once_put_the_index_together_once()
    {
        var library = new SlowIndexLibrary();
        const int threads = 8;
        using var start = new Barrier(threads);
        var tasks = Enumerable.Range(0, threads).Select(_ => Task.Factory.StartNew(() =>
        {
            start.SignalAndWait();
            return library.Search("anything");
        }, TaskCreationOptions.LongRunning)).ToArray();
        await Task.WhenAll(tasks);

        Assert.Equal(1, library.IndexCalls);
    }

    /// <summary>A catalog whose index takes a while to put together (and is none: an IDE build's), counting the calls.</summary>
    private sealed class SlowIndexLibrary : GuideCatalogRecord
    {
        private int _indexCalls;

        public int IndexCalls => Volatile.Read(ref _indexCalls);

        protected override Guide GuideAt(int translation) => throw new InvalidOperationException("No guide is read.");

        protected override byte[]? SearchIndex()
        {
            Interlocked.Increment(ref _indexCalls);
            Thread.Sleep(100);
            return null;
        }
    }
}
