namespace Entities.Knowledge;

/// <summary>Where in a folded word a <see cref="TransliterationRule"/> applies.</summary>
public enum TransliterationPosition
{
    /// <summary>Anywhere in the word, every occurrence.</summary>
    Anywhere = 0,

    /// <summary>Only at the start of the word.</summary>
    WordStart = 1,

    /// <summary>Only at the end of the word.</summary>
    WordEnd = 2,
}

/// <summary>
/// One rewrite that maps a spelling variant onto a shared form, on folded words (lower case, no diacritics):
/// e.g. <c>sky</c> → <c>ski</c> at word end, so <c>zelensky</c> and <c>zelenski</c> get one matching key.
/// </summary>
/// <param name="From">The folded letters to replace; not empty.</param>
/// <param name="To">The replacement (may be empty).</param>
/// <param name="Position">Where the rule applies.</param>
public sealed record TransliterationRule(string From, string To, TransliterationPosition Position);
