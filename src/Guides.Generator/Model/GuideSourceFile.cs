namespace Guides.Generator.Model
{
    /// <summary>
    /// One guide's code, emitted when the guide changes, and what places it in its file; <see cref="Failure"/> is GUIDE099
    /// when writing the code failed (the code is then a comment). <see cref="LiteralBytes"/>: what its string literals
    /// take of the compiler's string heap (C# &lt; 11 only, 0 otherwise).
    /// </summary>
    internal sealed record EmittedGuide(string MemberPath, string Language, string FilePath, string Code, DiagnosticInfo? Failure, long LiteralBytes);

    /// <summary>
    /// One generated file of guides: a few guides' code (properties and holder classes), ordered by property name and
    /// language. Guides are written several to a file because the compiler's cost for each generated file, paid on every
    /// run, grows with the number of files (see <see cref="Emit.GuideFileLayout"/>).
    /// </summary>
    internal sealed record GuideSourceFile(string HintName, EquatableArray<string> Code, EquatableArray<DiagnosticInfo> Failures, EmitSettings Settings);
}
