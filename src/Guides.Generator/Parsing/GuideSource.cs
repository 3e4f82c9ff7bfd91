using System.Collections.Generic;
using Guides.Generator.Diagnostics;
using Guides.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using YamlDotNet.Core;

namespace Guides.Generator.Parsing
{
    /// <summary>
    /// One guide file being parsed: its text, and the diagnostics found so far, located in that text.
    /// Positions from YamlDotNet (line and column within the front matter) and from Markdig (offsets
    /// within the body) are turned here into spans of the whole file, as editors count them.
    /// </summary>
    internal sealed class GuideSource
    {
        /// <summary>A hostile file must not flood the error list: past this many, the rest of a file's diagnostics are dropped.</summary>
        public const int MaxDiagnostics = 50;

        private readonly List<DiagnosticInfo> _diagnostics = new();

        public GuideSource(string filePath, SourceText text)
        {
            FilePath = filePath;
            Text = text;
        }

        public string FilePath { get; }

        public SourceText Text { get; }

        /// <summary>Where the front matter's YAML starts in the file (the line after the opening <c>---</c>), and where each of its lines starts in it.</summary>
        private int _yamlStart;
        private int[] _yamlLines = { 0 };
        private string _yaml = string.Empty;

        /// <summary>
        /// The front matter's YAML and where it starts in the file. Its lines are counted as YAML 1.2 counts them (LF, CRLF,
        /// CR): U+0085, U+2028 and U+2029, which Roslyn's text takes for line breaks, are characters of a value in YAML.
        /// </summary>
        public void SetYaml(int start, string yaml)
        {
            var lines = new List<int> { 0 };
            for (var i = 0; i < yaml.Length; i++)
            {
                if (yaml[i] == '\n' || (yaml[i] == '\r' && (i + 1 == yaml.Length || yaml[i + 1] != '\n')))
                {
                    lines.Add(i + 1);
                }
            }

            _yamlStart = start;
            _yamlLines = lines.ToArray();
            _yaml = yaml;
        }

        /// <summary>The guide's links to files of the content folder, marked as they are found (null: none are looked for).</summary>
        public AssetLinks? Assets { get; set; }

        /// <summary>Where the body starts in the file.</summary>
        public int BodyStart { get; set; }

        public IReadOnlyList<DiagnosticInfo> Diagnostics => _diagnostics;

        public void Report(DiagnosticDescriptor descriptor, TextSpan span, params object[] arguments)
        {
            if (_diagnostics.Count < MaxDiagnostics)
            {
                _diagnostics.Add(DiagnosticInfo.Create(descriptor, Locate(span), arguments));
            }
        }

        /// <summary>The location of a span; the file's start when the text itself cannot be read (the failure GUIDE099 reports).</summary>
        public LocationInfo Locate(TextSpan span)
        {
            try
            {
                return LocationInfo.Create(FilePath, Text, span);
            }
            catch (System.Exception e) when (e is not System.OperationCanceledException)
            {
                return LocationInfo.FileStart(FilePath);
            }
        }

        /// <summary>A span of the file from a span of the body given to Markdig.</summary>
        public TextSpan BodySpan(Markdig.Syntax.SourceSpan span)
        {
            if (span.IsEmpty || span.Start < 0)
            {
                return Clamp(BodyStart, 0);
            }

            return Clamp(BodyStart + span.Start, span.Length);
        }

        /// <summary>A span of the file from YamlDotNet's marks (1-based lines and columns within the front matter).</summary>
        public TextSpan YamlSpan(Mark start, Mark end)
        {
            var from = YamlOffset(start);
            var to = YamlOffset(end);
            return to > from ? TextSpan.FromBounds(from, to) : new TextSpan(from, 0);
        }

        public TextSpan LineSpan(int line) =>
            line < Text.Lines.Count ? Text.Lines[line].Span : new TextSpan(Text.Length, 0);

        private int YamlOffset(Mark mark)
        {
            if (mark.Line <= 0)
            {
                return _yamlStart;
            }

            var line = (int)mark.Line - 1;
            if (line >= _yamlLines.Length)
            {
                return _yamlStart + _yaml.Length;
            }

            var lineEnd = line + 1 < _yamlLines.Length ? _yamlLines[line + 1] : _yaml.Length;
            while (lineEnd > _yamlLines[line] && _yaml[lineEnd - 1] is '\n' or '\r')
            {
                lineEnd--;
            }

            var column = (int)mark.Column - 1;
            return _yamlStart + _yamlLines[line] + System.Math.Max(0, System.Math.Min(column, lineEnd - _yamlLines[line]));
        }

        private TextSpan Clamp(int start, int length)
        {
            start = System.Math.Max(0, System.Math.Min(start, Text.Length));
            length = System.Math.Max(0, System.Math.Min(length, Text.Length - start));
            return new TextSpan(start, length);
        }
    }
}
