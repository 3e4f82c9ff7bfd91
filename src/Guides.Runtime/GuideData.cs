#if NET
using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Text;

namespace Guides
{
    /// <summary>
    /// A generated guide held in one UTF-8 literal: its shape (<see cref="GuideShape"/>) with the length of each of its
    /// strings, then the strings that lists of guides read (title, description, category, platform), then the others,
    /// packed (<see cref="PackedText"/>) or as they are. Release builds of the generator subclass it once per guide, with
    /// nothing but the literal, so that a guide costs the assembly one small class and no code of its own. Apps never use
    /// it: they read a guide's properties.
    /// </summary>
    /// <remarks>
    /// <para>
    /// The literal is: the shape's numbers, each in base 32 as <see cref="GuideShape"/> writes them: how many strings there
    /// are (<c>N</c>), how many come before the packed ones (<c>P</c>), whether the others are packed (1) or not (0), the
    /// byte length of each of the <c>N</c> strings, then the guide as <see cref="GuideShape.Create"/> reads it; a
    /// <c>.</c>; the first <c>P</c> strings' UTF-8 bytes; the other strings' UTF-8 bytes, packed or not.
    /// </para>
    /// <para>
    /// Creating the guide reads the shape; a string is decoded on its first read, and the packed strings are unpacked
    /// together on the first read of any of them, once.
    /// </para>
    /// </remarks>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public abstract class GuideData : GuideStrings
    {
        private int[] _offsets = Array.Empty<int>();
        private int _plainCount;
        private int _start;
        private bool _packed;
        private byte[]? _unpacked;

        /// <summary>Called by the generated subclass; the guide is read by <see cref="Create"/>.</summary>
        protected GuideData()
        {
        }

        /// <summary>The guide's literal, as the generator wrote it: always the same bytes.</summary>
        protected abstract ReadOnlySpan<byte> Data { get; }

        /// <summary>
        /// The guide that <see cref="Data"/> describes, its strings from this object. Called once, on the guide's first use.
        /// </summary>
        /// <param name="id">The guide's id.</param>
        /// <param name="language">The guide's language.</param>
        /// <param name="translationsOf">The catalog's translations of a guide id, read on the first use of <see cref="Guide.Translations"/>.</param>
        /// <exception cref="ArgumentException">The data is not what the generator writes.</exception>
        protected Guide Create(string id, string language, Func<string, IReadOnlyList<Guide>> translationsOf)
        {
            if (translationsOf is null) throw new ArgumentNullException(nameof(translationsOf));
            var data = Data;
            var end = data.IndexOf((byte)'.');
            if (end < 0)
            {
                throw new ArgumentException("The guide's data has no end to its shape.", nameof(Data));
            }

            var reader = new GuideShape.Reader(data.Slice(0, end).ToArray());
            var count = reader.Next();
            _plainCount = reader.Next();
            _packed = reader.Next() == 1;
            if (_plainCount > count)
            {
                throw new ArgumentException("The guide's data has more plain strings than strings.", nameof(Data));
            }

            _offsets = new int[count + 1];
            for (var i = 0; i < count; i++)
            {
                _offsets[i + 1] = checked(_offsets[i] + reader.Next());
            }

            _start = end + 1;
            if (_offsets[_plainCount] > data.Length - _start || (!_packed && _offsets[count] != data.Length - _start))
            {
                throw new ArgumentException("The guide's data is not as long as its strings.", nameof(Data));
            }

            Allocate(count);
            var guide = GuideShape.Read(this, id, language, ref reader, () => translationsOf(id));
            reader.End();
            return guide;
        }

        /// <inheritdoc/>
        protected override string Decode(int index)
        {
            int start = _offsets[index], length = _offsets[index + 1] - start;
            if (index < _plainCount || !_packed)
            {
                return Encoding.UTF8.GetString(Data.Slice(_start + start, length));
            }

            var unpacked = _unpacked ??= Unpack(Data.Slice(_start + _offsets[_plainCount]).ToArray(), _offsets[_offsets.Length - 1] - _offsets[_plainCount]);
            return Encoding.UTF8.GetString(unpacked, start - _offsets[_plainCount], length);
        }
    }
}
#endif
