using System.Globalization;
using System.Reflection;
using System.Runtime.Loader;

namespace Guides.Benchmarks;

/// <summary>
/// A content library that <c>bench/scale-build.sh</c> built, as an app searches it: <c>GuideCatalog.Search(query,
/// culture)</c>, its languages in the order the catalog searches them for a culture, and its guides for Lucene's index.
/// </summary>
internal sealed class SearchLibrary
{
    /// <summary>Queries on the generated corpus (French text under fr, en, es and de tags), with the culture of each:
    /// common words in every guide, a rare word (a guide's number), a prefix being typed, a typo, stop words.</summary>
    public static readonly (string Query, string Culture)[] Queries =
    [
        ("vérifier mes remboursements", "fr"),
        ("télécharger une attestation", "en"),
        ("carte", "fr"),
        ("rembour", "fr"),
        ("atestation", "es"),
        ("mot de passe", "de"),
        ("guide 4242", "es"),
        ("mutuelle", "fr"),
        ("contacter votre caisse", "de"),
        ("numéro de sécurité sociale", "en"),
        ("notifications", "de"),
        ("navigateur internet", "fr"),
    ];

    private readonly Type _catalog;

    public SearchLibrary(string path, bool defaultContext)
    {
        Path = path;
        var assembly = defaultContext
            ? Assembly.LoadFrom(path)
            : new AssemblyLoadContext("search-" + Guid.NewGuid()).LoadFromAssemblyPath(path);
        _catalog = assembly.GetType("Guides.Corpus.GuideCatalog", throwOnError: true)!;
        Search = _catalog.GetMethod("Search", [typeof(string), typeof(CultureInfo)])!
            .CreateDelegate<Func<string, CultureInfo?, IReadOnlyList<GuideSearchHit>>>();
    }

    public string Path { get; }

    /// <summary>The catalog's <c>Search(query, culture)</c>.</summary>
    public Func<string, CultureInfo?, IReadOnlyList<GuideSearchHit>> Search { get; }

    /// <summary>The catalog's guide of an index's guide number (its library's private <c>Catalog_Create</c>).</summary>
    public Func<int, Guide> GuideAt => _catalog.Assembly.GetType(_catalog.FullName + "Records.Catalog_Library", throwOnError: true)!
        .GetMethod("Catalog_Create", BindingFlags.Static | BindingFlags.NonPublic, [typeof(int)])!
        .CreateDelegate<Func<int, Guide>>();

    /// <summary>The languages the catalog searches for <paramref name="culture"/>, in its order.</summary>
    public IReadOnlyList<string> LanguagesFor(CultureInfo culture) => GuideSearch.Languages(
        (IReadOnlyList<string>)_catalog.GetProperty("Languages")!.GetValue(null)!, culture, (string)_catalog.GetField("DefaultLanguage")!.GetValue(null)!);

    /// <summary>The bytes of the compiled index (what <c>Catalog_SearchData</c> puts together on the first search).</summary>
    public int IndexBytes() => IndexData().Length;

    /// <summary>
    /// The compiled index, the array the catalog searches: what its record's <c>SearchIndex()</c> gives (the build's
    /// <c>Catalog_SearchData</c>, unpacked), read once and kept where <see cref="GuideCatalogRecord"/> keeps it, so that the
    /// catalog's own searches use the same array.
    /// </summary>
    public byte[] IndexData()
    {
        const BindingFlags Instance = BindingFlags.Instance | BindingFlags.NonPublic;
        var library = _catalog.Assembly.GetType(_catalog.FullName + "Records.Catalog_Library", throwOnError: true)!.GetField("Instance", BindingFlags.Static | BindingFlags.NonPublic)!.GetValue(null)!;
        var read = typeof(GuideCatalogRecord).GetField("_searchIndexRead", Instance)!;
        var index = typeof(GuideCatalogRecord).GetField("_searchIndex", Instance)!;
        if (!(bool)read.GetValue(library)!)
        {
            index.SetValue(library, typeof(GuideCatalogRecord).GetMethod("SearchIndex", Instance)!.Invoke(library, null));
            read.SetValue(library, true);
        }

        return (byte[]?)index.GetValue(library) ?? [];
    }

    /// <summary>The bytes of the Markdown the library was built from (its content folder beside bin/).</summary>
    public long MarkdownBytes()
    {
        var content = System.IO.Path.Combine(System.IO.Path.GetDirectoryName(Path)!, "..", "..", "..", "content");
        return Directory.EnumerateFiles(content, "*.md", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
    }

    /// <summary>Every part of every guide, read through the generated guides (<c>GuideCatalog.All</c>), numbered by place.</summary>
    public List<LuceneDocument> LuceneDocuments()
    {
        var all = (IReadOnlyList<Guide>)_catalog.GetProperty("All")!.GetValue(null)!;
        var documents = new List<LuceneDocument>(all.Count * 17);
        for (var i = 0; i < all.Count; i++) documents.AddRange(LuceneDocument.Of(i, all[i]));
        return documents;
    }
}
