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
        /// <summary>
        /// No place in a file: a diagnostic about the project's settings, shown at the project. Its path is no file's (a
        /// compilation's own trees may have an empty path, which is still a place in a file).
        /// </summary>
        public static readonly LocationInfo None = FileStart(NoFile);

        private const string NoFile = "\0project";

        public Location ToLocation() => FilePath == NoFile ? Location.None : Location.Create(FilePath, Span, LineSpan);

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
