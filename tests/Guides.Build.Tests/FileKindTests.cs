namespace Guides.Build.Tests;

/// <summary>What an extension says: the content type, whether it is an image, and whether browsers show it.</summary>
public sealed class FileKindTests
{
    [Theory]
    [InlineData("png", "image/png")]
    [InlineData("jpg", "image/jpeg")]
    [InlineData("jpeg", "image/jpeg")]
    [InlineData("gif", "image/gif")]
    [InlineData("webp", "image/webp")]
    [InlineData("svg", "image/svg+xml")]
    [InlineData("avif", "image/avif")]
    [InlineData("bmp", "image/bmp")]
    [InlineData("ico", "image/x-icon")]
    [InlineData("tif", "image/tiff")]
    [InlineData("tiff", "image/tiff")]
    [InlineData("heic", "image/heic")]
    [InlineData("heif", "image/heif")]
    [InlineData("psd", "image/vnd.adobe.photoshop")]
    [InlineData("pdf", "application/pdf")]
    [InlineData("zip", "application/zip")]
    [InlineData("txt", "text/plain")]
    [InlineData("csv", "text/csv")]
    [InlineData("json", "application/json")]
    [InlineData("xml", "application/xml")]
    [InlineData("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")]
    [InlineData("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")]
    [InlineData("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation")]
    [InlineData("odt", "application/vnd.oasis.opendocument.text")]
    [InlineData("ods", "application/vnd.oasis.opendocument.spreadsheet")]
    [InlineData("mp4", "video/mp4")]
    [InlineData("webm", "video/webm")]
    [InlineData("mp3", "audio/mpeg")]
    [InlineData("PNG", "image/png")]
    [InlineData("unknown", "application/octet-stream")]
    [InlineData("", "application/octet-stream")]
    public void Each_extension_has_its_content_type(string extension, string contentType)
    {
        Assert.Equal(contentType, FileKind.ContentType(extension));
    }

    [Theory]
    [InlineData("png")]
    [InlineData("jpg")]
    [InlineData("jpeg")]
    [InlineData("gif")]
    [InlineData("webp")]
    [InlineData("svg")]
    [InlineData("avif")]
    [InlineData("bmp")]
    [InlineData("ico")]
    public void Browsers_show_these_images(string extension)
    {
        Assert.True(FileKind.IsImage(extension));
        Assert.True(FileKind.IsWebImage(extension));
    }

    [Theory]
    [InlineData("tif")]
    [InlineData("tiff")]
    [InlineData("heic")]
    [InlineData("heif")]
    [InlineData("psd")]
    public void These_are_images_that_browsers_do_not_show(string extension)
    {
        Assert.True(FileKind.IsImage(extension));
        Assert.False(FileKind.IsWebImage(extension));
    }

    [Theory]
    [InlineData("pdf")]
    [InlineData("zip")]
    [InlineData("txt")]
    [InlineData("mp4")]
    [InlineData("")]
    public void Documents_archives_and_videos_are_not_images(string extension)
    {
        Assert.False(FileKind.IsImage(extension));
        Assert.False(FileKind.IsWebImage(extension));
    }

    [Theory]
    [InlineData("images/step-1.png", "png")]
    [InlineData(@"C:\guides\images\STEP.JPG", "jpg")]
    [InlineData("folder.v2/readme", "")]
    [InlineData("archive.tar.gz", "gz")]
    [InlineData("trailing.", "")]
    public void The_extension_is_the_last_dot_of_the_file_name_in_lower_case(string path, string extension)
    {
        Assert.Equal(extension, FileKind.ExtensionOf(path));
    }
}
