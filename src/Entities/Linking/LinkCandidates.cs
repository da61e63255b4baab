using Entities.Resolution;

namespace Entities.Linking;

/// <summary>
/// A document entity ready to be linked: its resolved entity with its match keys split into strong keys (a shared strong key
/// joins a node), weak keys (resolved over the whole graph by <see cref="Graph.GraphConsolidation"/>) and attribute keys
/// (<c>gender:</c>: they join nothing, they can only keep apart), each sorted ordinally without repeats.
/// </summary>
/// <param name="Source">The entity as the resolver grouped it.</param>
/// <param name="StrongKeys">Keys whose kind is neither weak nor an attribute.</param>
/// <param name="WeakKeys">Keys whose kind is in <c>EntityGraphOptions.WeakKeyKinds</c>.</param>
/// <param name="AttributeKeys">Keys whose kind is in <see cref="LinkCandidates.AttributeKinds"/>.</param>
public sealed record LinkCandidate(ResolvedEntity Source, string[] StrongKeys, string[] WeakKeys, string[] AttributeKeys);

/// <summary>The validation and key splitting every graph store (<c>IEntityGraphStore</c>) does before it links a document.</summary>
public static class LinkCandidates
{
    /// <summary>
    /// Key kinds that describe an entity without identifying it at link time: <c>gender</c> (<c>gender:m</c>, <c>gender:f</c>),
    /// <c>given</c>, <c>cogiven</c> (see <see cref="Resolution.MatchKeys"/>), <c>placed</c> (<see cref="PlacedName"/>) and <c>field</c>
    /// (<see cref="FieldKey"/>).
    /// </summary>
    public static IReadOnlySet<string> AttributeKinds { get; } = System.Collections.Frozen.FrozenSet.ToFrozenSet(["gender", "given", "cogiven", "placed", "field"], StringComparer.Ordinal);

    /// <summary>
    /// <c>placedas:</c> a strong key that a person with a <see cref="PlacedName"/> key gets instead: the full name and every role
    /// its document gives it in a place or an organization (the role folded, the organization's or place's first strong key, or
    /// the country a nationality adjective named): <c>placedas:jean martin|maire|full:brest</c>. The documents that name the same
    /// person with the same roles share one node at link time, and so one id in their output; any two such nodes can only
    /// be one entity or be kept apart together, so this never makes the graph depend on the order documents came in.
    /// </summary>
    public const string PlacedAs = "placedas:";

    /// <summary>
    /// <c>placed:</c> the full name (<see cref="Resolution.MatchKeys.Full"/>) of a person its document gives a role in a place,
    /// an organization (<c>Jean Martin, maire de Brest</c>) or a professional field (<c>la chirurgienne Sophie Laurent</c>:
    /// <see cref="FieldKey"/>), in place of its <c>full:</c> key: such a person joins no node at link
    /// time by its name, so that two namesakes given the same role in different places (the mayors of Brest and of Quimper) are
    /// never put in one node by the order documents came in. <see cref="Graph.GraphConsolidation"/> joins them with the others of
    /// that name when no two of them hold the same role in different places only, nor roles in different fields only.
    /// </summary>
    public const string PlacedName = "placed:";

    /// <summary>Whether keys of <paramref name="kind"/> identify an entity: neither weak (<paramref name="weakKinds"/>) nor an attribute.</summary>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static bool IsStrongKind(string kind, IReadOnlySet<string> weakKinds)
    {
        ArgumentNullException.ThrowIfNull(kind);
        ArgumentNullException.ThrowIfNull(weakKinds);
        return !weakKinds.Contains(kind) && !AttributeKinds.Contains(kind);
    }

    /// <summary>Validates a document's merge arguments and splits each entity's keys by <paramref name="weakKinds"/> (ordinal order, no repeats).</summary>
    /// <param name="documentId">The document's id (not empty).</param>
    /// <param name="mentions">The document's mentions.</param>
    /// <param name="sentenceIndexOfMention">The sentence of each mention (same length as <paramref name="mentions"/>).</param>
    /// <param name="resolvedEntities">The resolver's entities; their mention indices must be in range.</param>
    /// <param name="weakKinds">The key kinds that are weak evidence (<c>EntityGraphOptions.WeakKeyKinds</c>).</param>
    /// <returns>One candidate per resolved entity, in order.</returns>
    /// <exception cref="ArgumentNullException">An argument or an element is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The id is empty, the lengths differ, or a mention index is out of range.</exception>
    public static LinkCandidate[] Prepare(
        string documentId,
        IReadOnlyList<EntityMention> mentions,
        IReadOnlyList<int> sentenceIndexOfMention,
        IReadOnlyList<ResolvedEntity> resolvedEntities,
        IReadOnlySet<string> weakKinds) =>
        Prepare(documentId, mentions, sentenceIndexOfMention, resolvedEntities, weakKinds, []);

    /// <summary>
    /// As <see cref="Prepare(string, IReadOnlyList{EntityMention}, IReadOnlyList{int}, IReadOnlyList{ResolvedEntity}, IReadOnlySet{string})"/>;
    /// a person that <paramref name="roles"/> gives a role in a place, an organization or a professional field has its full names
    /// as <see cref="PlacedName"/> attribute keys and <see cref="PlacedAs"/> strong keys instead of strong <c>full:</c> keys, and its
    /// fields as <see cref="FieldKey"/> attribute keys.
    /// </summary>
    /// <param name="documentId">The document's id (not empty).</param>
    /// <param name="mentions">The document's mentions.</param>
    /// <param name="sentenceIndexOfMention">The sentence of each mention (same length as <paramref name="mentions"/>).</param>
    /// <param name="resolvedEntities">The resolver's entities; their mention indices must be in range.</param>
    /// <param name="weakKinds">The key kinds that are weak evidence (<c>EntityGraphOptions.WeakKeyKinds</c>).</param>
    /// <param name="roles">The document's roles (validated: <see cref="Graph.GraphRoles.Validate"/>).</param>
    /// <returns>One candidate per resolved entity, in order.</returns>
    /// <exception cref="ArgumentNullException">An argument or an element is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The id is empty, the lengths differ, or a mention or entity index is out of range.</exception>
    public static LinkCandidate[] Prepare(
        string documentId,
        IReadOnlyList<EntityMention> mentions,
        IReadOnlyList<int> sentenceIndexOfMention,
        IReadOnlyList<ResolvedEntity> resolvedEntities,
        IReadOnlySet<string> weakKinds,
        IReadOnlyList<Graph.GraphRole> roles)
    {
        ArgumentNullException.ThrowIfNull(weakKinds);
        ArgumentNullException.ThrowIfNull(roles);
        ArgumentException.ThrowIfNullOrEmpty(documentId);
        ArgumentNullException.ThrowIfNull(mentions);
        ArgumentNullException.ThrowIfNull(sentenceIndexOfMention);
        ArgumentNullException.ThrowIfNull(resolvedEntities);
        if (sentenceIndexOfMention.Count != mentions.Count)
        {
            throw new ArgumentException(
                $"{sentenceIndexOfMention.Count} sentence indices for {mentions.Count} mentions.", nameof(sentenceIndexOfMention));
        }

        for (int m = 0; m < mentions.Count; m++)
        {
            if (mentions[m] is null) throw new ArgumentNullException(nameof(mentions), $"Mention {m} is null.");
        }

        Graph.GraphRoles.Validate(roles, resolvedEntities.Count);
        var placed = PlacedRoles(roles, resolvedEntities, weakKinds);

        var prepared = new LinkCandidate[resolvedEntities.Count];
        for (int i = 0; i < prepared.Length; i++)
        {
            var entity = resolvedEntities[i] ?? throw new ArgumentNullException(nameof(resolvedEntities), $"Entity {i} is null.");
            ArgumentNullException.ThrowIfNull(entity.Keys);
            ArgumentNullException.ThrowIfNull(entity.Aliases);
            ArgumentNullException.ThrowIfNull(entity.MentionIndices);
            ArgumentNullException.ThrowIfNull(entity.CanonicalName);
            foreach (int m in entity.MentionIndices)
            {
                if ((uint)m >= (uint)mentions.Count)
                {
                    throw new ArgumentException($"Entity {i} ('{entity.CanonicalName}') refers to mention {m} of {mentions.Count}.", nameof(resolvedEntities));
                }
            }

            var strong = new List<string>(entity.Keys.Count);
            var weak = new List<string>();
            var attributes = new List<string>();
            foreach (string key in entity.Keys)
            {
                if (string.IsNullOrEmpty(key)) continue;
                string kind = MatchingKey.KindOf(key);
                if (entity.Label == EntityLabel.Person && placed.TryGetValue(i, out var profile) && key.StartsWith(MatchKeys.Full, StringComparison.Ordinal))
                {
                    string name = key[MatchKeys.Full.Length..];
                    attributes.Add(PlacedName + name);
                    strong.Add(PlacedAs + name + "|" + profile.Profile);
                    foreach (string field in profile.Fields) attributes.Add(FieldKey + field);
                }
                else
                    (weakKinds.Contains(kind) ? weak : AttributeKinds.Contains(kind) ? attributes : strong).Add(key);
            }

            prepared[i] = new LinkCandidate(entity, SortedDistinct(strong), SortedDistinct(weak), SortedDistinct(attributes));
        }

        return prepared;
    }

    /// <summary>
    /// The persons that <paramref name="roles"/> gives a role in a place, an organization or a professional field, each with its
    /// profile (every such role as <c>role|where</c>: the role folded; where: the target's first strong key in ordinal order,
    /// <c>@</c> and the country folded, or empty; sorted, joined by <c>|</c>) and its fields.
    /// </summary>
    private static Dictionary<int, (string Profile, string[] Fields)> PlacedRoles(IReadOnlyList<Graph.GraphRole> roles, IReadOnlyList<ResolvedEntity> entities, IReadOnlySet<string> weakKinds)
    {
        var placed = new Dictionary<int, (List<string> Roles, List<string> Fields)>();
        foreach (var role in roles)
        {
            string? where = role.TargetEntity is int t ? TargetKey(entities[t], weakKinds) : string.IsNullOrEmpty(role.Place) ? null : "@" + Knowledge.TextFolding.Fold(role.Place);
            if (where is null && string.IsNullOrEmpty(role.Field)) continue;
            if (!placed.TryGetValue(role.PersonEntity, out var found)) placed[role.PersonEntity] = found = ([], []);
            found.Roles.Add(Knowledge.TextFolding.Fold(role.Role) + "|" + where);
            if (!string.IsNullOrEmpty(role.Field)) found.Fields.Add(Knowledge.TextFolding.Fold(role.Field));
        }

        return placed.ToDictionary(
            p => p.Key,
            p => (string.Join('|', p.Value.Roles.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)), p.Value.Fields.Distinct(StringComparer.Ordinal).ToArray()));
    }

    /// <summary>
    /// <c>field:</c> the professional field of a role a document gives a person with a <see cref="PlacedName"/> key
    /// (<see cref="Graph.GraphRole.Field"/>: <c>field:sport</c>). An attribute: <see cref="Graph.GraphConsolidation"/> keeps apart two
    /// people of the same full name whose documents give them roles in different fields only (the surgeon and the sailor
    /// <c>Sophie Laurent</c>).
    /// </summary>
    public const string FieldKey = "field:";

    /// <summary>The first strong key of a role's target in ordinal order, or its name folded when it has none.</summary>
    private static string TargetKey(ResolvedEntity? target, IReadOnlySet<string> weakKinds)
    {
        string? first = null;
        foreach (string key in target?.Keys ?? [])
        {
            if (!string.IsNullOrEmpty(key) && IsStrongKind(MatchingKey.KindOf(key), weakKinds) && (first is null || string.CompareOrdinal(key, first) < 0)) first = key;
        }

        return first ?? "#" + Knowledge.TextFolding.Fold(target?.CanonicalName ?? "");
    }

    /// <summary>The keys in ordinal order without repeats.</summary>
    private static string[] SortedDistinct(List<string> keys)
    {
        if (keys.Count == 0) return [];
        keys.Sort(StringComparer.Ordinal);
        int distinct = 1;
        for (int i = 1; i < keys.Count; i++)
        {
            if (!string.Equals(keys[i], keys[distinct - 1], StringComparison.Ordinal)) keys[distinct++] = keys[i];
        }

        return [.. keys.GetRange(0, distinct)];
    }
}
