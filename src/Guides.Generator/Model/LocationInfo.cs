using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Guides.Generator.Model
{
    /// <summary>
    /// Where something stands in a guide file, as plain values: a <see cref="Location"/> is rebuilt
    /// from it only when a diagnostic is reported, so the cached models never hold Roslyn objects.
    /// </summary>
    internal sealed record LocationInfo(string FilePath, TextSpan Span, LinePositionSpan LineSpan)
    {
        /// <summary>No place in a file: a diagnostic about the project's settings, shown at the project.</summary>
        public static readonly LocationInfo None = FileStart(string.Empty);

        public Location ToLocation() => FilePath.Length == 0 ? Location.None : Location.Create(FilePath, Span, LineSpan);

        public static LocationInfo Create(string filePath, SourceText text, TextSpan span) =>
            new(filePath, span, text.Lines.GetLinePositionSpan(span));

        /// <summary>A location of the compilation (a symbol's, in a C# file) as plain values.</summary>
        public static LocationInfo From(Location location)
        {
            var lineSpan = location.GetLineSpan();
            return new(location.SourceTree?.FilePath ?? lineSpan.Path ?? string.Empty, location.SourceSpan, lineSpan.Span);
        }

        /// <summary>The start of the file, for diagnostics about the whole file.</summary>
        public static LocationInfo FileStart(string filePath) =>
            new(filePath, new TextSpan(0, 0), new LinePositionSpan(LinePosition.Zero, LinePosition.Zero));
    }
}
