using System.Collections.Concurrent;
using System.Globalization;
using Guides.AspNetCore;
using Guides.Samples.Tests;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Guides.AspNetCore.Tests;

/// <summary>
/// <see cref="GuidesOptions.PrepareSearch"/>: each library searched once when the app starts, in the background, with a
/// word of its first guide (so that the query matches and ranks), in its default language (<see cref="GuideLibrary.PrepareSearch"/>,
/// also called alone); not when turned off; and a
/// library whose search throws does not stop the app or the other libraries.
/// </summary>
public sealed class SearchWarmUpTests
{
    [Fact]
    public async Task Each_library_is_searched_once_at_start_with_the_longest_word_of_its_first_guide()
    {
        var first = new RecordingLibrary(new TestLibrary("fr", ("a", [("fr", "Télécharger une attestation")])));
        var second = new RecordingLibrary(new TestLibrary("en", ("b", [("en", "Reset your password")])));

        await using var app = await StartAsync(services => services.AddGuides(first, second));
        await WarmUp(app);

        // No culture: the library's default language.
        Assert.Equal(["Search Télécharger ", "Suggest Tél "], first.Calls);
        Assert.Equal(["Search password ", "Suggest pas "], second.Calls);
    }

    [Fact]
    public async Task PrepareSearch_false_searches_nothing_at_start()
    {
        var library = new RecordingLibrary(new TestLibrary("en", ("b", [("en", "Reset your password")])));

        await using var app = await StartAsync(services => services.AddGuides(library, options => options.PrepareSearch = false));
        await WarmUp(app);

        Assert.Empty(library.Calls);
    }

    [Fact]
    public async Task A_library_whose_search_throws_leaves_the_app_and_the_next_library_working()
    {
        var broken = new RecordingLibrary(new TestLibrary("en", ("b", [("en", "Reset your password")])), fail: true);
        var next = new RecordingLibrary(new TestLibrary("en", ("c", [("en", "Change your address")])));
        var logs = new RecordingLogs();

        await using var app = await StartAsync(services => services.AddGuides(broken, next), logs);
        await WarmUp(app);
        using var client = app.GetTestClient();

        Assert.Equal(["Search password "], broken.Calls);
        Assert.Contains(logs.Warnings, w => w.Contains("RecordingLibrary", StringComparison.Ordinal) && w.Contains("broken index", StringComparison.Ordinal));
        Assert.Equal(["Search address ", "Suggest add "], next.Calls);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync("/help/en/c")).StatusCode);
    }

    [Fact]
    public async Task The_content_package_s_first_search_is_made_at_start()
    {
        var logs = new RecordingLogs();
        await using var app = await StartAsync(services => services.AddGuides(GuideCatalog.Library), logs);
        await WarmUp(app);

        // The real library: its index read and a query of its own words ranked, without a warning; that word finds its guide.
        Assert.Empty(logs.Warnings);
        var first = GuideCatalog.Library.Find(GuideCatalog.Library.Ids[0])!;
        var word = System.Text.RegularExpressions.Regex.Matches(first.Title, @"[\p{L}\p{Nd}]+").Select(m => m.Value)
            .Aggregate(string.Empty, (longest, next) => next.Length > longest.Length ? next : longest);
        Assert.Contains(GuideCatalog.Library.Search(word, CultureInfo.GetCultureInfo(GuideCatalog.Library.DefaultLanguage)), hit => hit.Guide.Id == first.Id);
    }

    [Fact]
    public async Task A_library_whose_first_titles_have_no_word_is_searched_for_its_first_id()
    {
        var library = new RecordingLibrary(new TestLibrary("en", ("faq-2", [("en", "?!")]), ("faq-3", [("en", "…")])));

        await using var app = await StartAsync(services => services.AddGuides(library));
        await WarmUp(app);

        Assert.Equal(["Search faq-2 ", "Suggest faq "], library.Calls);
    }

    [Fact]
    public async Task A_default_language_the_platform_does_not_know_searches_in_the_library_s_default()
    {
        var library = new RecordingLibrary(new TestLibrary("zz-unknown", ("a", [("zz-unknown", "Réinitialiser")])));

        await using var app = await StartAsync(services => services.AddGuides(library));
        await WarmUp(app);

        Assert.Equal(["Search Réinitialiser ", "Suggest Réi "], library.Calls);
    }

    [Theory]
    [InlineData("Créer votre compte ameli", "compte")]
    [InlineData("abc def", "abc")]
    [InlineData("Étape 1 : l’attestation", "attestation")]
    [InlineData("", "a")]
    [InlineData("— ? !", "a")]
    public void PrepareSearch_searches_the_longest_word_of_a_first_title_the_first_of_equals_else_the_first_id(string title, string expected)
    {
        // Without a host: what an app that is not a web app calls where it starts.
        var library = new RecordingLibrary(new TestLibrary("en", ("a", [("en", title)])));
        library.PrepareSearch();
        Assert.Equal([$"Search {expected} ", $"Suggest {expected[..Math.Min(3, expected.Length)]} "], library.Calls);
    }

    private static async Task<WebApplication> StartAsync(Action<IServiceCollection> guides, RecordingLogs? logs = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        if (logs is not null) builder.Logging.AddProvider(logs);
        guides(builder.Services);
        var app = builder.Build();
        app.MapGuides("/help");
        await app.StartAsync();
        return app;
    }

    private static Task WarmUp(WebApplication app) =>
        app.Services.GetServices<IHostedService>().OfType<GuideSearchWarmUp>().Single().Completion.WaitAsync(TimeSpan.FromSeconds(30));

    /// <summary>The warnings the app logged, with their exceptions' messages.</summary>
    private sealed class RecordingLogs : ILoggerProvider, ILogger
    {
        private readonly ConcurrentQueue<string> _warnings = new();

        public string[] Warnings => [.. _warnings];

        public ILogger CreateLogger(string categoryName) => this;

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel)) _warnings.Enqueue(formatter(state, exception) + " " + exception?.Message);
        }

        public void Dispose()
        {
        }
    }

    /// <summary>A library that records its searches and completions (and may throw on a search), over another.</summary>
    private sealed class RecordingLibrary(GuideLibrary inner, bool fail = false) : GuideLibrary
    {
        private readonly ConcurrentQueue<string> _calls = new();

        public string[] Calls => [.. _calls];

        public override int Count => inner.Count;

        public override string DefaultLanguage => inner.DefaultLanguage;

        public override IReadOnlyList<string> Ids => inner.Ids;

        public override IReadOnlyList<string> Languages => inner.Languages;

        public override IReadOnlyList<Guide> All => inner.All;

        public override Guide? Find(string id) => inner.Find(id);

        public override Guide? Find(string id, CultureInfo culture) => inner.Find(id, culture);

        public override Guide? Find(string id, string language) => inner.Find(id, language);

        public override IReadOnlyList<Guide> InLanguage(string language) => inner.InLanguage(language);

        public override IReadOnlyList<GuideSearchHit> Search(string query, CultureInfo? culture = null)
        {
            _calls.Enqueue($"Search {query} {culture?.Name}");
            return fail ? throw new InvalidOperationException("broken index") : inner.Search(query, culture);
        }

        public override IReadOnlyList<GuideSuggestion> Suggest(string prefix, CultureInfo? culture = null, int limit = 10)
        {
            _calls.Enqueue($"Suggest {prefix} {culture?.Name}");
            return inner.Suggest(prefix, culture, limit);
        }
    }
}
