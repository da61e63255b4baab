using Entities.Knowledge;
using Entities.Resolution;

namespace Entities.French.Resolution;

/// <summary>
/// The French alias table: countries, cities, international organizations, agencies and a few well-known people, with
/// their French and English names, acronyms and transliteration variants (files under <c>Data/aliases/</c>).
/// </summary>
public static class FrenchAliasTable
{
    private static readonly Lazy<AliasResolverProfile> LazyProfile = new(() => FrenchResolutionData.LoadProfile(), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The table, loaded once from the embedded data files. Immutable and thread-safe.</summary>
    public static AliasTable Default => LazyProfile.Value.AliasTable;

    /// <summary>The complete French resolution profile (table, titles, articles, connectors), loaded once.</summary>
    internal static AliasResolverProfile Profile => LazyProfile.Value;

    /// <summary>
    /// Finds the entry named <paramref name="surface"/> (any spelling that folds to one of its names: case, diacritics,
    /// hyphens, apostrophes and transliteration variants do not matter), whatever its label.
    /// </summary>
    /// <returns><see langword="false"/> when no entry, or entries of several labels, carry the name.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="surface"/> is <see langword="null"/>.</exception>
    public static bool TryGetAliasEntry(string surface, out AliasEntry entry) => Default.TryGetEntry(surface, out entry);

    /// <summary>Finds the entry of label <paramref name="label"/> named <paramref name="surface"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="surface"/> is <see langword="null"/>.</exception>
    public static bool TryGetAliasEntry(string surface, EntityLabel label, out AliasEntry entry) => Default.TryGetEntry(surface, label, out entry);
}
