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
    public static string Create(PackagesFixture packages, GeneratorReference via, string name, string properties, IReadOnlyDictionary<string, string> files)
    {
        var csproj = via == GeneratorReference.Package ? $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                {properties}
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Guides.Generator" Version="{PackagesFixture.Version}" />
              </ItemGroup>
            </Project>
            """ : $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <Import Project="..\..\src\Guides.Generator\build\Guides.Generator.props" />
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                {properties}
              </PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="..\..\src\Guides.Runtime\Guides.Runtime.csproj" />
                <ProjectReference Include="..\..\src\Guides.Generator\Guides.Generator.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
              </ItemGroup>
              <Import Project="..\..\src\Guides.Generator\build\Guides.Generator.targets" />
            </Project>
            """;
        var project = name + via;
        files = files.ToDictionary(f => f.Key, f => f.Value.Replace("$(App)", project, StringComparison.Ordinal));
        return via == GeneratorReference.Package
            ? packages.NewProject(project, csproj, files)
            : packages.NewProjectInRepository(project, csproj, files);
    }
}
