using Entities.Knowledge;
using Entities.Graph;
using Entities.Resolution;

namespace Entities.Tests.Extraction;

/// <summary>A mention takes the label of the entity the resolver put it in, so a document never calls one entity two things.</summary>
public sealed class MentionLabelHarmonizationTests
{
    [Fact]
    public void Mentions_take_the_label_of_their_entity()
    {
        var mentions = new[]
        {
            new EntityMention(0, 8, "Rodolphe", EntityLabel.Person, 0.7, null),
            new EntityMention(30, 38, "Rodolphe", EntityLabel.Location, 0.6, null),
            new EntityMention(50, 55, "Rouen", EntityLabel.Location, 0.9, null),
        };
        var resolved = new[]
        {
            new ResolvedEntity(EntityLabel.Person, "Rodolphe", [new AliasCount("Rodolphe", 2)], ["full:rodolphe"], [0, 1]),
            new ResolvedEntity(EntityLabel.Location, "Rouen", [new AliasCount("Rouen", 1)], ["full:rouen"], [2]),
        };
        var links = DocumentEntities.PrivateLinks(resolved);

        var result = DocumentEntities.Build(mentions, resolved, links);

        Assert.Equal([EntityLabel.Person, EntityLabel.Person, EntityLabel.Location], result.Mentions.Select(m => m.Label));
        Assert.Equal([0.7, 0.6, 0.9], result.Mentions.Select(m => m.Score));
        Assert.Equal(["e1", "e1", "e2"], result.Mentions.Select(m => m.EntityId));
    }

    [Fact]
    public void A_document_never_gives_one_entity_two_labels()
    {
        var extractor = new Entities.French.Extraction.FrenchEntityExtractor();
        var result = extractor.ExtractEntities(
            "Rodolphe entra dans la pièce. Emma regarda Rodolphe sans rien dire. Elle écrivit à Rodolphe le soir même.");

        foreach (var entity in result.Entities)
            Assert.All(entity.MentionIndices, m => Assert.Equal(entity.Label, result.Mentions[m].Label));
    }
}
