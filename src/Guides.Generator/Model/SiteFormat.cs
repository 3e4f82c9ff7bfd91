using System;
using System.Collections.Generic;
using System.Globalization;

namespace Guides.Generator.Model
{
    /// <summary>A site's own front-matter key read as a field of the guide format (<c>PageTitle</c> as <c>title</c>).</summary>
    internal readonly record struct FieldAlias(string Field, string Key);

    /// <summary>A Hugo shortcode written as an HTML element (<c>code-toggle</c> as <c>guide-code-toggle</c>), or dropped (an empty element).</summary>
    internal readonly record struct ShortcodeMapping(string Name, string Element);

    /// <summary>A setting's entry that could not be read (GUIDE050): the setting, the entry, and what it should be.</summary>
    internal readonly record struct SettingProblem(string Setting, string Entry, string Hint);

    /// <summary>
    /// How a docs site writes its pages, so that it comes in with settings only (docs/bring-a-site.md):
    /// <c>GuidesFieldNames</c>, <c>GuidesDateFormats</c>, <c>GuidesRequiredFields</c>, <c>GuidesSitePath</c> and
    /// <c>GuidesShortcodes</c>. Plain values: a guide is parsed again only when one of them changes.
    /// </summary>
    internal sealed record SiteFormat(
        EquatableArray<FieldAlias> FieldNames,
        EquatableArray<string> DateFormats,
        EquatableArray<string> RequiredFields,
        string SitePath,
        EquatableArray<ShortcodeMapping> Shortcodes)
    {
        /// <summary>The fields of the guide format a site may rename and leave out.</summary>
        public static readonly string[] SiteFields = { "title", "description", "category", "date" };

        /// <summary>The guide format as it is: its own keys, dates as <c>yyyy-MM-dd</c>, the four fields required.</summary>
        public static readonly SiteFormat Default = new(
            EquatableArray<FieldAlias>.Empty, EquatableArray<string>.Empty, new EquatableArray<string>(SiteFields), string.Empty, EquatableArray<ShortcodeMapping>.Empty);

        /// <summary>Whether a field of <see cref="SiteFields"/> must be given.</summary>
        public bool IsRequired(string field)
        {
            foreach (var required in RequiredFields)
            {
                if (required == field)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The field a site's key stands for (<c>PageTitle</c> → <c>title</c>, in any case), or null.</summary>
        public string? FieldOf(string key)
        {
            foreach (var alias in FieldNames)
            {
                if (string.Equals(alias.Key, key, StringComparison.OrdinalIgnoreCase))
                {
                    return alias.Field;
                }
            }

            return null;
        }

        /// <summary>The element a shortcode is written as: null when it is not mapped, empty when it is dropped.</summary>
        public string? ElementOf(string shortcode)
        {
            foreach (var mapping in Shortcodes)
            {
                if (string.Equals(mapping.Name, shortcode, StringComparison.Ordinal))
                {
                    return mapping.Element;
                }
            }

            return null;
        }

        /// <summary>Reads the settings; each entry that cannot be read is a problem (GUIDE050) and is left out.</summary>
        public static SiteFormat Parse(string? fieldNames, string? dateFormats, string? requiredFields, string? sitePath, string? shortcodes, List<SettingProblem> problems)
        {
            var aliases = new List<FieldAlias>();
            foreach (var entry in Entries(fieldNames))
            {
                var equals = entry.IndexOf('=');
                var field = equals < 0 ? string.Empty : entry.Substring(0, equals).Trim().ToLowerInvariant();
                var key = equals < 0 ? string.Empty : entry.Substring(equals + 1).Trim();
                if (Array.IndexOf(SiteFields, field) < 0 || key.Length == 0)
                {
                    problems.Add(new SettingProblem("GuidesFieldNames", entry, "write a field of the guide format (title, description, category, date), '=', and the site's key, such as 'title=PageTitle'"));
                    continue;
                }

                aliases.Add(new FieldAlias(field, key));
            }

            var formats = new List<string>();
            foreach (var entry in Entries(dateFormats))
            {
                if (!IsDateFormat(entry))
                {
                    problems.Add(new SettingProblem("GuidesDateFormats", entry, "write a .NET custom date format with a year, a month and a day, such as 'M/d/yyyy' or 'yyyy-MM-dd'"));
                    continue;
                }

                formats.Add(entry);
            }

            var required = new List<string>(SiteFields);
            if (requiredFields is not null)
            {
                required.Clear();
                foreach (var entry in Entries(requiredFields))
                {
                    var field = entry.ToLowerInvariant();
                    if (Array.IndexOf(SiteFields, field) < 0)
                    {
                        problems.Add(new SettingProblem("GuidesRequiredFields", entry, "write fields of the guide format: title, description, category, date (or 'none')"));
                    }
                    else if (!required.Contains(field))
                    {
                        required.Add(field);
                    }
                }
            }

            var path = string.Empty;
            if (!string.IsNullOrWhiteSpace(sitePath))
            {
                path = sitePath!.Trim();
                if (path[0] != '/' || path.StartsWith("//", StringComparison.Ordinal) || path.IndexOfAny(new[] { '?', '#', ' ', '\\' }) >= 0)
                {
                    problems.Add(new SettingProblem("GuidesSitePath", path, "write the path at which the site serves the content folder, from the site's root, such as '/docs/'"));
                    path = string.Empty;
                }
                else if (!path.EndsWith("/", StringComparison.Ordinal))
                {
                    path += "/";
                }
            }

            var mappings = new List<ShortcodeMapping>();
            foreach (var entry in Entries(shortcodes))
            {
                var equals = entry.IndexOf('=');
                var name = equals < 0 ? string.Empty : entry.Substring(0, equals).Trim();
                var element = equals < 0 ? string.Empty : entry.Substring(equals + 1).Trim();
                if (name.Length == 0 || !IsShortcodeName(name) || (element.Length > 0 && !IsCustomElement(element)))
                {
                    problems.Add(new SettingProblem("GuidesShortcodes", entry, "write the shortcode's name, '=', and an HTML custom element name with a '-' (such as 'code-toggle=guide-code-toggle'), or nothing after '=' to drop the shortcode"));
                    continue;
                }

                mappings.Add(new ShortcodeMapping(name, element.ToLowerInvariant()));
            }

            return new SiteFormat(aliases.ToEquatableArray(), formats.ToEquatableArray(), required.ToEquatableArray(), path, mappings.ToEquatableArray());
        }

        /// <summary>A Hugo shortcode's name: letters, digits, <c>-</c>, <c>_</c>, <c>/</c> (a nested folder), <c>.</c>.</summary>
        public static bool IsShortcodeName(string name)
        {
            if (name.Length == 0 || name.Length > 100)
            {
                return false;
            }

            foreach (var c in name)
            {
                if (!(char.IsLetterOrDigit(c) || c is '-' or '_' or '/' or '.'))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// A valid custom element name (HTML's "valid custom element name", in ASCII): a lower-case letter first, then lower-case
        /// letters, digits, <c>-</c>, <c>.</c> or <c>_</c>, with at least one <c>-</c>. No built-in element (<c>script</c>) has a
        /// <c>-</c>, so no mapping can make one.
        /// </summary>
        public static bool IsCustomElement(string name)
        {
            if (name.Length < 3 || name.Length > 100 || name[0] is < 'a' or > 'z' || name.IndexOf('-') < 0)
            {
                return false;
            }

            foreach (var c in name)
            {
                if (!(c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-' or '.' or '_'))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsDateFormat(string format)
        {
            if (format.IndexOf('y') < 0 || format.IndexOf('M') < 0 || format.IndexOf('d') < 0)
            {
                return false;
            }

            try
            {
                var text = new DateTime(2026, 12, 31).ToString(format, CultureInfo.InvariantCulture);
                return DateTime.TryParseExact(text, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var back) && back.Date == new DateTime(2026, 12, 31);
            }
            catch (FormatException)
            {
                return false;
            }
        }

        private static IEnumerable<string> Entries(string? setting)
        {
            if (string.IsNullOrWhiteSpace(setting) || string.Equals(setting!.Trim(), "none", StringComparison.OrdinalIgnoreCase))
            {
                yield break;
            }

            foreach (var raw in setting.Split(';'))
            {
                var entry = raw.Trim();
                if (entry.Length > 0)
                {
                    yield return entry;
                }
            }
        }
    }
}
