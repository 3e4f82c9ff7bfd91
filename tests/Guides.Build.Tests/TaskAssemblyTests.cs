using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace Guides.Build.Tests;

/// <summary>The task's assembly loads in Visual Studio's .NET Framework MSBuild and in the .NET SDK's alike.</summary>
public sealed class TaskAssemblyTests
{
    [Fact]
    public void The_task_assembly_references_only_netstandard_and_the_MSBuild_assemblies_the_host_provides()
    {
        using FileStream file = File.OpenRead(typeof(ReadGuideAssets).Assembly.Location);
        using PEReader pe = new(file);
        MetadataReader metadata = pe.GetMetadataReader();

        string[] references = metadata.AssemblyReferences
            .Select(handle => metadata.GetString(metadata.GetAssemblyReference(handle).Name))
            .Order(StringComparer.Ordinal)
            .ToArray();

        Assert.Equal(["Microsoft.Build.Framework", "Microsoft.Build.Utilities.Core", "netstandard"], references);
    }

    [Fact]
    public void The_task_assembly_is_built_for_netstandard2_0()
    {
        string? framework = typeof(ReadGuideAssets).Assembly
            .GetCustomAttributes(typeof(System.Runtime.Versioning.TargetFrameworkAttribute), inherit: false)
            .Cast<System.Runtime.Versioning.TargetFrameworkAttribute>()
            .SingleOrDefault()?.FrameworkName;

        Assert.Equal(".NETStandard,Version=v2.0", framework);
    }

    [Fact]
    public void The_task_is_public_with_the_inputs_and_output_the_targets_file_uses()
    {
        Type task = typeof(ReadGuideAssets);

        Assert.True(task.IsPublic);
        Assert.Equal("Guides.Build.ReadGuideAssets", task.FullName);
        Assert.NotNull(task.GetProperty("ContentFolder"));
        Assert.NotNull(task.GetProperty("Exclude"));
        Assert.NotNull(task.GetProperty("ScanCacheFile"));
        Assert.NotNull(task.GetProperty("CacheFile"));
        Assert.NotNull(task.GetProperty("Manifest"));
        Assert.NotNull(task.GetProperty("Assets")!.GetCustomAttributes(typeof(Microsoft.Build.Framework.OutputAttribute), false).SingleOrDefault());
    }
}
