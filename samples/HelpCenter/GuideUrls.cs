using System;
using System.Linq;
using Guides;

namespace HelpCenter;

/// <summary>
/// The addresses of the help centre: <c>/{lang}/guides/{id}</c> for each translation (an id's <c>/</c> stays a path
/// separator, each segment is escaped), <c>/{lang}/</c> for the guides of one language.
/// </summary>
public static class GuideUrls
{
    /// <summary>The address of one translation: <c>/fr/guides/ameli</c>.</summary>
    public static string Of(Guide guide) => Guide(guide.Language, guide.Id);

    /// <summary>The address of a guide in a language: <c>/en/guides/accounts/reset-password</c>.</summary>
    public static string Guide(string language, string id) =>
        Language(language) + "guides/" + string.Join('/', id.Split('/').Select(Uri.EscapeDataString));

    /// <summary>The guides of one language: <c>/fr/</c>.</summary>
    public static string Language(string language) => "/" + Uri.EscapeDataString(language) + "/";
}
