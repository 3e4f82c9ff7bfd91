using System.Reflection;
using Guides.Generator.Paths;
using Guides.Generator.Tests.Infrastructure;
using static Guides.Generator.Tests.Hostile.HostileText;

namespace Guides.Generator.Tests;

/// <summary>
/// A site's content folder builds as it is: ids come from paths, the first folder is the language when it is a culture
/// name, a folder's <c>index.md</c> or <c>_index.md</c> is the folder's guide, and typed access follows the folders.
/// </summary>
public sealed class ContentFolderTests
{
    [Theory]
    [InlineData("fr/ameli.md", "ameli", "fr")]
    [InlineData("ameli.fr.md", "ameli", "fr")]
    [InlineData("en/accounts/reset-password.md", "accounts/reset-password", "en")]
    [InlineData("en/accounts/billing/refunds.md", "accounts/billing/refunds", "en")]
    [InlineData("accounts/reset-password.pt-br.md", "accounts/reset-password", "pt-BR")]
    [InlineData("zh-cn/帮助/开始.md", "帮助/开始", "zh-CN")]
    [InlineData("en/change-email/index.md", "change-email", "en")]
    [InlineData("en/contribute/_index.md", "contribute", "en")]
    [InlineData("contribute/_index.fr.md", "contribute", "fr")]
    [InlineData("en/_index.md", "index", "en")]
    [InlineData("en/Getting Started/First Steps.md", "getting-started/first-steps", "en")]
    [InlineData("guides/en/wifi.md", "guides/en/wifi", null)]
    [InlineData("wifi.md", "wifi", null)]
    [InlineData("en/integrations/socket.io.md", "integrations/socket.io", "en")]
    [InlineData("integrations/socket.io.md", "integrations/socket", "io")]
    [InlineData("en/ameli.en.md", "ameli", "en")]
    [InlineData("en/release-notes/v2.0.md", "release-notes/v2.0", "en")]
    public void The_id_and_the_language_come_from_the_path(string path, string id, string? language)
    {
        var parsed = ContentPath.Parse(path);

        Assert.Equal(id, parsed.Id);
        Assert.Equal(language, parsed.Language);
    }

    [Theory]
    [InlineData("accounts/reset-password", "Accounts.ResetPassword")]
    [InlineData("ameli", "Ameli")]
    [InlineData("find/all", "GuideFind.All")]
    [InlineData("accounts/accounts", "Accounts.GuideAccounts")]
    [InlineData("2024/notes", "Guide2024.Notes")]
    [InlineData("help/2024", "Help.Guide2024")]
    public void The_member_path_follows_the_folders(string id, string memberPath) =>
        Assert.Equal(memberPath, MemberNames.ToMemberPath(id, "GuideCatalog"));

    [Fact]
    public void Guides_in_folders_are_members_of_nested_classes_and_found_by_path()
    {
        var output = GeneratorHarness.Run(
            new GuideInput("fr/ameli.md", Guide()),
            new GuideInput("en/accounts/reset-password.md", Guide()),
            new GuideInput("fr/accounts/reset-password.md", Guide()),
            new GuideInput("en/accounts/billing/refunds.md", Guide()),
            new GuideInput("en/change-email/index.md", Guide()),
            new GuideInput("en/contribute/_index.md", Guide()),
            new GuideInput("en/contribute/how-to.md", Guide()),
            new GuideInput("en/accounts/accounts.md", Guide()));

        Assert.Empty(output.GeneratorDiagnostics);
        Assert.Empty(output.CompilerProblems);
        var catalog = output.Load().GetType("Guides.Generated.GuideCatalog", throwOnError: true)!;
        Assert.Equal("ameli", Member(catalog, "Ameli").Id);
        Assert.Equal("accounts/reset-password", Member(catalog, "Accounts.ResetPassword").Id);
        Assert.Equal("accounts/billing/refunds", Member(catalog, "Accounts.Billing.Refunds").Id);
        Assert.Equal("change-email", Member(catalog, "ChangeEmail").Id);
        Assert.Equal("contribute", Member(catalog, "Contribute.Index").Id);
        Assert.Equal("contribute/how-to", Member(catalog, "Contribute.HowTo").Id);
        Assert.Equal("accounts/accounts", Member(catalog, "Accounts.GuideAccounts").Id);
        Assert.Equal(
            ["accounts/accounts", "accounts/billing/refunds", "accounts/reset-password", "ameli", "change-email", "contribute", "contribute/how-to"],
            (IReadOnlyList<string>)catalog.GetProperty("Ids")!.GetValue(null)!);
        var library = (GuideLibrary)catalog.GetProperty("Library")!.GetValue(null)!;
        Assert.Equal("fr", library.Find("Accounts/Reset-Password", "fr")!.Language);
        Assert.Equal(["en", "fr"], library.Find("accounts/reset-password")!.Translations.Select(t => t.Language));
        Assert.Equal(7, library.Count);
    }

    [Fact]
    public void Folders_compile_from_CSharp_7_3_with_every_public_member_documented()
    {
        var output = GeneratorHarness.Run(
            [
                new GuideInput("en/accounts/billing/refunds.md", Guide()),
                new GuideInput("fr/accounts/billing/refunds.md", Guide()),
                new GuideInput("en/contribute/_index.md", Guide()),
                new GuideInput("en/contribute/how-to.md", Guide()),
            ],
            GeneratorHarness.CSharp73);

        Assert.Empty(output.GeneratorDiagnostics);
        Assert.Empty(output.CompilerProblems);
        Assert.Equal("contribute", output.Find("contribute")!.Id);
    }

    [Fact]
    public void Two_paths_that_map_to_one_member_are_a_located_error_that_names_both_files()
    {
        var first = new GuideInput("en/a-b.md", Guide());
        var second = new GuideInput("en/ab/x.md", Guide());
        var third = new GuideInput("en/ab.md", Guide());

        var output = GeneratorHarness.Run(first, second, third);

        var diagnostics = output.GeneratorDiagnostics.Where(d => d.Id == "GUIDE024").ToList();
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(first.FullPath, diagnostic.Location.GetLineSpan().Path);
        Assert.Contains("'a-b'", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Contains("content/en/ab/x.md", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Empty(output.CompilerProblems);
        Assert.NotNull(output.Find("ab"));
        Assert.NotNull(output.Find("ab/x"));
        Assert.Null(output.Find("a-b"));
    }

    [Fact]
    public void Known_keys_ignore_case_and_a_key_twice_in_two_cases_is_an_error()
    {
        var capitalised = "---\nTitle: \"Capitalised\"\nDescription: \"d\"\nCATEGORY: \"c\"\nDate: 2024-03-01T10:00:00+01:00\nDraft: false\n---\n\n" + "### Step 1: Only\n\nDo it.\n";
        var twice = Guide(extraFront: "Title: \"Again\"\n");

        var output = GeneratorHarness.Run(new GuideInput("en/capitalised.md", capitalised), new GuideInput("en/twice.md", twice));

        var diagnostic = Assert.Single(output.GeneratorDiagnostics);
        Assert.Equal("GUIDE018", diagnostic.Id);
        Assert.Equal((5, 0), (diagnostic.Location.GetLineSpan().StartLinePosition.Line, diagnostic.Location.GetLineSpan().StartLinePosition.Character));
        var guide = output.Find("capitalised")!;
        Assert.Equal("Capitalised", guide.Title);
        Assert.Equal(new DateTime(2024, 3, 1), guide.Date);
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData("false", false)]
    [InlineData("true", true)]
    public void A_draft_is_a_guide_only_when_drafts_are_included(string? includeDrafts, bool included)
    {
        var properties = includeDrafts is null ? null : new Dictionary<string, string> { ["GuidesIncludeDrafts"] = includeDrafts };
        var draft = Guide(extraFront: "draft: true\nauthor: \"someone\"\n");

        var output = GeneratorHarness.Run([new GuideInput("en/wip.md", draft), new GuideInput("en/done.md", Guide())], null, properties);

        Assert.Empty(output.CompilerProblems);
        Assert.Equal(included, output.Find("wip") is not null);
        Assert.NotNull(output.Find("done"));
        // A draft left out is not checked: its unknown field is reported only when it is a guide.
        Assert.Equal(included, output.GeneratorDiagnostics.Any(d => d.Id == "GUIDE017"));
    }

    [Theory]
    [InlineData("false")]
    [InlineData("true")]
    public void A_draft_shapes_its_folder_whether_drafts_are_included_or_not(string includeDrafts)
    {
        // contribute/how-to.md is a draft: GuideCatalog.Contribute is the folder's class in Debug and in Release alike,
        // so that code using GuideCatalog.Contribute.Index compiles in both.
        var properties = new Dictionary<string, string> { ["GuidesIncludeDrafts"] = includeDrafts };
        var code = "static class Use { static string Id() => Guides.Generated.GuideCatalog.Contribute.Index.Id; }";

        var output = GeneratorHarness.Run(
            [new GuideInput("en/contribute/_index.md", Guide()), new GuideInput("en/contribute/how-to.md", Guide(extraFront: "draft: true\n"))],
            null,
            properties,
            code);

        Assert.Empty(output.GeneratorDiagnostics);
        Assert.Empty(output.CompilerProblems);
        Assert.Equal(includeDrafts == "true", output.Find("contribute/how-to") is not null);
    }

    [Fact]
    public void README_files_and_excluded_globs_are_not_guides()
    {
        var properties = new Dictionary<string, string> { ["GuidesExclude"] = "**/_TEMPLATE.md; drafts/**" };

        var output = GeneratorHarness.Run(
            [
                new GuideInput("README.md", "# About this folder\n"),
                new GuideInput("en/accounts/readme.md", "Notes.\n"),
                new GuideInput("en/_template.md", "---\ntitle: \n---\n"),
                new GuideInput("en/accounts/_TEMPLATE.md", "---\n---\n"),
                new GuideInput("drafts/idea.md", "nothing yet"),
                new GuideInput("en/drafts-are-fine.md", Guide()),
            ],
            null,
            properties);

        Assert.Empty(output.GeneratorDiagnostics);
        Assert.Empty(output.CompilerProblems);
        Assert.Equal(["drafts-are-fine"], (IReadOnlyList<string>)output.Load().GetType("Guides.Generated.GuideCatalog")!.GetProperty("Ids")!.GetValue(null)!);
    }

    [Theory]
    [InlineData("**/_TEMPLATE.md", "en/_template.md", true)]
    [InlineData("**/_TEMPLATE.md", "_TEMPLATE.md", true)]
    [InlineData("**/_TEMPLATE.md", "en/a/b/_TEMPLATE.md", true)]
    [InlineData("**/_TEMPLATE.md", "en/x_TEMPLATE.md", false)]
    [InlineData("drafts/**", "drafts/a/b.md", true)]
    [InlineData("drafts/**", "en/drafts/b.md", false)]
    [InlineData("*.draft.md", "a.draft.md", true)]
    [InlineData("*.draft.md", "en/a.draft.md", false)]
    [InlineData("en/*/old-?.md", "en/x/old-1.md", true)]
    [InlineData("en/*/old-?.md", "en/x/y/old-1.md", false)]
    [InlineData("./archive/**", "archive/a.md", true)]
    public void Exclude_globs_match_paths_under_the_content_folder(string glob, string path, bool excluded) =>
        Assert.Equal(excluded, ContentFilter.IsExcluded(path, ContentFilter.Parse(glob)));

    [Fact]
    public void The_front_matter_lang_must_agree_with_a_language_folder_at_any_depth()
    {
        var guide = new GuideInput("fr/accounts/reset-password.md", Guide(extraFront: "lang: en\n"));

        var output = GeneratorHarness.Run(guide);

        var diagnostic = Assert.Single(output.GeneratorDiagnostics);
        Assert.Equal("GUIDE022", diagnostic.Id);
    }

    [Fact]
    public void A_translation_key_is_written_as_path_ids_are()
    {
        var output = GeneratorHarness.Run(
            new GuideInput("en/help/faq.md", Guide(extraFront: "translationKey: \"Help FAQ\"\n")),
            new GuideInput("fr/aide/questions.md", Guide(extraFront: "translationKey: \"help faq\"\n")));

        Assert.Empty(output.GeneratorDiagnostics);
        Assert.Equal(["en", "fr"], output.Find("help-faq")!.Translations.Select(t => t.Language));
    }

    [Theory]
    [InlineData("ru", "### Шаг 1: Запросите ссылку\n\nA.\n\n### Шаг 2: Задайте пароль\n\nB.\n")]
    [InlineData("uk", "### Крок 1: Відкрийте\n\nA.\n\n### Крок 2: Збережіть\n\nB.\n")]
    [InlineData("ja", "### 手順 1: 設定を開く\n\nA.\n\n### ステップ2：コードを読み取る\n\nB.\n")]
    [InlineData("zh-CN", "### 第 1 步：申请链接\n\nA.\n\n### 第2步: 设置新密码\n\nB.\n")]
    [InlineData("ko", "### 단계 1: 링크 요청\n\nA.\n\n### 단계 2: 새 비밀번호\n\nB.\n")]
    [InlineData("hi", "### चरण 1: लिंक माँगें\n\nA.\n\n### चरण 2: नया पासवर्ड चुनें\n\nB.\n")]
    [InlineData("nl", "### Stap 1: Open\n\nA.\n\n### Stap 2: Bewaar\n\nB.\n")]
    [InlineData("pl", "### Krok 1: Otwórz\n\nA.\n\n### Krok 2: Zapisz\n\nB.\n")]
    public void Steps_are_read_in_the_languages_of_a_multilingual_site(string language, string body)
    {
        var output = GeneratorHarness.Run(new GuideInput(language.ToLowerInvariant() + "/reset.md", Guide(body)));

        Assert.Empty(output.GeneratorDiagnostics);
        var guide = output.Find("reset")!;
        Assert.Equal(2, guide.Steps.Count);
        Assert.Equal([1, 2], guide.Steps.Select(s => s.Number));
        Assert.DoesNotContain(guide.Steps, s => s.Title.Contains(':', StringComparison.Ordinal) || s.Title.Contains('\uFF1A', StringComparison.Ordinal));
    }

    private static Guide Member(Type catalog, string memberPath)
    {
        var names = memberPath.Split('.');
        var type = catalog;
        foreach (var name in names[..^1])
        {
            type = type.GetNestedType(name, BindingFlags.Public) ?? throw new Xunit.Sdk.XunitException($"No class {name} in {type.FullName}");
        }

        var property = type.GetProperty(names[^1], BindingFlags.Public | BindingFlags.Static) ?? throw new Xunit.Sdk.XunitException($"No property {names[^1]} in {type.FullName}");
        return (Guide)property.GetValue(null)!;
    }
}
