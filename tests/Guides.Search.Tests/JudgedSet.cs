namespace Guides.Search.Tests;

/// <summary>
/// A judged set: queries as a user would type them, in French and English, each with the one hit that should come
/// first (guide key, part kind, part number). Written before the ranking was tuned; the corpus is the repository's
/// guides and the Hugo-style test site (see <see cref="Corpus"/>). Linked into bench/Guides.Benchmarks, whose
/// <c>relevance</c> command runs the same set against Lucene.Net.
/// </summary>
internal static class JudgedSet
{
    public static readonly (string Language, string Query, string Guide, SearchPart Kind, int Part)[] Queries =
    [
        // French: Ameli
        ("fr", "carte vitale", "ameli", SearchPart.Step, 6),
        ("fr", "vérifier mes remboursements", "ameli", SearchPart.Step, 3),
        ("fr", "télécharger une attestation", "ameli", SearchPart.Step, 4),
        ("fr", "qu'est-ce qu'une attestation de droits", "ameli", SearchPart.Faq, 4),
        ("fr", "j'ai déménagé", "ameli", SearchPart.Step, 5),
        ("fr", "mot de passe oublié ameli", "ameli", SearchPart.Faq, 2),
        ("fr", "contacter ma caisse", "ameli", SearchPart.Step, 7),
        ("fr", "télécharger l'application ameli", "ameli", SearchPart.Step, 1),
        ("fr", "se connecter avec FranceConnect", "ameli", SearchPart.Step, 2),
        ("fr", "numéro de sécurité sociale", "ameli", SearchPart.Step, 2),
        ("fr", "ameli sur ordinateur", "ameli", SearchPart.Faq, 3),
        ("fr", "ameli en anglais", "ameli", SearchPart.Faq, 1),
        ("fr", "carte perdue ou volée", "ameli", SearchPart.Step, 6),
        ("fr", "rembour", "ameli", SearchPart.Step, 3),
        ("fr", "securite sociale", "ameli", SearchPart.Step, 2),
        ("fr", "mutuelle", "ameli", SearchPart.Tip, 2),
        ("fr", "atestation", "ameli", SearchPart.Step, 4),
        // French: the Help Center
        ("fr", "imprimer la liste des étapes", "help-center", SearchPart.Step, 5),
        ("fr", "choisir la langue", "help-center", SearchPart.Step, 2),
        ("fr", "partager un guide", "help-center", SearchPart.Faq, 2),
        ("fr", "faut-il un compte pour lire les guides", "help-center", SearchPart.Faq, 1),
        ("fr", "page d'accueil", "help-center", SearchPart.Step, 1),
        // French: the Hugo site
        ("fr", "réinitialiser mot de passe", "hugo/accounts/reset-password", SearchPart.Guide, 0),
        ("fr", "changer d'adresse électronique", "hugo/change-email", SearchPart.Guide, 0),
        ("fr", "connexion en deux étapes", "hugo/accounts/security/two-factor", SearchPart.Guide, 0),
        ("fr", "scanner le code", "hugo/accounts/security/two-factor", SearchPart.Step, 2),
        ("fr", "créer un compte", "hugo/getting started/first steps", SearchPart.Step, 1),
        ("fr", "reglages de securite", "hugo/accounts/security/two-factor", SearchPart.Step, 1),
        ("fr", "suivre la visite", "hugo/getting started/first steps", SearchPart.Step, 2),
        // English: Ameli
        ("en", "carte vitale", "ameli", SearchPart.Step, 6),
        ("en", "check reimbursements", "ameli", SearchPart.Step, 3),
        ("en", "download certificate", "ameli", SearchPart.Step, 4),
        ("en", "forgot my ameli password", "ameli", SearchPart.Faq, 2),
        ("en", "update personal details", "ameli", SearchPart.Step, 5),
        ("en", "contact health insurance office", "ameli", SearchPart.Step, 7),
        ("en", "reimburs", "ameli", SearchPart.Step, 3),
        ("en", "certficate", "ameli", SearchPart.Step, 4),
        ("en", "sign in with franceconnect", "ameli", SearchPart.Step, 2),
        // English: the Help Center
        ("en", "print the checklist", "help-center", SearchPart.Step, 5),
        ("en", "choose your language", "help-center", SearchPart.Step, 2),
        ("en", "share a guide", "help-center", SearchPart.Faq, 2),
        ("en", "do I need an account to read the guides", "help-center", SearchPart.Faq, 1),
        ("en", "printing a guide", "help-center", SearchPart.Step, 5),
        ("en", "zoom text bigger", "help-center", SearchPart.Tip, 3),
        // English: the Hugo site
        ("en", "reset forgotten password", "hugo/accounts/reset-password", SearchPart.Guide, 0),
        ("en", "change email address", "hugo/change-email", SearchPart.Guide, 0),
        ("en", "two-factor sign-in", "hugo/accounts/security/two-factor", SearchPart.Guide, 0),
        ("en", "scan the code authenticator app", "hugo/accounts/security/two-factor", SearchPart.Step, 2),
        ("en", "is the app free", "hugo/help/faq", SearchPart.Faq, 0),
        ("en", "use it offline", "hugo/help/faq", SearchPart.Faq, 1),
        ("en", "open a pull request", "hugo/contribute/how-to", SearchPart.Step, 2),
        ("en", "copy the template", "hugo/contribute/how-to", SearchPart.Step, 1),
        ("en", "ask for a refund", "hugo/billing/refunds", SearchPart.Guide, 0),
    ];
}
