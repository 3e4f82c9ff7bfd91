namespace Guides.Generator.Parsing
{
    /// <summary>
    /// YAML 1.2 reads U+0085, U+2028 and U+2029 as ordinary characters (they come with text pasted from web pages and
    /// word processors); YamlDotNet still breaks lines at them, as YAML 1.1 did. Before YamlDotNet reads the text, each
    /// is replaced by a private-use character the text does not hold (one character for one: positions do not move),
    /// and values get theirs back.
    /// </summary>
    internal readonly struct YamlLineSeparators
    {
        private static readonly char[] s_separators = { '\u0085', '\u2028', '\u2029' };

        private readonly char[]? _stand;

        private YamlLineSeparators(char[] stand) => _stand = stand;

        /// <summary>The text to give YamlDotNet, and what puts the separators back; the text itself when it holds none.</summary>
        public static string Hide(string yaml, out YamlLineSeparators separators)
        {
            separators = default;
            if (yaml.IndexOfAny(s_separators) < 0)
            {
                return yaml;
            }

            var stand = new char[s_separators.Length];
            var found = 0;
            for (var c = '\ue000'; c <= '\uf8ff' && found < stand.Length; c++)
            {
                if (yaml.IndexOf(c) < 0)
                {
                    stand[found++] = c;
                }
            }

            if (found < stand.Length)
            {
                return yaml;
            }

            var chars = yaml.ToCharArray();
            for (var i = 0; i < chars.Length; i++)
            {
                var index = System.Array.IndexOf(s_separators, chars[i]);
                if (index >= 0)
                {
                    chars[i] = stand[index];
                }
            }

            separators = new YamlLineSeparators(stand);
            return new string(chars);
        }

        /// <summary>A value with its separators back.</summary>
        public string Restore(string value)
        {
            if (_stand is null || value.IndexOfAny(_stand) < 0)
            {
                return value;
            }

            for (var i = 0; i < _stand.Length; i++)
            {
                value = value.Replace(_stand[i], s_separators[i]);
            }

            return value;
        }
    }
}
