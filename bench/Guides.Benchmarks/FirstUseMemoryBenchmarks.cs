using System.Runtime.Loader;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Guides.Corpus;

namespace Guides.Benchmarks;

/// <summary>
/// Goal 4: the first use of one guide (Find, then its first step's HTML) in a library never touched before,
/// in a library of 10 guides and in one of 10,000: it must allocate the same, so that nothing grows with N.
/// Each iteration loads both libraries afresh (a new collectible context), so every measured call is a true first use:
/// it runs the catalog's and the guide's static initialisation and the JIT of Find.
/// </summary>
[Config(typeof(FirstUseConfig))]
public class FirstUseMemoryBenchmarks
{
    private static readonly string s_id = GuideCorpus.Id(5);

    private string _small = null!;
    private string _large = null!;
    private (AssemblyLoadContext Context, Func<string, Guide?> Find) _smallLibrary;
    private (AssemblyLoadContext Context, Func<string, Guide?> Find) _largeLibrary;

    [GlobalSetup]
    public void Setup()
    {
        _small = CorpusLibrary.PathOf(10);
        _large = CorpusLibrary.PathOf(10_000);
    }

    [IterationSetup]
    public void Load()
    {
        _smallLibrary = CorpusLibrary.LoadFresh(_small);
        _largeLibrary = CorpusLibrary.LoadFresh(_large);
    }

    [IterationCleanup]
    public void Unload()
    {
        _smallLibrary.Context.Unload();
        _largeLibrary.Context.Unload();
    }

    [Benchmark(Baseline = true, Description = "First use, library of 10")]
    public string InLibraryOf10() => _smallLibrary.Find(s_id)!.Steps[0].Html;

    [Benchmark(Description = "First use, library of 10,000")]
    public string InLibraryOf10000() => _largeLibrary.Find(s_id)!.Steps[0].Html;

    private sealed class FirstUseConfig : ManualConfig
    {
        public FirstUseConfig()
        {
            // One call per iteration (each needs fresh libraries): more iterations instead.
            AddJob(Job.Default.WithStrategy(RunStrategy.ColdStart).WithIterationCount(15).WithWarmupCount(2)
                .WithToolchain(InProcessEmitToolchain.Instance));
            AddDiagnoser(MemoryDiagnoser.Default);
            WithOptions(ConfigOptions.DisableOptimizationsValidator);
        }
    }
}
