namespace Guides.Generator.Tests;

/// <summary>The C# of the fields tests: a [GuideFields] class with every type the generator fills.</summary>
internal static class FieldsSamples
{
    public const string Help = """
        using System;
        using System.Collections.Generic;
        using Guides;

        namespace Help
        {
            public enum Audience { Everyone, Staff, @class }

            public sealed class Author
            {
                public required string Name { get; init; }
                public Uri? Site { get; init; }
                public Author? Mentor { get; init; }
            }

            [GuideFields]
            public sealed class HelpFields
            {
                public required string Status { get; init; }
                public IReadOnlyList<string> Tags { get; init; } = [];
                public int Weight { get; init; }
                public DateOnly? Reviewed { get; init; }
                public Audience Audience { get; init; } = Audience.Everyone;
                public Author? Author { get; init; }
                public bool Featured { get; set; } = true;
                public long Views { get; init; } = -1;
                public double Score { get; init; } = 1.5;
                public decimal Price { get; init; } = 9.99m;
                public DateTime ReviewedOn { get; init; } = new DateTime(2000, 1, 1);
                public Uri? Home { get; init; }
                public int[] Sizes { get; init; } = [];
                public IReadOnlyList<Audience>? Audiences { get; init; }
                public IReadOnlyList<Author> Authors { get; init; } = [];
                public string? Note { get; init; } = "none";
                public int? Rank { get; init; } = 7;
                public IReadOnlyList<string?> Maybe { get; init; } = [];
                public string Computed => Status + "!";
                public string Hidden { get; private set; } = "hidden";
                public static string Shared { get; set; } = "shared";
            }
        }
        """;

    /// <summary>A front matter that sets every field of <see cref="Help"/>.</summary>
    public const string FullYaml = """
        status: "published"
        tags: [a, "b c"]
        weight: 3
        reviewed: 2024-01-02
        audience: staff
        author:
          name: "Ann \"A\" O'Neil"
          site: https://example.org/ann
          mentor:
            name: Bob
        featured: FALSE
        views: 9223372036854775807
        score: 0.1
        price: "1.50"
        reviewed_on: 2026-02-22T10:00:00+01:00
        home: https://example.org/a?b=c&d=%20
        sizes:
          - -2147483648
          - +7
        audiences: [Everyone, CLASS]
        authors:
          - name: Cy
          - name: Di
            site: mailto:di@example.org
        note: ~
        rank:
        maybe: [x, null]

        """;
}
