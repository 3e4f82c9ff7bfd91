namespace Guides.Generator.Tests.Hostile;

/// <summary>Every hostile guide, by name.</summary>
public static class HostileCorpus
{
    public static readonly IReadOnlyList<HostileCase> All =
    [
        .. FrontMatterCases.All,
        .. MarkdownCases.All,
        .. EncodingCases.All,
        .. InjectionCases.All,
        .. FileNameCases.All,
        .. XssCases.All,
    ];

    public static HostileCase Named(string name) => All.Single(c => c.Name == name);
}
