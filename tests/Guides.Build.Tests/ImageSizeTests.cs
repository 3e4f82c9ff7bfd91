using Guides.Build.Tests.Infrastructure;

namespace Guides.Build.Tests;

/// <summary>
/// The width and height a browser shows, read from real files made with ImageMagick, cwebp, img2webp, avifenc and
/// exiftool. Every expected size was checked with `identify -format "%w %h"` (and `webpinfo` for WebP), and with the
/// naturalWidth and naturalHeight that headless Chromium gave each file (see Files.md).
/// </summary>
public sealed class ImageSizeTests
{
    [Theory]
    [InlineData("step-37x23.png", 37, 23)]
    [InlineData("baseline-41x29.jpg", 41, 29)]
    [InlineData("progressive-53x31.jpg", 53, 31)]
    [InlineData("chart-19x13.gif", 19, 13)]
    [InlineData("lossy-45x27.webp", 45, 27)]
    [InlineData("lossless-33x17.webp", 33, 17)]
    [InlineData("alpha-29x21.webp", 29, 21)]
    [InlineData("animated-24x18.webp", 24, 18)]
    [InlineData("photo-37x23.avif", 37, 23)]
    [InlineData("icon-15x9.bmp", 15, 9)]
    [InlineData("favicon-32x32.ico", 32, 32)]
    [InlineData("photo-12x10.heic", 12, 10)]
    public void Each_format_gives_the_width_and_height_in_its_header(string file, int width, int height)
    {
        AssetFacts facts = TestFiles.Read(file);

        Assert.Null(facts.Problem);
        Assert.Equal(width, facts.Width);
        Assert.Equal(height, facts.Height);
    }

    [Fact]
    public void A_JPEG_with_EXIF_orientation_6_is_as_wide_as_it_is_stored_high_because_browsers_turn_it()
    {
        // Stored 48 wide and 20 high (identify: "48 20"); exiftool: Orientation 6 (turn 90 degrees clockwise).
        AssetFacts facts = TestFiles.Read("orientation6-shown-20x48.jpg");

        Assert.Null(facts.Problem);
        Assert.Equal(20, facts.Width);
        Assert.Equal(48, facts.Height);
    }

    [Fact]
    public void A_JPEG_turned_upside_down_by_EXIF_orientation_3_keeps_its_width_and_height()
    {
        AssetFacts facts = TestFiles.Read("orientation3-26x14.jpg");

        Assert.Equal(26, facts.Width);
        Assert.Equal(14, facts.Height);
    }

    [Fact]
    public void An_AVIF_rotated_by_a_quarter_turn_swaps_its_width_and_height()
    {
        // avifenc --irot 1 on the 37 by 23 PNG: identify and Chromium both give 23 by 37.
        AssetFacts facts = TestFiles.Read("irot90-shown-23x37.avif");

        Assert.Null(facts.Problem);
        Assert.Equal(23, facts.Width);
        Assert.Equal(37, facts.Height);
    }

    [Fact]
    public void The_orientation_is_read_from_the_EXIF_segment_of_the_file_exiftool_wrote()
    {
        byte[] jpeg = TestFiles.Bytes("orientation6-shown-20x48.jpg");
        int app1 = IndexOf(jpeg, [0xFF, 0xE1]);
        int length = (jpeg[app1 + 2] << 8) | jpeg[app1 + 3];

        Assert.Equal(6, JpegSize.ExifOrientation(jpeg[(app1 + 4)..(app1 + 2 + length)]));
    }

    [Fact]
    public void Files_that_are_not_images_have_no_width_or_height()
    {
        foreach (string file in new[] { "cerfa.pdf", "notes.txt", "timings.csv" })
        {
            AssetFacts facts = TestFiles.Read(file);

            Assert.Null(facts.Problem);
            Assert.Null(facts.Width);
            Assert.Null(facts.Height);
        }
    }

    [Fact]
    public void A_TIFF_is_an_image_whose_size_is_not_read_because_browsers_do_not_show_it_anyway()
    {
        AssetFacts facts = TestFiles.Read("scan-12x10.tif");

        Assert.Null(facts.Problem);
        Assert.True(facts.IsImage);
        Assert.False(facts.IsWebImage);
        Assert.Null(facts.Width);
    }

    [Fact]
    public void A_JPEG_cut_before_its_frame_header_is_cut_short()
    {
        // The baseline JPEG's frame header comes after its JFIF segment and quantization tables.
        byte[] jpeg = TestFiles.Bytes("baseline-41x29.jpg");
        int frame = IndexOf(jpeg, [0xFF, 0xC0]);

        AssetFacts facts = TestFiles.ReadBytes(jpeg[..frame], "jpg");

        Assert.Equal("its JPEG header is cut short", facts.Problem);
        Assert.Null(facts.Width);
    }

    [Fact]
    public void A_JPEG_whose_image_data_comes_before_any_frame_header_has_no_size()
    {
        byte[] jpeg = TestFiles.Bytes("baseline-41x29.jpg");
        int frame = IndexOf(jpeg, [0xFF, 0xC0]);
        jpeg[frame + 1] = 0xDA;

        Assert.Equal(
            "its JPEG header has no frame header before the image data (it has no size)",
            TestFiles.ReadBytes(jpeg, "jpg").Problem);
    }

    [Theory]
    [InlineData("lossy-45x27.webp", 20)]
    [InlineData("lossless-33x17.webp", 22)]
    [InlineData("alpha-29x21.webp", 26)]
    [InlineData("chart-19x13.gif", 8)]
    [InlineData("icon-15x9.bmp", 20)]
    [InlineData("favicon-32x32.ico", 12)]
    [InlineData("photo-37x23.avif", 100)]
    public void An_image_cut_inside_its_header_is_cut_short(string file, int keep)
    {
        string extension = Path.GetExtension(file).TrimStart('.');
        string format = extension switch { "webp" => "WebP", "gif" => "GIF", "bmp" => "BMP", "ico" => "ICO", _ => "AVIF" };

        AssetFacts facts = TestFiles.ReadBytes(TestFiles.FirstBytes(file, keep), extension);

        Assert.Equal($"its {format} header is cut short", facts.Problem);
    }

    [Fact]
    public void A_PNG_whose_first_chunk_is_not_IHDR_is_damaged()
    {
        byte[] png = TestFiles.Bytes("step-37x23.png");
        png[12] = (byte)'X';

        Assert.Equal("its PNG header is damaged (it does not begin with the IHDR chunk)", TestFiles.ReadBytes(png, "png").Problem);
    }

    [Fact]
    public void A_PNG_that_says_it_is_zero_pixels_wide_is_a_problem()
    {
        byte[] png = TestFiles.Bytes("step-37x23.png");
        png[16] = png[17] = png[18] = png[19] = 0;

        Assert.Equal("its PNG header gives a size of 0 by 23 pixels", TestFiles.ReadBytes(png, "png").Problem);
    }

    [Fact]
    public void A_top_down_BMP_whose_height_is_negative_has_a_positive_height()
    {
        byte[] bmp = TestFiles.Bytes("icon-15x9.bmp");
        BitConverter.GetBytes(-9).CopyTo(bmp, 22);

        AssetFacts facts = TestFiles.ReadBytes(bmp, "bmp");

        Assert.Equal((15, 9), (facts.Width, facts.Height));
    }

    [Fact]
    public void An_ICO_with_several_icons_is_as_large_as_its_largest()
    {
        // The 32 by 32 icon's directory, with a second entry of 0 by 0, which means 256 by 256.
        byte[] ico = TestFiles.Bytes("favicon-32x32.ico");
        byte[] two = [.. ico[..4], 2, 0, .. ico[6..22], 0, 0, .. ico[8..22]];

        AssetFacts facts = TestFiles.ReadBytes(two, "ico");

        Assert.Equal((256, 256), (facts.Width, facts.Height));
    }

    private static int IndexOf(byte[] bytes, byte[] pattern)
    {
        for (int i = 0; i + pattern.Length <= bytes.Length; i++)
        {
            if (bytes.AsSpan(i, pattern.Length).SequenceEqual(pattern))
            {
                return i;
            }
        }

        throw new InvalidOperationException("Pattern not found.");
    }
}
