using System.Collections.Generic;
using System.Text;

namespace Guides.Search
{
    /// <summary>A word of a text: its folded form and where it is in the original text.</summary>
    internal readonly struct Token
    {
        public Token(string text, int start, int length)
        {
            Text = text;
            Start = start;
            Length = length;
        }

        /// <summary>The folded word (lower case, no accents).</summary>
        public string Text { get; }

        /// <summary>The offset of the word's first char in the original text.</summary>
        public int Start { get; }

        /// <summary>The number of chars of the word in the original text.</summary>
        public int Length { get; }

        public override string ToString() => Text + "@" + Start;
    }

    /// <summary>
    /// Splits a text into words: runs of letters and digits, folded by <see cref="TextFolding"/>. Apostrophes, hyphens
    /// and all other punctuation separate words; French elisions (l' d' j' m' n' s' t' c' qu' jusqu' lorsqu' puisqu'
    /// quoiqu') are dropped, so "l'assurance" is the one word "assurance". Han and kana chars are one word each.
    /// </summary>
    internal static class Tokenizer
    {
        [System.ThreadStatic]
        private static StringBuilder? t_builder;

        /// <summary>Adds the words of <paramref name="text"/> to <paramref name="tokens"/>, in order.</summary>
        public static void Tokenize(string text, List<Token> tokens)
        {
            if (string.IsNullOrEmpty(text))
            {
                return;
            }

            var builder = t_builder ??= new StringBuilder(32);
            var i = 0;
            while (i < text.Length)
            {
                var c = text[i];
                if (TextFolding.IsIdeographic(c))
                {
                    tokens.Add(new Token(c.ToString(), i, 1));
                    i++;
                    continue;
                }

                if (!TextFolding.IsWordChar(c) || (c >= '\u0300' && c <= '\u036F'))
                {
                    i++;
                    continue;
                }

                var start = i;
                builder.Clear();
                while (i < text.Length && TextFolding.IsWordChar(text[i]) && !TextFolding.IsIdeographic(text[i]))
                {
                    var count = TextFolding.Fold(text[i], out var first, out var second);
                    if (count > 0) builder.Append(first);
                    if (count > 1) builder.Append(second);
                    i++;
                }

                if (builder.Length == 0)
                {
                    continue;
                }

                // An elision: the word is followed by an apostrophe, then a letter.
                if (i + 1 < text.Length && TextFolding.IsApostrophe(text[i]) && char.IsLetter(text[i + 1]) && IsElision(builder))
                {
                    continue;
                }

                tokens.Add(new Token(builder.ToString(), start, i - start));
            }
        }

        private static bool IsElision(StringBuilder word)
        {
            switch (word.Length)
            {
                case 1:
                    var c = word[0];
                    return c == 'l' || c == 'd' || c == 'j' || c == 'm' || c == 'n' || c == 's' || c == 't' || c == 'c';
                case 2:
                    return word[0] == 'q' && word[1] == 'u';
                case 5:
                case 6:
                case 7:
                    var s = word.ToString();
                    return s == "jusqu" || s == "lorsqu" || s == "puisqu" || s == "quoiqu";
                default:
                    return false;
            }
        }
    }
}
