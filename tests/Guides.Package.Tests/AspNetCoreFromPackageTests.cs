using System.Net;

namespace Guides.Package.Tests;

/// <summary>
/// A new web app (as <c>dotnet new web</c> makes it) over the content package and Guides.AspNetCore from the feed, its
/// Program.cs the example of docs/packages/Guides.AspNetCore.md: it builds, runs, and serves the help section.
/// </summary>
[Collection(PackagesCollection.Name)]
public sealed class AspNetCoreFromPackageTests(PackagesFixture packages)
{
    [Fact]
    public async Task The_package_README_s_lines_give_a_new_web_app_a_help_section()
    {
        var program = DocBlocks.Read("docs/packages/Guides.AspNetCore.md", "```csharp");
        var folder = packages.NewProject("HelpApp", $"""
            <Project Sdk="Microsoft.NET.Sdk.Web">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Guides.Generated" Version="{PackagesFixture.Version}" />
                <PackageReference Include="Guides.AspNetCore" Version="{PackagesFixture.Version}" />
              </ItemGroup>
            </Project>
            """, new Dictionary<string, string> { ["Program.cs"] = program });
        DotNet.Run(folder, "build", "-c", "Release").ShouldSucceed("dotnet build of a web app over Guides.AspNetCore");

        var url = LocalServer.FreeUrl();
        using var server = DotNet.Start(folder, new Dictionary<string, string>(), "bin/Release/net10.0/HelpApp.dll", "--urls", url);
        using var client = new HttpClient { BaseAddress = new Uri(url) };
        var page = await LocalServer.GetWhenUpAsync(client, "/help/fr/help-center", server);
        using var image = await client.GetAsync(FirstImage(page));

        Assert.StartsWith("<!DOCTYPE html><html lang=\"fr\"", page);
        Assert.Contains("<ol class=\"guides-steps\">", page);
        Assert.Equal(HttpStatusCode.OK, image.StatusCode);
        Assert.Contains("immutable", image.Headers.CacheControl?.ToString());
        Assert.Contains("app.MapGuides(\"/help\");", program, StringComparison.Ordinal);
    }

    /// <summary>The URL of the page's first image: <c>src="/guide-files/..."</c>.</summary>
    private static string FirstImage(string page)
    {
        var at = page.IndexOf("src=\"/guide-files/", StringComparison.Ordinal);
        Assert.True(at >= 0, "The page shows no image.");
        at += "src=\"".Length;
        return page[at..page.IndexOf('"', at)];
    }
}
