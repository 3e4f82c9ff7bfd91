using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Guides.Generator.Diagnostics;
using Guides.Generator.Model;
using Guides.Generator.Paths;

namespace Guides.Generator.Assets
{
    /// <summary>What resolving a guide's files gives: the guide with its files' URLs and sizes in its HTML, and the diagnostics at its links.</summary>
    internal sealed record ResolvedAssets(GuideModel Guide, EquatableArray<DiagnosticInfo> Diagnostics);

    /// <summary>
    /// Checks a guide's links to files against the build's facts (GUIDE040 to GUIDE045, at each link) and puts each file's
    /// URL in the guide's HTML in place of its placeholder: an image gets its <c>src</c>, <c>width</c>, <c>height</c>,
    /// <c>loading="lazy"</c> and <c>decoding="async"</c>; a file link its <c>href</c>. The steps, sections and FAQ entries
    /// learn which images they show.
    /// </summary>
    internal static class AssetResolver
    {
        /// <summary>
        /// The facts a guide's check depends on: one per reference, in order (a stand-in with a negative length for a
        /// file that is not there). A guide whose facts did not change is not checked again.
        /// </summary>
        public static EquatableArray<AssetFacts> FactsFor(GuideParseResult result, AssetTable table)
        {
            var facts = new AssetFacts[result.Assets.Count];
            for (var i = 0; i < facts.Length; i++)
            {
                var path = result.Assets[i].Path;
                facts[i] = path is null ? Missing(string.Empty) : table.Find(path) ?? Missing(path);
            }

            return new EquatableArray<AssetFacts>(facts);
        }

        /// <summary>What each link to another guide found in the catalog (<see cref="PageTarget.None"/> for other references).</summary>
        public static EquatableArray<PageTarget> TargetsFor(GuideParseResult result, CatalogModel catalog, Shards.ShardSelection? shard = null)
        {
            var targets = new PageTarget[result.Assets.Count];
            var prefix = PageLinks.ContentPrefix(result);
            for (var i = 0; i < targets.Length; i++)
            {
                var reference = result.Assets[i];
                targets[i] = PageTarget.None;
                if (reference.IsPage && reference.Path is { } path && catalog.Page(prefix + path) is { } page)
                {
                    var language = catalog.HasTranslation(page.Id, result.Language) ? result.Language : page.Language;
                    targets[i] = new PageTarget(true, page.Id, language, page.StepCount, page.Anchors, page.IsDraft);
                }
                else if (reference.IsPage && reference.Path is { } other && shard is not null && !shard.Holds(other, catalog.DefaultLanguage))
                {
                    targets[i] = Shards.ShardLinks.OtherShard(other, catalog.DefaultLanguage);
                }
            }

            return new EquatableArray<PageTarget>(targets);
        }

        private static AssetFacts Missing(string path) => new(path, -1, string.Empty, false, false, 0, 0, string.Empty, null);

        /// <param name="facts">From <see cref="FactsFor"/>.</param>
        /// <param name="nearMiss">A file whose path differs from a missing one in case alone, for the message.</param>
        public static ResolvedAssets Resolve(
            GuideParseResult result, EquatableArray<AssetFacts> facts, EquatableArray<PageTarget> targets, AssetSettings settings,
            Func<string, string> displayPath, Func<string, AssetFacts?> nearMiss)
        {
            var guide = result.Guide;
            if (result.Assets.Count == 0)
            {
                return new ResolvedAssets(guide, EquatableArray<DiagnosticInfo>.Empty);
            }

            var diagnostics = new List<DiagnosticInfo>();
            var linksTo = new List<GuideKey>();
            var uses = new Use[result.Assets.Count];
            var assets = new List<FileModel>();
            var seen = new Dictionary<string, FileModel>(StringComparer.Ordinal);
            for (var i = 0; i < uses.Length; i++)
            {
                var reference = result.Assets[i];
                var fact = facts[i];
                uses[i] = new Use(reference, null);
                if (reference.IsPage)
                {
                    uses[i] = new Use(reference, null, Page(reference, targets.Count > i ? targets[i] : PageTarget.None, settings, displayPath, diagnostics, linksTo));
                    continue;
                }

                if (reference.Path is null)
                {
                    diagnostics.Add(DiagnosticInfo.Create(GuideDiagnostics.FileOutsideContent, reference.Location, reference.Written));
                    continue;
                }

                if (fact.Length < 0)
                {
                    var hint = nearMiss(reference.Path) is { } other
                        ? ": did you mean '" + other.Path + "'? Paths are compared with their case, as on Linux and in URLs"
                        : string.Empty;
                    diagnostics.Add(DiagnosticInfo.Create(GuideDiagnostics.FileNotFound, reference.Location, reference.Written, displayPath(reference.Path), hint));
                    continue;
                }

                if (fact.Problem is { Length: > 0 } problem)
                {
                    diagnostics.Add(DiagnosticInfo.Create(GuideDiagnostics.FileDamaged, reference.Location, reference.Written, problem));
                    continue;
                }

                if (fact.Length > settings.MaxLength)
                {
                    diagnostics.Add(DiagnosticInfo.Create(
                        GuideDiagnostics.FileTooBig, reference.Location, reference.Written,
                        fact.Length.ToString("N0", CultureInfo.InvariantCulture), settings.MaxLength.ToString("N0", CultureInfo.InvariantCulture)));
                }

                if (reference.IsImage)
                {
                    if (!fact.IsImage || !fact.IsWebImage)
                    {
                        diagnostics.Add(DiagnosticInfo.Create(GuideDiagnostics.ImageNotShown, reference.Location, reference.Written, fact.ContentType));
                    }

                    if (reference.Alt.Trim().Length == 0)
                    {
                        diagnostics.Add(DiagnosticInfo.Create(GuideDiagnostics.ImageWithoutAlt, reference.Location, reference.Written));
                    }
                }

                if (!seen.TryGetValue(fact.Path, out var file))
                {
                    file = new FileModel(fact.Path, AssetPath.Url(settings.BaseUrl, fact.Path, fact.Hash), fact.ContentType, fact.Length, fact.Width, fact.Height);
                    seen.Add(fact.Path, file);
                    assets.Add(file);
                }

                uses[i] = new Use(reference, file);
            }

            var rewriter = new Rewriter(result.AssetToken, uses);
            var images = new List<ImageModel>();
            var files = new List<string>();
            foreach (var use in uses)
            {
                if (use.File is { } file)
                {
                    if (use.Reference.IsImage && !images.Exists(image => image.Path == file.Path))
                    {
                        images.Add(new ImageModel(file.Path, use.Reference.Alt));
                    }
                    else if (!use.Reference.IsImage && !files.Contains(file.Path))
                    {
                        files.Add(file.Path);
                    }
                }
            }

            var resolved = guide with
            {
                Steps = Map(guide.Steps, step => step with { Html = rewriter.Html(step.Html, out var shown), Text = rewriter.Text(step.Text), Images = shown }),
                Faq = Map(guide.Faq, entry => entry with { AnswerHtml = rewriter.Html(entry.AnswerHtml, out var shown), Answer = rewriter.Text(entry.Answer), Images = shown }),
                Introduction = guide.Introduction is { } introduction ? rewriter.Section(introduction) : null,
                Sections = Map(guide.Sections, rewriter.Section),
                Requirements = Map(guide.Requirements, rewriter.TextItem),
                Tips = Map(guide.Tips, rewriter.TextItem),
                // A callout's body is rendered apart from its part's: its links and images are placeholders too.
                Callouts = Map(guide.Callouts, callout => callout with { Html = rewriter.Html(callout.Html, out _), Text = rewriter.Text(callout.Text) }),
                Assets = assets.ToEquatableArray(),
                Images = images.ToEquatableArray(),
                Files = files.ToEquatableArray(),
                LinksTo = linksTo.ToEquatableArray(),
            };
            return new ResolvedAssets(resolved, diagnostics.ToEquatableArray());
        }

        /// <summary>A link to another guide checked (GUIDE041, GUIDE047, GUIDE048): its URL, or null when it leads nowhere.</summary>
        private static string? Page(
            AssetReference reference, PageTarget target, AssetSettings settings, Func<string, string> displayPath, List<DiagnosticInfo> diagnostics, List<GuideKey> linksTo)
        {
            if (reference.Path is null)
            {
                diagnostics.Add(DiagnosticInfo.Create(GuideDiagnostics.FileOutsideContent, reference.Location, reference.Written));
                return null;
            }

            if (target.OtherShard)
            {
                // Another shard's guide: the library project over the shards checks the link (its id and language from its path).
                return PageLinks.Url(settings.LinkFormat, target.Id, target.Language, Shards.ShardLinks.Anchor(reference.Fragment));
            }

            if (!target.Found || target.IsDraft)
            {
                var why = target.IsDraft ? ": it is a draft, left out of this build (draft: true; GuidesIncludeDrafts)" : string.Empty;
                diagnostics.Add(DiagnosticInfo.Create(GuideDiagnostics.GuideNotFound, reference.Location, reference.Written, displayPath(reference.Path), why) with { AsWarning = settings.BrokenLinksAreWarnings });
                return null;
            }

            var anchor = PageLinks.Anchor(reference.Fragment, target.StepCount, target.Anchors);
            if (anchor is null)
            {
                diagnostics.Add(DiagnosticInfo.Create(
                    GuideDiagnostics.AnchorNotFound, reference.Location, reference.Fragment, target.Id, PageLinks.Describe(target.StepCount, target.Anchors)) with { AsWarning = settings.BrokenLinksAreWarnings });
                return null;
            }

            var key = new GuideKey(target.Id, target.Language);
            if (!linksTo.Contains(key))
            {
                linksTo.Add(key);
            }

            return PageLinks.Url(settings.LinkFormat, target.Id, target.Language, anchor);
        }

        private static EquatableArray<T> Map<T>(EquatableArray<T> items, Func<T, T> map)
            where T : IEquatable<T>
        {
            if (items.Count == 0)
            {
                return items;
            }

            var mapped = new T[items.Count];
            for (var i = 0; i < mapped.Length; i++)
            {
                mapped[i] = map(items[i]);
            }

            return new EquatableArray<T>(mapped);
        }

        /// <summary>A reference and the file it uses (null when it cannot be used: missing, damaged, outside the content folder).</summary>
        private readonly struct Use
        {
            public Use(AssetReference reference, FileModel? file, string? pageUrl = null)
            {
                Reference = reference;
                File = file;
                PageUrl = pageUrl;
            }

            /// <summary>The URL a link to another guide leads to; null for a file, or when the link leads nowhere.</summary>
            public string? PageUrl { get; }

            public AssetReference Reference { get; }

            public FileModel? File { get; }
        }

        /// <summary>Replaces the placeholders of rendered text: <c>src="TOKENn"</c> and <c>href="TOKENn"</c> in HTML, <c>TOKENn</c> in plain text.</summary>
        private sealed class Rewriter
        {
            private readonly string _token;
            private readonly Use[] _uses;

            public Rewriter(string token, Use[] uses)
            {
                _token = token;
                _uses = uses;
            }

            /// <summary>A section, and the items of its procedure, which are rendered apart from it.</summary>
            public SectionModel Section(SectionModel section) =>
                section with
                {
                    Html = Html(section.Html, out var shown), Text = Text(section.Text), Images = shown,
                    Steps = Map(section.Steps, step => step with { Item = TextItem(step.Item) }),
                };

            public TextModel TextItem(TextModel item) => item with { Html = Html(item.Html, out _), Text = Text(item.Text) };

            /// <summary>The HTML with each placeholder replaced, and the images it shows, once each, in order.</summary>
            public string Html(string html, out EquatableArray<ImageModel> shown)
            {
                shown = EquatableArray<ImageModel>.Empty;
                if (html.IndexOf(_token, StringComparison.Ordinal) < 0)
                {
                    return html;
                }

                List<ImageModel>? images = null;
                var builder = new StringBuilder(html.Length + 128);
                var at = 0;
                while (Next(html, at, out var start, out var end, out var index))
                {
                    // The attribute before the placeholder: src="…" of an image or href="…" of a link.
                    var isSource = start >= 5 && string.CompareOrdinal(html, start - 5, "src=\"", 0, 5) == 0;
                    var isLink = start >= 6 && string.CompareOrdinal(html, start - 6, "href=\"", 0, 6) == 0;
                    if ((!isSource && !isLink) || end >= html.Length || html[end] != '"')
                    {
                        builder.Append(html, at, end - at);
                        at = end;
                        continue;
                    }

                    var use = _uses[index];
                    var attributeStart = start - (isSource ? 5 : 6);
                    builder.Append(html, at, attributeStart - at);
                    var url = use.File?.Url ?? use.PageUrl ?? use.Reference.Written;
                    builder.Append(isSource ? "src=\"" : "href=\"");
                    AppendEscaped(builder, url);
                    if (use.File is not null && !isSource && use.Reference.Written.IndexOf('#') is var hash and >= 0)
                    {
                        // A link into a file keeps its fragment (form.pdf#page=2), as written.
                        AppendEscaped(builder, use.Reference.Written.Substring(hash));
                    }

                    builder.Append('"');
                    if (isSource && use.File is { } file)
                    {
                        if (file.Width > 0 && file.Height > 0)
                        {
                            builder.Append(" width=\"").Append(file.Width.ToString(CultureInfo.InvariantCulture))
                                .Append("\" height=\"").Append(file.Height.ToString(CultureInfo.InvariantCulture)).Append('"');
                        }

                        builder.Append(" loading=\"lazy\" decoding=\"async\"");
                        images ??= new List<ImageModel>();
                        if (!images.Exists(image => image.Path == file.Path))
                        {
                            images.Add(new ImageModel(file.Path, use.Reference.Alt));
                        }
                    }

                    // Past the placeholder's closing quote.
                    at = end + 1;
                }

                builder.Append(html, at, html.Length - at);
                if (images is not null)
                {
                    shown = images.ToEquatableArray();
                }

                return builder.ToString();
            }

            /// <summary>Plain text holds no URL; should a placeholder be there, it becomes the URL as written.</summary>
            public string Text(string text)
            {
                if (text.IndexOf(_token, StringComparison.Ordinal) < 0)
                {
                    return text;
                }

                var builder = new StringBuilder(text.Length);
                var at = 0;
                while (Next(text, at, out var start, out var end, out var index))
                {
                    builder.Append(text, at, start - at).Append(_uses[index].Reference.Written);
                    at = end;
                }

                return builder.Append(text, at, text.Length - at).ToString();
            }

            /// <summary>The next placeholder at or after <paramref name="from"/>: where it starts, where its number ends, and the number.</summary>
            private bool Next(string text, int from, out int start, out int end, out int index)
            {
                while (true)
                {
                    start = text.IndexOf(_token, from, StringComparison.Ordinal);
                    if (start < 0)
                    {
                        end = index = 0;
                        return false;
                    }

                    end = start + _token.Length;
                    index = 0;
                    var digits = 0;
                    while (end < text.Length && text[end] is >= '0' and <= '9' && digits < 9)
                    {
                        index = (index * 10) + (text[end] - '0');
                        end++;
                        digits++;
                    }

                    if (digits > 0 && index < _uses.Length && (end == text.Length || text[end] == '"' || !char.IsDigit(text[end])))
                    {
                        return true;
                    }

                    from = start + 1;
                }
            }

            private static void AppendEscaped(StringBuilder builder, string value)
            {
                foreach (var c in value)
                {
                    switch (c)
                    {
                        case '"': builder.Append("&quot;"); break;
                        case '&': builder.Append("&amp;"); break;
                        case '<': builder.Append("&lt;"); break;
                        case '>': builder.Append("&gt;"); break;
                        default: builder.Append(c); break;
                    }
                }
            }
        }
    }
}
