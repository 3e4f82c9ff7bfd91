using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Guides.Generator.Model;
using Guides.Search;

namespace Guides.Generator.Search
{
    /// <summary>
    /// The library's search index, from its guides as they are emitted: one document for each guide (title and
    /// description), step, FAQ entry, section and tip, weighted title above step title above body. A guide's number in
    /// the index is its translation's place in the catalog (what the catalog's <c>Catalog_Create</c> takes).
    /// </summary>
    internal static class SearchIndexBuilder
    {
        private const float Title = 4f;
        private const float Heading = 3f;
        private const float Description = 2f;
        private const float Body = 1f;

        public static EquatableArray<byte> Build(ImmutableArray<GuideModel?> guides, CatalogModel catalog)
        {
            var byFile = new Dictionary<string, GuideModel>(StringComparer.Ordinal);
            foreach (var guide in guides)
            {
                if (guide is not null)
                {
                    byFile[guide.FilePath] = guide;
                }
            }

            var documents = new List<SearchDocument>();
            var number = 0;
            foreach (var group in catalog.Groups)
            {
                foreach (var translation in group.Translations)
                {
                    if (byFile.TryGetValue(translation.FilePath, out var guide))
                    {
                        Add(documents, number, guide);
                    }

                    number++;
                }
            }

            return new EquatableArray<byte>(SearchIndexWriter.Write(documents));
        }

        private static void Add(List<SearchDocument> documents, int number, GuideModel guide)
        {
            var language = guide.Language;
            documents.Add(new SearchDocument(number, language, SearchPart.Guide, 0, (guide.Title, Title), (guide.Description, Description)));
            foreach (var step in guide.Steps)
            {
                documents.Add(new SearchDocument(number, language, SearchPart.Step, step.Number, (step.Title, Heading), (step.Text, Body)));
            }

            for (var i = 0; i < guide.Faq.Count; i++)
            {
                documents.Add(new SearchDocument(number, language, SearchPart.Faq, i, (guide.Faq[i].Question, Heading), (guide.Faq[i].Answer, Body)));
            }

            for (var i = 0; i < guide.Sections.Count; i++)
            {
                documents.Add(new SearchDocument(number, language, SearchPart.Section, i, (guide.Sections[i].Heading, Heading), (guide.Sections[i].Text, Body)));
            }

            for (var i = 0; i < guide.Tips.Count; i++)
            {
                documents.Add(new SearchDocument(number, language, SearchPart.Tip, i, (guide.Tips[i].Text, Body)));
            }
        }
    }
}
