using System.Net;
using System.Net.Sockets;

namespace Guides.Package.Tests;

/// <summary>
/// samples/HelpCenter over guides of its own (the generator from the package), run under <c>dotnet watch</c>: an edit of a
/// guide's text, and a step added, show in the running app without a restart (hot reload; the Debug build's generated
/// code is shaped for it); a new guide is an edit the runtime refuses (the catalog's <c>Count</c> is a constant), and
/// dotnet watch restarts the app, which then shows it.
/// </summary>
[Collection(PackagesCollection.Name)]
public sealed class HotReloadTests(PackagesFixture packages)
{
    /// <summary>How long an edit may take to show: this machine is slow, and a restart builds the app again.</summary>
    private static readonly TimeSpan EditTimeout = TimeSpan.FromSeconds(180);

    private const string Guide = """
        ---
        title: "Hot reload"
        description: "A guide edited while the app runs."
        category: "test"
        date: "2026-05-01"
        ---

        ## Steps

        ### Step 1: Open the page

        The page shows the first wording.
        """;

    [Fact]
    public async Task Under_dotnet_watch_an_edited_guide_shows_in_the_same_process_and_a_new_guide_after_a_restart()
    {
        var folder = CreateApp();
        var guideFile = Path.Combine(folder, "content", "en", "hot-reload.md");
        var port = FreePort();
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(30) };
        using var watch = DotNet.Start(
            folder,
            new Dictionary<string, string>
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Development",
                ["DOTNET_WATCH_SUPPRESS_LAUNCH_BROWSER"] = "1",
                ["DOTNET_WATCH_SUPPRESS_EMOJIS"] = "1",
                // A rude edit restarts the app without asking (--non-interactive does too; this says it whatever the mode).
                ["DOTNET_WATCH_RESTART_ON_RUDE_EDIT"] = "true",
            },
            "watch", "--non-interactive", "--verbose", "--", "--urls", $"http://127.0.0.1:{port}");

        // The first build restores and builds the app: minutes on a slow machine.
        var (first, process) = await PageWhen(client, watch, "/en/guides/hot-reload", page => page.Contains("The page shows the first wording.", StringComparison.Ordinal), TimeSpan.FromMinutes(8));
        Assert.Contains("Open the page", first, StringComparison.Ordinal);

        // A sentence of a step: applied by hot reload, the process is the same.
        File.WriteAllText(guideFile, Guide.Replace("the first wording", "the second wording", StringComparison.Ordinal));
        var (edited, afterEdit) = await PageWhen(client, watch, "/en/guides/hot-reload", page => page.Contains("The page shows the second wording.", StringComparison.Ordinal), EditTimeout);
        Assert.DoesNotContain("first wording", edited, StringComparison.Ordinal);
        Assert.Equal(process, afterEdit);
        // The search index is made again too.
        var (_, afterSearch) = await PageWhen(client, watch, "/search?q=second%20wording&lang=en", page => page.Contains("/en/guides/hot-reload", StringComparison.Ordinal), EditTimeout);
        Assert.Equal(process, afterSearch);

        // A step more: still a change of method bodies, the process is the same.
        File.WriteAllText(guideFile, Guide.Replace("the first wording", "the second wording", StringComparison.Ordinal) + "\n\n### Step 2: Close the page\n\nA second step closes it.\n");
        var (twoSteps, afterStep) = await PageWhen(client, watch, "/en/guides/hot-reload", page => page.Contains("A second step closes it.", StringComparison.Ordinal), EditTimeout);
        Assert.Contains("Close the page", twoSteps, StringComparison.Ordinal);
        Assert.Equal(process, afterStep);

        // A new guide changes the catalog's constants (Count): the runtime refuses it, dotnet watch restarts the app.
        File.WriteAllText(Path.Combine(folder, "content", "en", "added.md"), Guide.Replace("Hot reload", "Added", StringComparison.Ordinal).Replace("the first wording", "the added guide", StringComparison.Ordinal));
        var (_, restarted) = await PageWhen(client, watch, "/en/guides/added", page => page.Contains("The page shows the added guide.", StringComparison.Ordinal), EditTimeout);
        Assert.NotEqual(process, restarted);
        Assert.Contains("A second step closes it.", await client.GetStringAsync("/en/guides/hot-reload"), StringComparison.Ordinal);
    }

    /// <summary>The HelpCenter's code over a content folder of its own, with the generator (and runtime) from the package.</summary>
    private string CreateApp()
    {
        var files = HelpCenterFromPackageTests.SampleFiles();
        files[Path.Combine("content", "en", "hot-reload.md")] = Guide;
        // The HelpCenter's Program.cs uses Guides.Generated.GuideCatalog: the generator writes it in that namespace. The
        // machine's feeds too, for the package the Web SDK adds to a Razor components app.
        return packages.NewProject("HotReloadApp", HelpCenterFromPackageTests.Project("Guides.Generator", "<GuidesNamespace>Guides.Generated</GuidesNamespace>"), files, machineFeeds: true);
    }

    /// <summary>
    /// Asks for <paramref name="path"/> until the page fits <paramref name="ready"/>; returns it and the process id that
    /// answered (the HelpCenter's header, in Development). Fails with dotnet watch's output if it takes too long.
    /// </summary>
    private static async Task<(string Page, string Process)> PageWhen(HttpClient client, RunningProcess watch, string path, Func<string, bool> ready, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        var last = "no answer";
        while (DateTime.UtcNow < deadline)
        {
            Assert.False(watch.HasExited, "dotnet watch ended:\n" + watch.Output);
            try
            {
                using var response = await client.GetAsync(path);
                var page = await response.Content.ReadAsStringAsync();
                last = (int)response.StatusCode + " " + page;
                if (response.StatusCode == HttpStatusCode.OK && ready(page))
                {
                    return (page, Assert.Single(response.Headers.GetValues("X-HelpCenter-Process")));
                }
            }
            catch (HttpRequestException e)
            {
                last = e.Message;
            }
            catch (TaskCanceledException e)
            {
                last = e.Message;
            }

            await Task.Delay(TimeSpan.FromSeconds(1));
        }

        Assert.Fail($"{path} did not show the change in {timeout.TotalSeconds} s. Last answer: {last[..Math.Min(last.Length, 2000)]}\ndotnet watch:\n{watch.Output}");
        return default;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
