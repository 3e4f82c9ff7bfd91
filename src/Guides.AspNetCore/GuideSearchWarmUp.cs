using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Guides.AspNetCore;

/// <summary>
/// Makes each library's first search when the app starts, in the background (<see cref="GuidesOptions.PrepareSearch"/>,
/// <see cref="GuideLibrary.PrepareSearch"/>): its index is unpacked and read, and the search's code compiled, before the
/// first reader types. At 10,000 guides that first search costs about 130 ms in a JIT process (docs/benchmarks.md,
/// section 5); the app's start does not wait for it, and a reader who searches meanwhile waits for the index being read
/// instead of reading it again.
/// </summary>
internal sealed class GuideSearchWarmUp : IHostedService, IDisposable
{
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
                library.PrepareSearch();
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
}
