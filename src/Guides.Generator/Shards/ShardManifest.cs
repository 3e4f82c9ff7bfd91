using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Guides.Build;
using Guides.Generator.Model;
using Microsoft.CodeAnalysis.Text;

namespace Guides.Generator.Shards
{
    /// <summary>A guide file of a shard, as links from other shards find it: by its path under the content folder.</summary>
    internal sealed record ShardPage(string RelativePath, string Id, string Language, int StepCount, EquatableArray<string> Anchors, bool IsDraft, string FullPath)
        : IComparable<ShardPage>
    {
        public int CompareTo(ShardPage? other) => string.CompareOrdinal(RelativePath, other?.RelativePath);
    }

    /// <summary>
    /// A link from a shard's guide to a guide file outside the shard (its path under the content folder, its fragment, as
    /// written), where it stands: the library project checks it.
    /// </summary>
    internal sealed record ShardLink(string SourceId, string SourceLanguage, string TargetPath, string Fragment, string Written, LocationInfo Location);

    /// <summary>What a shard's assembly says of itself, for the library project: its catalog, its guides, its links out.</summary>
    internal sealed record ShardData(string CatalogType, string DefaultLanguage, EquatableArray<ShardPage> Pages, EquatableArray<ShardLink> Links);

    /// <summary>A shard's text for its assembly, and what the shard's settings got wrong (GUIDE053).</summary>
    internal sealed record ShardOutput(string Text, EquatableArray<DiagnosticInfo> Diagnostics);

    /// <summary>
    /// The text a shard writes into its assembly (<c>[assembly: Guides.GuideShard("...")]</c>) and the library project reads
    /// back: one line per fact, fields separated by tabs and escaped as the asset manifest's (<see cref="AssetManifest.Line"/>).
    /// The header <c># Guides shard 1</c>; then <c>C</c>, the catalog's full type name and default language; one <c>P</c>
    /// line per guide file (path under the content folder, id, language, steps, anchors separated by spaces, draft
    /// <c>1</c>/<c>0</c>, the file's full path); one <c>L</c> line per link out (the linking guide's id and language, the target's path, the
    /// fragment, the link as written, the file's full path, the span's start and length, its start line and column and
    /// end line and column, from 0).
    /// </summary>
    internal static class ShardManifest
    {
        public const string Header = "# Guides shard 2";

        public const string AttributeName = "Guides.GuideShardAttribute";

        public static string Write(ShardData data)
        {
            var text = new StringBuilder(Header).Append('\n');
            text.Append(AssetManifest.Line(new[] { "C", data.CatalogType, data.DefaultLanguage })).Append('\n');
            foreach (var page in data.Pages)
            {
                text.Append(AssetManifest.Line(new[]
                {
                    "P", page.RelativePath, page.Id, page.Language, Number(page.StepCount), string.Join(" ", page.Anchors), page.IsDraft ? "1" : "0", page.FullPath,
                })).Append('\n');
            }

            foreach (var link in data.Links)
            {
                var location = link.Location;
                text.Append(AssetManifest.Line(new[]
                {
                    "L", link.SourceId, link.SourceLanguage, link.TargetPath, link.Fragment, link.Written, location.FilePath,
                    Number(location.Span.Start), Number(location.Span.Length),
                    Number(location.LineSpan.Start.Line), Number(location.LineSpan.Start.Character),
                    Number(location.LineSpan.End.Line), Number(location.LineSpan.End.Character),
                })).Append('\n');
            }

            return text.ToString();
        }

        /// <summary>The data of a shard's text, or null when it is not one this generator writes.</summary>
        public static ShardData? Read(string text)
        {
            var lines = text.Split('\n');
            if (lines.Length < 2 || lines[0] != Header || AssetManifest.Fields(lines[1], 3) is not { } catalog || catalog[0] != "C")
            {
                return null;
            }

            var pages = new List<ShardPage>();
            var links = new List<ShardLink>();
            for (var i = 2; i < lines.Length; i++)
            {
                if (lines[i].Length == 0)
                {
                    continue;
                }

                if (lines[i][0] == 'P' && AssetManifest.Fields(lines[i], 8) is { } page)
                {
                    pages.Add(new ShardPage(
                        page[1], page[2], page[3], Parse(page[4]),
                        (page[5].Length == 0 ? Array.Empty<string>() : page[5].Split(' ')).ToEquatableArray(), page[6] == "1", page[7]));
                }
                else if (lines[i][0] == 'L' && AssetManifest.Fields(lines[i], 13) is { } link)
                {
                    var location = new LocationInfo(
                        link[6], new TextSpan(Parse(link[7]), Parse(link[8])),
                        new LinePositionSpan(new LinePosition(Parse(link[9]), Parse(link[10])), new LinePosition(Parse(link[11]), Parse(link[12]))));
                    links.Add(new ShardLink(link[1], link[2], link[3], link[4], link[5], location));
                }
                else
                {
                    return null;
                }
            }

            pages.Sort();
            return new ShardData(catalog[1], catalog[2], pages.ToEquatableArray(), links.ToEquatableArray());
        }

        private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

        private static int Parse(string value) =>
            int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : 0;
    }
}
