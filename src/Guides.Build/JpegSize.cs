using System.IO;

namespace Guides.Build
{
    /// <summary>
    /// A JPEG's size: its markers are walked, segment by segment, to the frame header (SOF0 to SOF15), which holds
    /// the height and width. An EXIF orientation of 5 to 8 (turned by 90 or 270 degrees), which browsers apply,
    /// swaps them.
    /// </summary>
    internal static class JpegSize
    {
        private const int ExifTagOrientation = 0x0112;

        private sealed class CutShortException : IOException
        {
        }

        public static ImageDimensions Read(Stream stream)
        {
            try
            {
                return Walk(stream);
            }
            catch (CutShortException)
            {
                return ImageDimensions.CutShort("JPEG");
            }
        }

        private static ImageDimensions Walk(Stream stream)
        {
            if (Next(stream) != 0xFF || Next(stream) != 0xD8)
            {
                return ImageDimensions.Failed("it does not start like a JPEG file (it may be damaged or renamed)");
            }

            int orientation = 1;
            while (true)
            {
                long at = stream.Position;
                if (Next(stream) != 0xFF)
                {
                    return ImageDimensions.Failed($"its JPEG header is damaged (no marker at byte {at})");
                }

                int marker = Next(stream);
                while (marker == 0xFF)
                {
                    // Fill bytes before a marker.
                    marker = Next(stream);
                }

                if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD8))
                {
                    // TEM, RST0-7 and SOI have no length.
                    continue;
                }

                if (marker == 0xD9)
                {
                    return ImageDimensions.Failed("its JPEG data ends before its frame header (it has no size)");
                }

                int length = (Next(stream) << 8) | Next(stream);
                if (length < 2)
                {
                    return ImageDimensions.Failed($"its JPEG header is damaged (a segment at byte {at} has a length of {length})");
                }

                if (IsStartOfFrame(marker))
                {
                    // Precision, then the height and the width.
                    byte[] frame = ReadExactly(stream, 5);
                    int height = Bytes.U16BE(frame, 1);
                    int width = Bytes.U16BE(frame, 3);
                    if (height == 0)
                    {
                        return ImageDimensions.Failed("its JPEG frame header gives no height (it is given later, in a DNL marker, which browsers do not read)");
                    }

                    return orientation >= 5 && orientation <= 8
                        ? ImageDimensions.Of(height, width, "JPEG")
                        : ImageDimensions.Of(width, height, "JPEG");
                }

                if (marker == 0xDA)
                {
                    return ImageDimensions.Failed("its JPEG header has no frame header before the image data (it has no size)");
                }

                if (marker == 0xE1 && orientation == 1)
                {
                    byte[] segment = ReadExactly(stream, length - 2);
                    orientation = ExifOrientation(segment);
                    continue;
                }

                Skip(stream, length - 2);
            }
        }

        /// <summary>SOF0 to SOF15, less DHT (C4), JPG (C8) and DAC (CC), which share the range.</summary>
        private static bool IsStartOfFrame(int marker) =>
            marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;

        /// <summary>The orientation (1 to 8) in an APP1 segment that holds EXIF data; 1 when there is none or it cannot be read.</summary>
        internal static int ExifOrientation(byte[] segment)
        {
            // "Exif\0\0", then a TIFF header: byte order ("II" or "MM"), 42, and the offset of the first IFD.
            const int tiff = 6;
            if (!Bytes.AsciiAt(segment, segment.Length, 0, "Exif\0\0") || segment.Length < tiff + 8)
            {
                return 1;
            }

            bool little;
            if (Bytes.AsciiAt(segment, segment.Length, tiff, "II"))
            {
                little = true;
            }
            else if (Bytes.AsciiAt(segment, segment.Length, tiff, "MM"))
            {
                little = false;
            }
            else
            {
                return 1;
            }

            long ifd = tiff + U32(segment, tiff + 4, little);
            if (ifd + 2 > segment.Length)
            {
                return 1;
            }

            int entries = U16(segment, (int)ifd, little);
            for (int i = 0; i < entries; i++)
            {
                long entry = ifd + 2 + (i * 12L);
                if (entry + 12 > segment.Length)
                {
                    return 1;
                }

                if (U16(segment, (int)entry, little) == ExifTagOrientation)
                {
                    // Type SHORT, count 1: the value is in the first two bytes of the value field.
                    int value = U16(segment, (int)entry + 8, little);
                    return value >= 1 && value <= 8 ? value : 1;
                }
            }

            return 1;
        }

        private static int U16(byte[] b, int i, bool little) => little ? Bytes.U16LE(b, i) : Bytes.U16BE(b, i);

        private static uint U32(byte[] b, int i, bool little) => little ? Bytes.U32LE(b, i) : Bytes.U32BE(b, i);

        private static int Next(Stream stream)
        {
            int b = stream.ReadByte();
            if (b < 0)
            {
                throw new CutShortException();
            }

            return b;
        }

        private static byte[] ReadExactly(Stream stream, int count)
        {
            byte[] buffer = new byte[count];
            if (Bytes.ReadUpTo(stream, buffer, count) < count)
            {
                throw new CutShortException();
            }

            return buffer;
        }

        private static void Skip(Stream stream, int count)
        {
            if (stream.Position + count > stream.Length)
            {
                throw new CutShortException();
            }

            stream.Seek(count, SeekOrigin.Current);
        }
    }
}
