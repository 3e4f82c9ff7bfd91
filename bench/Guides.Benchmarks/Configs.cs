using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Guides.Benchmarks;

/// <summary>
/// Short runs, in process (no project is generated and built per benchmark), with the allocation column: the machine
/// is small and shared, and the figures that matter are ratios measured side by side in one run.
/// </summary>
public class ShortConfig : ManualConfig
{
    public ShortConfig()
    {
        AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance));
        AddDiagnoser(MemoryDiagnoser.Default);
        WithOptions(ConfigOptions.DisableOptimizationsValidator);
    }
}

/// <summary>
/// Like <see cref="ShortConfig"/>, with 5 warm-up and 15 measured iterations: microsecond figures on a small machine
/// that other builds share (ShortRun's 3 iterations swing by a third under load).
/// </summary>
public class SteadierConfig : ManualConfig
{
    public SteadierConfig()
    {
        AddJob(Job.ShortRun.WithWarmupCount(5).WithIterationCount(15).WithToolchain(InProcessEmitToolchain.Instance));
        AddDiagnoser(MemoryDiagnoser.Default);
        WithOptions(ConfigOptions.DisableOptimizationsValidator);
    }
}

/// <summary>
/// The generator's incremental runs, in the compiler's garbage collector: csc and VBCSCompiler run with server GC
/// (<c>"System.GC.Server": true</c> in the SDK's <c>Roslyn/bincore/*.runtimeconfig.json</c>). In process, the benchmark
/// process must run so too: <c>DOTNET_gcServer=1</c> (BenchmarkDotNet refuses a job whose GC differs from its process's).
/// </summary>
public class CompilerShortConfig : ManualConfig
{
    public CompilerShortConfig()
    {
        AddJob(Job.ShortRun.WithGcServer(true).WithToolchain(InProcessEmitToolchain.Instance));
        AddDiagnoser(MemoryDiagnoser.Default);
        WithOptions(ConfigOptions.DisableOptimizationsValidator);
    }
}

/// <summary>
/// Cold generator runs take seconds each at 10,000 guides: one warm-up and three measured runs, in the compiler's
/// garbage collector (see <see cref="CompilerShortConfig"/>).
/// </summary>
public class ColdConfig : ManualConfig
{
    public ColdConfig()
    {
        AddJob(Job.Default
            .WithStrategy(RunStrategy.Monitoring)
            .WithWarmupCount(1)
            .WithIterationCount(3)
            .WithGcServer(true)
            .WithToolchain(InProcessEmitToolchain.Instance));
        AddDiagnoser(MemoryDiagnoser.Default);
        WithOptions(ConfigOptions.DisableOptimizationsValidator);
    }
}
