using Guides.Build.Tests.Infrastructure;

namespace Guides.Build.Tests;

/// <summary>
/// An SVG's size comes from its root element: width and height in pixels (or an absolute unit), else its viewBox.
/// The expected sizes were checked with identify and with the naturalWidth and naturalHeight Chromium gave.
/// </summary>
public sealed class SvgTests
{
    [Fact]
    public void Width_and_height_in_pixels_win_over_the_viewBox_after_an_XML_declaration_and_a_comment()
    {
        // width="120" height="80px" viewBox="0 0 12 8"
        AssetFacts facts = TestFiles.Read("diagram-120x80.svg");

        Assert.Null(facts.Problem);
        Assert.Equal((120, 80), (facts.Width, facts.Height));
    }

    [Fact]
    public void Without_width_and_height_the_viewBox_gives_the_size_even_after_a_byte_order_mark()
    {
        AssetFacts facts = TestFiles.Read("viewbox-only-300x150.svg");

        Assert.Null(facts.Problem);
        Assert.Equal((300, 150), (facts.Width, facts.Height));
    }

    [Fact]
    public void A_width_of_100_percent_falls_back_to_the_viewBox()
    {
        // width="100%" height="100%" viewBox="0, 0, 64, 32" (commas are separators too).
        AssetFacts facts = TestFiles.Read("percent-size-64x32.svg");

        Assert.Null(facts.Problem);
        Assert.Equal((64, 32), (facts.Width, facts.Height));
    }

    [Fact]
    public void Points_are_converted_to_pixels_as_browsers_do()
    {
        // width="36pt" height="18pt": 36 * 96 / 72 = 48 by 24 pixels, the size Chromium shows.
        AssetFacts facts = TestFiles.Read("points-48x24.svg");

        Assert.Equal((48, 24), (facts.Width, facts.Height));
    }

    [Fact]
    public void An_Illustrator_export_with_a_public_DOCTYPE_is_read_without_fetching_its_DTD()
    {
        AssetFacts facts = TestFiles.Read("illustrator-200x100.svg");

        Assert.Null(facts.Problem);
        Assert.Equal((200, 100), (facts.Width, facts.Height));
    }

    [Fact]
    public void Entities_declared_in_a_DOCTYPE_are_never_expanded_so_an_XXE_reads_nothing()
    {
        // <!ENTITY xxe SYSTEM "file:///etc/passwd"> <!ENTITY w "77"> ... <svg width="&w;" ...>: Chromium shows it 77 wide.
        AssetFacts facts = TestFiles.Read("Mistakes/entity.svg");

        Assert.NotEqual(77, facts.Width);
        Assert.NotNull(facts.Problem);
        Assert.StartsWith("it is not well-formed XML: ", facts.Problem);
        Assert.Contains("'w'", facts.Problem);
    }

    [Fact]
    public void An_SVG_without_a_size_is_a_problem()
    {
        AssetFacts facts = TestFiles.Read("Mistakes/no-size.svg");

        Assert.Equal("it has no width and height or viewBox", facts.Problem);
        Assert.Null(facts.Width);
        Assert.Null(facts.Height);
    }

    [Fact]
    public void An_SVG_without_the_SVG_namespace_is_a_problem_because_browsers_show_it_as_a_broken_image()
    {
        AssetFacts facts = TestFiles.Read("Mistakes/no-namespace.svg");

        Assert.Equal(
            "its <svg> element lacks xmlns=\"http://www.w3.org/2000/svg\", without which browsers do not show it as an image",
            facts.Problem);
    }

    [Fact]
    public void An_HTML_page_named_svg_is_not_an_SVG_image()
    {
        byte[] html = "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body/></html>"u8.ToArray();

        Assert.Equal("it is not an SVG image: its root element is <html>, not <svg>", TestFiles.ReadBytes(html, "svg").Problem);
    }

    [Fact]
    public void A_PNG_named_svg_is_a_PNG()
    {
        Assert.Equal(
            "its bytes are a PNG image, not the SVG its extension says",
            TestFiles.ReadBytes(TestFiles.Bytes("step-37x23.png"), "svg").Problem);
    }

    [Fact]
    public void Text_that_is_not_XML_is_not_well_formed()
    {
        AssetFacts facts = TestFiles.ReadBytes("<svg width=10>"u8.ToArray(), "svg");

        Assert.StartsWith("it is not well-formed XML: ", facts.Problem);
    }

    [Theory]
    [InlineData("90", null, "0 0 30 20", 90, 60)]
    [InlineData(null, "40", "0 0 30 20", 60, 40)]
    [InlineData("1in", "2.54cm", null, 96, 96)]
    [InlineData("10.5", "20.4px", null, 11, 20)]
    [InlineData("1e2", "5E1", null, 100, 50)]
    [InlineData("2em", "3em", "-5 -5 10 20", 10, 20)]
    [InlineData("0.2", "0.2", null, 1, 1)]
    public void Width_height_and_viewBox_combine_as_in_a_browser(string? width, string? height, string? viewBox, int expectedWidth, int expectedHeight)
    {
        ImageDimensions size = SvgSize.FromAttributes(width, height, viewBox);

        Assert.Null(size.Problem);
        Assert.Equal((expectedWidth, expectedHeight), (size.Width, size.Height));
    }

    [Theory]
    [InlineData("90", null, null, "it has a width but no height or viewBox")]
    [InlineData(null, "90", null, "it has a height but no width or viewBox")]
    [InlineData("100%", "100%", null, "it has no width and height or viewBox")]
    [InlineData(null, null, "0 0 10", "its viewBox \"0 0 10\" is not four numbers with a positive width and height")]
    [InlineData(null, null, "0 0 0 10", "its viewBox \"0 0 0 10\" is not four numbers with a positive width and height")]
    public void Sizes_that_cannot_be_told_are_problems(string? width, string? height, string? viewBox, string problem)
    {
        Assert.Equal(problem, SvgSize.FromAttributes(width, height, viewBox).Problem);
    }
}
