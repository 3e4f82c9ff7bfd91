using System.IO.Compression;

namespace Guides.Benchmarks;

/// <summary>
/// The packing that 7-bit packing replaced, kept to measure beside it: Deflate (<c>DeflateStream</c>, Optimal) written in
/// Z85 (ZeroMQ RFC 32, 5 characters for 4 bytes), unpacked by decoding the Z85 then inflating with <c>DeflateStream</c>.
/// The code of <c>src/Guides.Runtime/PackedText.cs</c> before it.
/// </summary>
internal static class Z85Baseline
{
    private const string Alphabet = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-:+=^!/*?&<>()[]{}@%$#";

    private static readonly byte[] s_values = Values();

    /// <summary>Deflates the bytes and writes the result in Z85 (as ASCII bytes).</summary>
    public static byte[] Pack(byte[] utf8) => ToZ85(Deflate(utf8));

    /// <summary>The bytes deflated by <c>DeflateStream</c>, Optimal.</summary>
    public static byte[] Deflate(byte[] utf8)
    {
        using var buffer = new MemoryStream();
        using (var deflate = new DeflateStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            deflate.Write(utf8, 0, utf8.Length);
        }

        return buffer.ToArray();
    }

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

    public static byte[] ToZ85(byte[] bytes)
    {
        var groups = (bytes.Length + 3) / 4;
        var text = new byte[groups * 5];
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
                text[(g * 5) + i] = (byte)Alphabet[(int)(value % 85)];
                value /= 85;
            }
        }

        return text;
    }

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
        Array.Fill(values, (byte)0xFF);
        for (var i = 0; i < Alphabet.Length; i++)
        {
            values[Alphabet[i]] = (byte)i;
        }

        return values;
    }
}
