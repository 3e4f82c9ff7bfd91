using System.Runtime.CompilerServices;

namespace Guides.Generator.Parsing
{
    /// <summary>Method options that netstandard2.0 does not name but the .NET runtimes the compiler runs on honour.</summary>
    internal static class JitOptions
    {
        /// <summary>
        /// <c>MethodImplOptions.AggressiveOptimization</c> (.NET Core 3.0 and later): the method is compiled optimized at
        /// its first call instead of going through the unoptimized tier first. .NET Framework ignores it.
        /// </summary>
        public const MethodImplOptions AggressiveOptimization = (MethodImplOptions)512;
    }
}
