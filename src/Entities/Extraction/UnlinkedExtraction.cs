using Entities.Graph;
using Entities.Resolution;
using Entities.Roles;

namespace Entities;

/// <summary>
/// A document read by <see cref="EntityExtractor.ExtractUnlinked"/> up to linking: its mentions, sentences, resolved entities and
/// roles, ready for <see cref="EntityExtractor.Link"/>. Immutable once made.
/// </summary>
public sealed class UnlinkedExtraction
{
    internal UnlinkedExtraction(
        IReadOnlyList<EntityMention> mentions, IReadOnlyList<int> sentenceOfMention, IReadOnlyList<ResolvedEntity> resolved,
        IReadOnlyList<PersonRole> roles, IReadOnlyList<GraphRole> graphRoles, int tokenCount)
    {
        Mentions = mentions;
        SentenceOfMention = sentenceOfMention;
        Resolved = resolved;
        Roles = roles;
        GraphRoles = graphRoles;
        TokenCount = tokenCount;
    }

    /// <summary>A document without mentions.</summary>
    internal static UnlinkedExtraction Nothing(int tokenCount) => new([], [], [], [], [], tokenCount);

    /// <summary>The document's mentions, sorted by start.</summary>
    public IReadOnlyList<EntityMention> Mentions { get; }

    /// <summary>The sentence of each mention.</summary>
    public IReadOnlyList<int> SentenceOfMention { get; }

    /// <summary>The resolver's entities.</summary>
    public IReadOnlyList<ResolvedEntity> Resolved { get; }

    /// <summary>The roles its people hold (mention indices).</summary>
    public IReadOnlyList<PersonRole> Roles { get; }

    /// <summary>The same roles by resolved entity, as the store receives them.</summary>
    public IReadOnlyList<GraphRole> GraphRoles { get; }

    /// <summary>The document's token count.</summary>
    public int TokenCount { get; }
}
