using Guides.Build.Tests.Infrastructure;

namespace Guides.Build.Tests;

/// <summary>
/// A file whose bytes are not what its extension says is a problem, in words for the guide's author (the generator
/// puts them after the file's name, at the guide's link). Only images and PDF are checked.
/// </summary>
public sealed class MistakeTests
{
    [Fact]
    public void A_PNG_renamed_jpg_names_both_what_it_is_and_what_its_extension_says()
    {
        AssetFacts facts = TestFiles.Read("Mistakes/png-named.jpg");

        Assert.Equal("its bytes are a PNG image, not the JPEG its extension says", facts.Problem);
        Assert.Null(facts.Width);
        Assert.Equal("image/jpeg", facts.ContentType);
    }

    [Fact]
    public void A_JPEG_renamed_png_is_a_JPEG()
    {
        Assert.Equal(
            "its bytes are a JPEG image, not the PNG its extension says",
            TestFiles.ReadBytes(TestFiles.Bytes("baseline-41x29.jpg"), "png").Problem);
    }

    [Fact]
    public void A_PNG_cut_inside_its_header_is_cut_short()
    {
        // The first 20 bytes of step-37x23.png: the signature, and the IHDR chunk without its height.
        AssetFacts facts = TestFiles.Read("Mistakes/truncated.png");

        Assert.Equal("its PNG header is cut short", facts.Problem);
        Assert.Null(facts.Width);
        Assert.Equal(20, facts.Length);
    }

    [Fact]
    public void A_PNG_cut_inside_its_signature_is_cut_short_too()
    {
        Assert.Equal("its PNG header is cut short", TestFiles.ReadBytes(TestFiles.FirstBytes("step-37x23.png", 5), "png").Problem);
    }

    [Fact]
    public void A_text_file_named_png_is_text()
    {
        AssetFacts facts = TestFiles.Read("Mistakes/text-named.png");

        Assert.Equal("its bytes are text, not the PNG its extension says", facts.Problem);
    }

    [Fact]
    public void An_error_page_saved_as_png_is_an_HTML_page()
    {
        AssetFacts facts = TestFiles.Read("Mistakes/error-page.png");

        Assert.Equal("its bytes are an HTML page (a download's error page?), not the PNG its extension says", facts.Problem);
    }

    [Fact]
    public void An_empty_file_is_a_problem_whatever_its_extension()
    {
        AssetFacts facts = TestFiles.Read("Mistakes/empty.png");

        Assert.Equal("it is empty (0 bytes)", facts.Problem);
        Assert.Equal(0, facts.Length);
        Assert.Null(facts.Width);
        Assert.Equal("it is empty (0 bytes)", TestFiles.ReadBytes([], "txt").Problem);
    }

    [Fact]
    public void Binary_bytes_of_no_known_kind_do_not_start_like_the_format_the_extension_says()
    {
        byte[] noise = [0x00, 0x13, 0x37, 0xC0, 0xFF, 0xEE, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06];

        Assert.Equal("it does not start like a PNG file (it may be damaged or renamed)", TestFiles.ReadBytes(noise, "png").Problem);
        Assert.Equal("it does not start like a WebP file (it may be damaged or renamed)", TestFiles.ReadBytes(noise, "webp").Problem);
    }

    [Fact]
    public void A_real_PDF_starts_with_its_signature()
    {
        AssetFacts facts = TestFiles.Read("cerfa.pdf");

        Assert.Null(facts.Problem);
        Assert.Equal("application/pdf", facts.ContentType);
        Assert.False(facts.IsImage);
    }

    [Fact]
    public void A_PDF_that_does_not_start_with_percent_PDF_is_a_problem()
    {
        Assert.Equal("its bytes are text, not the PDF its extension says", TestFiles.ReadBytes("Cerfa 12345"u8.ToArray(), "pdf").Problem);
        Assert.Equal("its bytes are a PNG image, not the PDF its extension says", TestFiles.ReadBytes(TestFiles.Bytes("step-37x23.png"), "pdf").Problem);
    }

    [Fact]
    public void A_Word_document_renamed_pdf_is_a_ZIP_archive()
    {
        byte[] zip = [(byte)'P', (byte)'K', 3, 4, 20, 0, 6, 0, 8, 0, 0, 0];

        Assert.Equal(
            "its bytes are a ZIP archive (such as a .zip, .docx or .xlsx), not the PDF its extension says",
            TestFiles.ReadBytes(zip, "pdf").Problem);
    }

    [Fact]
    public void A_WebP_renamed_gif_and_an_AVIF_renamed_webp_are_named_for_what_they_are()
    {
        Assert.Equal(
            "its bytes are a WebP image, not the GIF its extension says",
            TestFiles.ReadBytes(TestFiles.Bytes("lossy-45x27.webp"), "gif").Problem);
        Assert.Equal(
            "its bytes are an AVIF image, not the WebP its extension says",
            TestFiles.ReadBytes(TestFiles.Bytes("photo-37x23.avif"), "webp").Problem);
    }

    [Fact]
    public void An_iPhone_photo_renamed_jpg_is_a_HEIC_image()
    {
        Assert.Equal(
            "its bytes are a HEIC image, not the JPEG its extension says",
            TestFiles.ReadBytes(TestFiles.Bytes("photo-12x10.heic"), "jpg").Problem);
    }

    [Fact]
    public void Extensions_that_are_not_checked_take_any_bytes()
    {
        byte[] png = TestFiles.Bytes("step-37x23.png");

        foreach (string extension in new[] { "txt", "zip", "docx", "bin", "" })
        {
            Assert.Null(TestFiles.ReadBytes(png, extension).Problem);
            Assert.Null(TestFiles.ReadBytes(png, extension).Width);
        }
    }

    [Fact]
    public void A_file_that_does_not_exist_could_not_be_read_and_nothing_is_thrown()
    {
        AssetFacts facts = AssetReader.Read(Path.Combine(TestFiles.Folder, "no-such-file.png"));

        Assert.StartsWith("it could not be read: ", facts.Problem);
        Assert.True(facts.Unread);
        Assert.Equal(string.Empty, facts.Hash);
        Assert.Equal("image/png", facts.ContentType);
    }
}
