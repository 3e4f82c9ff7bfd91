namespace Guides.Generator.Emit
{
    /// <summary>
    /// Writes the project's front-matter schema into the assembly's metadata
    /// (<c>[assembly: AssemblyMetadata("Guides.FrontMatterSchema", …)]</c>): the generator cannot write files, so the
    /// package's build files read it from the compiled assembly and write it to <c>$(GuidesFrontMatterSchema)</c>.
    /// </summary>
    internal static class SchemaEmitter
    {
        public const string HintName = "GuidesFrontMatterSchema.g.cs";

        /// <summary>The key of the assembly's metadata that holds the schema; the build files look for it.</summary>
        public const string MetadataKey = "Guides.FrontMatterSchema";

        public static string Emit(string schema, Model.LanguageFeatures features)
        {
            var w = new SourceWriter();
            GeneratedCode.WriteHeader(w, features);
            w.Line("// The front matter's JSON Schema with this project's own fields; the build writes it to $(GuidesFrontMatterSchema).");
            w.Line("[assembly: global::System.Reflection.AssemblyMetadata(\"" + MetadataKey + "\", " + CSharpLiteral.Quote(schema) + ")]");
            return w.ToString();
        }
    }
}
