namespace Guides.Package.Tests;

/// <summary>
/// A content folder shaped like a real multilingual Hugo site (Corpus/HugoSite/content: eleven language folders, nested
/// folders, leaf and branch bundles, file names with spaces, capitalised and indented front matter, Hugo's own fields,
/// a README, templates and a draft), built through the packed package in Release and run.
/// </summary>
[Collection(PackagesCollection.Name)]
public sealed class HugoSiteTests(PackagesFixture packages)
{
    /// <summary>The corpus, in the repository: read from there and copied into the app (it is no content of this project).</summary>
    public static string Corpus { get; } = Path.Combine(Repository.Root, "tests", "Guides.Package.Tests", "Corpus", "HugoSite", "content");

    /// <summary>
    /// Every guide the corpus should give, with its translations, worked out by hand from the file list by the README's
    /// rules: the first folder is the language; index.md and _index.md are their folder's guide (a language folder's own
    /// _index.md is the guide "index"); segments lower case with spaces as '-'; translationKey is the id when given.
    /// Left out: README.md (never a guide), both _TEMPLATE.md (GuidesExclude), en/billing/refunds.md (draft, Release).
    /// </summary>
    public static readonly (string Id, string[] Languages)[] Expected =
    [
        ("accounts", ["en", "fr"]),                                                        // {en,fr}/accounts/_index.md
        ("accounts/reset-password", ["de", "en", "es", "fr", "hi", "ja", "pt-BR", "ru", "zh-CN"]),
        ("accounts/security/two-factor", ["en", "fr", "it", "ja", "ru"]),
        ("change-email", ["de", "en", "fr", "pt-BR", "zh-CN"]),                            // {lang}/change-email/index.md
        ("contribute", ["en", "fr", "zh-CN"]),                                             // {lang}/contribute/_index.md
        ("contribute/how-to", ["en", "es", "ru"]),
        ("getting-started/first-steps", ["de", "en", "fr", "hi"]),                         // {lang}/getting started/first steps.md
        ("help/faq", ["en", "es", "zh-CN"]),                                               // zh-cn/帮助/常见问题.md by translationKey
        ("index", ["de", "en", "fr", "it", "ja", "ko"]),                                   // {lang}/_index.md
        ("local/line-login", ["ja"]),
    ];

    /// <summary>The corpus's files, by path under content/: the table above is written against this list.</summary>
    public static readonly string[] Files =
    [
        "README.md", "_TEMPLATE.md",
        "de/_index.md", "de/accounts/reset-password.md", "de/change-email/index.md", "de/getting started/first steps.md",
        "en/_index.md", "en/accounts/_index.md", "en/accounts/reset-password.md", "en/accounts/security/_TEMPLATE.md",
        "en/accounts/security/two-factor.md", "en/billing/refunds.md", "en/change-email/index.md", "en/contribute/_index.md",
        "en/contribute/how-to.md", "en/getting started/first steps.md", "en/help/faq.md",
        "es/accounts/reset-password.md", "es/contribute/how-to.md", "es/help/faq.md",
        "fr/_index.md", "fr/accounts/_index.md", "fr/accounts/reset-password.md", "fr/accounts/security/two-factor.md",
        "fr/change-email/index.md", "fr/contribute/_index.md", "fr/getting started/first steps.md",
        "hi/accounts/reset-password.md", "hi/getting started/first steps.md",
        "it/_index.md", "it/accounts/security/two-factor.md",
        "ja/_index.md", "ja/accounts/reset-password.md", "ja/accounts/security/two-factor.md", "ja/local/line-login.md",
        "ko/_index.md",
        "pt-br/accounts/reset-password.md", "pt-br/change-email/index.md",
        "ru/accounts/reset-password.md", "ru/accounts/security/two-factor.md", "ru/contribute/how-to.md",
        "zh-cn/accounts/reset-password.md", "zh-cn/change-email/index.md", "zh-cn/contribute/_index.md", "zh-cn/帮助/常见问题.md",
    ];

    private const string Program = """
        using System.Globalization;
        using $(App);

        foreach (var guide in GuideCatalog.Library.All)
        {
            Console.WriteLine($"guide|{guide.Id}");
            foreach (var translation in guide.Translations)
            {
                Console.WriteLine($"translation|{translation.Id}|{translation.Language}|{translation.Steps.Count}|{translation.Date:yyyy-MM-dd}|{translation.Title}");
            }
        }

        Console.WriteLine("count|" + GuideCatalog.Count);
        Console.WriteLine("languages|" + string.Join(",", GuideCatalog.Languages));
        Console.WriteLine("typed|Accounts.Security.TwoFactor.Title|" + GuideCatalog.Accounts.Security.TwoFactor.Title);
        Console.WriteLine("typed|Accounts.Index.Id|" + GuideCatalog.Accounts.Index.Id);
        Console.WriteLine("typed|Accounts.ResetPassword.Id|" + GuideCatalog.Accounts.ResetPassword.Id);
        Console.WriteLine("typed|Contribute.Index.Id|" + GuideCatalog.Contribute.Index.Id);
        Console.WriteLine("typed|Contribute.HowTo.Id|" + GuideCatalog.Contribute.HowTo.Id);
        Console.WriteLine("typed|ChangeEmail.Id|" + GuideCatalog.ChangeEmail.Id);
        Console.WriteLine("typed|ChangeEmail.Title|" + GuideCatalog.ChangeEmail.Title);
        Console.WriteLine("typed|GettingStarted.FirstSteps.Id|" + GuideCatalog.GettingStarted.FirstSteps.Id);
        Console.WriteLine("typed|Help.Faq.Faq.Count|" + GuideCatalog.Help.Faq.Faq.Count);
        Console.WriteLine("typed|Index.Id|" + GuideCatalog.Index.Id);
        Console.WriteLine("typed|Local.LineLogin.Language|" + GuideCatalog.Local.LineLogin.Language);
        Console.WriteLine("find|zh-CN|" + GuideCatalog.Find("accounts/reset-password", CultureInfo.GetCultureInfo("zh-CN"))?.Title);
        Console.WriteLine("find|ru|" + GuideCatalog.Find("accounts/security/two-factor", "ru")?.Title);
        """;

    [Fact]
    public void The_expectation_is_written_against_the_corpus_as_it_is()
    {
        var actual = Directory.EnumerateFiles(Corpus, "*.md", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Corpus, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

        Assert.Equal(Files.Order(StringComparer.Ordinal), actual);
    }

    [Fact]
    public void A_Hugo_site_builds_through_the_package_and_every_guide_and_translation_is_in_the_library()
    {
        var files = new Dictionary<string, string> { ["Program.cs"] = Program };
        foreach (var file in Files)
        {
            files["content/" + file] = File.ReadAllText(Path.Combine(Corpus, file));
        }

        // The app treats warnings as errors (PackageTests.ConsoleProject) but for the two a real site gives: Hugo's own
        // fields (tags, weight, menu) are undeclared fields (GUIDE017), and translations whose steps are written another way
        // have no steps where the English has two (GUIDE026): a Japanese guide written as a numbered list, for one.
        var folder = GeneratorApp.Create(
            packages,
            GeneratorReference.Package,
            "HugoSiteApp",
            "<GuidesExclude>**/_TEMPLATE.md</GuidesExclude><WarningsNotAsErrors>GUIDE017;GUIDE026</WarningsNotAsErrors>",
            files);

        var build = DotNet.Run(folder, "build", "-c", "Release").ShouldSucceed("dotnet build of the Hugo site app");
        Assert.DoesNotContain("error CS", build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(": error ", build.Output, StringComparison.Ordinal);
        var warnings = System.Text.RegularExpressions.Regex.Matches(build.Output, @": warning ([A-Z]+[0-9]+)").Select(m => m.Groups[1].Value).ToHashSet();
        Assert.Subset(new HashSet<string> { "GUIDE017", "GUIDE026" }, warnings);
        Assert.Contains("GUIDE017", warnings);
        var run = DotNet.Run(folder, "run", "-c", "Release", "--no-build").ShouldSucceed("dotnet run of the Hugo site app");
        var lines = run.Output.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

        var guides = lines.Where(l => l.StartsWith("guide|", StringComparison.Ordinal)).Select(l => l["guide|".Length..]).ToList();
        var translations = lines.Where(l => l.StartsWith("translation|", StringComparison.Ordinal)).Select(l => l.Split('|')).ToList();
        Assert.Equal(Expected.Select(e => e.Id), guides);
        Assert.Equal(
            Expected.SelectMany(e => e.Languages.Select(language => $"{e.Id} {language}")).Order(StringComparer.Ordinal),
            translations.Select(t => $"{t[1]} {t[2]}").Order(StringComparer.Ordinal));

        // Left out: the draft (Release), README.md, the templates (GuidesExclude).
        Assert.DoesNotContain(translations, t => t[1].Contains("billing", StringComparison.Ordinal) || t[1].Contains("refund", StringComparison.Ordinal));
        Assert.DoesNotContain(translations, t => t[1].Contains("readme", StringComparison.OrdinalIgnoreCase) || t[1].Contains("template", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain("Ask for a refund", run.Output, StringComparison.Ordinal);

        Assert.Contains("count|10", lines);
        Assert.Contains("languages|de,en,es,fr,hi,it,ja,ko,pt-BR,ru,zh-CN", lines);
        Assert.Contains("typed|Accounts.Security.TwoFactor.Title|Turn on two-factor sign-in", lines);
        Assert.Contains("typed|Accounts.Index.Id|accounts", lines);
        Assert.Contains("typed|Accounts.ResetPassword.Id|accounts/reset-password", lines);
        Assert.Contains("typed|Contribute.Index.Id|contribute", lines);
        Assert.Contains("typed|Contribute.HowTo.Id|contribute/how-to", lines);
        Assert.Contains("typed|ChangeEmail.Id|change-email", lines);
        Assert.Contains("typed|ChangeEmail.Title|Change your email address", lines);                 // Title:, Date: capitalised
        Assert.Contains("typed|GettingStarted.FirstSteps.Id|getting-started/first-steps", lines);
        Assert.Contains("typed|Help.Faq.Faq.Count|2", lines);
        Assert.Contains("typed|Index.Id|index", lines);
        Assert.Contains("typed|Local.LineLogin.Language|ja", lines);                                   // no English: the one language
        Assert.Contains("find|zh-CN|重置忘记的密码", lines);
        Assert.Contains("find|ru|Включить двухфакторный вход", lines);                                // front matter indented by one space

        // The front matter was read, whatever its shape: the title, date and steps of one translation per shape.
        Assert.Contains("translation|accounts/reset-password|en|2|2024-03-01|Reset a forgotten password", lines);         // Hugo date-time, tags and menu
        Assert.Contains("translation|accounts/reset-password|fr|2|2024-03-01|Réinitialiser un mot de passe oublié", lines); // capitalised keys, Étape N :
        Assert.Contains("translation|accounts/reset-password|de|2|2024-03-01|Vergessenes Passwort zurücksetzen", lines);    // indented by one space
        Assert.Contains("translation|accounts/reset-password|es|2|2024-03-01|Restablecer una contraseña olvidada", lines);
        Assert.Contains("translation|accounts/reset-password|pt-BR|2|2024-03-01|Redefinir uma senha esquecida", lines);
        Assert.Contains("translation|change-email|en|2|2023-11-20|Change your email address", lines);
        Assert.Contains("translation|change-email|pt-BR|2|2023-11-20|Alterar seu endereço de e-mail", lines);             // Etapa N:
        Assert.Contains("translation|accounts/security/two-factor|it|2|2024-04-12|Attivare l'accesso in due passaggi", lines);
        Assert.Contains("translation|getting-started/first-steps|hi|0|2024-01-16|आपके पहले कदम", lines);                   // indented; a numbered list, not steps
        Assert.Contains("translation|accounts/reset-password|ru|2|2024-03-01|Сбросить забытый пароль", lines);             // Шаг N:
        Assert.Contains("translation|accounts/reset-password|hi|2|2024-03-01|भूला हुआ पासवर्ड फिर से सेट करें", lines);    // चरण N:
        Assert.Contains("translation|accounts/reset-password|zh-CN|2|2024-03-01|重置忘记的密码", lines);                   // 第 N 步：
        Assert.Contains("translation|accounts/security/two-factor|ja|2|2024-04-12|二段階認証を有効にする", lines);        // 手順 N:
    }
}
