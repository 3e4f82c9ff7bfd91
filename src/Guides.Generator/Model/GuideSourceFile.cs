namespace Guides.Generator.Model
{
    /// <summary>
    /// One generated file of guides: a few guides' properties and holder classes, ordered by property name and
    /// language. Guides are written several to a file because the compiler's cost for each generated file, paid on every
    /// run, grows with the number of files (see <see cref="Emit.GuideFileLayout"/>).
    /// </summary>
    internal sealed record GuideSourceFile(string HintName, EquatableArray<GuideToEmit> Guides, EmitSettings Settings);
}
