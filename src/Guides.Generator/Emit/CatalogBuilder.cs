using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Guides.Generator.Diagnostics;
using Guides.Generator.Model;

namespace Guides.Generator.Emit
{
    /// <summary>Builds the catalog from every guide's entry: sorted, one guide per id and per property name ignoring case (Roslyn compares hint names so).</summary>
    internal static class CatalogBuilder
    {
        public static CatalogModel Build(ImmutableArray<CatalogEntry> entries)
        {
            var accepted = new List<CatalogEntry>();
            var rejected = new List<string>();
            var diagnostics = new List<DiagnosticInfo>();
            var byId = new Dictionary<string, CatalogEntry>(StringComparer.Ordinal);
            var byProperty = new Dictionary<string, CatalogEntry>(StringComparer.OrdinalIgnoreCase);
            foreach (var entry in entries.OrderBy(e => e))
            {
                if (byId.TryGetValue(entry.Id, out var first))
                {
                    rejected.Add(entry.FilePath);
                    diagnostics.Add(DiagnosticInfo.Create(GuideDiagnostics.DuplicateId, entry.Location, entry.Id, first.FilePath));
                    continue;
                }

                if (byProperty.TryGetValue(entry.PropertyName, out var sameName))
                {
                    rejected.Add(entry.FilePath);
                    diagnostics.Add(DiagnosticInfo.Create(GuideDiagnostics.DuplicatePropertyName, entry.Location, entry.Id, entry.PropertyName, sameName.FilePath));
                    continue;
                }

                byId.Add(entry.Id, entry);
                byProperty.Add(entry.PropertyName, entry);
                accepted.Add(entry);
            }

            return new CatalogModel(accepted.ToEquatableArray(), rejected.ToEquatableArray(), diagnostics.ToEquatableArray());
        }
    }
}
