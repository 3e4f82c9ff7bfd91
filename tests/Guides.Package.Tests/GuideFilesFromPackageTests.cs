using System.Security.Cryptography;

namespace Guides.Package.Tests;

/// <summary>
/// Images and files in a page bundle, in a new console app, from the packed packages and through a ProjectReference:
/// the build's task reads real files of each format, the HTML gets their URLs and sizes, the files ship inside the
/// assembly (<c>OpenRead()</c> gives their bytes), and mistakes in real files fail the build at the link.
/// </summary>
[Collection(PackagesCollection.Name)]
public sealed class GuideFilesFromPackageTests(PackagesFixture packages)
{
    private static readonly string Files = Path.Combine(Repository.Root, "tests", "Guides.Build.Tests", "Files");

    private const string Program = """
        using System.Security.Cryptography;
        using $(App);

        foreach (var guide in GuideCatalog.Help.Translations)
        {
            foreach (var image in guide.Images)
            {
                using var stream = image.OpenRead();
                Console.WriteLine(string.Join("|", guide.Language, "image", image.Path, image.Width, image.Height, image.ContentType, image.Length, image.Alt, Convert.ToHexString(SHA256.HashData(stream))));
            }

            foreach (var file in guide.Files)
            {
                using var stream = file.OpenRead();
                Console.WriteLine(string.Join("|", guide.Language, "file", file.Path, file.Url, file.ContentType, file.Length, Convert.ToHexString(SHA256.HashData(stream))));
            }

            Console.WriteLine(guide.Language + "|html|" + guide.Steps[0].Html.Replace("\n", " "));
        }
        """;

    private static string Guide(string lang, string body) => $"""
        ---
        title: "Help {lang}"
        description: "Pictures."
        category: "help"
        date: "2026-05-01"
        ---

        ## Steps

        {body}
        """;

    private const string English = """
        ### Step 1: Look

        ![The home page](step-37x23.png)

        ![A rotated photo](images/orientation6-shown-20x48.jpg) ![A WebP](images/lossy-45x27.webp)

        ### Step 2: Print

        ![The flow](../shared/viewbox-only-300x150.svg) and [the form](cerfa.pdf).
        """;

    private const string French = """
        ### Étape 1 : Regarder

        ![La page d'accueil](../../en/help/step-37x23.png)

        ### Étape 2 : Imprimer

        [La fiche](<la fiche.pdf>)
        """;

    [Theory]
    [InlineData(GeneratorReference.Package)]
    [InlineData(GeneratorReference.ProjectReference)]
    public void Images_and_files_are_checked_sized_and_shipped_inside_the_assembly(GeneratorReference via)
    {
        var folder = Create("FilesApp", via, English, French);

        var run = DotNet.Run(folder, "run", "-c", "Release").ShouldSucceed("dotnet run of an app whose guides show images");

        var lines = run.Output.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.StartsWith("en|", StringComparison.Ordinal) || l.StartsWith("fr|", StringComparison.Ordinal)).ToList();
        // Sizes as browsers show the files (the EXIF-rotated JPEG is stored 48 by 20), bytes as they are on disk.
        string[] expected =
        [
            Image("en", "en/help/step-37x23.png", 37, 23, "image/png", "The home page", "step-37x23.png"),
            Image("en", "en/help/images/orientation6-shown-20x48.jpg", 20, 48, "image/jpeg", "A rotated photo", "orientation6-shown-20x48.jpg"),
            Image("en", "en/help/images/lossy-45x27.webp", 45, 27, "image/webp", "A WebP", "lossy-45x27.webp"),
            Image("en", "en/shared/viewbox-only-300x150.svg", 300, 150, "image/svg+xml", "The flow", "viewbox-only-300x150.svg"),
            FileLine("en", "en/help/cerfa.pdf", "cerfa.pdf"),
            "en|html|<p><img src=\"" + Url("en/help/step-37x23.png", "step-37x23.png") + "\" width=\"37\" height=\"23\" loading=\"lazy\" decoding=\"async\" alt=\"The home page\" /></p> "
                + "<p><img src=\"" + Url("en/help/images/orientation6-shown-20x48.jpg", "orientation6-shown-20x48.jpg") + "\" width=\"20\" height=\"48\" loading=\"lazy\" decoding=\"async\" alt=\"A rotated photo\" /> "
                + "<img src=\"" + Url("en/help/images/lossy-45x27.webp", "lossy-45x27.webp") + "\" width=\"45\" height=\"27\" loading=\"lazy\" decoding=\"async\" alt=\"A WebP\" /></p>",
            Image("fr", "en/help/step-37x23.png", 37, 23, "image/png", "La page d'accueil", "step-37x23.png"),
            FileLine("fr", "fr/help/la fiche.pdf", "cerfa.pdf"),
            "fr|html|<p><img src=\"" + Url("en/help/step-37x23.png", "step-37x23.png") + "\" width=\"37\" height=\"23\" loading=\"lazy\" decoding=\"async\" alt=\"La page d'accueil\" /></p>",
        ];
        for (var i = 0; i < Math.Min(expected.Length, lines.Count); i++)
        {
            Assert.Equal(expected[i], lines[i]);
        }

        Assert.Equal(expected.Length, lines.Count);

        // Nothing per file reaches the compiler's analyzer config (one section per file would cost the compiler the square
        // of the number of files): the guides are found from one setting, the files' facts come in one manifest.
        var config = System.IO.File.ReadAllLines(Directory.GetFiles(Path.Combine(folder, "obj"), "*.GeneratedMSBuildEditorConfig.editorconfig", SearchOption.AllDirectories).Single());
        Assert.Contains(config, line => line.StartsWith("build_property._GuidesContentRootForCompiler = ", StringComparison.Ordinal) && line.TrimEnd().EndsWith("/content/", StringComparison.Ordinal));
        Assert.Contains(config, line => line.StartsWith("build_property._GuidesAssetManifestForCompiler = ", StringComparison.Ordinal) && line.TrimEnd().EndsWith("guides-assets.manifest", StringComparison.Ordinal));
        Assert.DoesNotContain(config, line => line.StartsWith('[') || line.StartsWith("build_metadata.", StringComparison.Ordinal));
    }

    [Fact]
    public void Mistakes_in_real_files_fail_the_build_at_the_link()
    {
        const string Body = """
            ### Step 1: Mistakes

            ![A renamed PNG](png-named.jpg)

            ![A cut PNG](truncated.png)

            ![](step-37x23.png)

            ![Missing](nowhere.png) [Outside](../../../../etc/passwd.txt)

            ![A scan](scan-12x10.tif)
            """;
        var folder = Create("FileMistakes", GeneratorReference.Package, Body, null);
        System.IO.File.Copy(Path.Combine(Files, "Mistakes", "png-named.jpg"), Path.Combine(folder, "content", "en", "help", "png-named.jpg"));
        System.IO.File.Copy(Path.Combine(Files, "Mistakes", "truncated.png"), Path.Combine(folder, "content", "en", "help", "truncated.png"));
        System.IO.File.Copy(Path.Combine(Files, "scan-12x10.tif"), Path.Combine(folder, "content", "en", "help", "scan-12x10.tif"));

        var build = DotNet.Run(folder, "build", "-c", "Release", "-p:TreatWarningsAsErrors=false");

        Assert.NotEqual(0, build.ExitCode);
        var output = build.Output.Replace('\\', '/');
        void Reported(string diagnostic) => Assert.True(output.Contains(diagnostic, StringComparison.Ordinal), "Not reported: " + diagnostic + "\n" + output);
        Reported("content/en/help/index.md(12,18): error GUIDE045: 'png-named.jpg' cannot be used: its bytes are a PNG image, not the JPEG its extension says");
        Reported("content/en/help/index.md(14,14): error GUIDE045: 'truncated.png' cannot be used: its PNG header is cut short");
        Reported("content/en/help/index.md(16,5): warning GUIDE043");
        Reported("content/en/help/index.md(18,12): error GUIDE040: 'nowhere.png' is not a file of the content folder (looked for content/en/help/nowhere.png)");
        Reported("content/en/help/index.md(18,35): error GUIDE041");
        Reported("content/en/help/index.md(20,11): warning GUIDE044: Browsers cannot show 'scan-12x10.tif' (image/tiff)");
        Assert.DoesNotContain("error CS", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_added_after_a_build_is_shipped_by_the_next_build_and_GuidesExclude_dotfiles_and_dot_folders_never_are()
    {
        // The build keeps the content folder's listing in obj/ and lists again only the folders whose time changed: a
        // file added to a folder, and a new folder, must both be found by the next build, through the real file system.
        const string Resources = """
            using $(App);

            foreach (var name in typeof(GuideCatalog).Assembly.GetManifestResourceNames().Where(n => n.StartsWith("Guides.Assets/", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
            {
                Console.WriteLine("resource|" + name);
            }

            foreach (var image in GuideCatalog.Help.Images)
            {
                Console.WriteLine("image|" + image.Path + "|" + image.Width + "x" + image.Height);
            }
            """;
        var folder = GeneratorApp.Create(packages, GeneratorReference.Package, "FilesAdded", "<GuidesExclude>drafts/**;**/*.psd</GuidesExclude>", new Dictionary<string, string>
        {
            ["Program.cs"] = Resources,
            ["content/en/help/index.md"] = Guide("en", "### Step 1: Look\n\n![The home page](step-37x23.png)\n"),
            ["content/drafts/later.svg"] = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"4\" height=\"4\"/>",
            ["content/en/help/Layers.PSD"] = "not shipped: GuidesExclude matches it, ignoring case",
            ["content/en/help/.notes.txt"] = "not shipped: a dotfile",
            ["content/en/help/.cache/thumb.txt"] = "not shipped: in a dot-folder",
        });
        System.IO.File.Copy(Path.Combine(Files, "step-37x23.png"), Path.Combine(folder, "content", "en", "help", "step-37x23.png"));

        var first = DotNet.Run(folder, "run", "-c", "Release").ShouldSucceed("the first build");
        Assert.Equal(["resource|Guides.Assets/en/help/step-37x23.png", "image|en/help/step-37x23.png|37x23"], Lines(first.Output));

        // A new image in the guide's folder, another in a new folder, and the guide now shows both.
        System.IO.File.Copy(Path.Combine(Files, "lossy-45x27.webp"), Path.Combine(folder, "content", "en", "help", "lossy-45x27.webp"));
        Directory.CreateDirectory(Path.Combine(folder, "content", "en", "help", "shots"));
        System.IO.File.Copy(Path.Combine(Files, "chart-19x13.gif"), Path.Combine(folder, "content", "en", "help", "shots", "chart-19x13.gif"));
        System.IO.File.WriteAllText(
            Path.Combine(folder, "content", "en", "help", "index.md"),
            Guide("en", "### Step 1: Look\n\n![The home page](step-37x23.png) ![A WebP](lossy-45x27.webp) ![A chart](shots/chart-19x13.gif)\n"));

        var second = DotNet.Run(folder, "run", "-c", "Release").ShouldSucceed("the build after files were added");
        Assert.Equal(
            [
                "resource|Guides.Assets/en/help/lossy-45x27.webp",
                "resource|Guides.Assets/en/help/shots/chart-19x13.gif",
                "resource|Guides.Assets/en/help/step-37x23.png",
                "image|en/help/step-37x23.png|37x23",
                "image|en/help/lossy-45x27.webp|45x27",
                "image|en/help/shots/chart-19x13.gif|19x13",
            ],
            Lines(second.Output));

        static string[] Lines(string output) =>
            output.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.StartsWith("resource|", StringComparison.Ordinal) || l.StartsWith("image|", StringComparison.Ordinal)).ToArray();
    }

    private string Create(string name, GeneratorReference via, string english, string? french)
    {
        var files = new Dictionary<string, string>
        {
            ["Program.cs"] = Program,
            ["content/en/help/index.md"] = Guide("en", english),
        };
        if (french is not null)
        {
            files["content/fr/help/index.md"] = Guide("fr", french);
        }

        var folder = GeneratorApp.Create(packages, via, name, string.Empty, files);
        Copy("step-37x23.png", "content/en/help/step-37x23.png");
        Copy("orientation6-shown-20x48.jpg", "content/en/help/images/orientation6-shown-20x48.jpg");
        Copy("lossy-45x27.webp", "content/en/help/images/lossy-45x27.webp");
        Copy("viewbox-only-300x150.svg", "content/en/shared/viewbox-only-300x150.svg");
        Copy("cerfa.pdf", "content/en/help/cerfa.pdf");
        Copy("cerfa.pdf", "content/fr/help/la fiche.pdf");
        return folder;

        void Copy(string from, string to)
        {
            var target = Path.Combine(folder, to);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            System.IO.File.Copy(Path.Combine(Files, from), target, overwrite: true);
        }
    }

    private static string Sha(string name) => Convert.ToHexString(SHA256.HashData(System.IO.File.ReadAllBytes(Path.Combine(Files, name))));

    /// <summary>The URL a file is served at: the default base, its path, the first ten hex digits of its SHA-256 before the extension.</summary>
    private static string Url(string path, string source)
    {
        var dot = path.LastIndexOf('.');
        var escaped = string.Join("/", (path[..dot] + "." + Sha(source)[..10].ToLowerInvariant() + path[dot..]).Split('/').Select(Uri.EscapeDataString));
        return "/guide-files/" + escaped;
    }

    private static string Image(string lang, string path, int width, int height, string type, string alt, string source) =>
        string.Join("|", lang, "image", path, width, height, type, new FileInfo(Path.Combine(Files, source)).Length, alt, Sha(source));

    private static string FileLine(string lang, string path, string source) =>
        string.Join("|", lang, "file", path, Url(path, source), "application/pdf", new FileInfo(Path.Combine(Files, source)).Length, Sha(source));
}
