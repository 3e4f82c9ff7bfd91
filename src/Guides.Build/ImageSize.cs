using System.IO;

namespace Guides.Build
{
    /// <summary>
    /// Reads an image's width and height from its first bytes, without decoding it. The size is the one a browser
    /// shows: a JPEG's EXIF orientation and an AVIF's rotation that turn it by 90 degrees swap width and height.
    /// </summary>
    internal static class ImageSize
    {
        /// <summary>Whether the size of files of this format is read here.</summary>
        public static bool CanRead(FileFormat format)
        {
            switch (format)
            {
                case FileFormat.Png:
                case FileFormat.Jpeg:
                case FileFormat.Gif:
                case FileFormat.WebP:
                case FileFormat.Svg:
                case FileFormat.Avif:
                case FileFormat.Heif:
                case FileFormat.Bmp:
                case FileFormat.Ico:
                    return true;
                default:
                    return false;
            }
        }

        /// <summary>Reads the size of an image of <paramref name="format"/> from a stream positioned at its start.</summary>
        public static ImageDimensions Read(FileFormat format, Stream stream)
        {
            switch (format)
            {
                case FileFormat.Png: return Png(stream);
                case FileFormat.Jpeg: return JpegSize.Read(stream);
                case FileFormat.Gif: return Gif(stream);
                case FileFormat.WebP: return WebP(stream);
                case FileFormat.Svg: return SvgSize.Read(stream);
                case FileFormat.Avif: return IsoBmffSize.Read(stream, "AVIF");
                case FileFormat.Heif: return IsoBmffSize.Read(stream, "HEIC");
                case FileFormat.Bmp: return Bmp(stream);
                case FileFormat.Ico: return Ico(stream);
                default: return ImageDimensions.Failed($"the size of a {FileSignature.Name(format)} file is not read");
            }
        }

        /// <summary>PNG: the signature, then the IHDR chunk, whose first fields are the width and height (big-endian).</summary>
        private static ImageDimensions Png(Stream stream)
        {
            byte[] b = new byte[24];
            int n = Bytes.ReadUpTo(stream, b, b.Length);
            if (n < 24)
            {
                return ImageDimensions.CutShort("PNG");
            }

            if (Bytes.AsciiAt(b, n, 12, "CgBI"))
            {
                return ImageDimensions.Failed("it is an Xcode-optimized PNG (CgBI), which browsers do not show: export it again as a standard PNG");
            }

            if (!Bytes.AsciiAt(b, n, 12, "IHDR"))
            {
                return ImageDimensions.Failed("its PNG header is damaged (it does not begin with the IHDR chunk)");
            }

            return ImageDimensions.Of(Bytes.U32BE(b, 16), Bytes.U32BE(b, 20), "PNG");
        }

        /// <summary>GIF: the logical screen's width and height (little-endian) after "GIF87a" or "GIF89a".</summary>
        private static ImageDimensions Gif(Stream stream)
        {
            byte[] b = new byte[10];
            if (Bytes.ReadUpTo(stream, b, b.Length) < b.Length)
            {
                return ImageDimensions.CutShort("GIF");
            }

            return ImageDimensions.Of(Bytes.U16LE(b, 6), Bytes.U16LE(b, 8), "GIF");
        }

        /// <summary>WebP: a RIFF file whose first chunk is VP8 (lossy), VP8L (lossless) or VP8X (extended: alpha, animation...).</summary>
        private static ImageDimensions WebP(Stream stream)
        {
            byte[] b = new byte[30];
            int n = Bytes.ReadUpTo(stream, b, b.Length);
            if (n < 16)
            {
                return ImageDimensions.CutShort("WebP");
            }

            if (Bytes.AsciiAt(b, n, 12, "VP8 "))
            {
                // Frame tag (3 bytes), the start code 9D 01 2A, then 14-bit width and height (the top 2 bits are a scale).
                if (n < 30)
                {
                    return ImageDimensions.CutShort("WebP");
                }

                if (b[23] != 0x9D || b[24] != 0x01 || b[25] != 0x2A)
                {
                    return ImageDimensions.Failed("its WebP header is damaged (the VP8 start code is missing)");
                }

                return ImageDimensions.Of(Bytes.U16LE(b, 26) & 0x3FFF, Bytes.U16LE(b, 28) & 0x3FFF, "WebP");
            }

            if (Bytes.AsciiAt(b, n, 12, "VP8L"))
            {
                // The signature byte 0x2F, then width - 1 and height - 1 in 14 bits each.
                if (n < 25)
                {
                    return ImageDimensions.CutShort("WebP");
                }

                if (b[20] != 0x2F)
                {
                    return ImageDimensions.Failed("its WebP header is damaged (the VP8L signature is missing)");
                }

                uint bits = Bytes.U32LE(b, 21);
                return ImageDimensions.Of((bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1, "WebP");
            }

            if (Bytes.AsciiAt(b, n, 12, "VP8X"))
            {
                // Flags (1 byte), reserved (3), then the canvas's width - 1 and height - 1 in 24 bits each.
                if (n < 30)
                {
                    return ImageDimensions.CutShort("WebP");
                }

                return ImageDimensions.Of(Bytes.U24LE(b, 24) + 1L, Bytes.U24LE(b, 27) + 1L, "WebP");
            }

            return ImageDimensions.Failed("its WebP header is damaged (its first chunk is not VP8, VP8L or VP8X)");
        }

        /// <summary>BMP: the DIB header's width and height (a negative height is a top-down bitmap).</summary>
        private static ImageDimensions Bmp(Stream stream)
        {
            byte[] b = new byte[26];
            int n = Bytes.ReadUpTo(stream, b, b.Length);
            if (n < 18)
            {
                return ImageDimensions.CutShort("BMP");
            }

            if (Bytes.U32LE(b, 14) == 12)
            {
                // BITMAPCOREHEADER (OS/2): 16-bit width and height.
                return n < 22 ? ImageDimensions.CutShort("BMP") : ImageDimensions.Of(Bytes.U16LE(b, 18), Bytes.U16LE(b, 20), "BMP");
            }

            if (n < 26)
            {
                return ImageDimensions.CutShort("BMP");
            }

            long width = (int)Bytes.U32LE(b, 18);
            long height = (int)Bytes.U32LE(b, 22);
            return ImageDimensions.Of(width, height < 0 ? -height : height, "BMP");
        }

        /// <summary>ICO: a directory of icons (a width or height of 0 means 256); a browser shows the largest.</summary>
        private static ImageDimensions Ico(Stream stream)
        {
            byte[] header = new byte[6];
            if (Bytes.ReadUpTo(stream, header, header.Length) < header.Length)
            {
                return ImageDimensions.CutShort("ICO");
            }

            int count = Bytes.U16LE(header, 4);
            if (count == 0)
            {
                return ImageDimensions.Failed("its ICO header lists no icon");
            }

            byte[] entries = new byte[count * 16];
            if (Bytes.ReadUpTo(stream, entries, entries.Length) < entries.Length)
            {
                return ImageDimensions.CutShort("ICO");
            }

            int bestWidth = 0;
            int bestHeight = 0;
            for (int i = 0; i < count; i++)
            {
                int width = entries[i * 16] == 0 ? 256 : entries[i * 16];
                int height = entries[(i * 16) + 1] == 0 ? 256 : entries[(i * 16) + 1];
                if ((long)width * height > (long)bestWidth * bestHeight)
                {
                    bestWidth = width;
                    bestHeight = height;
                }
            }

            return ImageDimensions.Of(bestWidth, bestHeight, "ICO");
        }
    }
}
