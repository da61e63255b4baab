using Entities.Resolution;

namespace Entities.French.Resolution;

/// <summary>
/// The alias resolver for French text: the core's <see cref="AliasResolver"/> over the French resolver data
/// (<see cref="FrenchAliasTable.Profile"/>: alias table, titles such as <c>M.</c>, <c>Mme</c>, <c>le président</c>, elided
/// articles <c>l'</c>/<c>d'</c>, connectors for initials, transliteration rules). The French package supplies data only; the
/// grouping rules are the core's.
/// </summary>
public static class FrenchAliasResolver
{
    /// <summary>The shared resolver over the embedded French data (immutable and thread-safe).</summary>
    public static AliasResolver Default { get; } = new(FrenchAliasTable.Profile);
}
