namespace Guides.Build
{
    /// <summary>An image's width and height in pixels as a browser shows it, or the problem that kept them from being read.</summary>
    internal sealed class ImageDimensions
    {
        private ImageDimensions(int width, int height, string? problem)
        {
            Width = width;
            Height = height;
            Problem = problem;
        }

        public int Width { get; }

        public int Height { get; }

        /// <summary>Null when the size was read; else a sentence for the guide's author ("its PNG header is cut short").</summary>
        public string? Problem { get; }

        public static ImageDimensions Of(long width, long height, string format)
        {
            if (width <= 0 || height <= 0 || width > int.MaxValue || height > int.MaxValue)
            {
                return Failed($"its {format} header gives a size of {width} by {height} pixels");
            }

            return new ImageDimensions((int)width, (int)height, null);
        }

        public static ImageDimensions Failed(string problem) => new ImageDimensions(0, 0, problem);

        public static ImageDimensions CutShort(string format) => Failed($"its {format} header is cut short");
    }
}
