using Entities.Knowledge;
using Entities.Graph;
using Entities.Resolution;

namespace Entities.Tests.Graph;

/// <summary>Builds one document's mentions, sentence indices and resolved entities for graph tests.</summary>
internal sealed class TestDocument(string id)
{
    private readonly List<EntityMention> _mentions = [];
    private readonly List<int> _sentences = [];
    private readonly List<ResolvedEntity> _entities = [];

    public string Id { get; } = id;

    /// <summary>Adds an entity whose mentions are (alias, sentence) pairs; the first alias is the canonical name.</summary>
    public TestDocument Add(EntityLabel label, string[] keys, params (string Alias, int Sentence)[] mentions)
    {
        var indices = new List<int>();
        foreach (var (alias, sentence) in mentions)
        {
            int start = _mentions.Count * 20;
            indices.Add(_mentions.Count);
            _mentions.Add(new EntityMention(start, start + alias.Length, alias, label, 1.0, null));
            _sentences.Add(sentence);
        }

        var aliases = mentions
            .GroupBy(m => m.Alias, StringComparer.Ordinal)
            .Select(g => new AliasCount(g.Key, g.Count()))
            .ToArray();
        _entities.Add(new ResolvedEntity(label, mentions[0].Alias, aliases, keys, indices));
        return this;
    }

    /// <summary>Shorthand: an entity with one mention in sentence 0.</summary>
    public TestDocument Add(EntityLabel label, string name, params string[] keys) => Add(label, keys, (name, 0));

    public IReadOnlyList<string> MergeInto(EntityGraph graph) => graph.Merge(Id, _mentions, _sentences, _entities);

    public IReadOnlyList<EntityLink> MergeInto(IEntityGraphStore store) => store.MergeLinked(Id, _mentions, _sentences, _entities);

    public IReadOnlyList<EntityLink> MergeInto(IEntityGraphStore store, IReadOnlyList<GraphRole> roles) => store.MergeLinked(Id, _mentions, _sentences, _entities, roles);
}
