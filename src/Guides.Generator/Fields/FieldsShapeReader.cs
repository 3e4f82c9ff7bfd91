using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Guides.Generator.Diagnostics;
using Guides.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Guides.Generator.Fields
{
    /// <summary>
    /// The <c>[GuideFields]</c> class read into a <see cref="FieldsShape"/>, with the diagnostics about it located in
    /// the C# file; <see cref="Shape"/> is null when the class itself cannot be filled. <see cref="ClassLocation"/> is
    /// the class's name, where GUIDE034 stands when it is a second <c>[GuideFields]</c> class.
    /// </summary>
    internal sealed record FieldsShapeResult(FieldsShape? Shape, string TypeName, LocationInfo ClassLocation, EquatableArray<DiagnosticInfo> Diagnostics);

    /// <summary>
    /// Reads a <c>[GuideFields]</c> class and the classes its properties reach into plain values. The only place of the
    /// feature that sees Roslyn symbols: what it returns holds none.
    /// </summary>
    /// <remarks>
    /// A property is filled when it is an instance property, not an indexer, with a setter or <c>init</c> accessor that
    /// generated code in the same assembly can call (public or internal). Other properties (get-only, computed, private
    /// setters) are left alone without a diagnostic: they are the class's own logic, not fields. A property the front
    /// matter should fill but whose type it cannot is GUIDE033 at the property.
    /// </remarks>
    internal static class FieldsShapeReader
    {
        private const string SupportedTypes =
            "use string, bool, int, long, double, decimal, DateOnly, DateTime, Uri, an enum or a class of the project, " +
            "a nullable one of these, or an array or IReadOnlyList<T> of one";

        private static readonly SymbolDisplayFormat TypeFormat = SymbolDisplayFormat.FullyQualifiedFormat;

        private static readonly SymbolDisplayFormat ShortFormat = SymbolDisplayFormat.MinimallyQualifiedFormat
            .WithMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.UseSpecialTypes | SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

        public static FieldsShapeResult Read(INamedTypeSymbol type, CancellationToken cancellationToken = default)
        {
            var diagnostics = new List<DiagnosticInfo>();
            var classLocation = Locate(type);
            var typeName = type.ToDisplayString(TypeFormat);
            if (ClassProblem(type) is { } problem)
            {
                diagnostics.Add(DiagnosticInfo.Create(GuideDiagnostics.FieldCannotBeFilled, classLocation, type.Name, problem));
                return new FieldsShapeResult(null, typeName, classLocation, diagnostics.ToEquatableArray());
            }

            // Classes by their generated-code name: each is described once, so a class that reaches itself ends the walk.
            var classes = new List<FieldsClass>();
            var seen = new HashSet<string>(System.StringComparer.Ordinal) { typeName };
            var pending = new Queue<INamedTypeSymbol>();
            pending.Enqueue(type);
            while (pending.Count > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var current = pending.Dequeue();
                classes.Add(ReadClass(current, diagnostics, seen, pending));
            }

            return new FieldsShapeResult(new FieldsShape(classes.ToEquatableArray()), typeName, classLocation, diagnostics.ToEquatableArray());
        }

        /// <summary>
        /// The <c>[GuideFields]</c> class of a project that declares several: the first by type name (so that the choice
        /// does not depend on the order of files), and GUIDE034 at each other one.
        /// </summary>
        public static (FieldsShapeResult? Chosen, EquatableArray<DiagnosticInfo> Diagnostics) Choose(IEnumerable<FieldsShapeResult> results)
        {
            var ordered = results.OrderBy(r => r.TypeName, System.StringComparer.Ordinal).ToList();
            if (ordered.Count == 0)
            {
                return (null, EquatableArray<DiagnosticInfo>.Empty);
            }

            var chosen = ordered[0];
            var diagnostics = ordered.Skip(1)
                .Select(r => DiagnosticInfo.Create(GuideDiagnostics.TwoFieldsClasses, r.ClassLocation, Plain(r.TypeName), Plain(chosen.TypeName)))
                .ToEquatableArray();
            return (chosen, diagnostics);
        }

        private static string Plain(string typeName) => typeName.StartsWith("global::", System.StringComparison.Ordinal) ? typeName.Substring(8) : typeName;

        private static FieldsClass ReadClass(INamedTypeSymbol type, List<DiagnosticInfo> diagnostics, HashSet<string> seen, Queue<INamedTypeSymbol> pending)
        {
            var properties = new List<FieldProperty>();
            foreach (var property in FillableProperties(type))
            {
                var declared = property.Type;
                var mapped = Map(declared, allowList: true, seen, pending, out var problem);
                if (mapped is null)
                {
                    if (problem is not null)
                    {
                        diagnostics.Add(DiagnosticInfo.Create(GuideDiagnostics.FieldCannotBeFilled, Locate(property), type.Name + "." + property.Name, problem));
                    }

                    continue;
                }

                var key = FieldsShape.NormalizeKey(property.Name);
                if (properties.FirstOrDefault(p => p.Key == key) is { } same)
                {
                    diagnostics.Add(DiagnosticInfo.Create(
                        GuideDiagnostics.FieldCannotBeFilled, Locate(property), type.Name + "." + property.Name,
                        "it has the key '" + key + "' of " + type.Name + "." + same.Name + " (keys ignore case, '-' and '_'): rename one"));
                    continue;
                }

                var hasInitializer = HasInitializer(property);
                // As C# and System.Text.Json read it: 'required', or a non-nullable reference without initializer (null would
                // break its annotation). A value type without 'required' (int, bool, an enum, a date) keeps its default.
                var isRequired = property.IsRequired || (!hasInitializer && declared.IsReferenceType && !mapped.AcceptsNull);
                properties.Add(new FieldProperty(property.Name, key, mapped, isRequired, hasInitializer));
            }

            return new FieldsClass(type.ToDisplayString(TypeFormat), type.Name, properties.ToEquatableArray());
        }

        /// <summary>The instance properties generated code can set, base class first, an override in place of what it overrides.</summary>
        private static List<IPropertySymbol> FillableProperties(INamedTypeSymbol type)
        {
            var chain = new List<INamedTypeSymbol>();
            for (var t = type; t is not null && t.SpecialType != SpecialType.System_Object; t = t.BaseType)
            {
                chain.Insert(0, t);
            }

            var properties = new List<IPropertySymbol>();
            foreach (var t in chain)
            {
                foreach (var property in t.GetMembers().OfType<IPropertySymbol>())
                {
                    if (property.IsStatic || property.IsIndexer || property.IsImplicitlyDeclared
                        || !IsReachable(property.DeclaredAccessibility)
                        || property.SetMethod is not { } setter || !IsReachable(setter.DeclaredAccessibility))
                    {
                        continue;
                    }

                    var index = properties.FindIndex(p => p.Name == property.Name);
                    if (index >= 0)
                    {
                        properties[index] = property;
                    }
                    else
                    {
                        properties.Add(property);
                    }
                }
            }

            return properties;
        }

        /// <summary>The field type of <paramref name="type"/>; null with a reason, or null without one when the compiler reports the type already.</summary>
        private static FieldType? Map(ITypeSymbol type, bool allowList, HashSet<string> seen, Queue<INamedTypeSymbol> pending, out string? problem)
        {
            problem = null;
            var name = type.ToDisplayString(TypeFormat);
            if (type.TypeKind == TypeKind.Error)
            {
                if (type.Name == "DateOnly")
                {
                    problem = "DateOnly is not available in this project's target framework (it needs .NET 6 or later): use DateTime, which the front matter fills with the date at midnight";
                }

                return null;
            }

            if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
            {
                var inner = Map(nullable.TypeArguments[0], allowList: false, seen, pending, out problem);
                return inner is null ? null : FieldType.Nullable(name, inner);
            }

            var nonNull = MapNonNullable(type, allowList, seen, pending, out problem);
            if (nonNull is null)
            {
                return null;
            }

            // A reference type annotated with '?', or written where nullable annotations are off (C# 7.3), takes null.
            return type.IsReferenceType && type.NullableAnnotation != NullableAnnotation.NotAnnotated
                ? FieldType.Nullable(name, nonNull)
                : nonNull;
        }

        private static FieldType? MapNonNullable(ITypeSymbol type, bool allowList, HashSet<string> seen, Queue<INamedTypeSymbol> pending, out string? problem)
        {
            problem = null;
            var name = type.ToDisplayString(TypeFormat);
            switch (type.SpecialType)
            {
                case SpecialType.System_String:
                    return FieldType.Scalar(FieldTypeKind.String, name);
                case SpecialType.System_Boolean:
                    return FieldType.Scalar(FieldTypeKind.Bool, name);
                case SpecialType.System_Int32:
                    return FieldType.Scalar(FieldTypeKind.Int32, name);
                case SpecialType.System_Int64:
                    return FieldType.Scalar(FieldTypeKind.Int64, name);
                case SpecialType.System_Double:
                    return FieldType.Scalar(FieldTypeKind.Double, name);
                case SpecialType.System_Decimal:
                    return FieldType.Scalar(FieldTypeKind.Decimal, name);
                case SpecialType.System_DateTime:
                    return FieldType.Scalar(FieldTypeKind.DateTime, name);
            }

            if (IsSystemType(type, "DateOnly"))
            {
                if (type.GetMembers(".ctor").OfType<IMethodSymbol>().Any(c => c.Parameters.Length == 3 && c.Parameters.All(p => p.Type.SpecialType == SpecialType.System_Int32)))
                {
                    return FieldType.Scalar(FieldTypeKind.DateOnly, name);
                }

                problem = "this DateOnly has no constructor DateOnly(int year, int month, int day): use System.DateOnly (.NET 6 or later) or DateTime";
                return null;
            }

            if (IsSystemType(type, "Uri"))
            {
                return FieldType.Scalar(FieldTypeKind.Uri, name);
            }

            if (type is IArrayTypeSymbol array)
            {
                if (!allowList || array.Rank != 1)
                {
                    problem = "its type '" + type.ToDisplayString(ShortFormat) + "' is a list of lists, or an array of several dimensions: the front matter fills lists of single values";
                    return null;
                }

                var element = Map(array.ElementType, allowList: false, seen, pending, out problem);
                return element is null ? null : FieldType.List(name, element, isArray: true);
            }

            if (type is INamedTypeSymbol { TypeKind: TypeKind.Interface, Arity: 1 } list && IsListInterface(list))
            {
                if (!allowList)
                {
                    problem = "its type '" + type.ToDisplayString(ShortFormat) + "' is a list of lists: the front matter fills lists of single values";
                    return null;
                }

                var element = Map(list.TypeArguments[0], allowList: false, seen, pending, out problem);
                return element is null ? null : FieldType.List(name, element, isArray: false);
            }

            if (type is INamedTypeSymbol { TypeKind: TypeKind.Enum } enumType)
            {
                if (!IsReachableType(enumType))
                {
                    problem = "the enum " + enumType.Name + " is private or protected: make it internal or public";
                    return null;
                }

                return FieldType.Enum(name, enumType.GetMembers().OfType<IFieldSymbol>().Where(f => f.HasConstantValue).Select(f => f.Name).ToEquatableArray());
            }

            if (type is INamedTypeSymbol { TypeKind: TypeKind.Class } classType && classType.DeclaringSyntaxReferences.Length > 0)
            {
                if (ClassProblem(classType) is { } classProblem)
                {
                    problem = classProblem;
                    return null;
                }

                if (seen.Add(name))
                {
                    pending.Enqueue(classType);
                }

                return FieldType.Class(name);
            }

            problem = "its type '" + type.ToDisplayString(ShortFormat) + "' is not one the front matter can fill: " + SupportedTypes;
            return null;
        }

        /// <summary>Why generated code cannot write <c>new T { ... }</c> for a class of the project; null when it can.</summary>
        private static string? ClassProblem(INamedTypeSymbol type)
        {
            if (type.TypeKind != TypeKind.Class)
            {
                return type.Name + " is not a class";
            }

            if (type.IsStatic || type.IsAbstract)
            {
                return "the class " + type.Name + " is " + (type.IsStatic ? "static" : "abstract") + ": generated code creates one instance per guide";
            }

            for (var t = type; t is not null; t = t.ContainingType)
            {
                if (t.Arity > 0)
                {
                    return "the class " + type.Name + " is generic (or nested in a generic class): give the fields a class of their own";
                }
            }

            if (!IsReachableType(type))
            {
                return "the class " + type.Name + " is private or protected: make it internal or public";
            }

            if (!type.InstanceConstructors.Any(c => c.Parameters.Length == 0 && IsReachable(c.DeclaredAccessibility)))
            {
                return "the class " + type.Name + " has no public or internal constructor without parameters: generated code writes new " + type.Name + " { ... }";
            }

            return null;
        }

        private static bool IsListInterface(INamedTypeSymbol type)
        {
            var definition = type.OriginalDefinition;
            if (definition.SpecialType is SpecialType.System_Collections_Generic_IReadOnlyList_T or SpecialType.System_Collections_Generic_IReadOnlyCollection_T
                or SpecialType.System_Collections_Generic_IEnumerable_T or SpecialType.System_Collections_Generic_IList_T or SpecialType.System_Collections_Generic_ICollection_T)
            {
                return true;
            }

            // Older references do not mark every one as special: the name says it.
            return definition.ContainingNamespace?.ToDisplayString() == "System.Collections.Generic"
                && definition.Name is "IReadOnlyList" or "IReadOnlyCollection" or "IEnumerable" or "IList" or "ICollection";
        }

        private static bool IsSystemType(ITypeSymbol type, string name) =>
            type.Name == name && type is INamedTypeSymbol { Arity: 0, ContainingType: null } && type.ContainingNamespace is { Name: "System", ContainingNamespace.IsGlobalNamespace: true };

        private static bool IsReachableType(INamedTypeSymbol type)
        {
            for (var t = type; t is not null; t = t.ContainingType)
            {
                if (!IsReachable(t.DeclaredAccessibility))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Whether generated code in the same assembly, outside the type, can use a member of this accessibility.</summary>
        private static bool IsReachable(Accessibility accessibility) =>
            accessibility is Accessibility.Public or Accessibility.Internal or Accessibility.ProtectedOrInternal;

        private static bool HasInitializer(IPropertySymbol property)
        {
            foreach (var reference in property.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax() is PropertyDeclarationSyntax { Initializer: not null })
                {
                    return true;
                }
            }

            return false;
        }

        private static LocationInfo Locate(ISymbol symbol) =>
            symbol.Locations.FirstOrDefault(l => l.IsInSource) is { } location
                ? LocationInfo.From(location)
                : LocationInfo.FileStart(string.Empty);
    }
}
