using System;
using System.IO;

namespace Guides
{
    /// <summary>
    /// A guide's text, packed at compile time to make the assembly small: its UTF-8 bytes compressed with Deflate
    /// (RFC 1951), then written 7 bits a byte, so that every packed byte is ASCII (0x00 to 0x7F) and stands for itself in a
    /// <c>"..."u8</c> literal, 8 bytes for 7: byte <c>k</c> holds bits <c>7k</c> to <c>7k + 6</c> of the Deflate stream,
    /// first bit lowest, and the last byte's unused bits are zero. The generator packs (this file is compiled into it, and
    /// its <c>PackedText.Pack.cs</c> adds the packing) and writes the literal (<c>CSharpLiteral.AppendAsciiBody</c>); <see cref="GuideStrings"/> and
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
    }
}
