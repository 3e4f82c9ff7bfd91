namespace Guides.Package.Tests;

/// <summary>
/// A new Blazor app (as <c>dotnet new blazor</c> makes it, rendered on the server) over the content package and
/// Guides.Components from the feed, its page and Program.cs the examples of docs/web-and-ui.md: it builds, runs, and
/// shows a guide with its steps' anchors, its language, the search box and the components' styles.
/// </summary>
[Collection(PackagesCollection.Name)]
public sealed class ComponentsFromPackageTests(PackagesFixture packages)
{
    private const string App = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
            <meta charset="utf-8" />
            <base href="/" />
            <link rel="stylesheet" href="@Assets["HelpBlazor.styles.css"]" />
            <HeadOutlet />
        </head>
        <body>
            <Routes />
        </body>
        </html>
        """;

    private const string Routes = """
        <Router AppAssembly="typeof(Program).Assembly">
            <Found Context="routeData">
                <RouteView RouteData="routeData" />
            </Found>
        </Router>
        """;

    private const string Imports = """
        @using Microsoft.AspNetCore.Components.Routing
        @using Microsoft.AspNetCore.Components.Web
        @using Guides.Components
        """;

    [Fact]
    public async Task The_docs_lines_give_a_new_blazor_app_a_guide_page_with_search()
    {
        var page = DocBlocks.Read("docs/web-and-ui.md", "```razor", "@page \"/help/");
        var program = "using HelpBlazor;\n" + DocBlocks.Read("docs/web-and-ui.md", "```csharp no-compile: a Blazor app's Program.cs");
        var folder = packages.NewProject("HelpBlazor", $"""
            <Project Sdk="Microsoft.NET.Sdk.Web">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Guides.Generated" Version="{PackagesFixture.Version}" />
                <PackageReference Include="Guides.Components" Version="{PackagesFixture.Version}" />
              </ItemGroup>
            </Project>
            """,
            new Dictionary<string, string>
            {
                ["Program.cs"] = program,
                ["App.razor"] = App,
                ["Routes.razor"] = Routes,
                ["_Imports.razor"] = Imports,
                ["Pages/Help.razor"] = page,
            },
            machineFeeds: true);
        DotNet.Run(folder, "build", "-c", "Release").ShouldSucceed("dotnet build of a Blazor app over Guides.Components");

        var url = LocalServer.FreeUrl();
        // As `dotnet run` starts a new app (its launch profile's environment): static web assets from the build's folders.
        using var server = DotNet.Start(folder, new Dictionary<string, string> { ["ASPNETCORE_ENVIRONMENT"] = "Development" }, "bin/Release/net10.0/HelpBlazor.dll", "--urls", url);
        using var client = new HttpClient { BaseAddress = new Uri(url) };
        var html = await LocalServer.GetWhenUpAsync(client, "/help/fr/ameli", server);

        Assert.Contains("lang=\"fr\"", html, StringComparison.Ordinal);
        Assert.Contains("<li id=\"step-6\"", html, StringComparison.Ordinal);
        Assert.Contains("role=\"search\"", html, StringComparison.Ordinal);
        Assert.Contains("Comment utiliser Ameli", html, StringComparison.Ordinal);
        var styles = await client.GetStringAsync(StylesheetOf(html));
        Assert.Contains("Guides.Components", styles, StringComparison.Ordinal);
    }

    /// <summary>The page's stylesheet link: the app's bundle of scoped CSS, which imports the package's.</summary>
    private static string StylesheetOf(string html)
    {
        var at = html.IndexOf("HelpBlazor", html.IndexOf("rel=\"stylesheet\"", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.True(at >= 0, "No stylesheet link.");
        var start = html.LastIndexOf('"', at) + 1;
        return "/" + html[start..html.IndexOf('"', at)].TrimStart('/');
    }
}
