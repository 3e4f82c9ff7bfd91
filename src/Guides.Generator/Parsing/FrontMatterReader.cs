using System;
using System.Collections.Generic;
using System.Globalization;
using Guides.Generator.Diagnostics;
using Guides.Generator.Model;
using Microsoft.CodeAnalysis.Text;

namespace Guides.Generator.Parsing
{
    /// <summary>
    /// Finds the front matter between its two <c>---</c> lines and reads its fields, reporting each
    /// mistake at the place of the YAML where it stands.
    /// </summary>
    internal static class FrontMatterReader
    {
        public static readonly string[] Fields = { "title", "description", "category", "steps", "difficulty", "platform", "lang", "date", "faq", "translationKey", "draft" };

        /// <summary>
        /// Splits the file; reports a missing or unclosed front matter. Returns the YAML text, or null. A file without front
        /// matter is a page of its site as it is (a GitHub docs folder's) when the site's settings require no field a body
        /// cannot give (<c>GuidesRequiredFields</c> is <c>title</c> or none): it is all body, and <paramref name="isPage"/> is true.
        /// </summary>
        public static string? Split(GuideSource source, SiteFormat format, out bool isPage)
        {
            isPage = false;
            var lines = source.Text.Lines;
            if (lines.Count == 0 || !IsFence(source.Text, lines[0], allowDots: false))
            {
                source.BodyStart = 0;
                isPage = format.RequiredFields.Count == 0 || (format.RequiredFields.Count == 1 && format.IsRequired("title"));
                if (!isPage)
                {
                    source.Report(GuideDiagnostics.MissingFrontMatter, source.LineSpan(0));
                }

                return null;
            }

            for (var i = 1; i < lines.Count; i++)
            {
                if (IsFence(source.Text, lines[i], allowDots: true))
                {
                    source.BodyStart = lines[i].EndIncludingLineBreak;
                    var yaml = source.Text.ToString(TextSpan.FromBounds(lines[1].Start, lines[i].Start));
                    source.SetYaml(lines[1].Start, yaml);
                    return yaml;
                }
            }

            source.Report(GuideDiagnostics.UnclosedFrontMatter, source.LineSpan(0));
            source.BodyStart = source.Text.Length;
            return null;
        }

        private static bool IsFence(SourceText text, TextLine line, bool allowDots)
        {
            var value = text.ToString(line.Span).TrimEnd();
            return value == "---" || (allowDots && value == "...");
        }

        /// <summary>Reads the fields; a site's own keys (<c>GuidesFieldNames</c>) are read as the fields they stand for.</summary>
        public static FrontMatter Read(GuideSource source, string yaml, SiteFormat format)
        {
            var result = new FrontMatter();
            YamlNode? root;
            try
            {
                root = YamlTreeReader.Read(yaml);
            }
            catch (YamlReadException e)
            {
                result.IsReadable = false;
                var span = source.YamlSpan(e.Start, e.End);
                switch (e.Problem)
                {
                    case YamlProblem.Alias:
                        source.Report(GuideDiagnostics.YamlAlias, span);
                        break;
                    case YamlProblem.TooDeep:
                        source.Report(GuideDiagnostics.NestingTooDeep, span, "YAML collections", YamlTreeReader.MaxDepth + "+", YamlTreeReader.MaxDepth);
                        break;
                    default:
                        source.Report(GuideDiagnostics.InvalidYaml, span, e.Message);
                        break;
                }

                return result;
            }

            var fenceSpan = source.LineSpan(0);
            if (root is null || (root is YamlScalar empty && empty.IsNull))
            {
                ReportMissing(source, fenceSpan, new HashSet<string>(), format);
                return result;
            }

            if (root is not YamlMapping mapping)
            {
                source.Report(GuideDiagnostics.InvalidYaml, source.YamlSpan(root.Start, root.End), "the front matter must be a list of fields such as 'title: ...', one a line");
                result.IsReadable = false;
                return result;
            }

            // Known keys ignore case, as Hugo reads them (Title: is title:); the same key twice, in any case, is a mistake.
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var entry in mapping.Entries)
            {
                var key = format.FieldOf(entry.Key.Value) ?? Known(entry.Key.Value);
                var keySpan = source.YamlSpan(entry.Key.Start, entry.Key.End);
                if (!seen.Add(key))
                {
                    source.Report(GuideDiagnostics.DuplicateField, keySpan, entry.Key.Value);
                    continue;
                }

                ReadField(source, result, key, keySpan, entry.Value, format);
            }

            ReportMissing(source, fenceSpan, seen, format);
            return result;
        }

        /// <summary>A known field's own spelling for a key written in any case (<c>Title</c> → <c>title</c>); any other key as it is.</summary>
        private static string Known(string key)
        {
            foreach (var field in Fields)
            {
                if (string.Equals(field, key, StringComparison.OrdinalIgnoreCase))
                {
                    return field;
                }
            }

            return key;
        }

        /// <summary>The required fields the front matter lacks; a title is looked for in the body first (GuideParser).</summary>
        private static void ReportMissing(GuideSource source, TextSpan span, HashSet<string> seen, SiteFormat format)
        {
            foreach (var field in format.RequiredFields)
            {
                if (field != "title" && !seen.Contains(field))
                {
                    source.Report(GuideDiagnostics.MissingField, span, field, Example(field));
                }
            }
        }

        public static string Example(string field) => field switch
        {
            "date" => "2026-02-22",
            "category" => "government",
            "lang" => "en",
            _ => "\"...\"",
        };

        private static void ReadField(GuideSource source, FrontMatter result, string key, TextSpan keySpan, YamlNode value, SiteFormat format)
        {
            var span = source.YamlSpan(value.Start, value.End);
            switch (key)
            {
                case "title":
                    // An empty title may come from the body's '# Heading': GuideParser reports it when none does.
                    result.Title = Text(source, key, value)?.Trim() ?? string.Empty;
                    result.TitleSpan = keySpan;
                    result.IsTitleInvalid = value is not YamlScalar;
                    break;
                case "description":
                    result.Description = RequiredText(source, key, keySpan, value, format);
                    break;
                case "category":
                    result.Category = RequiredText(source, key, keySpan, value, format);
                    break;
                case "platform":
                    result.Platform = Text(source, key, value) ?? string.Empty;
                    break;
                case "steps":
                    result.StepsSpan = span;
                    if (Text(source, key, value) is { } steps)
                    {
                        if (int.TryParse(steps, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count <= 1000)
                        {
                            result.Steps = count;
                        }
                        else
                        {
                            source.Report(GuideDiagnostics.InvalidField, span, key, "write the number of steps, such as 'steps: 7'");
                        }
                    }

                    break;
                case "difficulty":
                    if (Text(source, key, value) is { } difficulty)
                    {
                        if (Vocabulary.TryGetDifficulty(difficulty, out var level))
                        {
                            result.Difficulty = level;
                        }
                        else
                        {
                            source.Report(GuideDiagnostics.InvalidField, span, key, "write one of " + Vocabulary.DifficultyWords);
                        }
                    }

                    break;
                case "lang":
                    result.LanguageSpan = span;
                    if (Text(source, key, value) is { } language)
                    {
                        if (LanguageTag.Normalize(language) is { } normalized)
                        {
                            result.Language = normalized;
                        }
                        else
                        {
                            // Given but invalid: reported here, and not again as missing.
                            result.Language = string.Empty;
                            source.Report(GuideDiagnostics.InvalidLanguage, span, language);
                        }
                    }

                    break;
                case "date":
                    if (RequiredText(source, key, keySpan, value, format) is { Length: > 0 } date)
                    {
                        if (ReadDate(date, format) is { } parsed)
                        {
                            result.Date = parsed;
                        }
                        else if (format.DateFormats.Count == 0)
                        {
                            source.Report(GuideDiagnostics.InvalidField, span, key, "write a date as year-month-day, such as 'date: 2026-02-22' (a time after it, as Hugo writes 2026-02-22T10:00:00+01:00, is allowed and not kept)");
                        }
                        else
                        {
                            source.Report(GuideDiagnostics.InvalidField, span, key, "write a date in one of the formats of GuidesDateFormats: '" + string.Join("', '", format.DateFormats) + "'");
                        }
                    }

                    break;
                case "faq":
                    ReadFaq(source, result, value, span);
                    break;
                case "draft":
                    if (Text(source, key, value) is { } draft)
                    {
                        if (string.Equals(draft, "true", StringComparison.OrdinalIgnoreCase) || string.Equals(draft, "false", StringComparison.OrdinalIgnoreCase))
                        {
                            result.IsDraft = string.Equals(draft, "true", StringComparison.OrdinalIgnoreCase);
                        }
                        else
                        {
                            source.Report(GuideDiagnostics.InvalidField, span, key, "write 'draft: true' or 'draft: false'");
                        }
                    }

                    break;
                case "translationKey":
                    if (Text(source, key, value) is { } translationKey && !string.IsNullOrWhiteSpace(translationKey))
                    {
                        result.TranslationKey = Paths.ContentPath.NormalizeId(translationKey);
                    }

                    break;
                default:
                    // A team's own field: kept with its place, checked against the [GuideFields] class (or reported
                    // as undeclared) once the project's C# is known.
                    result.Extra.Add(new FieldEntry(key, LocationInfo.Create(source.FilePath, source.Text, keySpan), Guides.Generator.Fields.FieldValues.From(value, source)));
                    break;
            }
        }

        private static void ReadFaq(GuideSource source, FrontMatter result, YamlNode value, TextSpan span)
        {
            if (value is YamlScalar { IsNull: true })
            {
                return;
            }

            if (value is not YamlSequence sequence)
            {
                source.Report(GuideDiagnostics.InvalidField, span, "faq", "write a list of entries, each '- question: ...' with '  answer: ...' below it");
                return;
            }

            foreach (var item in sequence.Items)
            {
                var itemSpan = source.YamlSpan(item.Start, item.End);
                if (item is not YamlMapping entry)
                {
                    source.Report(GuideDiagnostics.InvalidField, itemSpan, "faq", "each entry is '- question: ...' with '  answer: ...' below it");
                    continue;
                }

                string? question = null;
                string? answer = null;
                var answerSpan = itemSpan;
                foreach (var field in entry.Entries)
                {
                    var keySpan = source.YamlSpan(field.Key.Start, field.Key.End);
                    switch (field.Key.Value)
                    {
                        case "question" when question is null:
                            question = Text(source, "question", field.Value);
                            break;
                        case "answer" when answer is null:
                            answer = Text(source, "answer", field.Value);
                            answerSpan = source.YamlSpan(field.Value.Start, field.Value.End);
                            break;
                        case "question":
                        case "answer":
                            source.Report(GuideDiagnostics.DuplicateField, keySpan, field.Key.Value);
                            break;
                        default:
                            source.Report(GuideDiagnostics.UnknownField, keySpan, field.Key.Value, "question, answer");
                            break;
                    }
                }

                if (string.IsNullOrWhiteSpace(question))
                {
                    source.Report(GuideDiagnostics.IncompleteFaqEntry, itemSpan, "question");
                }
                else if (string.IsNullOrWhiteSpace(answer))
                {
                    source.Report(GuideDiagnostics.IncompleteFaqEntry, itemSpan, "answer");
                }
                else
                {
                    result.Faq.Add((question!.Trim(), answer!.Trim(), answerSpan));
                }
            }
        }

        /// <summary>
        /// A date: in the formats of <c>GuidesDateFormats</c>, tried in order in the invariant culture; without them, as
        /// <c>yyyy-MM-dd</c>, a time after it (as Hugo writes <c>2026-02-22T10:00:00+01:00</c>) allowed and not kept.
        /// </summary>
        internal static DateModel? ReadDate(string date, SiteFormat format)
        {
            foreach (var pattern in format.DateFormats)
            {
                if (DateTime.TryParseExact(date, pattern, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var read))
                {
                    return new DateModel(read.Year, read.Month, read.Day);
                }
            }

            if (format.DateFormats.Count > 0)
            {
                return null;
            }

            if (DateTime.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
                || (date.Length > 10 && (date[10] == 'T' || date[10] == ' ')
                    && DateTimeOffset.TryParse(date, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out _)
                    && DateTime.TryParseExact(date.Substring(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out parsed)))
            {
                return new DateModel(parsed.Year, parsed.Month, parsed.Day);
            }

            return null;
        }

        /// <summary>A field's text, trimmed; an empty one is reported when the site's settings require the field.</summary>
        private static string RequiredText(GuideSource source, string key, TextSpan keySpan, YamlNode value, SiteFormat format)
        {
            var text = Text(source, key, value);
            if (string.IsNullOrWhiteSpace(text))
            {
                if ((text is not null || value is YamlScalar) && format.IsRequired(key))
                {
                    source.Report(GuideDiagnostics.MissingField, keySpan, key, Example(key));
                }

                return string.Empty;
            }

            return text!.Trim();
        }

        /// <summary>A scalar's text; reports a list or a mapping where text was expected. Null for no value.</summary>
        private static string? Text(GuideSource source, string key, YamlNode value)
        {
            switch (value)
            {
                case YamlScalar scalar when scalar.IsNull:
                    return null;
                case YamlScalar scalar:
                    return scalar.Value;
                default:
                    source.Report(GuideDiagnostics.InvalidField, source.YamlSpan(value.Start, value.End), key, "write a single value on the line of '" + key + ":', not a list");
                    return null;
            }
        }
    }
}
