using System.Collections;
using Microsoft.Build.Framework;

namespace Guides.Build.Tests.Infrastructure;

/// <summary>The least of an MSBuild host for running a task in a test: it keeps what the task logs.</summary>
internal sealed class FakeBuildEngine : IBuildEngine
{
    public List<string> Errors { get; } = [];

    public List<string> Warnings { get; } = [];

    public List<string> Messages { get; } = [];

    public bool ContinueOnError => false;

    public int LineNumberOfTaskNode => 0;

    public int ColumnNumberOfTaskNode => 0;

    public string ProjectFileOfTaskNode => "Fake.csproj";

    public bool BuildProjectFile(string projectFileName, string[] targetNames, IDictionary globalProperties, IDictionary targetOutputs) =>
        throw new NotSupportedException();

    public void LogCustomEvent(CustomBuildEventArgs e) => Messages.Add(e.Message ?? string.Empty);

    public void LogErrorEvent(BuildErrorEventArgs e)
    {
        Errors.Add(e.Message ?? string.Empty);
        ErrorCodes.Add(e.Code ?? string.Empty);
    }

    /// <summary>The code of each error (GUIDE902), in the order of <see cref="Errors"/>.</summary>
    public List<string> ErrorCodes { get; } = [];

    public void LogMessageEvent(BuildMessageEventArgs e) => Messages.Add(e.Message ?? string.Empty);

    public void LogWarningEvent(BuildWarningEventArgs e) => Warnings.Add(e.Message ?? string.Empty);
}
