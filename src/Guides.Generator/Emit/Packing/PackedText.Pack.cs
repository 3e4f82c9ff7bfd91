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
    }
}
