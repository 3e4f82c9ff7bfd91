namespace Guides.Package.Tests;

/// <summary>The two ways a project gets the generator: the package from a feed, or a ProjectReference inside this repository.</summary>
public enum GeneratorReference
{
    /// <summary>&lt;PackageReference Include="Guides.Generator" /&gt; from the local feed: the build files come with the package.</summary>
    Package,

    /// <summary>A ProjectReference to src/Guides.Generator as an analyzer, with its build files imported (as src/Guides.Generated does).</summary>
    ProjectReference,
}

/// <summary>
/// Makes an app that uses the generator one way or the other, with MSBuild properties of its own. The project is
/// named <c>name + via</c> (so is its root namespace); <c>$(App)</c> in a file stands for that name.
/// </summary>
public static class GeneratorApp
{
    /// <summary>A small valid guide: content/en/reset-password.md gives <c>GuideCatalog.ResetPassword</c>.</summary>
    public const string ResetPasswordGuide = """
        ---
        title: "Reset your password"
        description: "Get back into your account."
        category: "accounts"
        steps: 1
        difficulty: "easy"
        lang: "en"
        date: "2026-05-01"
        ---

        ## Steps

        ### Step 1: Ask for a link

        Click **Forgot password**.
        """;

    /// <summary>
    /// A project of samples/ in the copy of the repository that gets the generator through a ProjectReference (net10.0),
    /// with these properties and items.
    /// </summary>
    public static string InRepository(string properties, string items = "") => $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <Import Project="..\..\src\Guides.Generator\build\Guides.Generator.props" />
          <PropertyGroup>
            <TargetFramework>net10.0</TargetFramework>
            {properties}
          </PropertyGroup>
          <ItemGroup>
            <ProjectReference Include="..\..\src\Guides.Runtime\Guides.Runtime.csproj" />
            <ProjectReference Include="..\..\src\Guides.Generator\Guides.Generator.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
            {items}
          </ItemGroup>
          <Import Project="..\..\src\Guides.Generator\build\Guides.Generator.targets" />
        </Project>
        """;

    public static string Create(PackagesFixture packages, GeneratorReference via, string name, string properties, IReadOnlyDictionary<string, string> files)
    {
        var csproj = via == GeneratorReference.Package
            ? string.Format(PackageTests.ConsoleProject, "Guides.Generator", PackagesFixture.Version).Replace("<Nullable>", properties + "<Nullable>", StringComparison.Ordinal)
            : InRepository("<OutputType>Exe</OutputType><ImplicitUsings>enable</ImplicitUsings>" + properties);
        var project = name + via;
        files = files.ToDictionary(f => f.Key, f => f.Value.Replace("$(App)", project, StringComparison.Ordinal));
        return via == GeneratorReference.Package
            ? packages.NewProject(project, csproj, files)
            : packages.NewProjectInRepository(project, csproj, files);
    }
}
