using Entities.Knowledge;
using Entities.Graph;
using Entities.Resolution;

namespace Entities.Tests.Reliability;

/// <summary>
/// Found by the fuzzer: two entities the resolver kept apart (<c>Rutte</c> next to several full names) can be linked by the
/// graph to one node; the document then listed the same entity id twice. They are now one entity of the document.
/// </summary>
public sealed class DocumentEntitiesTests
{
    [Fact]
    public void Entities_linked_to_the_same_node_become_one_document_entity()
    {
        var mentions = new[]
        {
            new EntityMention(0, 10, "Mark Rutte", EntityLabel.Person, 0.9, null),
            new EntityMention(15, 20, "Paris", EntityLabel.Location, 0.9, null),
            new EntityMention(25, 30, "Rutte", EntityLabel.Person, 0.8, null),
        };
        var resolved = new[]
        {
            new ResolvedEntity(EntityLabel.Person, "Mark Rutte", [new AliasCount("Mark Rutte", 1)], ["full:mark rutte"], [0]),
            new ResolvedEntity(EntityLabel.Location, "Paris", [new AliasCount("Paris", 1)], ["full:paris"], [1]),
            new ResolvedEntity(EntityLabel.Person, "Rutte", [new AliasCount("Rutte", 1)], ["surname:rutte"], [2]),
        };
        var links = new[] { new EntityLink("n1", "Mark Rutte", ["Mark Rutte", "Rutte"]), new EntityLink("n2", "Paris", ["Paris"]), new EntityLink("n1", "Mark Rutte", ["Mark Rutte", "Rutte"]) };

        var result = DocumentEntities.Build(mentions, resolved, links);

        Assert.Equal(["n1", "n2"], result.Entities.Select(e => e.Id));
        Assert.Equal([0, 2], result.Entities[0].MentionIndices);
        Assert.Equal(["n1", "n2", "n1"], result.Mentions.Select(m => m.EntityId));
        Assert.DoesNotContain(Fuzz.ExtractionInvariants.Violations(new string('x', 30), result), p => !p.Contains("text", StringComparison.Ordinal));
    }
}
