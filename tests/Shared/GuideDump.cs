// Written for C# 10 and netstandard2.0's runtime as well as the tests' own: the net6.0 app of
// Guides.Package.Tests' BuildEquivalenceTests compiles this file too, and must print the same text.
using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;

namespace Guides.Testing
{
    /// <summary>
    /// Every public property of a guide, recursively, as stable text: two builds of the same content must give the same
    /// dump. Found by reflection (public instance properties and fields, and public parameterless methods such as
    /// <c>Fields()</c>, of every type, sorted by name), so a property added to the model is dumped without editing this
    /// file. Guides below the top (translations, links, backlinks) are written as their key (id/language), which cuts the
    /// cycles; an object already on the path is written as a back-reference; a member that throws is written with the
    /// exception's type and message. A sequence is written as its items, not its type (an empty list may be an array in one
    /// build and a shared read-only list in another: the same content); an object of a type that is not public is named
    /// after its first public base. Streams, assemblies and types are left out (files are dumped as path, url, content
    /// type and length, not bytes).
    /// </summary>
    public static class GuideDump
    {
        /// <summary>The dump of every guide, in the order given, each after a line naming it.</summary>
        public static string Of(IEnumerable<Guide> guides)
        {
            var builder = new StringBuilder();
            foreach (var guide in guides)
            {
                builder.Append("# ").Append(Key(guide)).Append('\n');
                Write(builder, guide, 0, new List<object>(), top: true);
            }

            return builder.ToString();
        }

        /// <summary>
        /// A generated catalog class, read through its public static members only: Count, DefaultLanguage, Languages, Ids,
        /// All, InLanguage and Find for every language, every guide property (by name), the search for each query given,
        /// then every guide of the library (All and every translation of every id), sorted by id and language.
        /// </summary>
        public static string Catalog(Type catalog, params string[] queries)
        {
            object? Get(string name) =>
                catalog.GetProperty(name, BindingFlags.Public | BindingFlags.Static)?.GetValue(null)
                ?? catalog.GetField(name, BindingFlags.Public | BindingFlags.Static)!.GetValue(null);
            object? Call(string name, Type[] types, object?[] arguments) =>
                catalog.GetMethod(name, BindingFlags.Public | BindingFlags.Static, null, types, null)!.Invoke(null, arguments);

            var builder = new StringBuilder();
            var path = new List<object>();
            void Line(string name, object? value)
            {
                builder.Append(name).Append(" = ");
                Write(builder, value, 0, path);
            }

            var ids = ((IEnumerable<string>)Get("Ids")!).ToList();
            var languages = ((IEnumerable<string>)Get("Languages")!).ToList();
            Line("Count", Get("Count"));
            Line("DefaultLanguage", Get("DefaultLanguage"));
            Line("Languages", languages);
            Line("Ids", ids);
            Line("All", Get("All"));
            Line("Library", Get("Library"));
            foreach (var language in languages)
            {
                Line("InLanguage(" + Quote(language) + ")", Call("InLanguage", new[] { typeof(string) }, new object?[] { language }));
            }

            var guides = new Dictionary<string, Guide>(StringComparer.Ordinal);
            foreach (var id in ids)
            {
                var found = (Guide)Call("Find", new[] { typeof(string) }, new object?[] { id })!;
                Line("Find(" + Quote(id) + ")", found);
                foreach (var language in languages.Concat(new[] { "xx" }))
                {
                    Line("Find(" + Quote(id) + ", " + Quote(language) + ")", Call("Find", new[] { typeof(string), typeof(string) }, new object?[] { id, language }));
                    Line(
                        "Find(" + Quote(id) + ", culture " + language + ")",
                        Call("Find", new[] { typeof(string), typeof(CultureInfo) }, new object?[] { id, CultureInfo.GetCultureInfo(language == "xx" ? "en-GB" : language) }));
                }

                foreach (var translation in found.Translations)
                {
                    guides[Key(translation)] = translation;
                }
            }

            foreach (var guide in ((IEnumerable<Guide>)Get("All")!))
            {
                guides[Key(guide)] = guide;
            }

            foreach (var property in catalog.GetProperties(BindingFlags.Public | BindingFlags.Static).Where(p => p.PropertyType == typeof(Guide)).OrderBy(p => p.Name, StringComparer.Ordinal))
            {
                Line(property.Name, property.GetValue(null));
            }

            foreach (var query in queries)
            {
                Line("Search(" + Quote(query) + ")", Call("Search", new[] { typeof(string), typeof(CultureInfo) }, new object?[] { query, null }));
            }

            builder.Append(Of(guides.OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Value)));
            return builder.ToString();
        }

        /// <summary>The dump of one guide.</summary>
        public static string Of(Guide guide) => Of(new[] { guide });

        /// <summary>The key of a guide: id and language, as translations and links are written.</summary>
        public static string Key(Guide guide) => "Guide " + guide.Id + "/" + guide.Language;

        private static void Write(StringBuilder builder, object? value, int depth, List<object> path, bool top = false)
        {
            var scalar = Scalar(value, top);
            if (scalar is not null)
            {
                builder.Append(scalar).Append('\n');
                return;
            }

            var target = value!;
            var onPath = path.FindIndex(o => ReferenceEquals(o, target));
            if (onPath >= 0)
            {
                builder.Append("<cycle to depth ").Append(onPath).Append(">\n");
                return;
            }

            path.Add(target);
            try
            {
                if (target is IDictionary dictionary)
                {
                    builder.Append("{").Append(dictionary.Count).Append(" entries}\n");
                    foreach (DictionaryEntry entry in dictionary)
                    {
                        Indent(builder, depth + 1).Append('[').Append(Scalar(entry.Key, false) ?? entry.Key.ToString()).Append("] = ");
                        Write(builder, entry.Value, depth + 1, path);
                    }

                    return;
                }

                if (target is IEnumerable sequence && KeyValues(target) is { } pairs)
                {
                    builder.Append("{").Append(pairs.Count).Append(" entries}\n");
                    foreach (var pair in pairs)
                    {
                        Indent(builder, depth + 1).Append('[').Append(Scalar(pair.Key, false) ?? pair.Key?.ToString()).Append("] = ");
                        Write(builder, pair.Value, depth + 1, path);
                    }

                    return;
                }

                if (target is IEnumerable items)
                {
                    var list = items.Cast<object?>().ToList();
                    builder.Append("[").Append(list.Count).Append(" items]\n");
                    for (var i = 0; i < list.Count; i++)
                    {
                        Indent(builder, depth + 1).Append('[').Append(i).Append("] = ");
                        Write(builder, list[i], depth + 1, path);
                    }

                    return;
                }

                var type = target.GetType();
                builder.Append(Name(Visible(type))).Append('\n');
                foreach (var member in Members(type))
                {
                    Indent(builder, depth + 1).Append(member.Name).Append(" = ");
                    object? memberValue;
                    try
                    {
                        memberValue = member.Read(target);
                    }
                    catch (Exception e)
                    {
                        var inner = e is TargetInvocationException { InnerException: { } thrown } ? thrown : e;
                        builder.Append("throws ").Append(inner.GetType().FullName).Append(": ").Append(Quote(inner.Message)).Append('\n');
                        continue;
                    }

                    Write(builder, memberValue, depth + 1, path);
                }
            }
            finally
            {
                path.RemoveAt(path.Count - 1);
            }
        }

        /// <summary>A value written on one line, or null for an object or a sequence to write member by member.</summary>
        private static string? Scalar(object? value, bool top)
        {
            switch (value)
            {
                case null:
                    return "null";
                case string s:
                    return Quote(s);
                case char c:
                    return "'" + Escape(c.ToString()) + "'";
                case bool b:
                    return b ? "true" : "false";
                case Enum e:
                    return e.GetType().Name + "." + e + " (" + Convert.ToInt64(e, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture) + ")";
                case DateTime d:
                    return "DateTime " + d.ToString("o", CultureInfo.InvariantCulture) + " " + d.Kind;
                case DateTimeOffset o:
                    return "DateTimeOffset " + o.ToString("o", CultureInfo.InvariantCulture);
                case TimeSpan t:
                    return "TimeSpan " + t.Ticks.ToString(CultureInfo.InvariantCulture) + " ticks";
                case Uri u:
                    return "Uri " + Quote(u.OriginalString) + (u.IsAbsoluteUri ? " absolute" : " relative");
                case Guid g:
                    return "Guid " + g.ToString();
                case float f:
                    return "float " + f.ToString("R", CultureInfo.InvariantCulture);
                case double d:
                    return "double " + d.ToString("R", CultureInfo.InvariantCulture);
                case decimal m:
                    return "decimal " + m.ToString(CultureInfo.InvariantCulture);
                case Guide guide when !top:
                    return Key(guide);
                case Stream or Assembly or Type or Delegate or MemberInfo:
                    return "<" + Name(value.GetType()) + ">";
            }

            var type = value.GetType();
            if (type.IsPrimitive)
            {
                return Name(type) + " " + Convert.ToString(value, CultureInfo.InvariantCulture);
            }

            // DateOnly, TimeOnly and other values whose text is their whole state (the test's runtime has them, netstandard2.0 does not).
            if (type.FullName is "System.DateOnly" or "System.TimeOnly" or "System.Half" or "System.Int128" or "System.UInt128")
            {
                return Name(type) + " " + ((IFormattable)value).ToString(null, CultureInfo.InvariantCulture);
            }

            return null;
        }

        /// <summary>The pairs of a read-only dictionary that is not an <see cref="IDictionary"/>, in its order.</summary>
        private static List<KeyValuePair<object?, object?>>? KeyValues(object value)
        {
            var pairType = value.GetType().GetInterfaces()
                .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))
                .Select(i => i.GetGenericArguments()[0])
                .FirstOrDefault(t => t.IsGenericType && t.GetGenericTypeDefinition() == typeof(KeyValuePair<,>));
            if (pairType is null)
            {
                return null;
            }

            var key = pairType.GetProperty("Key")!;
            var item = pairType.GetProperty("Value")!;
            return ((IEnumerable)value).Cast<object>().Select(p => new KeyValuePair<object?, object?>(key.GetValue(p), item.GetValue(p))).ToList();
        }

        private sealed class Member
        {
            public Member(string name, Func<object, object?> read)
            {
                Name = name;
                Read = read;
            }

            public string Name { get; }

            public Func<object, object?> Read { get; }
        }

        /// <summary>
        /// A type's public instance properties (not indexers) and fields, and its public parameterless, non-generic,
        /// value-returning methods declared by the type itself (<c>Fields()</c>), sorted by name.
        /// </summary>
        private static IEnumerable<Member> Members(Type type)
        {
            const BindingFlags Public = BindingFlags.Public | BindingFlags.Instance;
            var properties = type.GetProperties(Public)
                .Where(p => p.GetIndexParameters().Length == 0 && p.GetMethod is { IsPublic: true })
                .Select(p => new Member(p.Name, o => p.GetValue(o)));
            var fields = type.GetFields(Public).Select(f => new Member(f.Name, o => f.GetValue(o)));
            var methods = type.GetMethods(Public | BindingFlags.DeclaredOnly)
                .Where(m => !m.IsSpecialName && !m.IsGenericMethodDefinition && m.GetParameters().Length == 0 && m.ReturnType != typeof(void)
                    && m.Name is not ("ToString" or "GetHashCode" or "GetType" or "Clone" or "Deconstruct" or "<Clone>$")
                    && !typeof(Stream).IsAssignableFrom(m.ReturnType))
                .Select(m => new Member(m.Name + "()", o => m.Invoke(o, null)));
            return properties.Concat(fields).Concat(methods)
                .GroupBy(m => m.Name, StringComparer.Ordinal)
                .Select(g => g.First())
                .OrderBy(m => m.Name, StringComparer.Ordinal);
        }

        /// <summary>The type itself when public, else its first public base (a generated library's own class is not a public fact).</summary>
        private static Type Visible(Type type)
        {
            var visible = type;
            while (!visible.IsVisible && visible.BaseType is { } baseType)
            {
                visible = baseType;
            }

            return visible;
        }

        /// <summary>A type's name without its assembly (the generated library is loaded once per build).</summary>
        private static string Name(Type type)
        {
            if (!type.IsGenericType)
            {
                return type.FullName ?? type.Name;
            }

            var name = type.GetGenericTypeDefinition().FullName ?? type.Name;
            var tick = name.IndexOf('`');
            return (tick < 0 ? name : name.Substring(0, tick)) + "<" + string.Join(", ", type.GetGenericArguments().Select(Name)) + ">";
        }

        private static StringBuilder Indent(StringBuilder builder, int depth) => builder.Append(' ', depth * 2);

        private static string Quote(string s) => "\"" + Escape(s) + "\"";

        /// <summary>Everything outside printable ASCII as \uXXXX, each UTF-16 unit alone (a lone surrogate stays visible).</summary>
        private static string Escape(string s)
        {
            var builder = new StringBuilder(s.Length + 2);
            foreach (var c in s)
            {
                if (c == '"' || c == '\\')
                {
                    builder.Append('\\').Append(c);
                }
                else if (c < ' ' || c > '~')
                {
                    builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                }
                else
                {
                    builder.Append(c);
                }
            }

            return builder.ToString();
        }
    }
}
