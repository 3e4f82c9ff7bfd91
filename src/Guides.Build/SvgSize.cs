using System;
using System.Globalization;
using System.IO;
using System.Text.RegularExpressions;
using System.Xml;

namespace Guides.Build
{
    /// <summary>
    /// An SVG's size: the root &lt;svg&gt; element's width and height when they are lengths in pixels or in an
    /// absolute unit (pt, pc, in, cm, mm, Q: converted at 96 pixels to the inch, as browsers do); else its viewBox's
    /// width and height (a width="100%" falls back to the viewBox); one of width or height with a viewBox gives the
    /// other by the viewBox's aspect ratio.
    /// Read with an XmlReader that never processes a DTD nor resolves anything: a DOCTYPE (as Illustrator writes) is
    /// skipped, no entity is expanded, no file or URL is opened. Reading stops at the root element.
    /// </summary>
    internal static class SvgSize
    {
        public const string SvgNamespace = "http://www.w3.org/2000/svg";

        /// <summary>An SVG length: a number (with an optional exponent) and a unit, or a percentage.</summary>
        private static readonly Regex Length = new Regex(
            @"^\s*(\+?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?)\s*([A-Za-z]*|%)\s*$",
            RegexOptions.CultureInvariant);

        public static ImageDimensions Read(Stream stream)
        {
            XmlReaderSettings settings = new XmlReaderSettings
            {
                DtdProcessing = DtdProcessing.Ignore,
                XmlResolver = null,
                MaxCharactersFromEntities = 1024,
                IgnoreComments = true,
                IgnoreProcessingInstructions = true,
                IgnoreWhitespace = true,
                CloseInput = false,
            };

            string? width;
            string? height;
            string? viewBox;
            try
            {
                using (XmlReader reader = XmlReader.Create(stream, settings))
                {
                    if (reader.MoveToContent() != XmlNodeType.Element)
                    {
                        return ImageDimensions.Failed("it is not an SVG image: it has no root element");
                    }

                    if (reader.LocalName != "svg")
                    {
                        return ImageDimensions.Failed($"it is not an SVG image: its root element is <{reader.Name}>, not <svg>");
                    }

                    if (reader.NamespaceURI != SvgNamespace)
                    {
                        return ImageDimensions.Failed($"its <svg> element lacks xmlns=\"{SvgNamespace}\", without which browsers do not show it as an image");
                    }

                    width = reader.GetAttribute("width");
                    height = reader.GetAttribute("height");
                    viewBox = reader.GetAttribute("viewBox");
                }
            }
            catch (XmlException e)
            {
                return ImageDimensions.Failed($"it is not well-formed XML: {e.Message}");
            }

            return FromAttributes(width, height, viewBox);
        }

        /// <summary>The size from the root element's width, height and viewBox attributes (each null when absent).</summary>
        internal static ImageDimensions FromAttributes(string? width, string? height, string? viewBox)
        {
            double? w = Pixels(width);
            double? h = Pixels(height);
            double[]? box = ViewBox(viewBox);
            if (viewBox != null && box == null)
            {
                if (w != null && h != null)
                {
                    return Rounded(w.Value, h.Value);
                }

                return ImageDimensions.Failed($"its viewBox \"{viewBox}\" is not four numbers with a positive width and height");
            }

            if (w != null && h != null)
            {
                return Rounded(w.Value, h.Value);
            }

            if (box != null)
            {
                if (w != null)
                {
                    return Rounded(w.Value, w.Value * box[3] / box[2]);
                }

                if (h != null)
                {
                    return Rounded(h.Value * box[2] / box[3], h.Value);
                }

                return Rounded(box[2], box[3]);
            }

            if (w != null || h != null)
            {
                return ImageDimensions.Failed(w != null ? "it has a width but no height or viewBox" : "it has a height but no width or viewBox");
            }

            return ImageDimensions.Failed("it has no width and height or viewBox");
        }

        /// <summary>A length in CSS pixels, or null when it is absent, relative (%, em...), or not a positive length.</summary>
        internal static double? Pixels(string? length)
        {
            if (length == null)
            {
                return null;
            }

            Match match = Length.Match(length);
            if (!match.Success
                || !double.TryParse(match.Groups[1].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out double value)
                || value <= 0)
            {
                return null;
            }

            double perUnit;
            switch (match.Groups[2].Value.ToLowerInvariant())
            {
                case "":
                case "px": perUnit = 1; break;
                case "pt": perUnit = 96.0 / 72; break;
                case "pc": perUnit = 16; break;
                case "in": perUnit = 96; break;
                case "cm": perUnit = 96 / 2.54; break;
                case "mm": perUnit = 96 / 25.4; break;
                case "q": perUnit = 96 / 101.6; break;
                default: return null;
            }

            return value * perUnit;
        }

        /// <summary>The viewBox's four numbers (min-x, min-y, width, height), or null when it is absent or not valid.</summary>
        internal static double[]? ViewBox(string? viewBox)
        {
            if (viewBox == null)
            {
                return null;
            }

            string[] parts = viewBox.Split(new[] { ' ', ',', '\t', '\r', '\n' }, StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length != 4)
            {
                return null;
            }

            double[] numbers = new double[4];
            for (int i = 0; i < 4; i++)
            {
                if (!double.TryParse(parts[i], NumberStyles.Float, CultureInfo.InvariantCulture, out numbers[i]))
                {
                    return null;
                }
            }

            return numbers[2] > 0 && numbers[3] > 0 ? numbers : null;
        }

        private static ImageDimensions Rounded(double width, double height)
        {
            if (width > int.MaxValue || height > int.MaxValue || double.IsNaN(width) || double.IsNaN(height))
            {
                return ImageDimensions.Failed($"its size, {width.ToString(CultureInfo.InvariantCulture)} by {height.ToString(CultureInfo.InvariantCulture)} pixels, is too large");
            }

            // A positive size smaller than a pixel is still shown: at least 1.
            return ImageDimensions.Of(
                Math.Max(1, (long)Math.Round(width, MidpointRounding.AwayFromZero)),
                Math.Max(1, (long)Math.Round(height, MidpointRounding.AwayFromZero)),
                "SVG");
        }
    }
}
