using System.Collections.Frozen;
using Entities.Knowledge;

namespace Entities.Roles;

/// <summary>
/// The words a <see cref="RoleExtractor"/> reads: role nouns (<c>présidente</c>, <c>directeur général</c>), their modifiers
/// (<c>ancien</c>, <c>futur</c>), the prepositions that introduce the organization or place a role applies to (<c>de la</c>,
/// <c>à</c>) and the nationality adjectives that name a country (<c>brésilien</c> → <c>Brésil</c>). All compared folded
/// (<see cref="TextFolding.Fold"/>). Immutable and thread-safe.
/// </summary>
public sealed class RoleLexicon
{
    private readonly FrozenSet<string> _roles;
    private readonly FrozenSet<string> _modifiers;
    private readonly FrozenSet<string> _prepositions;
    private readonly FrozenDictionary<string, string> _places;

    /// <summary>Creates a lexicon.</summary>
    /// <param name="roles">Role nouns, one or more words each, as written (folded here).</param>
    /// <param name="modifiers">Words before a role that belong to it (<c>ancien</c>, <c>futur</c>); <c>ex-</c> and <c>vice-</c> prefixes are read in the word.</param>
    /// <param name="prepositions">Word sequences between a role and its organization (<c>de</c>, <c>de la</c>, <c>d'</c>, <c>à</c>), as written.</param>
    /// <param name="nationalities">Nationality adjective (any form) → the place it names.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public RoleLexicon(IEnumerable<string> roles, IEnumerable<string> modifiers, IEnumerable<string> prepositions, IEnumerable<KeyValuePair<string, string>> nationalities)
    {
        ArgumentNullException.ThrowIfNull(roles);
        ArgumentNullException.ThrowIfNull(modifiers);
        ArgumentNullException.ThrowIfNull(prepositions);
        ArgumentNullException.ThrowIfNull(nationalities);
        _roles = Folded(roles);
        _modifiers = Folded(modifiers);
        _prepositions = prepositions.Select(FoldPreposition).Where(p => p.Length > 0).ToFrozenSet(StringComparer.Ordinal);
        var places = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (adjective, place) in nationalities)
        {
            string folded = TextFolding.Fold(adjective ?? "");
            if (folded.Length > 0 && !string.IsNullOrWhiteSpace(place)) places.TryAdd(folded, place);
        }

        _places = places.ToFrozenDictionary(StringComparer.Ordinal);
        MaxRoleWords = _roles.Count == 0 ? 0 : _roles.Max(r => r.Split(' ').Length);
        MaxPrepositionWords = _prepositions.Count == 0 ? 0 : _prepositions.Max(p => p.Split(' ').Length);
    }

    /// <summary>An empty lexicon: no roles are found.</summary>
    public static RoleLexicon Empty { get; } = new([], [], [], []);

    /// <summary>Number of role nouns.</summary>
    public int RoleCount => _roles.Count;

    /// <summary>The most words of a role noun.</summary>
    public int MaxRoleWords { get; }

    /// <summary>The most words of a preposition.</summary>
    public int MaxPrepositionWords { get; }

    /// <summary>Whether the folded words are a role noun.</summary>
    public bool IsRole(string folded) => _roles.Contains(folded);

    /// <summary>Whether the folded word is a modifier of a role.</summary>
    public bool IsModifier(string folded) => _modifiers.Contains(folded);

    /// <summary>Whether the folded words (elided forms end with <c>'</c>) introduce the organization of a role.</summary>
    public bool IsPreposition(string folded) => _prepositions.Contains(folded);

    /// <summary>The place a folded nationality adjective names.</summary>
    public bool TryGetPlace(string folded, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? place) => _places.TryGetValue(folded, out place);

    private static FrozenSet<string> Folded(IEnumerable<string> words) =>
        words.Select(w => TextFolding.Fold(w ?? "")).Where(w => w.Length > 0).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>A preposition folded word by word, an elided word keeping its apostrophe (<c>de l'</c>).</summary>
    internal static string FoldPreposition(string words) => string.Join(' ', RoleText.Words(words ?? "").Select(w => w.Folded));
}
