using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("Guides.Generator.Tests")]
[assembly: InternalsVisibleTo("Guides.Benchmarks")]
