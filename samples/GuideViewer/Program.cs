using System;
using System.Globalization;
using System.Linq;
using Guides;
using Guides.Generated;

// GuideViewer: lists the guides of the content library, or prints one.
//   dotnet run --project samples/GuideViewer                              lists every guide
//   dotnet run --project samples/GuideViewer -- ameli                     prints "ameli" in the library's default language
//   dotnet run --project samples/GuideViewer -- ameli --culture en-GB     prints it in the language that best fits en-GB
//   dotnet run --project samples/GuideViewer -- help-center               prints a guide with its images and files (path, size, alt text)
string? id = null;
CultureInfo? culture = null;
for (var i = 0; i < args.Length; i++)
{
    if (args[i] == "--culture" && i + 1 < args.Length)
    {
        culture = CultureInfo.GetCultureInfo(args[++i]);
    }
    else
    {
        id = args[i];
    }
}

if (id is null)
{
    Console.WriteLine($"{GuideCatalog.Count} guide(s), default language {GuideCatalog.DefaultLanguage}:");
    foreach (var guide in GuideCatalog.All)
    {
        var languages = string.Join(",", guide.Translations.Select(t => t.Language));
        Console.WriteLine($"  {guide.Id,-20} {languages,-8} {guide.Category,-12} {guide.Title}");
    }

    return 0;
}

var found = culture is null ? GuideCatalog.Find(id) : GuideCatalog.Find(id, culture);
if (found is null)
{
    Console.Error.WriteLine($"No guide '{id}'. The guides are: {string.Join(", ", GuideCatalog.Ids)}.");
    return 1;
}

Print(found);
return 0;

static void Print(Guide guide)
{
    Console.WriteLine(guide.Title);
    Console.WriteLine(new string('=', guide.Title.Length));
    Console.WriteLine(guide.Description);
    Console.WriteLine();
    Console.WriteLine($"Category: {guide.Category}  Difficulty: {guide.Difficulty}  Platform: {guide.Platform}  Language: {guide.Language}  Date: {guide.Date:yyyy-MM-dd}");

    if (guide.Introduction is { } introduction)
    {
        Heading(introduction.Heading);
        Console.WriteLine(introduction.Text);
    }

    if (guide.Requirements.Count > 0)
    {
        Heading("Requirements");
        foreach (var requirement in guide.Requirements)
        {
            Console.WriteLine($"  - {requirement.Text}");
        }
    }

    Heading($"Steps ({guide.Steps.Count})");
    foreach (var step in guide.Steps)
    {
        Console.WriteLine($"{step.Number}. {step.Title}");
        Console.WriteLine($"   {step.Text.Replace("\n", "\n   ")}");
        Console.WriteLine();
    }

    foreach (var section in guide.Sections)
    {
        Heading(section.Heading);
        Console.WriteLine(section.Text);
    }

    if (guide.Tips.Count > 0)
    {
        Heading("Tips");
        foreach (var tip in guide.Tips)
        {
            Console.WriteLine($"  * {tip.Text}");
        }
    }

    if (guide.Faq.Count > 0)
    {
        Heading("FAQ");
        foreach (var entry in guide.Faq)
        {
            Console.WriteLine($"Q: {entry.Question}");
            Console.WriteLine($"A: {entry.Answer}");
            Console.WriteLine();
        }
    }

    if (guide.Links.Count > 0)
    {
        Heading("Links");
        foreach (var link in guide.Links)
        {
            Console.WriteLine($"  {link.Text}: {link.Url}");
        }
    }

    // Images and files ship inside the content assembly: each is read back from it here.
    if (guide.Images.Count > 0)
    {
        Heading($"Images ({guide.Images.Count})");
        foreach (var image in guide.Images)
        {
            Console.WriteLine($"  {image.Path}  {image.Width}x{image.Height}  {image.ContentType}  {Read(image.OpenRead())}/{image.Length} bytes  \"{image.Alt}\"");
        }
    }

    if (guide.Files.Count > 0)
    {
        Heading($"Files ({guide.Files.Count})");
        foreach (var file in guide.Files)
        {
            Console.WriteLine($"  {file.Path}  {file.ContentType}  {Read(file.OpenRead())}/{file.Length} bytes  {file.Url}");
        }
    }
}

// How many bytes a stream holds, read to its end.
static long Read(System.IO.Stream stream)
{
    using (stream)
    {
        var buffer = new byte[81920];
        long total = 0;
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            total += read;
        }

        return total;
    }
}

static void Heading(string text)
{
    Console.WriteLine();
    Console.WriteLine(text);
    Console.WriteLine(new string('-', text.Length));
}
