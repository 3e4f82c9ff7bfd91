using System;

namespace Guides.Build
{
    /// <summary>
    /// Tells what a file's first bytes are, and whether that is what its extension says. Only the extensions of
    /// images and PDF are checked: a .txt or a .zip is what it is.
    /// </summary>
    internal static class FileSignature
    {
        private static readonly byte[] PngSignature = { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A };

        /// <summary>The format that an extension (without its dot, lower case) promises, or null when it is not checked.</summary>
        public static FileFormat? Expected(string extension)
        {
            switch (extension)
            {
                case "png": return FileFormat.Png;
                case "jpg":
                case "jpeg": return FileFormat.Jpeg;
                case "gif": return FileFormat.Gif;
                case "webp": return FileFormat.WebP;
                case "avif": return FileFormat.Avif;
                case "heic":
                case "heif": return FileFormat.Heif;
                case "bmp": return FileFormat.Bmp;
                case "ico": return FileFormat.Ico;
                case "tif":
                case "tiff": return FileFormat.Tiff;
                case "psd": return FileFormat.Psd;
                case "svg": return FileFormat.Svg;
                case "pdf": return FileFormat.Pdf;
                default: return null;
            }
        }

        /// <summary>What the first <paramref name="count"/> bytes of a file are.</summary>
        public static FileFormat Detect(byte[] head, int count)
        {
            if (StartsWith(head, count, PngSignature))
            {
                return FileFormat.Png;
            }

            if (count >= 3 && head[0] == 0xFF && head[1] == 0xD8 && head[2] == 0xFF)
            {
                return FileFormat.Jpeg;
            }

            if (Bytes.AsciiAt(head, count, 0, "GIF87a") || Bytes.AsciiAt(head, count, 0, "GIF89a"))
            {
                return FileFormat.Gif;
            }

            if (Bytes.AsciiAt(head, count, 0, "RIFF") && Bytes.AsciiAt(head, count, 8, "WEBP"))
            {
                return FileFormat.WebP;
            }

            if (Bytes.AsciiAt(head, count, 4, "ftyp"))
            {
                FileFormat? isoImage = IsoBmffSize.BrandOf(head, count);
                if (isoImage != null)
                {
                    return isoImage.Value;
                }
            }

            if (Bytes.AsciiAt(head, count, 0, "%PDF-"))
            {
                return FileFormat.Pdf;
            }

            if (Bytes.AsciiAt(head, count, 0, "PK\u0003\u0004") || Bytes.AsciiAt(head, count, 0, "PK\u0005\u0006"))
            {
                return FileFormat.Zip;
            }

            if (Bytes.AsciiAt(head, count, 0, "8BPS"))
            {
                return FileFormat.Psd;
            }

            if (Bytes.AsciiAt(head, count, 0, "II*\0") || Bytes.AsciiAt(head, count, 0, "MM\0*"))
            {
                return FileFormat.Tiff;
            }

            if (count >= 6 && head[0] == 0 && head[1] == 0 && head[2] == 1 && head[3] == 0 && (head[4] | head[5]) != 0)
            {
                return FileFormat.Ico;
            }

            // BMP's two letters are also how some text starts: check that its header's sizes are plausible.
            if (Bytes.AsciiAt(head, count, 0, "BM") && count >= 18)
            {
                uint dibHeaderSize = Bytes.U32LE(head, 14);
                if (dibHeaderSize == 12 || dibHeaderSize == 40 || dibHeaderSize == 52 || dibHeaderSize == 56
                    || dibHeaderSize == 64 || dibHeaderSize == 108 || dibHeaderSize == 124)
                {
                    return FileFormat.Bmp;
                }
            }

            return DetectText(head, count);
        }

        /// <summary>
        /// The problem with a file whose extension promises <paramref name="expected"/>, from its first bytes,
        /// or null when they are what the extension says (or the extension is not checked).
        /// </summary>
        public static string? Check(FileFormat? expected, byte[] head, int count)
        {
            if (expected == null)
            {
                return null;
            }

            FileFormat actual = Detect(head, count);
            if (actual == expected.Value)
            {
                return null;
            }

            if (expected.Value == FileFormat.Svg && (actual == FileFormat.Text || actual == FileFormat.Html || actual == FileFormat.Unknown))
            {
                // Text of some kind (or text in an encoding not recognized here): the SVG reader says what is wrong with it.
                return null;
            }

            string name = Name(expected.Value);
            if (actual != FileFormat.Unknown && actual != FileFormat.Text && actual != FileFormat.Html)
            {
                return $"its bytes are {Describe(actual)}, not the {name} its extension says";
            }

            if (IsCutShortSignature(expected.Value, head, count))
            {
                return $"its {name} header is cut short";
            }

            if (actual == FileFormat.Html)
            {
                return $"its bytes are an HTML page (a download's error page?), not the {name} its extension says";
            }

            if (actual == FileFormat.Text)
            {
                return $"its bytes are text, not the {name} its extension says";
            }

            return $"it does not start like a {name} file (it may be damaged or renamed)";
        }

        /// <summary>The format's short name, as an author would say it: "PNG", "JPEG", "SVG"...</summary>
        public static string Name(FileFormat format)
        {
            switch (format)
            {
                case FileFormat.Png: return "PNG";
                case FileFormat.Jpeg: return "JPEG";
                case FileFormat.Gif: return "GIF";
                case FileFormat.WebP: return "WebP";
                case FileFormat.Avif: return "AVIF";
                case FileFormat.Heif: return "HEIC";
                case FileFormat.Bmp: return "BMP";
                case FileFormat.Ico: return "ICO";
                case FileFormat.Tiff: return "TIFF";
                case FileFormat.Psd: return "PSD";
                case FileFormat.Pdf: return "PDF";
                case FileFormat.Zip: return "ZIP";
                case FileFormat.Svg: return "SVG";
                case FileFormat.Html: return "HTML";
                case FileFormat.Text: return "text";
                default: return "unknown";
            }
        }

        private static string Describe(FileFormat format)
        {
            switch (format)
            {
                case FileFormat.Png: return "a PNG image";
                case FileFormat.Jpeg: return "a JPEG image";
                case FileFormat.Gif: return "a GIF image";
                case FileFormat.WebP: return "a WebP image";
                case FileFormat.Avif: return "an AVIF image";
                case FileFormat.Heif: return "a HEIC image";
                case FileFormat.Bmp: return "a BMP image";
                case FileFormat.Ico: return "an ICO icon";
                case FileFormat.Tiff: return "a TIFF image";
                case FileFormat.Psd: return "a Photoshop document (PSD)";
                case FileFormat.Pdf: return "a PDF document";
                case FileFormat.Zip: return "a ZIP archive (such as a .zip, .docx or .xlsx)";
                case FileFormat.Svg: return "an SVG or XML document";
                default: return "something else";
            }
        }

        /// <summary>Whether the whole file is shorter than the format's signature and is a beginning of it.</summary>
        private static bool IsCutShortSignature(FileFormat expected, byte[] head, int count)
        {
            string? ascii;
            switch (expected)
            {
                case FileFormat.Png:
                    return count < PngSignature.Length && StartsWith(PngSignature, PngSignature.Length, Prefix(head, count));
                case FileFormat.Jpeg:
                    return count < 3 && count > 0 && head[0] == 0xFF && (count == 1 || head[1] == 0xD8);
                case FileFormat.Gif: ascii = "GIF8"; break;
                case FileFormat.Pdf: ascii = "%PDF-"; break;
                case FileFormat.WebP: ascii = "RIFF"; break;
                case FileFormat.Psd: ascii = "8BPS"; break;
                default: return false;
            }

            if (count >= ascii.Length)
            {
                return expected == FileFormat.WebP && count < 12 && Bytes.AsciiAt(head, count, 0, "RIFF");
            }

            for (int i = 0; i < count; i++)
            {
                if (head[i] != ascii[i])
                {
                    return false;
                }
            }

            return true;
        }

        private static byte[] Prefix(byte[] head, int count)
        {
            byte[] prefix = new byte[count];
            Array.Copy(head, prefix, count);
            return prefix;
        }

        private static bool StartsWith(byte[] b, int count, byte[] prefix)
        {
            if (count < prefix.Length)
            {
                return false;
            }

            for (int i = 0; i < prefix.Length; i++)
            {
                if (b[i] != prefix[i])
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Text (ASCII or UTF-8, with or without a BOM; or UTF-16 with a BOM), and whether it is SVG/XML or HTML.</summary>
        private static FileFormat DetectText(byte[] head, int count)
        {
            int start = 0;
            if (count >= 3 && head[0] == 0xEF && head[1] == 0xBB && head[2] == 0xBF)
            {
                start = 3;
            }
            else if (count >= 2 && ((head[0] == 0xFF && head[1] == 0xFE) || (head[0] == 0xFE && head[1] == 0xFF)))
            {
                // UTF-16 with a byte order mark: text, not looked into further.
                return FileFormat.Text;
            }

            for (int i = start; i < count; i++)
            {
                byte b = head[i];
                if (b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B) || b == 0x7F)
                {
                    return FileFormat.Unknown;
                }
            }

            int first = start;
            while (first < count && (head[first] == ' ' || head[first] == '\t' || head[first] == '\r' || head[first] == '\n'))
            {
                first++;
            }

            string opening = AsciiLower(head, first, Math.Min(count - first, 512));
            if (opening.StartsWith("<!doctype html", StringComparison.Ordinal) || opening.StartsWith("<html", StringComparison.Ordinal))
            {
                return FileFormat.Html;
            }

            if (opening.StartsWith("<?xml", StringComparison.Ordinal) || opening.StartsWith("<svg", StringComparison.Ordinal)
                || (opening.StartsWith("<", StringComparison.Ordinal) && opening.Contains("<svg")))
            {
                return FileFormat.Svg;
            }

            return FileFormat.Text;
        }

        private static string AsciiLower(byte[] b, int start, int length)
        {
            char[] chars = new char[Math.Max(0, length)];
            for (int i = 0; i < chars.Length; i++)
            {
                byte c = b[start + i];
                chars[i] = c >= 'A' && c <= 'Z' ? (char)(c + 32) : (char)c;
            }

            return new string(chars);
        }
    }
}
