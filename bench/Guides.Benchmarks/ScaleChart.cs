using System.Globalization;
using System.Text;

namespace Guides.Benchmarks;

/// <summary>
/// Draws bench/scale-build.sh's results as an SVG: the build's CPU time (or wall time) and peak memory against the number of guides, one line per
/// generator, on log-log axes (a straight line of slope 1 is linear; slope 2, quadratic), with a dashed linear reference
/// from each line's first point.
/// <c>Guides.Benchmarks scale-chart results.tsv chart.svg</c>, the TSV's lines <c>label, guides, wall seconds, peak MB</c>
/// (the time column holds what the TSV's author chose, CPU seconds in docs/scale-build.tsv; <c>-</c> for a build that did not finish is drawn as an arrow up from its last point).
/// </summary>
internal static class ScaleChart
{
    private const int Width = 880;
    private const int Height = 400;
    private const int Panel = 360;
    private const int Left = 70;
    private const int Top = 40;
    private const int PlotHeight = 270;

    private static readonly string[] s_colors = ["#d1495b", "#00798c", "#edae49", "#30638e"];

    /// <param name="xLabel">The horizontal axis's name (the TSV's counts).</param>
    public static void Write(string tsv, string svg, string xLabel = "guides")
    {
        var rows = File.ReadAllLines(tsv)
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t'))
            .Select(f => (Label: f[0], Guides: double.Parse(f[1], CultureInfo.InvariantCulture), Wall: f[2] == "-" ? double.NaN : double.Parse(f[2], CultureInfo.InvariantCulture), Peak: f[3] == "-" ? double.NaN : double.Parse(f[3], CultureInfo.InvariantCulture)))
            .ToList();
        var labels = rows.Select(r => r.Label).Distinct().ToList();
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{Height}\" font-family=\"sans-serif\" font-size=\"12\">\n");
        text.Append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        Plot(text, 0, "CPU time of the build (s)", xLabel, rows.Select(r => (r.Label, r.Guides, r.Wall)).ToList(), labels);
        Plot(text, Panel + 80, "Peak memory of the compiler (MB)", xLabel, rows.Select(r => (r.Label, r.Guides, r.Peak)).ToList(), labels);
        for (var i = 0; i < labels.Count; i++)
        {
            var y = Height - 14 - (14 * (labels.Count - 1 - i));
            text.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" y1=\"{y - 4}\" x2=\"{Left + 24}\" y2=\"{y - 4}\" stroke=\"{s_colors[i % s_colors.Length]}\" stroke-width=\"2\"/>");
            text.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left + 30}\" y=\"{y}\">{Escape(labels[i])}</text>\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left + 420}\" y=\"{Height - 14}\" fill=\"#666\">dashed: linear from the first point · log-log axes</text>\n");
        text.Append("</svg>\n");
        File.WriteAllText(svg, text.ToString());
    }

    private static void Plot(StringBuilder text, int x0, string title, string xLabel, List<(string Label, double Guides, double Value)> points, List<string> labels)
    {
        var known = points.Where(p => !double.IsNaN(p.Value)).ToList();
        var minX = Math.Log10(points.Min(p => p.Guides));
        var maxX = Math.Log10(points.Max(p => p.Guides));
        var minY = Math.Floor(Math.Log10(known.Min(p => p.Value)));
        var maxY = Math.Ceiling(Math.Log10(known.Max(p => p.Value) * 1.5));
        double X(double guides) => x0 + Left + ((Math.Log10(guides) - minX) / Math.Max(maxX - minX, 1e-9) * (Panel - Left - 10));
        double Y(double value) => Top + PlotHeight - ((Math.Log10(value) - minY) / Math.Max(maxY - minY, 1e-9) * PlotHeight);

        text.Append(CultureInfo.InvariantCulture, $"<text x=\"{x0 + Left}\" y=\"{Top - 14}\" font-weight=\"bold\">{Escape(title)}</text>\n");
        text.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x0 + Left}\" y=\"{Top}\" width=\"{Panel - Left - 10}\" height=\"{PlotHeight}\" fill=\"none\" stroke=\"#999\"/>\n");
        text.Append(CultureInfo.InvariantCulture, $"<clipPath id=\"plot{x0}\"><rect x=\"{x0 + Left}\" y=\"{Top}\" width=\"{Panel - Left - 10}\" height=\"{PlotHeight}\"/></clipPath>\n");
        for (var decade = minY; decade <= maxY; decade++)
        {
            var y = Y(Math.Pow(10, decade));
            text.Append(CultureInfo.InvariantCulture, $"<line x1=\"{x0 + Left}\" y1=\"{y:F1}\" x2=\"{x0 + Panel - 10}\" y2=\"{y:F1}\" stroke=\"#eee\"/>");
            text.Append(CultureInfo.InvariantCulture, $"<text x=\"{x0 + Left - 6}\" y=\"{y + 4:F1}\" text-anchor=\"end\">{Math.Pow(10, decade).ToString("G", CultureInfo.InvariantCulture)}</text>\n");
        }

        foreach (var guides in points.Select(p => p.Guides).Distinct().Order())
        {
            text.Append(CultureInfo.InvariantCulture, $"<text x=\"{X(guides):F1}\" y=\"{Top + PlotHeight + 16}\" text-anchor=\"middle\">{guides.ToString("N0", CultureInfo.InvariantCulture)}</text>\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"<text x=\"{x0 + Left + ((Panel - Left) / 2)}\" y=\"{Top + PlotHeight + 32}\" text-anchor=\"middle\" fill=\"#666\">{Escape(xLabel)}</text>\n");
        for (var i = 0; i < labels.Count; i++)
        {
            var color = s_colors[i % s_colors.Length];
            var line = points.Where(p => p.Label == labels[i]).OrderBy(p => p.Guides).ToList();
            var drawn = line.Where(p => !double.IsNaN(p.Value)).ToList();
            if (drawn.Count == 0)
            {
                continue;
            }

            text.Append(CultureInfo.InvariantCulture, $"<polyline fill=\"none\" stroke=\"{color}\" stroke-width=\"2\" points=\"{string.Join(' ', drawn.Select(p => $"{X(p.Guides):F1},{Y(p.Value):F1}"))}\"/>\n");
            foreach (var p in drawn)
            {
                text.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{X(p.Guides):F1}\" cy=\"{Y(p.Value):F1}\" r=\"3\" fill=\"{color}\"/>");
            }

            var first = drawn[0];
            var last = line[^1];
            var linearEnd = first.Value * last.Guides / first.Guides;
            text.Append(CultureInfo.InvariantCulture, $"\n<line x1=\"{X(first.Guides):F1}\" y1=\"{Y(first.Value):F1}\" x2=\"{X(last.Guides):F1}\" y2=\"{Y(linearEnd):F1}\" stroke=\"{color}\" stroke-dasharray=\"4 3\" opacity=\"0.6\" clip-path=\"url(#plot{x0})\"/>\n");
            if (double.IsNaN(last.Value))
            {
                // Did not finish: an arrow up from the last point measured, at the count that did not finish.
                var from = drawn[^1];
                text.Append(CultureInfo.InvariantCulture, $"<line x1=\"{X(from.Guides):F1}\" y1=\"{Y(from.Value):F1}\" x2=\"{X(last.Guides):F1}\" y2=\"{Top + 4}\" stroke=\"{color}\" stroke-width=\"2\" stroke-dasharray=\"1 3\"/>");
                text.Append(CultureInfo.InvariantCulture, $"<text x=\"{X(last.Guides) - 4:F1}\" y=\"{Top + 16}\" text-anchor=\"end\" fill=\"{color}\">did not finish</text>\n");
            }
        }
    }

    private static string Escape(string text) => text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal);
}
