using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Guides.AspNetCore;

/// <summary>
/// Searches each library once when the app starts, in the background (<see cref="GuidesOptions.PrepareSearch"/>): its
/// index is unpacked and read, and the search's code compiled, before the first reader types. At 10,000 guides that first
/// search costs about 140 ms in a JIT process (docs/benchmarks.md, section 5); the app's start does not wait for it, and
/// a reader who searches meanwhile waits for the index being read instead of reading it again.
/// </summary>
internal sealed class GuideSearchWarmUp : IHostedService, IDisposable
{
    /// <summary>The guides whose titles are tried for a word to search, at most.</summary>
    private const int TitlesTried = 10;

    private readonly IEnumerable<GuideLibraryRegistration> _libraries;
    private readonly IOptions<GuidesOptions> _options;
    private readonly ILogger<GuideSearchWarmUp> _logger;
    private readonly CancellationTokenSource _stopping = new();

    public GuideSearchWarmUp(IEnumerable<GuideLibraryRegistration> libraries, IOptions<GuidesOptions> options, ILogger<GuideSearchWarmUp> logger)
    {
        _libraries = libraries;
        _options = options;
        _logger = logger;
    }

    /// <summary>The background search, once started (tests wait for it).</summary>
    internal Task Completion { get; private set; } = Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (_options.Value.PrepareSearch)
        {
            Completion = Task.Run(Prepare, CancellationToken.None);
        }

        return Task.CompletedTask;
    }

    /// <summary>Stops between libraries, and waits for the one being searched while the host lets it.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        _stopping.Cancel();
        try
        {
            await Completion.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // The host's time to stop ran out: the search in progress ends on its own.
        }
    }

    public void Dispose() => _stopping.Dispose();

    private void Prepare()
    {
        foreach (var registration in _libraries)
        {
            if (_stopping.IsCancellationRequested) return;
            var library = registration.Library;
            try
            {
                // A word of one of the first guides' titles: the query matches, so that the ranking runs too, not only
                // the index's read. A library with no such word is searched for its first id.
                var word = WordToSearch(library);
                if (word.Length == 0) continue;
                var culture = Cultures.Of(library.DefaultLanguage);
                library.Search(word, culture);
                library.Suggest(word.Substring(0, Math.Min(3, word.Length)), culture);
            }
            catch (Exception exception)
            {
                // A search that fails here fails again on a reader's query, where the app's own handling applies.
                try
                {
                    _logger.LogWarning(exception, "Preparing the search of the guide library {Library} failed.", library.GetType().FullName);
                }
                catch (Exception)
                {
                    // A logger that throws: nothing more to tell.
                }
            }
        }
    }

    /// <summary>The longest word of the first titles that have one (guides found by id: the library's list is not made), else the first id.</summary>
    private static string WordToSearch(GuideLibrary library)
    {
        var ids = library.Ids;
        for (var i = 0; i < ids.Count && i < TitlesTried; i++)
        {
            var word = LongestWord(library.Find(ids[i])?.Title ?? string.Empty);
            if (word.Length > 0) return word;
        }

        return ids.Count > 0 ? ids[0] : string.Empty;
    }

    /// <summary>The longest word of <paramref name="title"/> (letters and digits; the first of equals), or an empty string.</summary>
    internal static string LongestWord(string title)
    {
        var best = string.Empty;
        var start = -1;
        for (var i = 0; i <= title.Length; i++)
        {
            if (i < title.Length && char.IsLetterOrDigit(title[i]))
            {
                if (start < 0) start = i;
            }
            else if (start >= 0)
            {
                if (i - start > best.Length) best = title.Substring(start, i - start);
                start = -1;
            }
        }

        return best;
    }
}
