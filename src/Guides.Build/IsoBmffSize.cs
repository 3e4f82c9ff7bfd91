using System;
using System.Collections.Generic;
using System.IO;

namespace Guides.Build
{
    /// <summary>
    /// AVIF and HEIC (HEIF) sizes: both are ISO base media files whose 'meta' box describes the images. The primary
    /// item ('pitm') has properties ('ipma' points into 'ipco'); its 'ispe' property is its width and height, and an
    /// 'irot' property of 90 or 270 degrees, which browsers apply, swaps them.
    /// </summary>
    internal static class IsoBmffSize
    {
        /// <summary>The largest 'meta' box read into memory; real ones are a few hundred bytes.</summary>
        private const long MaxMetaBoxLength = 4 * 1024 * 1024;

        /// <summary>How many top-level boxes are looked at before giving up on finding 'meta'.</summary>
        private const int MaxTopLevelBoxes = 64;

        private sealed class DamagedException : Exception
        {
        }

        private struct Box
        {
            public string Type;
            public int Body;
            public int End;
        }

        /// <summary>AVIF or HEIF when the file's 'ftyp' box names one of their brands; null for other ISO files (MP4, MOV...).</summary>
        public static FileFormat? BrandOf(byte[] head, int count)
        {
            if (count < 16 || !Bytes.AsciiAt(head, count, 4, "ftyp"))
            {
                return null;
            }

            long size = Bytes.U32BE(head, 0);
            int end = (int)Math.Min(size < 16 ? 16 : size, count);
            bool heif = false;
            for (int at = 8; at + 4 <= end; at += 4)
            {
                if (at == 12)
                {
                    // The minor version, not a brand.
                    continue;
                }

                if (Bytes.AsciiAt(head, count, at, "avif") || Bytes.AsciiAt(head, count, at, "avis"))
                {
                    return FileFormat.Avif;
                }

                foreach (string brand in new[] { "heic", "heix", "heim", "heis", "hevc", "hevx", "mif1", "msf1" })
                {
                    heif |= Bytes.AsciiAt(head, count, at, brand);
                }
            }

            return heif ? FileFormat.Heif : (FileFormat?)null;
        }

        public static ImageDimensions Read(Stream stream, string format)
        {
            try
            {
                byte[]? meta = ReadMetaBox(stream);
                if (meta == null)
                {
                    return ImageDimensions.Failed($"its {format} header has no 'meta' box (it has no size)");
                }

                return FromMeta(meta, format);
            }
            catch (EndOfStreamException)
            {
                return ImageDimensions.CutShort(format);
            }
            catch (DamagedException)
            {
                return ImageDimensions.Failed($"its {format} header is damaged (a box is longer than the box that holds it)");
            }
        }

        private static byte[]? ReadMetaBox(Stream stream)
        {
            byte[] header = new byte[16];
            long position = 0;
            for (int i = 0; i < MaxTopLevelBoxes && position < stream.Length; i++)
            {
                stream.Position = position;
                if (Bytes.ReadUpTo(stream, header, 8) < 8)
                {
                    throw new EndOfStreamException();
                }

                long size = Bytes.U32BE(header, 0);
                int headerLength = 8;
                if (size == 1)
                {
                    if (Bytes.ReadUpTo(stream, header, 8) < 8)
                    {
                        throw new EndOfStreamException();
                    }

                    size = (long)Math.Min(Bytes.U64BE(header, 0), long.MaxValue);
                    headerLength = 16;
                }
                else if (size == 0)
                {
                    size = stream.Length - position;
                }

                if (size < headerLength)
                {
                    throw new DamagedException();
                }

                stream.Position = position + 4;
                byte[] type = new byte[4];
                Bytes.ReadUpTo(stream, type, 4);
                if (Bytes.AsciiAt(type, 4, 0, "meta"))
                {
                    if (size > MaxMetaBoxLength)
                    {
                        throw new DamagedException();
                    }

                    if (position + size > stream.Length)
                    {
                        throw new EndOfStreamException();
                    }

                    byte[] box = new byte[size - headerLength];
                    stream.Position = position + headerLength;
                    if (Bytes.ReadUpTo(stream, box, box.Length) < box.Length)
                    {
                        throw new EndOfStreamException();
                    }

                    return box;
                }

                position += size;
            }

            return null;
        }

        private static ImageDimensions FromMeta(byte[] meta, string format)
        {
            // 'meta' is a full box: version and flags (4 bytes), then its children.
            long primary = -1;
            List<Box> properties = new List<Box>();
            Dictionary<long, List<int>> associations = new Dictionary<long, List<int>>();
            foreach (Box child in Children(meta, 4, meta.Length))
            {
                if (child.Type == "pitm")
                {
                    // Version 0: a 16-bit item ID; later versions: 32 bits.
                    bool wide = Need(child, 4) && meta[child.Body] != 0;
                    Need(child, wide ? 8 : 6);
                    primary = wide ? Bytes.U32BE(meta, child.Body + 4) : Bytes.U16BE(meta, child.Body + 4);
                }
                else if (child.Type == "iprp")
                {
                    foreach (Box inner in Children(meta, child.Body, child.End))
                    {
                        if (inner.Type == "ipco")
                        {
                            properties.AddRange(Children(meta, inner.Body, inner.End));
                        }
                        else if (inner.Type == "ipma")
                        {
                            ReadAssociations(meta, inner, associations);
                        }
                    }
                }
            }

            Box? size = null;
            int rotation = 0;
            if (primary >= 0 && associations.TryGetValue(primary, out List<int>? indexes))
            {
                foreach (int index in indexes)
                {
                    if (index < 1 || index > properties.Count)
                    {
                        continue;
                    }

                    Box property = properties[index - 1];
                    if (property.Type == "ispe" && size == null)
                    {
                        size = property;
                    }
                    else if (property.Type == "irot" && Need(property, 1))
                    {
                        rotation = meta[property.Body] & 3;
                    }
                }
            }

            if (size == null)
            {
                // No primary item's size: the largest 'ispe' (a grid's, rather than one of its tiles').
                long largest = -1;
                foreach (Box property in properties)
                {
                    if (property.Type == "ispe" && Need(property, 12))
                    {
                        long area = (long)Bytes.U32BE(meta, property.Body + 4) * Bytes.U32BE(meta, property.Body + 8);
                        if (area > largest)
                        {
                            largest = area;
                            size = property;
                        }
                    }
                }
            }

            if (size == null)
            {
                return ImageDimensions.Failed($"its {format} header gives no size (no 'ispe' property)");
            }

            Need(size.Value, 12);
            long width = Bytes.U32BE(meta, size.Value.Body + 4);
            long height = Bytes.U32BE(meta, size.Value.Body + 8);
            return rotation == 1 || rotation == 3 ? ImageDimensions.Of(height, width, format) : ImageDimensions.Of(width, height, format);
        }

        /// <summary>'ipma': for each item, the 1-based indexes of its properties in 'ipco'.</summary>
        private static void ReadAssociations(byte[] b, Box ipma, Dictionary<long, List<int>> associations)
        {
            Need(ipma, 8);
            int version = b[ipma.Body];
            bool wideIndexes = (b[ipma.Body + 3] & 1) != 0;
            long entries = Bytes.U32BE(b, ipma.Body + 4);
            int at = ipma.Body + 8;
            for (long e = 0; e < entries; e++)
            {
                long item;
                if (version < 1)
                {
                    Within(ipma, at, 2);
                    item = Bytes.U16BE(b, at);
                    at += 2;
                }
                else
                {
                    Within(ipma, at, 4);
                    item = Bytes.U32BE(b, at);
                    at += 4;
                }

                Within(ipma, at, 1);
                int count = b[at++];
                List<int> indexes = new List<int>(count);
                for (int i = 0; i < count; i++)
                {
                    if (wideIndexes)
                    {
                        Within(ipma, at, 2);
                        indexes.Add(Bytes.U16BE(b, at) & 0x7FFF);
                        at += 2;
                    }
                    else
                    {
                        Within(ipma, at, 1);
                        indexes.Add(b[at] & 0x7F);
                        at += 1;
                    }
                }

                if (!associations.ContainsKey(item))
                {
                    associations[item] = indexes;
                }
            }
        }

        /// <summary>The boxes between <paramref name="start"/> and <paramref name="end"/> of an in-memory box.</summary>
        private static List<Box> Children(byte[] b, int start, int end)
        {
            List<Box> boxes = new List<Box>();
            int at = start;
            while (at + 8 <= end)
            {
                long size = Bytes.U32BE(b, at);
                int header = 8;
                if (size == 1)
                {
                    if (at + 16 > end)
                    {
                        throw new DamagedException();
                    }

                    size = (long)Math.Min(Bytes.U64BE(b, at + 8), long.MaxValue);
                    header = 16;
                }
                else if (size == 0)
                {
                    size = end - at;
                }

                if (size < header || at + size > end)
                {
                    throw new DamagedException();
                }

                boxes.Add(new Box { Type = Ascii(b, at + 4), Body = at + header, End = (int)(at + size) });
                at += (int)size;
            }

            return boxes;
        }

        private static bool Need(Box box, int bodyLength)
        {
            Within(box, box.Body, bodyLength);
            return true;
        }

        private static void Within(Box box, int at, int length)
        {
            if (at + length > box.End)
            {
                throw new DamagedException();
            }
        }

        private static string Ascii(byte[] b, int at) =>
            new string(new[] { (char)b[at], (char)b[at + 1], (char)b[at + 2], (char)b[at + 3] });
    }
}
