namespace Guides.Build
{
    /// <summary>What a file's first bytes say it is.</summary>
    internal enum FileFormat
    {
        /// <summary>Bytes that match no signature known here (binary data of some other kind).</summary>
        Unknown,
        Png,
        Jpeg,
        Gif,
        WebP,
        Avif,
        Heif,
        Bmp,
        Ico,
        Tiff,
        Psd,
        Pdf,
        Zip,
        /// <summary>XML text whose first element is &lt;svg&gt; (or that starts with an XML declaration).</summary>
        Svg,
        Html,
        /// <summary>Text that is none of the above.</summary>
        Text,
    }
}
