using Guides.Package.Tests;

namespace Guides.Testing;

/// <summary>
/// What the tests need beyond the .NET SDK (Chromium; clang and zlib for NativeAOT). When it is missing, the tests
/// run the repository's scripts/install-prerequisites.sh themselves, so that `dotnet test` works on a fresh machine;
/// when that fails they fail with its output. They never skip.
/// </summary>
public static class Prerequisites
{
    public const string Chromium = "/usr/bin/chromium";

    private static readonly Lazy<string?> s_installed = new(Install, LazyThreadSafetyMode.ExecutionAndPublication);

    public static void EnsureChromium()
    {
        if (!File.Exists(Chromium))
        {
            Install("Chromium");
        }

        Assert.True(File.Exists(Chromium), $"{Chromium} is still missing after scripts/install-prerequisites.sh.");
    }

    public static void EnsureNativeToolchain()
    {
        if (!OnPath("clang") && !OnPath("gcc") || !File.Exists("/usr/include/zlib.h"))
        {
            Install("the NativeAOT toolchain (clang, zlib1g-dev)");
        }

        Assert.True(OnPath("clang") || OnPath("gcc"), "Neither clang nor gcc is on PATH after scripts/install-prerequisites.sh.");
        Assert.True(File.Exists("/usr/include/zlib.h"), "zlib.h (zlib1g-dev) is missing after scripts/install-prerequisites.sh.");
    }

    private static void Install(string what)
    {
        if (s_installed.Value is { } failure)
        {
            Assert.Fail($"{what} is missing and scripts/install-prerequisites.sh failed (run it as root):\n{failure}");
        }
    }

    /// <summary>Runs the script once per test run; null when it succeeded, else what it printed.</summary>
    private static string? Install()
    {
        var run = DotNet.RunProgram("bash", Repository.Root, Path.Combine(Repository.Root, "scripts", "install-prerequisites.sh"));
        return run.ExitCode == 0 ? null : $"exit code {run.ExitCode}\n{run.Output}";
    }

    private static bool OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator)
            .Any(folder => folder.Length > 0 && File.Exists(Path.Combine(folder, program)));
}
