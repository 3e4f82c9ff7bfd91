using System.IO;

namespace Guides.Build
{
    /// <summary>Reads numbers out of a header's bytes, and reads a stream without trusting one Read to fill a buffer.</summary>
    internal static class Bytes
    {
        public static int U16BE(byte[] b, int i) => (b[i] << 8) | b[i + 1];

        public static int U16LE(byte[] b, int i) => b[i] | (b[i + 1] << 8);

        public static int U24LE(byte[] b, int i) => b[i] | (b[i + 1] << 8) | (b[i + 2] << 16);

        public static uint U32BE(byte[] b, int i) => ((uint)b[i] << 24) | ((uint)b[i + 1] << 16) | ((uint)b[i + 2] << 8) | b[i + 3];

        public static uint U32LE(byte[] b, int i) => b[i] | ((uint)b[i + 1] << 8) | ((uint)b[i + 2] << 16) | ((uint)b[i + 3] << 24);

        public static ulong U64BE(byte[] b, int i) => ((ulong)U32BE(b, i) << 32) | U32BE(b, i + 4);

        /// <summary>Whether <paramref name="b"/> holds <paramref name="ascii"/> at <paramref name="at"/> (within its first <paramref name="count"/> bytes).</summary>
        public static bool AsciiAt(byte[] b, int count, int at, string ascii)
        {
            if (at < 0 || at + ascii.Length > count)
            {
                return false;
            }

            for (int i = 0; i < ascii.Length; i++)
            {
                if (b[at + i] != ascii[i])
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Reads up to <paramref name="count"/> bytes (fewer only at the end of the stream); returns how many were read.</summary>
        public static int ReadUpTo(Stream stream, byte[] buffer, int count)
        {
            int total = 0;
            while (total < count)
            {
                int read = stream.Read(buffer, total, count - total);
                if (read == 0)
                {
                    break;
                }

                total += read;
            }

            return total;
        }
    }
}
