using System.Collections.Generic;
using System.Text;

namespace Guides.Build
{
    /// <summary>
    /// The one file in which the build hands the generator what it read of the content folder's other files (images,
    /// PDFs...): the ReadGuideAssets task writes it, the generator reads it as one additional file. Compiled into both
    /// (the generator links this file). One file, not metadata on each file's item: per-file metadata becomes one section
    /// per file in the compiler's analyzer config, which the compiler matches every file against.
    /// <para>
    /// The format: UTF-8 text; the first line is <see cref="Header"/>; then one line per file, sorted by path, of
    /// <see cref="FieldCount"/> fields separated by tabs, in this order: the path under the content folder ('/'
    /// separators), the length in bytes, the content type, the image and web-image flags (<c>1</c> or <c>0</c>), the width
    /// and height in pixels (empty when unknown), the hash of the bytes, the problem that kept the file from being read
    /// (empty when none), and the file's full path. In a field, <c>\</c>, tab, carriage return and line feed are written
    /// <c>\\</c>, <c>\t</c>, <c>\r</c> and <c>\n</c>.
    /// </para>
    /// </summary>
    internal static class AssetManifest
    {
        /// <summary>The first line: the format and its version. A manifest of another version is not read.</summary>
        public const string Header = "# Guides asset manifest 1";

        public const int FieldCount = 10;

        public const string FileName = "guides-assets.manifest";

        /// <summary>One line of fields, escaped, without its line break.</summary>
        public static string Line(IReadOnlyList<string> fields)
        {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < fields.Count; i++)
            {
                if (i > 0)
                {
                    line.Append('\t');
                }

                foreach (char c in fields[i])
                {
                    switch (c)
                    {
                        case '\\': line.Append("\\\\"); break;
                        case '\t': line.Append("\\t"); break;
                        case '\r': line.Append("\\r"); break;
                        case '\n': line.Append("\\n"); break;
                        default: line.Append(c); break;
                    }
                }
            }

            return line.ToString();
        }

        /// <summary>The fields of one line, unescaped; null when the line does not hold <see cref="FieldCount"/> of them.</summary>
        public static string[]? Fields(string line) => Fields(line, FieldCount);

        /// <summary>The fields of one line written by <see cref="Line"/>, unescaped; null when the line does not hold <paramref name="count"/> of them.</summary>
        public static string[]? Fields(string line, int count)
        {
            List<string> fields = new List<string>(count);
            StringBuilder field = new StringBuilder();
            for (int i = 0; i < line.Length; i++)
            {
                char c = line[i];
                if (c == '\t')
                {
                    fields.Add(field.ToString());
                    field.Clear();
                }
                else if (c == '\\' && i + 1 < line.Length)
                {
                    char next = line[++i];
                    field.Append(next == 't' ? '\t' : next == 'r' ? '\r' : next == 'n' ? '\n' : next);
                }
                else
                {
                    field.Append(c);
                }
            }

            fields.Add(field.ToString());
            return fields.Count == count ? fields.ToArray() : null;
        }
    }
}
