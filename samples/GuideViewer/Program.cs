using System;
using Guides;
using Guides.Generated;

// GuideViewer: lists the guides of the content library, or prints one.
//   dotnet run --project samples/GuideViewer            lists every guide
//   dotnet run --project samples/GuideViewer -- ameli   prints the guide "ameli"
if (args.Length == 0)
{
    Console.WriteLine($"{GuideCatalog.Count} guide(s):");
    foreach (var guide in GuideCatalog.All)
    {
        Console.WriteLine($"  {guide.Id,-20} {guide.Language,-5} {guide.Category,-12} {guide.Title}");
    }

    return 0;
}

var found = GuideCatalog.Find(args[0]);
if (found is null)
{
    Console.Error.WriteLine($"No guide '{args[0]}'. The guides are: {string.Join(", ", GuideCatalog.Ids)}.");
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
}

static void Heading(string text)
{
    Console.WriteLine();
    Console.WriteLine(text);
    Console.WriteLine(new string('-', text.Length));
}
