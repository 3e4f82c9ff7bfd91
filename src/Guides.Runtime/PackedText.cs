using System.IO;
using System.IO.Compression;

namespace Guides
{
    /// <summary>
    /// A guide's text, packed at compile time to make the assembly small: its UTF-8 bytes compressed with Deflate (which
    /// netstandard2.0 and every .NET have), then written in Z85 (ZeroMQ RFC 32) so that the packed bytes fit in a
    /// <c>"..."u8</c> literal without escapes: 85 printable characters, neither <c>"</c> nor <c>\</c>, 5 for 4 bytes.
    /// The generator packs (this file is compiled into it too); <see cref="GuideStrings"/> unpacks on first read.
    /// </summary>
    internal static class PackedText
    {
        private const string Alphabet = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-:+=^!/*?&<>()[]{}@%$#";

        private static readonly byte[] s_values = Values();

        /// <summary>Deflates <paramref name="count"/> bytes of <paramref name="utf8"/> and writes the result in Z85.</summary>
        public static string Pack(byte[] utf8, int offset, int count)
        {
            using var buffer = new MemoryStream();
            using (var deflate = new DeflateStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
            {
                deflate.Write(utf8, offset, count);
            }

            return ToZ85(buffer.ToArray());
        }

        /// <summary>The <paramref name="length"/> bytes that <see cref="Pack"/> packed into <paramref name="packed"/> (Z85 text as ASCII bytes).</summary>
        /// <exception cref="InvalidDataException">The packed text is damaged: not Z85, or not Deflate of that many bytes.</exception>
        public static byte[] Unpack(byte[] packed, int length)
        {
            var utf8 = new byte[length];
            using var inflate = new DeflateStream(new MemoryStream(FromZ85(packed)), CompressionMode.Decompress);
            var read = 0;
            while (read < length)
            {
                var n = inflate.Read(utf8, read, length - read);
                if (n <= 0)
                {
                    throw new InvalidDataException("Packed guide text ends before its " + length + " bytes.");
                }

                read += n;
            }

            return utf8;
        }

        /// <summary><paramref name="bytes"/> in Z85, zeros padding them to whole groups of 4 (Deflate ignores what follows its end).</summary>
        public static string ToZ85(byte[] bytes)
        {
            var groups = (bytes.Length + 3) / 4;
            var text = new char[groups * 5];
            for (var g = 0; g < groups; g++)
            {
                uint value = 0;
                for (var i = 0; i < 4; i++)
                {
                    var at = (g * 4) + i;
                    value = (value << 8) | (at < bytes.Length ? bytes[at] : 0u);
                }

                for (var i = 4; i >= 0; i--)
                {
                    text[(g * 5) + i] = Alphabet[(int)(value % 85)];
                    value /= 85;
                }
            }

            return new string(text);
        }

        /// <summary>The bytes that <see cref="ToZ85"/> wrote as <paramref name="text"/> (ASCII bytes).</summary>
        /// <exception cref="InvalidDataException">The text is not Z85.</exception>
        public static byte[] FromZ85(byte[] text)
        {
            if (text.Length % 5 != 0)
            {
                throw new InvalidDataException("Packed guide text is not whole groups of 5 characters.");
            }

            var bytes = new byte[text.Length / 5 * 4];
            for (int g = 0, at = 0; g < text.Length; g += 5)
            {
                ulong value = 0;
                for (var i = 0; i < 5; i++)
                {
                    var c = text[g + i];
                    var digit = c < s_values.Length ? s_values[c] : (byte)0xFF;
                    if (digit == 0xFF)
                    {
                        throw new InvalidDataException("Packed guide text has a character outside the Z85 alphabet.");
                    }

                    value = (value * 85) + digit;
                }

                if (value > uint.MaxValue)
                {
                    throw new InvalidDataException("Packed guide text has a group of 5 characters that is no 4 bytes.");
                }

                bytes[at++] = (byte)(value >> 24);
                bytes[at++] = (byte)(value >> 16);
                bytes[at++] = (byte)(value >> 8);
                bytes[at++] = (byte)value;
            }

            return bytes;
        }

        private static byte[] Values()
        {
            var values = new byte[128];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = 0xFF;
            }

            for (var i = 0; i < Alphabet.Length; i++)
            {
                values[Alphabet[i]] = (byte)i;
            }

            return values;
        }
    }
}
