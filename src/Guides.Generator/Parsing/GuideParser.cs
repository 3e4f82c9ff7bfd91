using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Guides.Generator.Diagnostics;
using Guides.Generator.Model;
using Guides.Generator.Paths;
using Markdig.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Guides.Generator.Parsing
{
    /// <summary>
    /// Turns one guide file into a <see cref="GuideModel"/> and its diagnostics. Never throws (but for
    /// cancellation): a guide always gets a model, with what could be read, so that code using it still
    /// binds and the error list shows the GUIDE diagnostics alone.
    /// </summary>
    internal static class GuideParser
    {
        /// <summary>The largest guide, in characters (about 2 MB of text).</summary>
        public const int MaxLength = 2_000_000;

        public static GuideParseResult Parse(string filePath, string relativePath, SourceText? text, ContentSettings settings, CancellationToken cancellationToken)
        {
            var catalogName = settings.CatalogName;
            var displayPath = settings.DisplayPath(relativePath);
            var path = ContentPath.Parse(relativePath);
            var (id, pathLanguage, languageSource) = (path.Id, path.Language, path.LanguageSource);
            // What a guide that cannot be read is: its path's id and language, or the library's language.
            var unread = Empty(filePath, relativePath, id, MemberNames.ToMemberPath(id, catalogName), pathLanguage ?? settings.DefaultLanguage);
            var source = new GuideSource(filePath, text ?? SourceText.From(string.Empty));

            if (text is null)
            {
                // The compiler could not read the file (deleted, locked): say so, not that it has no front matter.
                source.Report(GuideDiagnostics.InternalError, new TextSpan(0, 0), "the file could not be read");
                return new GuideParseResult(filePath, displayPath, id, unread.Language, unread, source.Diagnostics.ToEquatableArray());
            }

            GuideModel? model;
            var extra = EquatableArray<FieldEntry>.Empty;
            try
            {
                model = Read(source, relativePath, id, settings, pathLanguage, languageSource, unread, out extra, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                throw;
            }
            catch (Exception e)
            {
                source.Report(GuideDiagnostics.InternalError, new TextSpan(0, 0), e.GetType().Name + ": " + e.Message);
                model = unread;
            }

            if (model is null)
            {
                // A draft left out: neither in the catalog nor checked.
                return new GuideParseResult(filePath, displayPath, id, unread.Language, unread, EquatableArray<DiagnosticInfo>.Empty, IsLeftOutDraft: true);
            }

            var assets = source.Assets is { References.Count: > 0 } links ? links.References.ToEquatableArray() : EquatableArray<AssetReference>.Empty;
            return new GuideParseResult(
                filePath, displayPath, model.Id, model.Language, model, source.Diagnostics.ToEquatableArray(),
                Extra: extra, FrontMatterStart: extra.Count == 0 ? null : source.Locate(source.LineSpan(0)),
                Assets: assets, AssetToken: assets.Count == 0 ? string.Empty : source.Assets!.Token);
        }

        private static GuideModel? Read(
            GuideSource source, string relativePath, string fileId, ContentSettings settings, string? pathLanguage, string languageSource,
            GuideModel unread, out EquatableArray<FieldEntry> extra, CancellationToken cancellationToken)
        {
            extra = EquatableArray<FieldEntry>.Empty;
            var id = fileId;
            var memberPath = unread.MemberPath;
            var text = source.Text;
            if (text.Length > MaxLength)
            {
                source.Report(GuideDiagnostics.FileTooLarge, new TextSpan(0, 0), text.Length, MaxLength);
                return unread;
            }

            if (EncodingCheck.FindInvalid(text) is { } invalid)
            {
                source.Report(GuideDiagnostics.InvalidUtf8, new TextSpan(invalid.Offset, 0), invalid.ReadAs);
                return unread;
            }

            var format = settings.Format;
            source.Assets = new AssetLinks(relativePath, text.ToString(), format.SitePath);
            var yaml = FrontMatterReader.Split(source, format, out var isPage);
            var front = yaml is null ? new FrontMatter { IsReadable = isPage } : FrontMatterReader.Read(source, yaml, format);
            cancellationToken.ThrowIfCancellationRequested();
            if (front.IsDraft && !settings.IncludeDrafts)
            {
                return null;
            }

            extra = front.Extra.ToEquatableArray();

            if (front.TranslationKey is { } key)
            {
                // Files whose names differ are one guide: the key is their id.
                id = key;
                memberPath = MemberNames.ToMemberPath(id, settings.CatalogName);
            }

            var language = CheckLanguage(source, front, pathLanguage, languageSource, settings.DefaultLanguage);
            var bodyText = text.ToString(TextSpan.FromBounds(source.BodyStart, text.Length));
            var body = new GuideBody();
            if (NestingGuard.Check(bodyText) is { } tooDeep)
            {
                source.Report(tooDeep.Descriptor, source.BodySpan(new SourceSpan(tooDeep.Offset, tooDeep.Offset)), tooDeep.What, tooDeep.Depth, tooDeep.Limit);
            }
            else if (yaml is not null || isPage)
            {
                body = BodyReader.Read(source, bodyText, titleFromHeading: front.Title.Length == 0, format, language);
            }

            cancellationToken.ThrowIfCancellationRequested();
            var title = front.Title.Length > 0 ? front.Title : body.Title ?? string.Empty;
            if (title.Length == 0 && front.IsReadable && !front.IsTitleInvalid && format.IsRequired("title"))
            {
                // Neither the front matter nor a '# Heading' gives it.
                source.Report(GuideDiagnostics.MissingField, front.TitleSpan.IsEmpty ? source.LineSpan(0) : front.TitleSpan, "title", FrontMatterReader.Example("title"));
            }

            CheckSteps(source, front, body);
            var faq = front.Faq.Select(entry => RenderAnswer(source, entry.Question, entry.Answer, entry.AnswerSpan, language, body)).ToEquatableArray();

            var guide = new GuideModel(
                source.FilePath,
                relativePath.Replace('\\', '/'),
                id,
                memberPath,
                language,
                title,
                front.Description,
                front.Category,
                front.Difficulty,
                front.Platform,
                front.Date,
                body.Steps.ToEquatableArray(),
                faq,
                body.Introduction,
                body.Requirements.ToEquatableArray(),
                body.Tips.ToEquatableArray(),
                body.Links.ToEquatableArray(),
                body.Sections.ToEquatableArray(),
                Outline: body.Outline.ToEquatableArray(),
                CodeBlocks: body.CodeBlocks.ToEquatableArray(),
                Callouts: body.Callouts.ToEquatableArray());
            return guide with { WordCount = WordCounter.Count(guide) };
        }

        /// <summary>
        /// The guide's language: its front matter's <c>lang</c>, which must agree with its path's; else its path's
        /// (<c>fr/</c> folder, <c>.fr.md</c> suffix); else the library's default language.
        /// </summary>
        private static string CheckLanguage(GuideSource source, FrontMatter front, string? pathLanguage, string languageSource, string defaultLanguage)
        {
            if (front.Language is null or { Length: 0 })
            {
                return pathLanguage ?? defaultLanguage;
            }

            if (pathLanguage is not null && !string.Equals(pathLanguage, front.Language, StringComparison.OrdinalIgnoreCase))
            {
                source.Report(GuideDiagnostics.LanguageMismatch, front.LanguageSpan, front.Language, languageSource, pathLanguage);
            }

            return front.Language;
        }

        private static void CheckSteps(GuideSource source, FrontMatter front, GuideBody body)
        {
            for (var i = 0; i < body.Steps.Count; i++)
            {
                if (body.Steps[i].Number != i + 1)
                {
                    source.Report(GuideDiagnostics.StepOutOfOrder, body.StepHeadingSpans[i], body.Steps[i].Number, i + 1);
                    break;
                }
            }

            if (front.Steps is { } declared && declared != body.Steps.Count)
            {
                source.Report(GuideDiagnostics.StepCountMismatch, front.StepsSpan, declared, body.Steps.Count);
            }
        }

        /// <summary>An answer, rendered; its callouts are added to <paramref name="body"/>'s, after those of the body.</summary>
        private static FaqModel RenderAnswer(GuideSource source, string question, string answer, TextSpan answerSpan, string language, GuideBody body)
        {
            if (PlainParagraph.Applies(answer))
            {
                // A line of plain words: Markdig's paragraph without a Markdig document; the text is the answer itself.
                return new FaqModel(question, answer, PlainParagraph.ToHtml(answer));
            }

            if (NestingGuard.Check(answer) is { } tooDeep)
            {
                source.Report(tooDeep.Descriptor, answerSpan, tooDeep.What, tooDeep.Depth, tooDeep.Limit);
                return new FaqModel(question, answer, string.Empty);
            }

            var document = MarkdownRendering.Parse(answer);
            var findings = MarkdownRendering.Sanitize(document);
            Callouts.Transform(document, language);
            source.Assets?.Mark(document, source, _ => answerSpan);
            BodyReader.Report(source, findings, _ => answerSpan);

            return new FaqModel(question, MarkdownRendering.ToText(document), MarkdownRendering.ToHtml(document), Callouts: BodyReader.CalloutsOf(body, new List<Block>(document)));
        }

        private static GuideModel Empty(string filePath, string relativePath, string id, string memberPath, string language) =>
            new(filePath, relativePath.Replace('\\', '/'), id, memberPath, language, string.Empty, string.Empty, string.Empty,
                Difficulty.Unspecified, string.Empty, DateModel.None,
                EquatableArray<StepModel>.Empty, EquatableArray<FaqModel>.Empty, null,
                EquatableArray<TextModel>.Empty, EquatableArray<TextModel>.Empty, EquatableArray<LinkModel>.Empty, EquatableArray<SectionModel>.Empty);
    }
}
