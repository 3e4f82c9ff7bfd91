using System.Text;

namespace Guides.Generator.Emit
{
    /// <summary>
    /// Writes a guide's shape for <c>Guides.GuideShape.Create</c>: whole numbers in base 32 from the highest digit, a
    /// character of <c>0-9A-V</c> for a number's last digit and one of <c>W-Za-z-_</c> for a digit with more to come.
    /// Printable ASCII with neither <c>"</c> nor <c>\</c>: it goes into a <c>"..."u8</c> literal as it is.
    /// </summary>
    internal sealed class ShapeWriter
    {
        private const string Digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";

        private readonly StringBuilder _shape = new(256);

        public ShapeWriter Add(int value)
        {
            var start = _shape.Length;
            _shape.Append(Digits[value & 31]);
            for (value >>= 5; value > 0; value >>= 5)
            {
                _shape.Insert(start, Digits[32 + (value & 31)]);
            }

            return this;
        }

        public override string ToString() => _shape.ToString();
    }
}
