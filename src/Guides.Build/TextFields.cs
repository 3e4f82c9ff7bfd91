using System;
using System.IO;
using System.Text;

namespace Guides.Build
{
    /// <summary>
    /// The small text files the build keeps in obj/ (<see cref="AssetCache"/>, <see cref="ContentScan"/>): one record a
    /// line, fields separated by tabs, so a field escapes '\', tab, line feed and carriage return; and a file is written
    /// whole or not at all.
    /// </summary>
    internal static class TextFields
    {
        public static string Escape(string value) =>
            value.Replace("\\", "\\\\").Replace("\t", "\\t").Replace("\n", "\\n").Replace("\r", "\\r");

        public static string Unescape(string value)
        {
            if (value.IndexOf('\\') < 0)
            {
                return value;
            }

            StringBuilder text = new StringBuilder(value.Length);
            for (int i = 0; i < value.Length; i++)
            {
                char c = value[i];
                if (c == '\\' && i + 1 < value.Length)
                {
                    char next = value[++i];
                    text.Append(next == 't' ? '\t' : next == 'n' ? '\n' : next == 'r' ? '\r' : next);
                }
                else
                {
                    text.Append(c);
                }
            }

            return text.ToString();
        }

        /// <summary>
        /// Writes <paramref name="text"/> to <paramref name="path"/> beside, then moves it over: a build stopped halfway
        /// (or two builds at once) leaves the old file or the new one, never half a one. Throws when it cannot.
        /// </summary>
        public static void WriteWhole(string path, string text)
        {
            string? folder = Path.GetDirectoryName(path);
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }

            string temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
            File.WriteAllText(temporary, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            try
            {
                if (File.Exists(path))
                {
                    File.Replace(temporary, path, null);
                }
                else
                {
                    File.Move(temporary, path);
                }
            }
            finally
            {
                if (File.Exists(temporary))
                {
                    File.Delete(temporary);
                }
            }
        }
    }
}
