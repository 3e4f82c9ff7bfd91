using System;
using System.Collections.Generic;

namespace Guides.Generator.Model
{
    /// <summary>
    /// The names the catalog class takes for itself, which no guide's property may take. The catalog emitter writes its
    /// public members under these names and nothing else; every other member it writes holds a '_' (<c>Catalog_Data</c>,
    /// <c>Ameli_fr_Guide</c>), which no property made from an id can hold. A test compiles a guide named after each
    /// member of a real catalog and fails on a member missing here.
    /// </summary>
    internal static class CatalogMembers
    {
        public const string Count = nameof(Count);
        public const string DefaultLanguage = nameof(DefaultLanguage);
        public const string Ids = nameof(Ids);
        public const string Languages = nameof(Languages);
        public const string All = nameof(All);
        public const string Find = nameof(Find);
        public const string InLanguage = nameof(InLanguage);
        public const string Library = nameof(Library);
        public const string Search = nameof(Search);

        /// <summary>The catalog's public members, and the members every class has from <see cref="object"/>.</summary>
        public static IReadOnlyList<string> Reserved { get; } = new[]
        {
            Count, DefaultLanguage, Ids, Languages, All, Find, InLanguage, Library, Search,
            "Equals", "GetHashCode", "GetType", "ToString", "ReferenceEquals", "MemberwiseClone", "Finalize",
        };

        private static readonly HashSet<string> s_reserved = new(Reserved, StringComparer.OrdinalIgnoreCase);

        /// <summary>
        /// Whether a property of this name would clash with a member of the catalog, ignoring case (Visual Basic, and the
        /// hint names of generated files, do not tell case apart).
        /// </summary>
        public static bool IsReserved(string name) => s_reserved.Contains(name);
    }
}
