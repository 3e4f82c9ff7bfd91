using System;
using System.Collections.Generic;
using System.Linq;
using Guides.Generator.Model;
using Guides.Generator.Paths;

namespace Guides.Generator.Shards
{
    /// <summary>
    /// A shard's side of links between shards: a link to a guide file that another shard compiles is not checked here
    /// (it cannot be: shards build in parallel and may link both ways); it is written into the shard's assembly with where
    /// it stands, and the library project over the shards checks it (<see cref="ShardLibrary"/>).
    /// </summary>
    internal static class ShardLinks
    {
        /// <summary>The target of a link to another shard's file: its id and language as its path gives them, nothing else known.</summary>
        public static PageTarget OtherShard(string relativePath, string defaultLanguage)
        {
            var path = ContentPath.Parse(relativePath);
            return new PageTarget(false, path.Id, path.Language ?? defaultLanguage, 0, EquatableArray<string>.Empty, false) { OtherShard = true };
        }

        /// <summary>
        /// The anchor a link to another shard's guide is written with: <c>step-N</c> for a step (in any language's step
        /// word), else the fragment as a heading's anchor is made. The library project checks that the guide has it.
        /// </summary>
        public static string Anchor(string fragment) =>
            fragment.Length == 0 ? string.Empty : Assets.PageLinks.Anchor(fragment, int.MaxValue, EquatableArray<string>.Empty) ?? GuideAnchors.Slug(fragment);

        /// <summary>The links of a guide file to guide files outside the shard.</summary>
        public static EquatableArray<ShardLink> Of(GuideParseResult? result, ShardSelection? shard, string defaultLanguage)
        {
            if (shard is null || result is null || result.IsLeftOutDraft || result.Assets.Count == 0)
            {
                return EquatableArray<ShardLink>.Empty;
            }

            var links = new List<ShardLink>();
            foreach (var reference in result.Assets)
            {
                if (reference.IsPage && reference.Path is { } path && !shard.Holds(path, defaultLanguage))
                {
                    links.Add(new ShardLink(result.Id, result.Language, path, reference.Fragment, reference.Written, reference.Location));
                }
            }

            return links.ToEquatableArray();
        }

        /// <summary>What the shard writes into its assembly: its catalog, its guide files (drafts left out too), its links out.</summary>
        public static ShardData Data(GeneratorOptions options, CatalogModel catalog, IEnumerable<EquatableArray<ShardLink>> links)
        {
            var prefix = options.Content.DisplayPath(string.Empty);
            var pages = catalog.Pages
                .Select(p => new ShardPage(
                    p.DisplayPath.StartsWith(prefix, StringComparison.Ordinal) ? p.DisplayPath.Substring(prefix.Length) : p.DisplayPath,
                    p.Id, p.Language, p.StepCount, p.Anchors, p.IsDraft))
                .OrderBy(p => p)
                .ToEquatableArray();
            return new ShardData(options.Namespace + "." + options.CatalogName, options.DefaultLanguage, pages, links.SelectMany(l => l)
                // In the order of the files, not of the build's list of them: the same text for the same content.
                .OrderBy(l => l.Location.FilePath, StringComparer.Ordinal).ThenBy(l => l.Location.Span.Start)
                .ToEquatableArray());
        }
    }
}
