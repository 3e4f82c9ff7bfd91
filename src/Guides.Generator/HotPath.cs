using System.Runtime.CompilerServices;

namespace Guides.Generator
{
    /// <summary>For the few loops that run once per character of a guide or of a generated file.</summary>
    internal static class HotPath
    {
        /// <summary>
        /// <c>MethodImplOptions.AggressiveOptimization</c>, which netstandard2.0 does not name (.NET Framework ignores it):
        /// the method is compiled optimized at once. A build runs the generator once, mostly before tiered compilation
        /// would have optimized these loops, and unoptimized they would be most of the time emitting takes.
        /// </summary>
        public const MethodImplOptions Optimized = (MethodImplOptions)512;
    }
}
