using System;
using System.Linq;
using Guides.Generator.Diagnostics;
using Microsoft.CodeAnalysis;

namespace Guides.Generator.Model
{
    /// <summary>
    /// A diagnostic as plain values: the descriptor's id, a location and the message's arguments. <paramref name="AsWarning"/>:
    /// an error a setting makes a warning (<c>GuidesBrokenLinks=warning</c>); <c>.editorconfig</c> still has the last word.
    /// </summary>
    internal sealed record DiagnosticInfo(string Id, LocationInfo Location, EquatableArray<string> Arguments, bool AsWarning = false)
    {
        public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, LocationInfo location, params object[] arguments) =>
            new(descriptor.Id, location, arguments.Select(a => Convert.ToString(a, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty).ToEquatableArray());

        public Diagnostic ToDiagnostic()
        {
            var descriptor = GuideDiagnostics.ById(Id);
            return AsWarning
                ? Diagnostic.Create(descriptor, Location.ToLocation(), DiagnosticSeverity.Warning, additionalLocations: null, properties: null, Arguments.ToArray<object>())
                : Diagnostic.Create(descriptor, Location.ToLocation(), Arguments.ToArray<object>());
        }
    }
}
