using Guides.Generator.Emit;

namespace Guides
{
    /// <summary>The generator's half of <see cref="PackedText"/>: packing, with its own Deflate encoder (the same bytes on every machine).</summary>
    internal static partial class PackedText
    {
        /// <summary>
        /// Deflates <paramref name="count"/> bytes of <paramref name="utf8"/> (<see cref="DeflateEncoder"/>, its matches
        /// reaching into <paramref name="dictionary"/> when one is given) and writes the result 7 bits a byte: one
        /// character from U+0000 to U+007F a packed byte, to escape where a C# literal needs it.
        /// </summary>
        public static string Pack(byte[] utf8, int offset, int count, DeflateEncoder.PresetDictionary? dictionary = null)
        {
            var deflated = dictionary is null
                ? DeflateEncoder.Compress(utf8, offset, count)
                : DeflateEncoder.Compress(utf8, offset, count, dictionary);
            return ToSevenBit(deflated, deflated.Length);
        }

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
