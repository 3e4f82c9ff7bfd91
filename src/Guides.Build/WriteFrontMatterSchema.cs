using System;
using System.IO;
using System.Text;
using System.Threading;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace Guides.Build
{
    /// <summary>
    /// Writes the project's front-matter JSON Schema, which the generator put in the compiled assembly's metadata
    /// (<c>[assembly: AssemblyMetadata("Guides.FrontMatterSchema", …)]</c>), to <see cref="Schema"/>; the guide format's
    /// own schema (<see cref="Fallback"/>) when the assembly holds none. The generator cannot write files itself.
    /// </summary>
    public sealed class WriteFrontMatterSchema : Task
    {
        /// <summary>The key of the assembly's metadata that holds the schema.</summary>
        public const string MetadataKey = "Guides.FrontMatterSchema";

        /// <summary>The compiled assembly.</summary>
        [Required]
        public string Assembly { get; set; } = string.Empty;

        /// <summary>The guide format's schema, as shipped in the package.</summary>
        [Required]
        public string Fallback { get; set; } = string.Empty;

        /// <summary>Where to write the project's schema.</summary>
        [Required]
        public string Schema { get; set; } = string.Empty;

        public override bool Execute()
        {
            try
            {
                var text = Read(File.ReadAllBytes(Assembly)) ?? File.ReadAllText(Fallback);
                var folder = Path.GetDirectoryName(Schema);
                if (!string.IsNullOrEmpty(folder))
                {
                    Directory.CreateDirectory(folder);
                }

                // Targets built side by side write the same text: write a copy, then put it in place, retrying while another holds it.
                var temporary = Schema + "." + Guid.NewGuid().ToString("N") + ".tmp";
                File.WriteAllText(temporary, text, new UTF8Encoding(false));
                for (var attempt = 1; ; attempt++)
                {
                    try
                    {
                        File.Copy(temporary, Schema, overwrite: true);
                        break;
                    }
                    catch (IOException) when (attempt < 5)
                    {
                        Thread.Sleep(50 * attempt);
                    }
                }

                File.Delete(temporary);
                Log.LogMessage(MessageImportance.Low, "Guides: wrote the front matter's schema to " + Schema);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // The schema is for editors: failing to write it must not fail the build.
                Log.LogWarning("Guides: could not write the front matter's schema to " + Schema + ": " + e.Message);
            }

            return true;
        }

        /// <summary>
        /// The schema in an assembly's bytes: the custom attribute's blob is the prolog 01 00, the key as a length-prefixed
        /// UTF-8 string, then the value the same way (ECMA-335 II.23.3). Null when the assembly holds none.
        /// </summary>
        internal static string? Read(byte[] bytes)
        {
            var key = Encoding.UTF8.GetBytes(MetadataKey);
            var marker = new byte[key.Length + 3];
            marker[0] = 1;
            marker[2] = (byte)key.Length;
            Array.Copy(key, 0, marker, 3, key.Length);
            for (var i = 0; i + marker.Length < bytes.Length; i++)
            {
                var j = 0;
                while (j < marker.Length && bytes[i + j] == marker[j])
                {
                    j++;
                }

                if (j < marker.Length)
                {
                    continue;
                }

                var at = i + marker.Length;
                int length;
                if ((bytes[at] & 0x80) == 0)
                {
                    length = bytes[at];
                    at += 1;
                }
                else if ((bytes[at] & 0xC0) == 0x80 && at + 1 < bytes.Length)
                {
                    length = ((bytes[at] & 0x3F) << 8) | bytes[at + 1];
                    at += 2;
                }
                else if ((bytes[at] & 0xE0) == 0xC0 && at + 3 < bytes.Length)
                {
                    length = ((bytes[at] & 0x1F) << 24) | (bytes[at + 1] << 16) | (bytes[at + 2] << 8) | bytes[at + 3];
                    at += 4;
                }
                else
                {
                    continue;
                }

                if (length >= 0 && at + length <= bytes.Length)
                {
                    return Encoding.UTF8.GetString(bytes, at, length);
                }
            }

            return null;
        }
    }
}
