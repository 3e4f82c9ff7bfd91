using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace Guides.Generator.Tests.Infrastructure;

/// <summary>A file that fails when read, to stand for any unexpected failure inside the generator.</summary>
public sealed class ThrowingSourceText : SourceText
{
    public override Encoding Encoding => Encoding.UTF8;

    public override int Length => 100;

    public override char this[int position] => throw new InvalidOperationException("the disk is on fire");

    public override void CopyTo(int sourceIndex, char[] destination, int destinationIndex, int count) =>
        throw new InvalidOperationException("the disk is on fire");
}
