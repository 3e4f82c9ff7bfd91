using System;
using System.Linq;
using Guides.Generator.Diagnostics;
using Microsoft.CodeAnalysis;

namespace Guides.Generator.Model
{
    /// <summary>A diagnostic as plain values: the descriptor's id, a location and the message's arguments.</summary>
    internal sealed record DiagnosticInfo(string Id, LocationInfo Location, EquatableArray<string> Arguments)
    {
        public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, LocationInfo location, params object[] arguments) =>
            new(descriptor.Id, location, arguments.Select(a => Convert.ToString(a, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty).ToEquatableArray());

        public Diagnostic ToDiagnostic() =>
            Diagnostic.Create(GuideDiagnostics.ById(Id), Location.ToLocation(), Arguments.ToArray<object>());
    }
}
