using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Threading;
using Guides.Generator.Model;

namespace Guides.Generator.Emit
{
    /// <summary>
    /// The library's preset dictionary: its most frequent words (<see cref="PackingDictionary"/>), which every guide's
    /// packed text may reach back into, so that words the guides share are not spelled out again in each guide. Written
    /// once in the build's output (<c>Catalog_Dictionary</c>). An equatable value: two dictionaries of the same bytes are equal.
    /// </summary>
    internal sealed class LibraryDictionary : IEquatable<LibraryDictionary>
    {
        /// <summary>No dictionary: text packed without one, or not packed.</summary>
        public static readonly LibraryDictionary None = new(Array.Empty<byte>());

        /// <summary>A dictionary takes at most a 32nd of the text it serves: below that it would cost more than it saves.</summary>
        private const int TextPerDictionaryByte = 32;

        /// <summary>Fewer bytes than this (a library of less than about 130 KB of text, ten guides), and no dictionary is written.</summary>
        private const int MinLength = 4096;

        /// <summary>The guides' text the words are counted in, at most: the first guides by a hash of their path, in any order.</summary>
        private const long SampleCharacters = 4_000_000;

        private readonly byte[] _bytes;
        private readonly int _hash;
        private DeflateEncoder.PresetDictionary? _preset;

        private LibraryDictionary(byte[] bytes)
        {
            _bytes = bytes;
            var hash = 2166136261u;
            foreach (var b in bytes)
            {
                hash = unchecked((hash ^ b) * 16777619u);
            }

            _hash = (int)hash;
        }

        public int Length => _bytes.Length;

        /// <summary>The dictionary's text (whole words of UTF-8, each followed by a space).</summary>
        public string Text => Encoding.UTF8.GetString(_bytes);

        /// <summary>The encoder's form of the dictionary, made once; null for <see cref="None"/>.</summary>
        public DeflateEncoder.PresetDictionary? Preset =>
            _bytes.Length == 0 ? null : LazyInitializer.EnsureInitialized(ref _preset, () => new DeflateEncoder.PresetDictionary(_bytes));

        /// <summary>
        /// The dictionary of a library whose guides' records are packed in the build's output (not in a hot-reload build), from
        /// their text; <see cref="None"/> when nothing is packed or the library is too small for a dictionary to pay.
        /// </summary>
        public static LibraryDictionary For(ImmutableArray<GuideToEmit?> guides, EmitSettings settings)
        {
            try
            {
                return Build(guides, settings);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Never out of the generator (the compiler would drop every output, CS8785): without a dictionary the
                // guides are packed alone, and read the same.
                return None;
            }
        }

        private static LibraryDictionary Build(ImmutableArray<GuideToEmit?> guides, EmitSettings settings)
        {
            if (!settings.PackText || settings.Features.HotReload)
            {
                return None;
            }

            long total = 0;
            var sample = new List<(uint Hash, string Path, GuideModel Guide)>(guides.Length);
            foreach (var emission in guides)
            {
                if (emission is null)
                {
                    continue;
                }

                foreach (var text in Texts(emission.Guide))
                {
                    total += text.Length;
                }

                // By the path under the content folder, never the absolute one: the same guides give the same bytes wherever they are built.
                sample.Add((Hash(emission.Guide.RelativePath), emission.Guide.RelativePath, emission.Guide));
            }

            var length = (int)Math.Min(DeflateEncoder.MaxDictionaryLength, total / TextPerDictionaryByte);
            if (length < MinLength)
            {
                return None;
            }

            sample.Sort(static (a, b) => a.Hash != b.Hash ? a.Hash.CompareTo(b.Hash) : string.CompareOrdinal(a.Path, b.Path));
            var texts = new List<string>();
            long taken = 0;
            foreach (var (_, _, guide) in sample)
            {
                foreach (var text in Texts(guide))
                {
                    texts.Add(text);
                    taken += text.Length;
                }

                if (taken >= SampleCharacters)
                {
                    break;
                }
            }

            var bytes = PackingDictionary.Build(texts, length);
            // Whole words of UTF-8: the literal that holds them gives back these very bytes.
            return bytes.Length >= MinLength && Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(bytes)).AsSpan().SequenceEqual(bytes)
                ? new LibraryDictionary(bytes)
                : None;
        }

        public bool Equals(LibraryDictionary? other) =>
            other is not null && (ReferenceEquals(this, other) || (_hash == other._hash && _bytes.AsSpan().SequenceEqual(other._bytes)));

        public override bool Equals(object? obj) => Equals(obj as LibraryDictionary);

        public override int GetHashCode() => _hash;

        /// <summary>The strings of a guide that are packed: its parts' Markdown, HTML and text.</summary>
        private static IEnumerable<string> Texts(GuideModel guide)
        {
            foreach (var step in guide.Steps)
            {
                yield return step.Markdown;
                yield return step.Html;
                yield return step.Text;
            }

            foreach (var entry in guide.Faq)
            {
                yield return entry.Answer;
                yield return entry.AnswerHtml;
            }

            foreach (var section in guide.Introduction is { } introduction ? guide.Sections.Append(introduction) : guide.Sections)
            {
                yield return section.Markdown;
                yield return section.Html;
                yield return section.Text;
            }

            foreach (var text in guide.Requirements.Concat(guide.Tips))
            {
                yield return text.Markdown;
                yield return text.Html;
                yield return text.Text;
            }
        }

        private static uint Hash(string value)
        {
            var hash = 2166136261u;
            foreach (var c in value)
            {
                hash = unchecked((hash ^ c) * 16777619u);
            }

            return hash;
        }
    }
}
