using Guides.Package.Tests;

namespace Guides.Samples.Tests;

/// <summary>
/// Publishes samples/GuideViewer with NativeAOT for linux-x64 once for the AOT tests, from a copy of the repository
/// (so that its RID-specific build never touches the folders the other tests build and load).
/// </summary>
public sealed class GuideViewerAotFixture : IDisposable
{
    public GuideViewerAotFixture()
    {
        Prerequisites.EnsureNativeToolchain();
        Root = Directory.CreateTempSubdirectory("guides-aot-tests-").FullName;
        Copy = Path.Combine(Root, "repo");
        Repository.CopyTo(Copy, "src", "content", "docs", "samples/GuideViewer", "Directory.Build.props", "Directory.Packages.props");
        Output = Path.Combine(Root, "publish");
        Publish = DotNet.Run(Copy, "publish", "samples/GuideViewer", "-c", "Release", "-r", "linux-x64", "-o", Output);
    }

    public string Root { get; }

    public string Copy { get; }

    /// <summary>The publish folder.</summary>
    public string Output { get; }

    /// <summary>What <c>dotnet publish</c> printed, and its exit code.</summary>
    public DotNet.Result Publish { get; }

    /// <summary>The native executable.</summary>
    public string Binary => Path.Combine(Output, "GuideViewer");

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }
}
