using Guides.Build.Tests.Infrastructure;

namespace Guides.Build.Tests;

/// <summary>
/// How the build finds the content folder's files that are not guides (ContentScan): every file but Markdown, dotfiles,
/// dot-folders and GuidesExclude; and how it keeps each folder's listing in obj/, so that a build lists again only the
/// folders whose time changed. The folders' times are set by the tests, as a file system sets them.
/// </summary>
public sealed class ContentScanTests
{
    private static readonly DateTime LongAgo = new(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Every_file_but_Markdown_dotfiles_and_dot_folders_is_found_sorted_by_path()
    {
        using TestFiles.ScratchFolder scratch = TestFiles.Scratch();
        string content = Layout(scratch, "fr/b.png", "fr/a.md", "a.pdf", "README.md", ".hidden.png", ".git/x.png", "en/shots/Z.jpg", "en/shots/.DS_Store", "en/guide.md");

        ContentScan.Result scan = ContentScan.Scan(content, [], null);

        Assert.Equal(["a.pdf", "en/shots/Z.jpg", "fr/b.png"], scan.Files.Select(f => f.RelativePath));
        Assert.Equal(Path.Combine(content, "en", "shots", "Z.jpg"), scan.Files[1].FullPath);
    }

    [Fact]
    public void GuidesExclude_leaves_out_the_files_it_matches_ignoring_case_as_it_does_for_guides()
    {
        using TestFiles.ScratchFolder scratch = TestFiles.Scratch();
        string content = Layout(scratch, "Drafts/x.png", "drafts2/y.png", "en/art.PSD", "en/keep.png", "en/sub/art.psd");

        ContentScan.Result scan = ContentScan.Scan(content, ContentGlob.Parse("drafts/**; **/*.psd"), null);

        Assert.Equal(["drafts2/y.png", "en/keep.png"], scan.Files.Select(f => f.RelativePath));
    }

    [Fact]
    public void A_folder_that_a_glob_ending_in_double_star_leaves_out_whole_is_not_entered()
    {
        using TestFiles.ScratchFolder scratch = TestFiles.Scratch();
        string content = Layout(scratch, "node_modules/a/b/c.js", "node_modules/d.js", "en/x.png");

        ContentScan.Result scan = ContentScan.Scan(content, ContentGlob.Parse("**/node_modules/**"), null);

        Assert.Equal(["en/x.png"], scan.Files.Select(f => f.RelativePath));
        Assert.Equal(2, scan.FoldersSeen); // the content folder and en/
    }

    [Fact]
    public void With_its_cache_a_second_build_lists_no_folder_and_finds_the_same_files()
    {
        using TestFiles.ScratchFolder scratch = TestFiles.Scratch();
        string content = Layout(scratch, "en/a/x.png", "en/b/y.pdf", "fr/a/x.png", "fr/a/guide.md");
        string cache = Path.Combine(scratch.Path, "obj", "guides-content.scan");
        Settle(content);

        ContentScan.Result first = ContentScan.Scan(content, [], cache);
        ContentScan.Result second = ContentScan.Scan(content, [], cache);

        Assert.Equal(6, first.FoldersListed); // the content folder, en, en/a, en/b, fr, fr/a
        Assert.Equal(0, second.FoldersListed);
        Assert.Equal(6, second.FoldersSeen);
        Assert.Equal(["en/a/x.png", "en/b/y.pdf", "fr/a/x.png"], second.Files.Select(f => f.RelativePath));
    }

    [Fact]
    public void A_file_added_or_removed_is_seen_by_listing_again_only_its_folder()
    {
        using TestFiles.ScratchFolder scratch = TestFiles.Scratch();
        string content = Layout(scratch, "en/a/x.png", "en/b/y.pdf", "fr/a/x.png");
        string cache = Path.Combine(scratch.Path, "obj", "guides-content.scan");
        Settle(content);
        ContentScan.Scan(content, [], cache);

        File.WriteAllText(Path.Combine(content, "en", "b", "new.svg"), "<svg/>");
        File.Delete(Path.Combine(content, "fr", "a", "x.png"));
        ContentScan.Result after = ContentScan.Scan(content, [], cache);

        Assert.Equal(2, after.FoldersListed);
        Assert.Equal(["en/a/x.png", "en/b/new.svg", "en/b/y.pdf"], after.Files.Select(f => f.RelativePath));
    }

    [Fact]
    public void A_new_folder_is_found_through_its_parent_whose_time_changed()
    {
        using TestFiles.ScratchFolder scratch = TestFiles.Scratch();
        string content = Layout(scratch, "en/x.png");
        string cache = Path.Combine(scratch.Path, "obj", "guides-content.scan");
        Settle(content);
        ContentScan.Scan(content, [], cache);

        Directory.CreateDirectory(Path.Combine(content, "en", "shots", "deep"));
        File.WriteAllText(Path.Combine(content, "en", "shots", "deep", "z.png"), "not a png");
        ContentScan.Result after = ContentScan.Scan(content, [], cache);

        Assert.Equal(["en/shots/deep/z.png", "en/x.png"], after.Files.Select(f => f.RelativePath));
        Assert.Equal(3, after.FoldersListed); // en/ (its time changed), and the two new folders
    }

    [Fact]
    public void A_folder_written_just_before_it_was_listed_is_listed_again_for_coarse_file_system_times()
    {
        // A file system that keeps times to the second (or two) could give a folder changed again in the same second the
        // time it had when it was listed: such a listing is not trusted.
        using TestFiles.ScratchFolder scratch = TestFiles.Scratch();
        string content = Layout(scratch, "en/x.png");
        string cache = Path.Combine(scratch.Path, "obj", "guides-content.scan");
        Settle(content);
        DateTime justNow = DateTime.UtcNow;
        Directory.SetLastWriteTimeUtc(Path.Combine(content, "en"), justNow);
        ContentScan.Scan(content, [], cache);

        File.WriteAllText(Path.Combine(content, "en", "y.png"), "not a png");
        Directory.SetLastWriteTimeUtc(Path.Combine(content, "en"), justNow);
        ContentScan.Result after = ContentScan.Scan(content, [], cache);

        Assert.Equal(["en/x.png", "en/y.png"], after.Files.Select(f => f.RelativePath));
    }

    [Fact]
    public void A_cache_of_another_content_folder_or_a_damaged_one_is_not_used()
    {
        using TestFiles.ScratchFolder scratch = TestFiles.Scratch();
        string content = Layout(scratch, "en/x.png");
        string other = Path.Combine(scratch.Path, "other");
        Directory.CreateDirectory(Path.Combine(other, "en"));
        File.WriteAllText(Path.Combine(other, "en", "y.png"), "not a png");
        string cache = Path.Combine(scratch.Path, "obj", "guides-content.scan");
        Settle(content);
        Settle(other);
        ContentScan.Scan(content, [], cache);

        Assert.Equal(["en/y.png"], ContentScan.Scan(other, [], cache).Files.Select(f => f.RelativePath));

        File.WriteAllText(cache, File.ReadAllText(cache)[..^3]);
        ContentScan.Result damaged = ContentScan.Scan(other, [], cache);
        Assert.Equal(2, damaged.FoldersListed);
        Assert.Equal(["en/y.png"], damaged.Files.Select(f => f.RelativePath));
    }

    [Fact]
    public void Names_with_tabs_percent_signs_and_semicolons_come_through_the_cache_as_they_are()
    {
        using TestFiles.ScratchFolder scratch = TestFiles.Scratch();
        string content = Layout(scratch, "en/50% off;new.png", "en/tab\there/x.png", "Comptes & accès/é.pdf");
        string cache = Path.Combine(scratch.Path, "obj", "guides-content.scan");
        Settle(content);
        ContentScan.Scan(content, [], cache);

        ContentScan.Result second = ContentScan.Scan(content, [], cache);

        Assert.Equal(0, second.FoldersListed);
        Assert.Equal(["Comptes & accès/é.pdf", "en/50% off;new.png", "en/tab\there/x.png"], second.Files.Select(f => f.RelativePath));
    }

    [Fact]
    public void A_content_folder_that_does_not_exist_has_no_files()
    {
        using TestFiles.ScratchFolder scratch = TestFiles.Scratch();

        ContentScan.Result scan = ContentScan.Scan(Path.Combine(scratch.Path, "missing"), [], Path.Combine(scratch.Path, "obj", "scan"));

        Assert.Empty(scan.Files);
    }

    [Fact]
    public void A_link_to_a_folder_is_not_entered_so_a_link_back_up_cannot_make_the_walk_endless()
    {
        using TestFiles.ScratchFolder scratch = TestFiles.Scratch();
        string content = Layout(scratch, "en/x.png");
        Directory.CreateSymbolicLink(Path.Combine(content, "en", "loop"), content);
        Directory.CreateSymbolicLink(Path.Combine(content, "en", "again"), Path.Combine(content, "en"));

        ContentScan.Result scan = ContentScan.Scan(content, [], null);

        Assert.Equal(["en/x.png"], scan.Files.Select(f => f.RelativePath));
        Assert.Equal(2, scan.FoldersSeen);
    }

    [Fact]
    public void A_cache_that_cannot_be_written_is_said_and_the_files_are_found_all_the_same()
    {
        using TestFiles.ScratchFolder scratch = TestFiles.Scratch();
        string content = Layout(scratch, "en/x.png");
        string notAFolder = Path.Combine(scratch.Path, "file");
        File.WriteAllText(notAFolder, "a file where the cache's folder should be");

        ContentScan.Result scan = ContentScan.Scan(content, [], Path.Combine(notAFolder, "guides-content.scan"));

        Assert.True(scan.CacheNotWritten);
        Assert.Equal(["en/x.png"], scan.Files.Select(f => f.RelativePath));
    }

    /// <summary>Creates the files (a few bytes each) under scratch/content and returns the content folder.</summary>
    private static string Layout(TestFiles.ScratchFolder scratch, params string[] files)
    {
        string content = Path.Combine(scratch.Path, "content");
        Directory.CreateDirectory(content);
        foreach (string file in files)
        {
            string path = Path.Combine(content, file.Replace('/', Path.DirectorySeparatorChar));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, "x");
        }

        return content;
    }

    /// <summary>Gives every folder under <paramref name="folder"/> a time long past, as folders not written for a while have.</summary>
    private static void Settle(string folder)
    {
        Directory.SetLastWriteTimeUtc(folder, LongAgo);
        foreach (string sub in Directory.EnumerateDirectories(folder, "*", SearchOption.AllDirectories))
        {
            Directory.SetLastWriteTimeUtc(sub, LongAgo);
        }
    }
}
