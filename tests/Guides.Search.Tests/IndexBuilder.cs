extern alias generator;

using Writer = generator::Guides.Search.SearchIndexWriter;
using WriterDocument = generator::Guides.Search.SearchDocument;
using WriterPart = generator::Guides.Search.SearchPart;

namespace Guides.Search.Tests;

/// <summary>Writes indexes with the generator's <c>SearchIndexWriter</c>.</summary>
internal static class IndexBuilder
{
    public static byte[] Write(IEnumerable<Doc> documents, int? typoPrefixLength = null) =>
        Writer.Write(documents.Select(d => new WriterDocument(d.Guide, d.Language, (WriterPart)(int)d.Kind, d.Part, d.Fields)).ToList(), typoPrefixLength);

    public static SearchIndex Build(params Doc[] documents) => SearchIndex.Load(Write(documents));
}
