using System;
using System.IO;

namespace Guides
{
    /// <summary>
    /// A guide's text, packed at compile time to make the assembly small: its UTF-8 bytes compressed with Deflate
    /// (RFC 1951), then written 7 bits a byte, so that every packed byte is ASCII (0x00 to 0x7F) and stands for itself in a
    /// <c>"..."u8</c> literal, 8 bytes for 7: byte <c>k</c> holds bits <c>7k</c> to <c>7k + 6</c> of the Deflate stream,
    /// first bit lowest, and the last byte's unused bits are zero. The generator packs (this file is compiled into it
    /// too) and writes the literal (<c>CSharpLiteral.AppendAsciiBody</c>); <see cref="GuideStrings"/> and
    /// <see cref="GuideSearch"/> unpack on first read, with <see cref="Inflater"/> (managed code, reading the 7-bit bytes
    /// as they are).
    /// </summary>
    internal static partial class PackedText
    {
        /// <summary>The <paramref name="length"/> bytes that <c>Pack</c> packed into <paramref name="packed"/> (its characters as bytes).</summary>
        /// <exception cref="InvalidDataException">The packed text is damaged: a byte above 0x7F, or not Deflate of that many bytes.</exception>
        public static byte[] Unpack(byte[] packed, int length) => Inflater.Inflate(packed, length);

        /// <summary>The <paramref name="length"/> bytes that <c>Pack</c> packed into <paramref name="packed"/> with <paramref name="dictionary"/> preset.</summary>
        /// <exception cref="InvalidDataException">The packed text is damaged.</exception>
        public static byte[] Unpack(byte[] packed, int length, byte[] dictionary) => Inflater.Inflate(packed, length, dictionary);

#if NET
        /// <summary>The <paramref name="length"/> bytes that <c>Pack</c> packed into <paramref name="packed"/> with <paramref name="dictionary"/> preset.</summary>
        /// <exception cref="InvalidDataException">The packed text is damaged.</exception>
        public static byte[] Unpack(byte[] packed, int length, ReadOnlySpan<byte> dictionary) => Inflater.Inflate(packed, length, dictionary);
#endif

        /// <summary>The first <paramref name="count"/> bytes of <paramref name="bytes"/>, 7 bits a character (U+0000 to U+007F), first bit lowest.</summary>
        public static string ToSevenBit(byte[] bytes, int count)
        {
            var text = new char[(int)((((long)count * 8) + 6) / 7)];
            var bits = 0u;
            var held = 0;
            var at = 0;
            for (var i = 0; i < count; i++)
            {
                bits |= (uint)bytes[i] << held;
                held += 8;
                while (held >= 7)
                {
                    text[at++] = (char)(bits & 0x7F);
                    bits >>= 7;
                    held -= 7;
                }
            }

            if (held > 0)
            {
                text[at] = (char)bits;
            }

            return new string(text);
        }
    }
}
