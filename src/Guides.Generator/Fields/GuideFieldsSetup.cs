using System.Collections.Generic;
using System.Linq;
using Guides.Generator.Diagnostics;
using Guides.Generator.Model;
using Guides.Generator.Parsing;

namespace Guides.Generator.Fields
{
    /// <summary>
    /// What every guide's own fields are checked against: the project's <c>[GuideFields]</c> class (null without one), and
    /// what to do with undeclared keys. Plain values: editing C# that does not change the class leaves every guide cached.
    /// </summary>
    internal sealed record GuideFieldsSetup(FieldsShape? Shape, UndeclaredFields Undeclared)
    {
        public static readonly GuideFieldsSetup None = new(null, UndeclaredFields.Warn);
    }

    /// <summary>One guide's fields, checked: the C# that builds them, and the diagnostics at the guide's values.</summary>
    internal sealed record GuideFieldsCode(string? FieldsCode, string? ExtraFieldsCode, EquatableArray<DiagnosticInfo> Diagnostics)
    {
        public static readonly GuideFieldsCode None = new(null, null, EquatableArray<DiagnosticInfo>.Empty);
    }

    /// <summary>Checks a guide's own fields against the setup and writes the C# that builds them.</summary>
    internal static class GuideFieldsCheck
    {
        public static GuideFieldsCode For(GuideParseResult result, GuideFieldsSetup setup, LanguageFeatures features)
        {
            if (setup.Shape is null && result.Extra.Count == 0)
            {
                return GuideFieldsCode.None;
            }

            var diagnostics = new List<DiagnosticInfo>();
            string? fieldsCode = null;
            IReadOnlyList<FieldEntry> undeclared = result.Extra;
            if (setup.Shape is { } shape)
            {
                var check = FieldsChecker.Check(shape, result.Extra, result.FrontMatterStart ?? LocationInfo.FileStart(result.FilePath));
                diagnostics.AddRange(check.Diagnostics);
                fieldsCode = FieldsEmitter.Emit(check.Value, features);
                undeclared = check.Undeclared;
            }

            string? extraCode = null;
            if (undeclared.Count > 0)
            {
                var known = string.Join(", ", FrontMatterReader.Fields.Concat(setup.Shape?.Root.Properties.Select(p => p.SuggestedKey) ?? Enumerable.Empty<string>()));
                foreach (var entry in undeclared)
                {
                    switch (setup.Undeclared)
                    {
                        case UndeclaredFields.Warn:
                            diagnostics.Add(DiagnosticInfo.Create(GuideDiagnostics.UnknownField, entry.KeyLocation, entry.Key, known));
                            break;
                        case UndeclaredFields.Error:
                            diagnostics.Add(DiagnosticInfo.Create(GuideDiagnostics.UndeclaredFieldRefused, entry.KeyLocation, entry.Key, known));
                            break;
                    }
                }

                if (setup.Undeclared != UndeclaredFields.Error)
                {
                    extraCode = FieldsEmitter.EmitExtraFields(undeclared, features);
                }
            }

            return new GuideFieldsCode(fieldsCode, extraCode, diagnostics.ToEquatableArray());
        }
    }
}
