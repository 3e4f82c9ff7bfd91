using System.Diagnostics;
using System.Globalization;

// The first search of this process, timed from the first line of Main to its hits, then from the process's start (the
// runtime's own start included: what a user of a fresh app waits). Prints "ms MAIN PROCESS" last.
var watch = Stopwatch.StartNew();
var hits = Guides.Corpus.GuideCatalog.Search("vérifier mes remboursements", CultureInfo.GetCultureInfo("fr"));
var main = watch.Elapsed.TotalMilliseconds;
var process = (DateTime.Now - Process.GetCurrentProcess().StartTime).TotalMilliseconds;
Console.WriteLine($"{hits.Count} hits, first {hits[0].Guide.Id}");
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ms {main:F1} {process:F1}"));
