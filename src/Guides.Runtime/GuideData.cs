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

        /// <summary>
        /// The guide's literal, as the generator wrote it: always the same bytes. The generator writes it in the build's own
        /// output (an implementation output), not in the code the IDE compiles as you type, which has no guide data.
        /// </summary>
        /// <exception cref="InvalidOperationException">The guide's data was not generated.</exception>
        protected virtual ReadOnlySpan<byte> Data =>
            throw new InvalidOperationException("The guide's data was not generated: it is written when the project is built, not in the IDE's design-time compilation.");

        /// <summary>
        /// The preset dictionary the guide's packed strings were deflated with (the library's most frequent words, shared by
        /// its guides); empty when there is none.
        /// </summary>
        protected virtual ReadOnlySpan<byte> Dictionary => default;

        /// <summary>
        /// The guide that <see cref="Data"/> describes, its strings from this object. Called once, on the guide's first use.
        /// </summary>
        /// <param name="id">The guide's id.</param>
        /// <param name="language">The guide's language.</param>
        /// <param name="translationsOf">The catalog's translations of a guide id, read on the first use of <see cref="Guide.Translations"/>.</param>
        /// <param name="guides">
        /// The catalog's guides by id and language, pairs one after the other: the guide's links and backlinks, found on
        /// the first read of <see cref="Guide.LinksTo"/> and <see cref="Guide.LinkedFrom"/>; null when it has none.
        /// </param>
        /// <exception cref="ArgumentException">The data is not what the generator writes.</exception>
        protected Guide Create(string id, string language, Func<string, IReadOnlyList<Guide>> translationsOf, Func<string[], IReadOnlyList<Guide>>? guides = null)
        {
            if (translationsOf is null) throw new ArgumentNullException(nameof(translationsOf));
            var data = Data;
            var end = data.IndexOf((byte)'.');
            if (end < 0)
            {
                throw new ArgumentException("The guide's data has no end to its shape.", nameof(Data));
            }

            var reader = new GuideShape.Reader(data.Slice(0, end));
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
            guide = ReadLinks(guide, ref reader, guides);
            guide = ReadFiles(guide, ref reader);
            reader.End();
            return guide;
        }

        /// <summary>
        /// The guide with its links and backlinks, when it has some: how many guides it links to, each an id and a language
        /// (indexes of strings); then the same for the guides that link to it.
        /// </summary>
        private Guide ReadLinks(Guide guide, ref GuideShape.Reader reader, Func<string[], IReadOnlyList<Guide>>? guides)
        {
            var linksTo = Keys(ref reader);
            var linkedFrom = Keys(ref reader);
            if (linksTo.Length == 0 && linkedFrom.Length == 0)
            {
                return guide;
            }

            if (guides is null)
            {
                throw new ArgumentException("The guide's data has links, and no way to find the guides was given.", nameof(guides));
            }

            return guide.WithLinks(() => guides(linksTo), () => guides(linkedFrom));
        }

        private string[] Keys(ref GuideShape.Reader reader)
        {
            var keys = new string[reader.Next() * 2];
            for (var i = 0; i < keys.Length; i++)
            {
                keys[i] = Get(Index(ref reader));
            }

            return keys;
        }

        /// <summary>
        /// The guide with its files and images, when it has some: the files (path, URL and content type as strings, length,
        /// width, height), the images (a file and an alt text), then the images of the guide, its files, and the images
        /// of each step, answer, the introduction and each section, each list as its length then indexes.
        /// </summary>
        private Guide ReadFiles(Guide guide, ref GuideShape.Reader reader)
        {
            var files = new GuideFile[reader.Next()];
            if (files.Length == 0)
            {
                return guide;
            }

            var assembly = GetType().Assembly;
            var sizes = new (int Width, int Height)[files.Length];
            for (var i = 0; i < files.Length; i++)
            {
                string path = Get(Index(ref reader)), url = Get(Index(ref reader)), contentType = Get(Index(ref reader));
                files[i] = new GuideFile(path, url, contentType, reader.Next(), assembly);
                sizes[i] = (reader.Next(), reader.Next());
            }

            var images = new GuideImage[reader.Next()];
            for (var i = 0; i < images.Length; i++)
            {
                var file = reader.Next();
                if ((uint)file >= (uint)files.Length)
                {
                    throw new ArgumentException("The guide's data shows an image of no file.", nameof(Data));
                }

                images[i] = new GuideImage(files[file], Get(Index(ref reader)), sizes[file].Width, sizes[file].Height);
            }

            var shown = Pick(images, ref reader);
            var linked = Pick(files, ref reader);
            foreach (var step in guide.Steps)
            {
                step.ShowImages(Pick(images, ref reader));
            }

            foreach (var entry in guide.Faq)
            {
                entry.ShowImages(Pick(images, ref reader));
            }

            guide.Introduction?.ShowImages(Pick(images, ref reader));
            foreach (var section in guide.Sections)
            {
                section.ShowImages(Pick(images, ref reader));
            }

            return guide.WithFiles(shown, linked);
        }

        private static T[] Pick<T>(T[] all, ref GuideShape.Reader reader)
        {
            var picked = new T[reader.Next()];
            for (var i = 0; i < picked.Length; i++)
            {
                var index = reader.Next();
                if ((uint)index >= (uint)all.Length)
                {
                    throw new ArgumentException("The guide's data names a file or an image it does not have.", nameof(Data));
                }

                picked[i] = all[index];
            }

            return picked;
        }

        /// <summary>The index of a string, checked.</summary>
        private int Index(ref GuideShape.Reader reader)
        {
            var index = reader.Next();
            if ((uint)index >= (uint)Count)
            {
                throw new ArgumentException("The guide's data names a string it does not have.", nameof(Data));
            }

            return index;
        }

        /// <inheritdoc/>
        protected override string Decode(int index)
        {
            int start = _offsets[index], length = _offsets[index + 1] - start;
            if (index < _plainCount || !_packed)
            {
                return Encoding.UTF8.GetString(Data.Slice(_start + start, length));
            }

            var unpacked = _unpacked ??= PackedText.Unpack(Data.Slice(_start + _offsets[_plainCount]).ToArray(), _offsets[_offsets.Length - 1] - _offsets[_plainCount], Dictionary);
            return Encoding.UTF8.GetString(unpacked, start - _offsets[_plainCount], length);
        }
    }
}
#endif
