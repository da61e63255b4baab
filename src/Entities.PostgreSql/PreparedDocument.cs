using Entities.Linking;
using Entities.Graph;
using Entities.Resolution;

namespace Entities.PostgreSql;

/// <summary>One document's validated input, ready to be linked.</summary>
internal sealed class PreparedDocument
{
    private PreparedDocument(string id, IReadOnlyList<EntityMention> mentions, IReadOnlyList<int> sentences, LinkCandidate[] entities, IReadOnlyList<GraphRole> roles)
    {
        Roles = roles;
        Id = id;
        Mentions = mentions;
        SentenceOfMention = sentences;
        Entities = entities;
    }

    public string Id { get; }

    public IReadOnlyList<EntityMention> Mentions { get; }

    public IReadOnlyList<int> SentenceOfMention { get; }

    public LinkCandidate[] Entities { get; }

    /// <summary>The roles the document gives its entities (indices into <see cref="Entities"/>).</summary>
    public IReadOnlyList<GraphRole> Roles { get; }

    /// <summary>Every (label, strong key) pair of the document's entities, distinct: what online linking reads and locks.</summary>
    public IEnumerable<(EntityLabel Label, string Key)> AllKeys() =>
        Entities.SelectMany(e => e.StrongKeys.Select(k => (e.Source.Label, k))).Distinct();

    /// <summary>Validates the arguments like <see cref="EntityGraph.Merge"/> and splits each entity's keys by <paramref name="weakKinds"/>.</summary>
    public static PreparedDocument Create(
        string documentId,
        IReadOnlyList<EntityMention> mentions,
        IReadOnlyList<int> sentenceIndexOfMention,
        IReadOnlyList<ResolvedEntity> resolvedEntities,
        IReadOnlySet<string> weakKinds,
        IReadOnlyList<GraphRole>? roles = null)
    {
        var entities = LinkCandidates.Prepare(documentId, mentions, sentenceIndexOfMention, resolvedEntities, weakKinds, roles ?? []);
        return new(documentId, mentions, sentenceIndexOfMention, entities, roles ?? []);
    }
}
