using System;
using System.IO;
using System.Security.Cryptography;
using System.Text;

namespace Guides.Build
{
    /// <summary>
    /// Reads one file's facts: its first bytes for the signature and the size (a JPEG's markers, an AVIF's boxes and an
    /// SVG's root element are read as far as needed, no further), then the whole file once, streamed, for its hash.
    /// </summary>
    internal static class AssetReader
    {
        /// <summary>How many first bytes are looked at for the signature (and to tell text from binary).</summary>
        private const int HeadLength = 512;

        /// <summary>The first characters of the SHA-256, in hexadecimal, that make a file's hash.</summary>
        public const int HashLength = 10;

        /// <summary>Reads the file at <paramref name="path"/>; never throws for a file that cannot be read (see <see cref="AssetFacts.Unread"/>).</summary>
        public static AssetFacts Read(string path)
        {
            string extension = FileKind.ExtensionOf(path);
            try
            {
                using (FileStream stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 64 * 1024, FileOptions.SequentialScan))
                {
                    return Read(stream, extension);
                }
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is ArgumentException || e is NotSupportedException || e is System.Security.SecurityException)
            {
                return AssetFacts.CouldNotBeRead(extension, Reason(e));
            }
        }

        /// <summary>Reads the facts of a file whose extension is <paramref name="extension"/> (without its dot) from a seekable stream at its start.</summary>
        public static AssetFacts Read(Stream stream, string extension)
        {
            long length = stream.Length;
            string contentType = FileKind.ContentType(extension);
            bool isImage = FileKind.IsImage(extension);
            bool isWebImage = FileKind.IsWebImage(extension);

            byte[] head = new byte[HeadLength];
            int count = Bytes.ReadUpTo(stream, head, head.Length);

            string? problem = null;
            int? width = null;
            int? height = null;
            FileFormat? expected = FileSignature.Expected(extension);
            if (length == 0)
            {
                problem = "it is empty (0 bytes)";
            }
            else
            {
                problem = FileSignature.Check(expected, head, count);
                if (problem == null && expected != null && ImageSize.CanRead(expected.Value))
                {
                    stream.Position = 0;
                    ImageDimensions size = ImageSize.Read(expected.Value, stream);
                    problem = size.Problem;
                    if (problem == null)
                    {
                        width = size.Width;
                        height = size.Height;
                    }
                }
            }

            stream.Position = 0;
            string hash = Hash(stream);
            return new AssetFacts(length, contentType, isImage, isWebImage, width, height, hash, problem);
        }

        /// <summary>The first 10 lowercase hexadecimal characters of the SHA-256 of the stream's bytes, read in blocks.</summary>
        public static string Hash(Stream stream)
        {
            using (SHA256 sha = SHA256.Create())
            {
                byte[] digest = sha.ComputeHash(stream);
                StringBuilder hex = new StringBuilder(HashLength);
                for (int i = 0; i < HashLength / 2; i++)
                {
                    hex.Append(digest[i].ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
                }

                return hex.ToString();
            }
        }

        private static string Reason(Exception e)
        {
            string message = e.Message.Trim();
            return message.EndsWith(".", StringComparison.Ordinal) ? message.Substring(0, message.Length - 1) : message;
        }
    }
}
