using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Guides.AspNetCore;

/// <summary>
/// Searches each library once when the app starts, in the background (<see cref="GuidesOptions.PrepareSearch"/>): its
/// index is unpacked and read, and the search's code compiled, before the first reader types. At 10,000 guides that first
/// search costs about 140 ms in a JIT process (docs/benchmarks.md, section 5); the app's start does not wait for it.
/// </summary>
internal sealed class GuideSearchWarmUp : IHostedService
{
    private readonly IEnumerable<GuideLibraryRegistration> _libraries;
    private readonly IOptions<GuidesOptions> _options;
    private readonly ILogger<GuideSearchWarmUp> _logger;

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
            Completion = Task.Run(() => Prepare(cancellationToken), CancellationToken.None);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private void Prepare(CancellationToken cancellationToken)
    {
        foreach (var registration in _libraries)
        {
            if (cancellationToken.IsCancellationRequested) return;
            var library = registration.Library;
            try
            {
                // A word of the library's first guide: the query matches, so that the ranking runs too, not only the index's read.
                var culture = CultureInfo.GetCultureInfo(library.DefaultLanguage);
                var word = LongestWord(library.All.Count > 0 ? library.All[0].Title : string.Empty);
                if (word.Length == 0) continue;
                library.Search(word, culture);
                library.Suggest(word.Substring(0, Math.Min(3, word.Length)), culture);
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                // A search that fails here fails again on a reader's query, where the app's own handling applies.
                _logger.LogWarning(exception, "Preparing the search of the guide library {Library} failed.", library.GetType().FullName);
            }
        }
    }

    /// <summary>The longest word of <paramref name="title"/> (letters and digits), or an empty string.</summary>
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
