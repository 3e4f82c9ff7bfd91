using System;
using System.Collections.Generic;
using System.Linq;
using Guides.Generator.Diagnostics;
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

        /// <summary>
        /// What the shard writes into its assembly (its catalog, its guide files, drafts left out too, its links out), and
        /// a GUIDE053 for each folder or language of its settings that selects none of them.
        /// </summary>
        public static ShardOutput Output(GeneratorOptions options, CatalogModel catalog, IEnumerable<EquatableArray<ShardLink>> links)
        {
            var data = Data(options, catalog, links);
            var diagnostics = new List<DiagnosticInfo>();
            if (options.Shard is { } shard)
            {
                // By the guides' paths, as the shard selects them (a front matter's translationKey or lang moves no guide).
                var selected = data.Pages.Select(p => ContentPath.Parse(p.RelativePath)).Select(p => (p.Id, p.Language ?? options.DefaultLanguage)).ToList();
                foreach (var (name, setting) in shard.Unused(selected))
                {
                    var hint = setting == "GuidesShardFolders"
                        ? "a folder is the start of guide ids, as 'api' holds 'api/keys.md' and 'fr/api/keys.md' (check its spelling)"
                        : "a language is read from a guide's path, as 'fr' holds 'fr/keys.md' and 'keys.fr.md' (check its spelling)";
                    diagnostics.Add(DiagnosticInfo.Create(GuideDiagnostics.ShardSelectsNothing, LocationInfo.None, name, setting, options.ContentFolder, hint));
                }
            }

            return new ShardOutput(ShardManifest.Write(data), diagnostics.ToEquatableArray());
        }

        /// <summary>What the shard writes into its assembly: its catalog, its guide files (drafts left out too), its links out.</summary>
        public static ShardData Data(GeneratorOptions options, CatalogModel catalog, IEnumerable<EquatableArray<ShardLink>> links)
        {
            var prefix = options.Content.DisplayPath(string.Empty);
            var pages = catalog.Pages
                .Select(p => (Page: p, Relative: p.DisplayPath.StartsWith(prefix, StringComparison.Ordinal) ? p.DisplayPath.Substring(prefix.Length) : p.DisplayPath))
                .Select(p => new ShardPage(
                    p.Relative, p.Page.Id, p.Page.Language, p.Page.StepCount, p.Page.Anchors, p.Page.IsDraft,
                    // The file's path as the compiler names it on this machine (the content root has '/' separators).
                    ((options.ContentRoot ?? prefix) + p.Relative).Replace('/', System.IO.Path.DirectorySeparatorChar)))
                .OrderBy(p => p)
                .ToEquatableArray();
            return new ShardData(options.Namespace + "." + options.CatalogName, options.DefaultLanguage, pages, links.SelectMany(l => l)
                // In the order of the files, not of the build's list of them: the same text for the same content.
                .OrderBy(l => l.Location.FilePath, StringComparer.Ordinal).ThenBy(l => l.Location.Span.Start)
                .ToEquatableArray());
        }
    }
}
