using Entities.Resolution;

namespace Entities.French.Resolution;

/// <summary>
/// The alias resolver for French text: the language-neutral <see cref="AliasResolver"/> with the French data (alias
/// table, titles such as <c>M.</c>, <c>Mme</c>, <c>le président</c>, elided articles <c>l'</c>/<c>d'</c>, connectors for
/// initials, transliteration rules). Immutable and thread-safe: share <see cref="Default"/>.
/// </summary>
public sealed class FrenchAliasResolver : IAliasResolver, IDirectResultResolver
{
    private readonly AliasResolver inner;

    private FrenchAliasResolver(AliasResolverProfile profile) => inner = new AliasResolver(profile);

    /// <summary>The shared instance, using the embedded French data.</summary>
    public static FrenchAliasResolver Default { get; } = new(FrenchAliasTable.Profile);

    /// <summary>The French alias table used by this resolver.</summary>
    public AliasTable Table => inner.Profile.AliasTable;

    /// <inheritdoc />
    public IReadOnlyList<ResolvedEntity> Resolve(string text, IReadOnlyList<EntityMention> mentions) => inner.Resolve(text, mentions);

    /// <inheritdoc />
    public IReadOnlyList<ResolvedEntity> Resolve(string text, IReadOnlyList<EntityMention> mentions, CancellationToken cancellationToken) =>
        inner.Resolve(text, mentions, cancellationToken);

    /// <inheritdoc />
    ExtractionResult IDirectResultResolver.ResolveToResult(string text, IReadOnlyList<EntityMention> mentions, int tokenCount, CancellationToken cancellationToken) =>
        inner.ResolveToResult(text, mentions, tokenCount, cancellationToken);

    /// <summary>Finds the alias-table entry named <paramref name="surface"/>, whatever its label (see <see cref="FrenchAliasTable.TryGetAliasEntry(string, out AliasEntry)"/>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="surface"/> is <see langword="null"/>.</exception>
    public bool TryGetAliasEntry(string surface, out AliasEntry entry) => Table.TryGetEntry(surface, out entry);
}
