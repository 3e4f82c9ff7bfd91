using System.Text.RegularExpressions;
using Guides.Package.Tests;
using Xunit.Abstractions;

namespace Guides.Samples.Tests;

/// <summary>GuideViewer as a NativeAOT binary: published with no trim or AOT warning, run without the .NET runtime.</summary>
public sealed class GuideViewerAotTests(GuideViewerAotFixture aot, ITestOutputHelper output) : IClassFixture<GuideViewerAotFixture>
{
    [Fact]
    public void The_publish_succeeds_with_no_trim_or_AOT_warning()
    {
        aot.Publish.ShouldSucceed("dotnet publish -r linux-x64 of samples/GuideViewer (PublishAot)");

        Assert.Contains("Generating native code", aot.Publish.Output, StringComparison.Ordinal);
        Assert.DoesNotMatch(new Regex(@"\bIL[23]\d{3}\b"), aot.Publish.Output);
        Assert.DoesNotContain("warning", aot.Publish.Output, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_trim_or_AOT_warning_fails_the_build_of_a_project_set_up_as_GuideViewer_is()
    {
        // GuideViewer's project file as it is, beside it, over code that the trimmer and NativeAOT cannot analyse.
        var probe = Path.Combine(aot.Copy, "samples", "AotProbe");
        Directory.CreateDirectory(probe);
        File.Copy(Path.Combine(aot.Copy, "samples", "GuideViewer", "GuideViewer.csproj"), Path.Combine(probe, "AotProbe.csproj"), overwrite: true);
        File.WriteAllText(Path.Combine(probe, "Program.cs"), """
            var type = typeof(Guides.Guide).Assembly.GetType(args[0])!;
            System.Console.WriteLine(type.GetMethods().Length);
            System.Console.WriteLine(System.Enum.GetValues(type).Length);
            """);

        var build = DotNet.Run(probe, "build", "-c", "Release");

        Assert.NotEqual(0, build.ExitCode);
        Assert.Matches(@"Program\.cs\(\d+,\d+\): error IL2\d{3}", build.Output);
        Assert.Matches(@"Program\.cs\(\d+,\d+\): error IL3050", build.Output);
    }

    [Fact]
    public void The_native_binary_prints_the_Ameli_guide_with_its_seven_steps()
    {
        aot.Publish.ShouldSucceed("dotnet publish (PublishAot)");
        var size = new FileInfo(aot.Binary).Length;
        output.WriteLine($"Native binary: {aot.Binary}, {size / 1024.0 / 1024.0:F2} MiB");
        // A native executable: no managed assemblies beside it, and no runtime config to find a .NET runtime with.
        Assert.Empty(Directory.GetFiles(aot.Output, "*.dll"));
        Assert.Empty(Directory.GetFiles(aot.Output, "*.runtimeconfig.json"));
        Assert.InRange(size, 500_000, 30_000_000);

        var run = DotNet.RunProgram(aot.Binary, aot.Output, "ameli").ShouldSucceed("GuideViewer ameli");

        var lines = run.Output.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        Assert.Equal("Comment utiliser Ameli pour l'assurance maladie et les remboursements", lines[0]);
        Assert.Contains("Steps (7)", lines);
        var stepLines = lines.Where(l => Regex.IsMatch(l, @"^\d+\. ")).ToArray();
        Assert.Equal(["1", "2", "3", "4", "5", "6", "7"], stepLines.Select(l => l[..l.IndexOf('.')]));
        Assert.Equal("1. Télécharger l'application Ameli ou ouvrir le site", stepLines[0]);
        Assert.Equal("7. Contacter votre caisse d'assurance maladie", stepLines[6]);
        Assert.Contains("Q: Qu'est-ce qu'Ameli ?", lines);
    }

    [Fact]
    public void The_native_binary_reads_each_image_and_file_of_a_guide_from_its_own_executable()
    {
        aot.Publish.ShouldSucceed("dotnet publish (PublishAot)");

        var run = DotNet.RunProgram(aot.Binary, aot.Output, "help-center", "--culture", "en").ShouldSucceed("GuideViewer help-center");

        // Each line: path, size in pixels, type, the bytes read back from the binary / the length the build read, alt text.
        var images = Regex.Matches(run.Output, @"(?m)^  (\S+)  (\d+)x(\d+)  (\S+)  (\d+)/(\d+) bytes  ""(.+)""\r?$");
        Assert.True(images.Count >= 4, run.Output);
        foreach (Match image in images)
        {
            var file = new FileInfo(Path.Combine(Repository.Root, "content", image.Groups[1].Value));
            Assert.True(file.Exists, image.Value);
            Assert.Equal(file.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), image.Groups[5].Value);
            Assert.Equal(image.Groups[5].Value, image.Groups[6].Value);
            Assert.NotEqual("0", image.Groups[2].Value);
            Assert.NotEmpty(image.Groups[7].Value);
        }

        var pdf = Regex.Match(run.Output, @"(?m)^  (\S+\.pdf)  application/pdf  (\d+)/(\d+) bytes  /guide-files/");
        Assert.True(pdf.Success, run.Output);
        Assert.Equal(new FileInfo(Path.Combine(Repository.Root, "content", pdf.Groups[1].Value)).Length.ToString(System.Globalization.CultureInfo.InvariantCulture), pdf.Groups[2].Value);
    }

    [Fact]
    public void The_native_binary_lists_the_guides_and_refuses_an_unknown_id()
    {
        aot.Publish.ShouldSucceed("dotnet publish (PublishAot)");

        var list = DotNet.RunProgram(aot.Binary, aot.Output).ShouldSucceed("GuideViewer");
        Assert.Matches(@"(?m)^\s+ameli\s+en,fr\s+government\s+Comment utiliser Ameli", list.Output);

        var unknown = DotNet.RunProgram(aot.Binary, aot.Output, "no-such-guide");
        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("No guide 'no-such-guide'.", unknown.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en-GB", "How to use Ameli for health insurance and reimbursements", "1. Download the Ameli app or open the website")]
    [InlineData("fr-CA", "Comment utiliser Ameli pour l'assurance maladie et les remboursements", "1. Télécharger l'application Ameli ou ouvrir le site")]
    [InlineData("de-DE", "Comment utiliser Ameli pour l'assurance maladie et les remboursements", "1. Télécharger l'application Ameli ou ouvrir le site")]
    public void The_native_binary_shows_the_guide_in_the_language_that_fits_the_culture(string culture, string title, string firstStep)
    {
        aot.Publish.ShouldSucceed("dotnet publish (PublishAot)");

        var run = DotNet.RunProgram(aot.Binary, aot.Output, "ameli", "--culture", culture).ShouldSucceed("GuideViewer ameli --culture " + culture);

        var lines = run.Output.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        Assert.Equal(title, lines[0]);
        Assert.Contains(firstStep, lines);
        Assert.Contains("Steps (7)", lines);
    }
}
