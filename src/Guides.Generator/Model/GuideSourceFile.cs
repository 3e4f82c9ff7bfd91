namespace Guides.Generator.Model
{
    /// <summary>
    /// One guide's code, emitted when the guide changes, and what places it in its file: its <see cref="Property"/> on the
    /// catalog class (empty but for the primary translation's code, and in the data files) and its <see cref="Code"/>, the
    /// holder class in the catalog's records namespace. <see cref="Failure"/> is GUIDE099 when writing the code failed.
    /// <see cref="LiteralBytes"/>: what its string literals take of the compiler's string heap (C# &lt; 11 only, 0 otherwise).
    /// </summary>
    internal sealed record EmittedGuide(string MemberPath, string Language, string FilePath, string Property, string Code, DiagnosticInfo? Failure, long LiteralBytes);

    /// <summary>
    /// One generated file of guides: a few guides' properties (in the catalog class) and holder classes (in the records
    /// namespace), ordered by property name and language. Guides are written several to a file because the compiler's cost
    /// for each generated file, paid on every run, grows with the number of files (see <see cref="Emit.GuideFileLayout"/>).
    /// </summary>
    internal sealed record GuideSourceFile(string HintName, EquatableArray<string> Properties, EquatableArray<string> Code, EquatableArray<DiagnosticInfo> Failures, EmitSettings Settings);
}
