using System.Diagnostics;
using System.Globalization;

// The first search of this process, timed from the first line of Main to its hits, then from the process's start (the
// runtime's own start included: what a user of a fresh app waits). Prints the library's guide count, then "ms MAIN PROCESS".
var watch = Stopwatch.StartNew();
var hits = Guides.Corpus.GuideCatalog.Search("vérifier mes remboursements", CultureInfo.GetCultureInfo("fr"));
var main = watch.Elapsed.TotalMilliseconds;
var process = (DateTime.Now - Process.GetCurrentProcess().StartTime).TotalMilliseconds;
if (hits.Count == 0) throw new InvalidOperationException("The first query found nothing.");
// The library's size, for the script to check that the app holds the library it was published with.
Console.WriteLine($"{Guides.Corpus.GuideCatalog.Library.Count} guides; {hits.Count} hits, first {hits[0].Guide.Id}");
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ms {main:F1} {process:F1}"));
