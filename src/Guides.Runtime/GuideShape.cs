using System;
using System.Collections.Generic;
using System.ComponentModel;

namespace Guides
{
    /// <summary>
    /// Creates a guide from its shape: the numbers that say what it holds (its difficulty and date, how many steps, answers,
    /// bullets, links, sections and headings, and the index of each of their strings), which the generator writes as a
    /// few hundred characters of data instead of the code of some eighty constructor calls. Generated code calls this;
    /// apps get guides from their library's <c>GuideCatalog</c>.
    /// </summary>
    /// <remarks>
    /// The shape is a sequence of whole numbers, each in base 32 from its highest digit: a character of
    /// <c>0-9A-V</c> (values 0 to 31) is a number's last digit, one of <c>W-Za-z-_</c> (32 to 63) a digit with more to come.
    /// </remarks>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static class GuideShape
    {
        private const string Digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";

        private static readonly sbyte[] s_values = Values();

        /// <summary>Creates the guide <paramref name="shape"/> describes, its strings from <paramref name="strings"/>.</summary>
        /// <exception cref="ArgumentException">The shape is not one the generator writes.</exception>
        public static Guide Create(GuideStrings strings, string id, string language, byte[] shape, Func<IReadOnlyList<Guide>> translations)
        {
            GuideStrings.NotNull(strings);
            if (shape is null) throw new ArgumentNullException(nameof(shape));
            var reader = new Reader(shape);
            var guide = Read(strings, id, language, ref reader, translations);
            reader.End();
            return guide;
        }

        /// <summary>The guide that the shape read by <paramref name="reader"/> describes: <see cref="Create"/> and <c>GuideData</c>.</summary>
        internal static Guide Read(GuideStrings strings, string id, string language, ref Reader reader, Func<IReadOnlyList<Guide>> translations)
        {
            var difficulty = (GuideDifficulty)reader.Next();
            var date = new DateTime(reader.Next(), reader.Next(), reader.Next());
            int title = reader.Next(), description = reader.Next(), category = reader.Next(), platform = reader.Next();

            var steps = new GuideStep[reader.Next()];
            for (var i = 0; i < steps.Length; i++)
            {
                steps[i] = new GuideStep(strings, reader.Next(), reader.Next(), reader.Next(), reader.Next(), reader.Next());
            }

            var faq = new FaqEntry[reader.Next()];
            for (var i = 0; i < faq.Length; i++)
            {
                faq[i] = new FaqEntry(strings, reader.Next(), reader.Next(), reader.Next());
            }

            var introduction = reader.Next() == 1 ? Section(strings, ref reader) : null;
            var requirements = Texts(strings, ref reader);
            var tips = Texts(strings, ref reader);
            var links = new GuideLink[reader.Next()];
            for (var i = 0; i < links.Length; i++)
            {
                links[i] = new GuideLink(strings, reader.Next(), reader.Next());
            }

            var sections = new GuideSection[reader.Next()];
            for (var i = 0; i < sections.Length; i++)
            {
                sections[i] = Section(strings, ref reader);
            }

            var outline = new GuideHeading[reader.Next()];
            for (var i = 0; i < outline.Length; i++)
            {
                var level = reader.Next();
                var kind = (GuideHeadingKind)reader.Next();
                outline[i] = kind is GuideHeadingKind.Requirements or GuideHeadingKind.Steps or GuideHeadingKind.Tips or GuideHeadingKind.Links
                    ? new GuideHeading(strings, level, kind, reader.Next())
                    : new GuideHeading(level, kind, reader.Next());
            }

            int words = reader.Next(), seconds = reader.Next();
            return new Guide(strings, id, title, description, category, difficulty, platform, language, date, steps, faq, introduction, requirements, tips, links, sections, translations)
                .WithOutline(outline, words, seconds);
        }

        private static GuideSection Section(GuideStrings strings, ref Reader reader) =>
            new(strings, reader.Next(), reader.Next(), reader.Next(), reader.Next());

        private static GuideText[] Texts(GuideStrings strings, ref Reader reader)
        {
            var texts = new GuideText[reader.Next()];
            for (var i = 0; i < texts.Length; i++)
            {
                texts[i] = new GuideText(strings, reader.Next(), reader.Next(), reader.Next());
            }

            return texts;
        }

        private static sbyte[] Values()
        {
            var values = new sbyte[128];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = -1;
            }

            for (var i = 0; i < Digits.Length; i++)
            {
                values[Digits[i]] = (sbyte)i;
            }

            return values;
        }

        /// <summary>Reads a shape's numbers one after the other (<c>GuideData</c> reads its strings' lengths with it).</summary>
        internal ref struct Reader
        {
#if NET
            private readonly ReadOnlySpan<byte> _shape;
#else
            private readonly byte[] _shape;
#endif
            private int _at;

#if NET
            public Reader(ReadOnlySpan<byte> shape)
#else
            public Reader(byte[] shape)
#endif
            {
                _shape = shape;
                _at = 0;
            }

            public int Next()
            {
                var value = 0;
                while (true)
                {
                    if (_at >= _shape.Length || _shape[_at] >= 128 || s_values[_shape[_at]] < 0 || value > (int.MaxValue >> 5))
                    {
                        throw new ArgumentException("The guide's shape is damaged at character " + _at + ".", "shape");
                    }

                    var digit = s_values[_shape[_at++]];
                    value = (value << 5) | (digit & 31);
                    if (digit < 32)
                    {
                        return value;
                    }
                }
            }

            public void End()
            {
                if (_at != _shape.Length)
                {
                    throw new ArgumentException("The guide's shape has " + (_shape.Length - _at) + " characters too many.", "shape");
                }
            }
        }
    }
}
