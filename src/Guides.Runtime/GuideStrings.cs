using System;
using System.Threading;

namespace Guides
{
    /// <summary>
    /// The strings of one record (<see cref="RecordText"/>), each decoded on its first read and then kept: the model types
    /// hold the index of each of their strings in it.
    /// </summary>
    /// <remarks>
    /// Thread-safe without locks: two threads reading the same string for the first time may both decode it, and
    /// either result is kept (they are equal). Once read, a string is returned from the cache with no allocation.
    /// </remarks>
    internal abstract class GuideStrings
    {
        private string?[] _values;

        /// <summary>Creates the cache for <paramref name="count"/> strings, numbered from 0; none is decoded yet.</summary>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
        protected GuideStrings(int count)
        {
            if (count < 0) throw new ArgumentOutOfRangeException(nameof(count));
            _values = new string?[count];
        }

        /// <summary>How many strings there are: valid indexes are from 0 to <c>Count - 1</c>.</summary>
        public int Count => _values.Length;

        /// <summary>
        /// Decodes string <paramref name="index"/>. Called on the string's first read (by each thread that races on that
        /// first read), never after; must return equal values every time, never <see langword="null"/>.
        /// </summary>
        protected abstract string Decode(int index);

        /// <summary>String <paramref name="index"/>: decoded on the first read, from the cache after.</summary>
        internal string Get(int index)
        {
            var value = _values[index];
            if (value is null)
            {
                // A benign race: another thread may decode the same string; either equal result is kept.
                value = Decode(index) ?? throw new InvalidOperationException("GuideStrings.Decode returned null for string " + index + ".");
                Volatile.Write(ref _values[index], value);
            }

            return value;
        }

        /// <summary>A reference to string <paramref name="index"/>, checked now so that a bad index fails at creation, not at a read.</summary>
        internal LazyString At(int index, string parameterName)
        {
            if ((uint)index >= (uint)_values.Length)
            {
                throw new ArgumentOutOfRangeException(parameterName, index, "No string of this index: there are " + _values.Length + ".");
            }

            return new LazyString(this, index);
        }

    }

    /// <summary>A string property's value: the string itself, or an index in a <see cref="GuideStrings"/> decoded on first read.</summary>
    internal readonly struct LazyString
    {
        private readonly string? _value;
        private readonly GuideStrings? _strings;
        private readonly int _index;

        public LazyString(string value, string parameterName)
        {
            _value = value ?? throw new ArgumentNullException(parameterName);
            _strings = null;
            _index = 0;
        }

        public LazyString(GuideStrings strings, int index)
        {
            _value = null;
            _strings = strings;
            _index = index;
        }

        public string Value => _value ?? _strings!.Get(_index);

        /// <summary>Whether the value was given (a default <see cref="LazyString"/> has none).</summary>
        public bool IsSet => _value is not null || _strings is not null;
    }
}
