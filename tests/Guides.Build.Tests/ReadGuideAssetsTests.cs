using Guides.Build.Tests.Infrastructure;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace Guides.Build.Tests;

/// <summary>
/// The MSBuild task end to end, run with a fake build engine over the real files: one output item per input, with the
/// facts as metadata; a cache in obj/ so that unchanged files are not read again on the next build.
/// </summary>
public sealed class ReadGuideAssetsTests
{
    private static readonly string[] MetadataNames =
    [
        "GuidesAssetPath",
        "GuidesAssetLength",
        "GuidesAssetContentType",
        "GuidesAssetImage",
        "GuidesAssetWebImage",
        "GuidesAssetWidth",
        "GuidesAssetHeight",
        "GuidesAssetHash",
        "GuidesAssetProblem",
    ];

    [Fact]
    public void Every_file_of_the_folder_comes_out_with_its_identity_and_exactly_the_nine_metadata()
    {
        ITaskItem[] files = ItemsOf(TestFiles.Folder);
        (ReadGuideAssets task, FakeBuildEngine engine) = Run(files);

        Assert.Equal(files.Length, task.Assets.Length);
        for (int i = 0; i < files.Length; i++)
        {
            Assert.Equal(files[i].ItemSpec, task.Assets[i].ItemSpec);
            Assert.Equal(
                MetadataNames.Order(StringComparer.Ordinal),
                task.Assets[i].CloneCustomMetadata().Keys.Cast<string>().Order(StringComparer.Ordinal));
            Assert.Equal(files[i].GetMetadata("GuidesAssetPath"), task.Assets[i].GetMetadata("GuidesAssetPath"));
        }

        Assert.Empty(engine.Errors);
        Assert.Empty(engine.Warnings);
        Assert.Equal(files.Length, task.FilesRead);
    }

    [Fact]
    public void A_web_image_has_its_length_content_type_size_and_hash()
    {
        ITaskItem png = Asset(Run(ItemsOf(TestFiles.Folder)).Task, "step-37x23.png");

        Assert.Equal("step-37x23.png", png.GetMetadata("GuidesAssetPath"));
        Assert.Equal("396", png.GetMetadata("GuidesAssetLength"));
        Assert.Equal("image/png", png.GetMetadata("GuidesAssetContentType"));
        Assert.Equal("true", png.GetMetadata("GuidesAssetImage"));
        Assert.Equal("true", png.GetMetadata("GuidesAssetWebImage"));
        Assert.Equal("37", png.GetMetadata("GuidesAssetWidth"));
        Assert.Equal("23", png.GetMetadata("GuidesAssetHeight"));
        Assert.Equal("e528cc182c", png.GetMetadata("GuidesAssetHash"));
        Assert.Equal(string.Empty, png.GetMetadata("GuidesAssetProblem"));
    }

    [Fact]
    public void The_sizes_of_the_other_formats_come_out_as_a_browser_shows_them()
    {
        ReadGuideAssets task = Run(ItemsOf(TestFiles.Folder)).Task;

        Assert.Equal(("20", "48"), Size(Asset(task, "orientation6-shown-20x48.jpg")));
        Assert.Equal(("53", "31"), Size(Asset(task, "progressive-53x31.jpg")));
        Assert.Equal(("24", "18"), Size(Asset(task, "animated-24x18.webp")));
        Assert.Equal(("23", "37"), Size(Asset(task, "irot90-shown-23x37.avif")));
        Assert.Equal(("64", "32"), Size(Asset(task, "percent-size-64x32.svg")));
    }

    [Fact]
    public void A_document_is_not_an_image_and_has_an_empty_width_and_height()
    {
        ITaskItem pdf = Asset(Run(ItemsOf(TestFiles.Folder)).Task, "cerfa.pdf");

        Assert.Equal("2501", pdf.GetMetadata("GuidesAssetLength"));
        Assert.Equal("application/pdf", pdf.GetMetadata("GuidesAssetContentType"));
        Assert.Equal("false", pdf.GetMetadata("GuidesAssetImage"));
        Assert.Equal("false", pdf.GetMetadata("GuidesAssetWebImage"));
        Assert.Equal(string.Empty, pdf.GetMetadata("GuidesAssetWidth"));
        Assert.Equal(string.Empty, pdf.GetMetadata("GuidesAssetHeight"));
        Assert.Equal("db0cbee5c0", pdf.GetMetadata("GuidesAssetHash"));
    }

    [Fact]
    public void A_TIFF_is_an_image_that_browsers_do_not_show()
    {
        ITaskItem tiff = Asset(Run(ItemsOf(TestFiles.Folder)).Task, "scan-12x10.tif");

        Assert.Equal("true", tiff.GetMetadata("GuidesAssetImage"));
        Assert.Equal("false", tiff.GetMetadata("GuidesAssetWebImage"));
    }

    [Fact]
    public void A_mistake_is_a_problem_in_the_metadata_and_the_build_does_not_fail()
    {
        (ReadGuideAssets task, FakeBuildEngine engine) = Run(ItemsOf(TestFiles.Folder));
        ITaskItem renamed = Asset(task, "Mistakes/png-named.jpg");

        Assert.Equal("Mistakes/png-named.jpg", renamed.GetMetadata("GuidesAssetPath"));
        Assert.Equal("its bytes are a PNG image, not the JPEG its extension says", renamed.GetMetadata("GuidesAssetProblem"));
        Assert.Equal(string.Empty, renamed.GetMetadata("GuidesAssetWidth"));
        Assert.Equal("e528cc182c", renamed.GetMetadata("GuidesAssetHash"));
        Assert.Empty(engine.Errors);
        Assert.Empty(engine.Warnings);
    }

    [Fact]
    public void A_file_that_does_not_exist_gets_a_problem_not_an_exception()
    {
        TaskItem missing = Item(Path.Combine(TestFiles.Folder, "images", "gone.png"), "images/gone.png");

        (ReadGuideAssets task, FakeBuildEngine engine) = Run([missing]);

        ITaskItem asset = Assert.Single(task.Assets);
        Assert.Equal("it could not be read: it does not exist", asset.GetMetadata("GuidesAssetProblem"));
        Assert.Equal("0", asset.GetMetadata("GuidesAssetLength"));
        Assert.Equal("image/png", asset.GetMetadata("GuidesAssetContentType"));
        Assert.Equal(string.Empty, asset.GetMetadata("GuidesAssetHash"));
        Assert.Empty(engine.Errors);
    }

    [Fact]
    public void A_file_name_with_characters_that_MSBuild_escapes_keeps_its_name()
    {
        using TestFiles.ScratchFolder scratch = TestFiles.Scratch();
        string path = scratch.Copy("step-37x23.png", "50% off; final (v2) @$.png");
        TaskItem item = new();
        item.ItemSpec = path;
        item.SetMetadata("GuidesAssetPath", "50%25 off%3B final %28v2%29 %40%24.png");

        ITaskItem asset = Assert.Single(Run([item]).Task.Assets);

        Assert.Equal(path, asset.ItemSpec);
        Assert.Equal("50% off; final (v2) @$.png", asset.GetMetadata("GuidesAssetPath"));
        Assert.Equal("37", asset.GetMetadata("GuidesAssetWidth"));
    }

    [Fact]
    public void The_manifest_for_the_generator_has_a_header_and_one_line_per_file_sorted_by_path()
    {
        using TestFiles.ScratchFolder scratch = TestFiles.Scratch();
        string png = scratch.Copy("step-37x23.png", "en/shots/step 1\tb.png");
        string pdf = scratch.Copy("cerfa.pdf", "en/a form.pdf");
        string manifest = Path.Combine(scratch.Path, "obj", "guides-assets.manifest");
        ReadGuideAssets task = new()
        {
            BuildEngine = new FakeBuildEngine(),
            Files = [Item(png, "en/shots/step 1\tb.png"), Item(pdf, "en/a form.pdf")],
            Manifest = manifest,
        };

        Assert.True(task.Execute());

        // Written here by hand from the format (docs/architecture.md): path, length, type, image, web image, width,
        // height, hash, problem, full path; a tab in a name is written \t.
        ITaskItem pdfFacts = Asset(task, "en/a form.pdf");
        string[] expected =
        [
            "# Guides asset manifest 1",
            $"en/a form.pdf\t{pdfFacts.GetMetadata("GuidesAssetLength")}\tapplication/pdf\t0\t0\t\t\t{pdfFacts.GetMetadata("GuidesAssetHash")}\t\t{pdf}",
            $"en/shots/step 1\\tb.png\t396\timage/png\t1\t1\t37\t23\te528cc182c\t\t{png.Replace("\t", "\\t")}",
            string.Empty,
        ];
        Assert.Equal(string.Join("\n", expected), File.ReadAllText(manifest));
    }

    [Fact]
    public void The_manifest_is_written_only_when_it_changes()
    {
        using TestFiles.ScratchFolder scratch = TestFiles.Scratch();
        string content = CopyAll(scratch);
        string manifest = Path.Combine(scratch.Path, "obj", "guides-assets.manifest");
        ITaskItem[] files = ItemsOf(content);
        ReadGuideAssets first = new() { BuildEngine = new FakeBuildEngine(), Files = files, Manifest = manifest };
        Assert.True(first.Execute());
        DateTime longAgo = new(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(manifest, longAgo);

        Assert.True(new ReadGuideAssets { BuildEngine = new FakeBuildEngine(), Files = [.. files.Reverse()], Manifest = manifest }.Execute());
        Assert.Equal(longAgo, File.GetLastWriteTimeUtc(manifest));

        Assert.True(new ReadGuideAssets { BuildEngine = new FakeBuildEngine(), Files = files[1..], Manifest = manifest }.Execute());
        Assert.NotEqual(longAgo, File.GetLastWriteTimeUtc(manifest));
    }

    [Fact]
    public void A_manifest_that_cannot_be_written_fails_the_build_with_GUIDE902_naming_the_path()
    {
        using TestFiles.ScratchFolder scratch = TestFiles.Scratch();
        string content = CopyAll(scratch);
        string manifest = Path.Combine(scratch.Path, "obj", "taken");
        Directory.CreateDirectory(manifest); // a folder where the file should be
        FakeBuildEngine engine = new();
        ReadGuideAssets task = new() { BuildEngine = engine, Files = ItemsOf(content), Manifest = manifest };

        Assert.False(task.Execute());

        Assert.Contains(engine.Errors, e => e.StartsWith("Guides: the manifest of the content folder's files could not be written to '" + manifest + "'", StringComparison.Ordinal));
        Assert.Equal(["GUIDE902"], engine.ErrorCodes);
    }

    [Fact]
    public void With_a_cache_the_second_build_reads_no_file_and_gives_the_same_facts()
    {
        using TestFiles.ScratchFolder scratch = TestFiles.Scratch();
        string content = CopyAll(scratch);
        string cache = Path.Combine(scratch.Path, "obj", "guides.assets.cache");
        ITaskItem[] files = ItemsOf(content);

        ReadGuideAssets first = Run(files, cache).Task;
        ReadGuideAssets second = Run(files, cache).Task;

        Assert.Equal(files.Length, first.FilesRead);
        Assert.Equal(0, second.FilesRead);
        Assert.Equal(Facts(first.Assets), Facts(second.Assets));
    }

    [Fact]
    public void The_cache_is_trusted_for_a_file_whose_length_and_time_did_not_change_so_it_is_not_read_again()
    {
        // The proof that the file is not read: its bytes change, its length and last write time are put back, and
        // the facts stay those of the old bytes. (A tool that rewrites a file so would fool MSBuild's own checks too.)
        using TestFiles.ScratchFolder scratch = TestFiles.Scratch();
        string content = CopyAll(scratch);
        string cache = Path.Combine(scratch.Path, "obj", "guides.assets.cache");
        string png = Path.Combine(content, "step-37x23.png");
        ITaskItem[] files = ItemsOf(content);
        Run(files, cache);

        DateTime written = File.GetLastWriteTimeUtc(png);
        byte[] bytes = File.ReadAllBytes(png);
        bytes[^20] ^= 0xFF;
        File.WriteAllBytes(png, bytes);
        File.SetLastWriteTimeUtc(png, written);
        ReadGuideAssets second = Run(files, cache).Task;

        Assert.Equal(0, second.FilesRead);
        Assert.Equal("e528cc182c", Asset(second, "step-37x23.png").GetMetadata("GuidesAssetHash"));
    }

    [Fact]
    public void A_file_changed_since_the_last_build_is_read_again_and_only_that_one()
    {
        using TestFiles.ScratchFolder scratch = TestFiles.Scratch();
        string content = CopyAll(scratch);
        string cache = Path.Combine(scratch.Path, "obj", "guides.assets.cache");
        string webp = Path.Combine(content, "alpha-29x21.webp");
        ITaskItem[] files = ItemsOf(content);
        Run(files, cache);

        // A new export of the image: other bytes, a later time.
        File.Copy(TestFiles.PathOf("lossy-45x27.webp"), webp, overwrite: true);
        File.SetLastWriteTimeUtc(webp, DateTime.UtcNow.AddMinutes(1));
        ReadGuideAssets second = Run(files, cache).Task;

        Assert.Equal(1, second.FilesRead);
        ITaskItem asset = Asset(second, "alpha-29x21.webp");
        Assert.Equal(("45", "27"), Size(asset));
        Assert.Equal("116", asset.GetMetadata("GuidesAssetLength"));
        Assert.Equal("383182297b", asset.GetMetadata("GuidesAssetHash"));
    }

    [Fact]
    public void A_file_touched_without_other_change_is_read_again()
    {
        using TestFiles.ScratchFolder scratch = TestFiles.Scratch();
        string content = CopyAll(scratch);
        string cache = Path.Combine(scratch.Path, "obj", "guides.assets.cache");
        ITaskItem[] files = ItemsOf(content);
        Run(files, cache);

        File.SetLastWriteTimeUtc(Path.Combine(content, "cerfa.pdf"), DateTime.UtcNow.AddMinutes(1));

        Assert.Equal(1, Run(files, cache).Task.FilesRead);
    }

    [Fact]
    public void The_cache_is_written_only_when_it_changed()
    {
        using TestFiles.ScratchFolder scratch = TestFiles.Scratch();
        string content = CopyAll(scratch);
        string cache = Path.Combine(scratch.Path, "obj", "guides.assets.cache");
        ITaskItem[] files = ItemsOf(content);
        Run(files, cache);
        DateTime longAgo = new(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(cache, longAgo);

        Run(files, cache);
        Assert.Equal(longAgo, File.GetLastWriteTimeUtc(cache));

        // One file fewer: the cache drops it, so it is written.
        Run(files[1..], cache);
        Assert.NotEqual(longAgo, File.GetLastWriteTimeUtc(cache));
        Assert.DoesNotContain(files[0].ItemSpec + "\t", File.ReadAllText(cache), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not a cache at all")]
    [InlineData("Guides.Build asset cache 1 0000000000000000000000000000000\n")]
    public void A_damaged_or_foreign_cache_is_ignored_and_replaced(string damaged)
    {
        using TestFiles.ScratchFolder scratch = TestFiles.Scratch();
        string content = CopyAll(scratch);
        string cache = Path.Combine(scratch.Path, "guides.assets.cache");
        ITaskItem[] files = ItemsOf(content);
        File.WriteAllText(cache, damaged);

        (ReadGuideAssets task, FakeBuildEngine engine) = Run(files, cache);

        Assert.Equal(files.Length, task.FilesRead);
        Assert.Equal(("37", "23"), Size(Asset(task, "step-37x23.png")));
        Assert.Empty(engine.Errors);
        Assert.Equal(0, Run(files, cache).Task.FilesRead);
    }

    [Fact]
    public void A_cache_cut_short_in_the_middle_of_a_line_is_ignored()
    {
        using TestFiles.ScratchFolder scratch = TestFiles.Scratch();
        string content = CopyAll(scratch);
        string cache = Path.Combine(scratch.Path, "guides.assets.cache");
        ITaskItem[] files = ItemsOf(content);
        Run(files, cache);
        string text = File.ReadAllText(cache);
        File.WriteAllText(cache, text[..(text.Length - 5)]);

        Assert.Equal(files.Length, Run(files, cache).Task.FilesRead);
    }

    [Fact]
    public void A_file_that_could_not_be_read_is_tried_again_on_the_next_build()
    {
        using TestFiles.ScratchFolder scratch = TestFiles.Scratch();
        string cache = Path.Combine(scratch.Path, "guides.assets.cache");
        string path = Path.Combine(scratch.Path, "later.png");
        ITaskItem[] files = [Item(path, "later.png")];

        Assert.StartsWith("it could not be read: ", Assert.Single(Run(files, cache).Task.Assets).GetMetadata("GuidesAssetProblem"));

        File.Copy(TestFiles.PathOf("step-37x23.png"), path);
        ITaskItem asset = Assert.Single(Run(files, cache).Task.Assets);
        Assert.Equal(string.Empty, asset.GetMetadata("GuidesAssetProblem"));
        Assert.Equal("37", asset.GetMetadata("GuidesAssetWidth"));
    }

    [Fact]
    public void A_cache_that_cannot_be_written_does_not_fail_the_build()
    {
        using TestFiles.ScratchFolder scratch = TestFiles.Scratch();
        string notAFolder = Path.Combine(scratch.Path, "file");
        File.WriteAllText(notAFolder, "a file where the cache's folder should be");

        (ReadGuideAssets task, FakeBuildEngine engine) = Run(ItemsOf(TestFiles.Folder), Path.Combine(notAFolder, "guides.assets.cache"));

        Assert.NotEmpty(task.Assets);
        Assert.Empty(engine.Errors);
        Assert.Empty(engine.Warnings);
    }

    [Fact]
    public void Given_the_content_folder_the_task_finds_its_files_itself_and_they_come_out_as_the_files_passed_one_by_one()
    {
        using TestFiles.ScratchFolder scratch = TestFiles.Scratch();
        string content = CopyAll(scratch);
        File.WriteAllText(Path.Combine(content, "guide.md"), "# A guide, not an asset");
        File.Copy(TestFiles.PathOf("step-37x23.png"), Path.Combine(content, "50% off;new.png"));
        string manifest = Path.Combine(scratch.Path, "obj", "guides-assets.manifest");
        string scan = Path.Combine(scratch.Path, "obj", "guides-content.scan");
        ITaskItem[] oneByOne = ItemsOf(content).Where(item => !item.ItemSpec.EndsWith(".md", StringComparison.Ordinal)).ToArray();

        FakeBuildEngine engine = new();
        ReadGuideAssets task = new() { BuildEngine = engine, ContentFolder = content, ScanCacheFile = scan, Manifest = manifest };
        Assert.True(task.Execute());

        Assert.Equal(Facts(Run(oneByOne).Task.Assets), Facts(task.Assets));
        Assert.Equal("50%25 off%3bnew.png", Path.GetFileName(((ITaskItem2)Asset(task, "50% off;new.png")).EvaluatedIncludeEscaped));
        Assert.Single(File.ReadAllLines(manifest), line => line.StartsWith("50% off;new.png\t396\timage/png\t", StringComparison.Ordinal));
        Assert.True(File.Exists(scan));
        Assert.Empty(engine.Errors);
    }

    [Fact]
    public void A_content_folder_with_no_other_file_writes_no_manifest()
    {
        using TestFiles.ScratchFolder scratch = TestFiles.Scratch();
        string content = Path.Combine(scratch.Path, "content");
        Directory.CreateDirectory(content);
        File.WriteAllText(Path.Combine(content, "guide.md"), "# A guide");
        string manifest = Path.Combine(scratch.Path, "obj", "guides-assets.manifest");

        ReadGuideAssets task = new() { BuildEngine = new FakeBuildEngine(), ContentFolder = content, Manifest = manifest };
        Assert.True(task.Execute());

        Assert.Empty(task.Assets);
        Assert.False(File.Exists(manifest));
    }

    private static (ReadGuideAssets Task, FakeBuildEngine Engine) Run(ITaskItem[] files, string? cacheFile = null)
    {
        FakeBuildEngine engine = new();
        ReadGuideAssets task = new() { BuildEngine = engine, Files = files, CacheFile = cacheFile };

        Assert.True(task.Execute());
        return (task, engine);
    }

    /// <summary>The items the .targets file would pass: every file of the folder, with its path in the folder.</summary>
    private static ITaskItem[] ItemsOf(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(path => (ITaskItem)Item(path, Path.GetRelativePath(folder, path).Replace('\\', '/')))
            .ToArray();

    private static TaskItem Item(string path, string assetPath)
    {
        TaskItem item = new(path);
        item.SetMetadata("GuidesAssetPath", assetPath);
        return item;
    }

    private static ITaskItem Asset(ReadGuideAssets task, string assetPath) =>
        task.Assets.Single(asset => asset.GetMetadata("GuidesAssetPath") == assetPath);

    private static (string Width, string Height) Size(ITaskItem asset) =>
        (asset.GetMetadata("GuidesAssetWidth"), asset.GetMetadata("GuidesAssetHeight"));

    private static string[] Facts(ITaskItem[] assets) =>
        assets.Select(asset => asset.ItemSpec + " " + string.Join(" | ", MetadataNames.Select(asset.GetMetadata))).ToArray();

    /// <summary>Copies the real files into the scratch folder (the tests change them there); returns the copy's folder.</summary>
    private static string CopyAll(TestFiles.ScratchFolder scratch)
    {
        foreach (string path in Directory.EnumerateFiles(TestFiles.Folder, "*", SearchOption.AllDirectories))
        {
            scratch.Copy(Path.GetRelativePath(TestFiles.Folder, path).Replace('\\', '/'), "content/" + Path.GetRelativePath(TestFiles.Folder, path).Replace('\\', '/'));
        }

        return Path.Combine(scratch.Path, "content");
    }
}
