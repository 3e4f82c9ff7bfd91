using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Guides.Generator.Diagnostics;
using Guides.Generator.Emit;
using Guides.Generator.Model;
using Microsoft.CodeAnalysis;

namespace Guides.Generator.Shards
{
    /// <summary>
    /// The library project over shards (<c>GuidesShardLibrary</c>): its catalog's <c>Library</c> is one
    /// <see cref="GuideLibrary"/> over the shards among its references (each shard's assembly says what it holds:
    /// <see cref="ShardManifest"/>), and the links between shards are checked here, each reported at its own file, line
    /// and column with the diagnostic a link inside one library gets (GUIDE047, GUIDE048).
    /// </summary>
    internal sealed record ShardLibraryModel(EquatableArray<string> Catalogs, string DefaultLanguage, string CrossLinks, EquatableArray<DiagnosticInfo> Diagnostics);

    /// <summary>A referenced assembly's <c>[assembly: GuideShard]</c> text, with the assembly's name.</summary>
    internal sealed record ShardReference(string Assembly, string Text);

    internal static class ShardLibrary
    {
        /// <summary>The shard texts of the compilation's references, ordered by assembly name; empty unless the project is a library of shards.</summary>
        public static EquatableArray<ShardReference> Read(Compilation compilation, bool isLibrary)
        {
            if (!isLibrary)
            {
                return EquatableArray<ShardReference>.Empty;
            }

            var found = new List<(string Assembly, string Data)>();
            foreach (var reference in compilation.References)
            {
                if (compilation.GetAssemblyOrModuleSymbol(reference) is not IAssemblySymbol assembly)
                {
                    continue;
                }

                foreach (var attribute in assembly.GetAttributes())
                {
                    if (attribute.AttributeClass?.ToDisplayString() == ShardManifest.AttributeName
                        && attribute.ConstructorArguments.Length == 1 && attribute.ConstructorArguments[0].Value is string data)
                    {
                        found.Add((assembly.Identity.Name, data));
                    }
                }
            }

            return found.OrderBy(f => f.Assembly, StringComparer.Ordinal).Select(f => new ShardReference(f.Assembly, f.Data)).ToEquatableArray();
        }

        /// <summary>The shards' catalogs, and their links to each other checked: the broken ones as diagnostics, the others as the library's table.</summary>
        public static ShardLibraryModel Build(EquatableArray<ShardReference> references, string defaultLanguage, AssetSettings settings)
        {
            var shards = new List<ShardData>();
            var diagnostics = new List<DiagnosticInfo>();
            foreach (var reference in references)
            {
                if (ShardManifest.Read(reference.Text) is { } data)
                {
                    shards.Add(data);
                }
                else
                {
                    // Another generator's format (or a damaged one): its guides would be missing without a word.
                    var format = reference.Text.Split('\n')[0];
                    diagnostics.Add(DiagnosticInfo.Create(GuideDiagnostics.ShardNotRead, LocationInfo.None, reference.Assembly, format.Length > 60 ? format.Substring(0, 60) + "…" : format, ShardManifest.Header));
                }
            }

            var pages = new Dictionary<string, ShardPage>(StringComparer.Ordinal);
            var languages = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var owners = new Dictionary<string, (ShardPage Page, string Shard)>(StringComparer.OrdinalIgnoreCase);
            foreach (var shard in shards)
            {
                foreach (var page in shard.Pages)
                {
                    // One guide in one language is one shard's: two would answer Find with either (GUIDE054, at the second).
                    if (owners.TryGetValue(page.Id + "\0" + page.Language, out var first))
                    {
                        var from = first.Page.RelativePath == page.RelativePath ? string.Empty : " (there from '" + first.Page.RelativePath + "')";
                        diagnostics.Add(DiagnosticInfo.Create(GuideDiagnostics.GuideInTwoShards, LocationInfo.FileStart(page.FullPath), page.Id, page.Language, first.Shard, shard.CatalogType, from));
                    }
                    else
                    {
                        owners.Add(page.Id + "\0" + page.Language, (page, shard.CatalogType));
                    }
                }
            }

            foreach (var page in shards.SelectMany(s => s.Pages))
            {
                if (!pages.ContainsKey(page.RelativePath))
                {
                    pages.Add(page.RelativePath, page);
                }

                if (!page.IsDraft)
                {
                    languages.Add(page.Id + "\0" + page.Language);
                }
            }

            var crossLinks = new StringBuilder();
            var written = new HashSet<string>(StringComparer.Ordinal);
            foreach (var link in shards.SelectMany(s => s.Links))
            {
                if (!pages.TryGetValue(link.TargetPath, out var page) || page.IsDraft)
                {
                    var why = page is { IsDraft: true } ? ": it is a draft, left out of this build (draft: true; GuidesIncludeDrafts)" : " in any shard";
                    diagnostics.Add(DiagnosticInfo.Create(GuideDiagnostics.GuideNotFound, link.Location, link.Written, link.TargetPath, why) with { AsWarning = settings.BrokenLinksAreWarnings });
                    continue;
                }

                if (Assets.PageLinks.Anchor(link.Fragment, page.StepCount, page.Anchors) is not { } anchor || anchor != ShardLinks.Anchor(link.Fragment))
                {
                    diagnostics.Add(DiagnosticInfo.Create(
                        GuideDiagnostics.AnchorNotFound, link.Location, link.Fragment, page.Id, Assets.PageLinks.Describe(page.StepCount, page.Anchors)) with { AsWarning = settings.BrokenLinksAreWarnings });
                    continue;
                }

                // As inside one library: the linking guide's language when the target has it.
                var language = languages.Contains(page.Id + "\0" + link.SourceLanguage) ? link.SourceLanguage : page.Language;
                var line = link.SourceId + "\0" + link.SourceLanguage + "\0" + page.Id + "\0" + language + "\0";
                if (written.Add(line))
                {
                    crossLinks.Append(line);
                }
            }

            return new ShardLibraryModel(
                shards.Select(s => s.CatalogType).ToEquatableArray(),
                defaultLanguage,
                crossLinks.ToString(),
                diagnostics.ToEquatableArray());
        }

        public const string HintName = "GuideShards.g.cs";

        /// <summary>The library project's catalog: its members forward to one library over the shards' catalogs.</summary>
        public static string Emit(ShardLibraryModel model, EmitSettings settings)
        {
            var options = settings.Options;
            var nullable = settings.Features.NullableAnnotations ? "?" : string.Empty;
            var w = new SourceWriter();
            GeneratedCode.WriteHeader(w, settings.Features);
            w.Line("namespace " + options.Namespace);
            w.Open();
            w.Line("/// <summary>");
            w.Line("/// The guides of the shards this project references, as one library: <see cref=\"Library\"/>, <see cref=\"All\"/>,");
            w.Line("/// <see cref=\"Find(string)\"/> and the other lookups, translations and links across shards, one search. Each");
            w.Line("/// shard's own catalog has a property per guide.");
            w.Line("/// </summary>");
            w.Line(GeneratedCode.Attribute);
            w.Line(options.Accessibility + " static partial class " + options.CatalogName);
            w.Open();
            w.Line("/// <summary>The number of guides in every shard (each counted once, whatever its translations).</summary>");
            w.Line("public static int " + CatalogMembers.Count + " => " + CatalogMembers.Library + ".Count;");
            w.Line();
            w.Line("/// <summary>The language a guide is given in when none is asked for: the <c>GuidesDefaultLanguage</c> of this project.</summary>");
            w.Line("public const string " + CatalogMembers.DefaultLanguage + " = " + CSharpLiteral.Quote(model.DefaultLanguage) + ";");
            w.Line();
            CatalogEmitter.WriteLookups(w, "Shards.Instance", nullable);
            w.Line(GeneratedCode.Attribute);
            w.Line("private static class Shards");
            w.Open();
            w.Line("internal static readonly global::Guides.GuideLibrary Instance = global::Guides.GuideCatalogRecord.Shards(");
            w.Line("    new global::Guides.GuideLibrary[]");
            w.Line("    {");
            foreach (var catalog in model.Catalogs)
            {
                w.Line("        global::" + catalog + "." + CatalogMembers.Library + ",");
            }

            w.Line("    },");
            w.Line("    " + CatalogMembers.DefaultLanguage + ",");
            w.Line("    " + CSharpLiteral.Quote(model.CrossLinks) + ");");
            w.Close();
            w.Close();
            w.Close();
            return w.ToString();
        }
    }
}
