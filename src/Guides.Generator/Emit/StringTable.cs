using System.Collections.Generic;
using System.Text;

namespace Guides.Generator.Emit
{
    /// <summary>
    /// A record's strings (<see cref="Records.RecordWriter"/>), each with an index and its UTF-8 bytes: equal strings share
    /// one index. A string that is not valid UTF-16 (a lone surrogate, which no UTF-8 file holds but an editor's buffer
    /// may) is stored with U+FFFD in place of each lone surrogate, as every UTF-8 encoder does.
    /// </summary>
    internal sealed class StringTable
    {
        private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

        /// <summary>Every string, by index, as stored.</summary>
        private readonly List<string> _strings;

        /// <summary>Where the UTF-8 bytes of string <c>i</c> start, and where the last string's end.</summary>
        private readonly List<int> _offsets;

        /// <summary>The index of every string, by its text as given.</summary>
        private readonly Dictionary<string, int> _indexes;

        /// <param name="capacity">How many strings the table will likely hold: its collections are sized for them.</param>
        public StringTable(int capacity = 0)
        {
            _strings = new List<string>(capacity);
            _offsets = new List<int>(capacity + 1) { 0 };
            _indexes = new Dictionary<string, int>(capacity, System.StringComparer.Ordinal);
        }

        /// <summary>How many strings have an index: the last index is <c>Count - 1</c>.</summary>
        public int Count => _strings.Count;

        /// <summary>String <paramref name="index"/>, as stored.</summary>
        public string this[int index] => _strings[index];

        /// <summary>
        /// How many strings stay unpacked when the text is packed: those given an index before <see cref="MarkPlain"/>
        /// (what is read when the guide is created, and what lists of guides read).
        /// </summary>
        public int PlainCount { get; private set; }

        /// <summary>Every string given an index so far stays unpacked (<see cref="PlainCount"/>).</summary>
        public void MarkPlain() => PlainCount = Count;

        /// <summary>The UTF-8 length of string <paramref name="index"/>.</summary>
        public int ByteLength(int index) => _offsets[index + 1] - _offsets[index];

        /// <summary>The UTF-8 length of the <paramref name="count"/> strings from <paramref name="start"/>.</summary>
        public int ByteLength(int start, int count) => _offsets[start + count] - _offsets[start];

        /// <summary>
        /// The strings after <see cref="PlainCount"/>, packed (<see cref="PackedText"/>: Deflate, 7 bits a byte) as ASCII
        /// characters; null when there are none or packing would not make them smaller.
        /// </summary>
        public string? Pack(DeflateEncoder.PresetDictionary? dictionary = null)
        {
            var length = ByteLength(PlainCount, Count - PlainCount);
            if (length == 0)
            {
                return null;
            }

            var bytes = new byte[length];
            var at = 0;
            for (var i = PlainCount; i < _strings.Count; i++)
            {
                at += s_utf8.GetBytes(_strings[i], 0, _strings[i].Length, bytes, at);
            }

            var packed = PackedText.Pack(bytes, 0, length, dictionary);
            return packed.Length < length ? packed : null;
        }

        /// <summary>
        /// The index of <paramref name="value"/>, given one if it has none. The same text twice (a plain list item's
        /// Markdown, HTML and text) is stored once.
        /// </summary>
        public int IndexOf(string value)
        {
            if (_indexes.TryGetValue(value, out var known))
            {
                return known;
            }

            var index = Count;
            var stored = WellFormed(value);
            _strings.Add(stored);
            _offsets.Add(_offsets[index] + s_utf8.GetByteCount(stored));
            _indexes.Add(value, index);
            return index;
        }

        /// <summary><paramref name="value"/> with U+FFFD in place of each lone surrogate; itself when it has none.</summary>
        private static string WellFormed(string value)
        {
            for (var i = 0; i < value.Length; i++)
            {
                if (char.IsSurrogate(value[i]) && !(char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])))
                {
                    var builder = new StringBuilder(value.Length);
                    for (var j = 0; j < value.Length; j++)
                    {
                        var c = value[j];
                        if (char.IsHighSurrogate(c) && j + 1 < value.Length && char.IsLowSurrogate(value[j + 1]))
                        {
                            builder.Append(c).Append(value[++j]);
                        }
                        else
                        {
                            builder.Append(char.IsSurrogate(c) ? '\uFFFD' : c);
                        }
                    }

                    return builder.ToString();
                }

                if (char.IsHighSurrogate(value[i]))
                {
                    i++;
                }
            }

            return value;
        }
    }
}
