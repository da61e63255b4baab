using Entities.French.Extraction;
using Entities.Graph;

namespace Entities.Tests.Roles;

/// <summary>
/// Two people of one full name in one document, told apart by their roles: the entity is split, the same way with and without a
/// graph; roles that one person may hold together leave it whole.
/// </summary>
public sealed class NamesakeSplitterTests
{
    private static readonly FrenchEntityExtractor Extractor = new();

    public static TheoryData<string, string, string> Cases => new()
    {
        // text, full name, expected groups of its person mentions (mention texts in order, '|' between entities)
        { "Le footballeur Thierry Vasseur a marqué samedi. Le lendemain, le cardiologue Thierry Vasseur l'a examiné.", "Thierry Vasseur", "Thierry Vasseur|Thierry Vasseur" },
        { "Jean Martin, maire de Brest, a reçu à déjeuner Jean Martin, maire de Quimper.", "Jean Martin", "Jean Martin|Jean Martin" },
        { "Le footballeur Thierry Vasseur a marqué. Vasseur a souri. Le cardiologue Thierry Vasseur l'a examiné. Vasseur a conclu.", "Thierry Vasseur", "Thierry Vasseur,Vasseur|Thierry Vasseur,Vasseur" },
        // The text says they share a name.
        { "Deux finalistes portaient le même nom. Thomas Régnier, venu de Quimper, a devancé son homonyme lorrain Thomas Régnier, installé à Nancy.", "Thomas Régnier", "Thomas Régnier|Thomas Régnier" },
        { "Son directeur, Alain Mercier, porte le même nom que l'ancien entraîneur du club, Alain Mercier.", "Alain Mercier", "Alain Mercier|Alain Mercier" },
        { "Alain Mercier a parlé. Mercier a souri. Il porte le même nom que son voisin, Alain Mercier, qui a ri.", "Alain Mercier", "Alain Mercier,Mercier|Alain Mercier" },
        { "Alain Mercier a parlé. Alain Mercier a souri.", "Alain Mercier", "Alain Mercier,Alain Mercier" },                                    // no cue
        { "Alain Mercier a parlé, puis Alain Mercier a répondu à son homonyme.", "Alain Mercier", "Alain Mercier,Alain Mercier" },          // the cue after both
        // One person: the same field, a former role, a role without a field.
        { "Le cardiologue Thierry Vasseur a parlé. Le chirurgien Thierry Vasseur a opéré.", "Thierry Vasseur", "Thierry Vasseur,Thierry Vasseur" },
        { "Le footballeur Thierry Vasseur a marqué. L'ancien cardiologue Thierry Vasseur a souri.", "Thierry Vasseur", "Thierry Vasseur,Thierry Vasseur" },
        { "Le footballeur Thierry Vasseur a marqué. Le porte-parole Thierry Vasseur a souri.", "Thierry Vasseur", "Thierry Vasseur,Thierry Vasseur" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void RolesPartANameOnlyWhenOnePersonCannotHoldThem(string text, string name, string expected)
    {
        var result = Extractor.ExtractEntities(text);
        Assert.Equal(expected, Groups(result, name));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void AGraphGetsTheSameEntities(string text, string name, string expected)
    {
        var graph = new EntityGraph();
        var extractor = new FrenchEntityExtractor(new FrenchEntityExtractorOptions { Graph = graph });
        var result = extractor.ExtractEntities(text, "d1");
        Assert.Equal(expected, Groups(result, name));
        int nodes = result.Entities.Count(e => e.Label == EntityLabel.Person && e.Aliases.Contains(name));
        Assert.Equal(expected.Split('|').Length, nodes);
    }

    [Fact]
    public void ASplitDocumentKeepsTheRolesOfBothPeople()
    {
        var result = Extractor.ExtractEntities("Jean Martin, maire de Brest, a reçu à déjeuner Jean Martin, maire de Quimper.");
        Assert.Equal(2, result.Roles.Count);
        var owners = result.Roles.Select(r => result.Mentions[r.PersonMention].EntityId).Distinct().ToList();
        Assert.Equal(2, owners.Count);
        Assert.All(result.Entities, e => Assert.All(e.MentionIndices, m => Assert.Equal(e.Id, result.Mentions[m].EntityId)));
    }

    /// <summary>The person mentions of the entities named <paramref name="name"/>, grouped by entity in order of first mention.</summary>
    private static string Groups(ExtractionResult result, string name) =>
        string.Join('|', result.Entities
            .Where(e => e.Label == EntityLabel.Person && e.Aliases.Contains(name))
            .OrderBy(e => e.MentionIndices[0])
            .Select(e => string.Join(',', e.MentionIndices.Select(m => result.Mentions[m].Text))));
}
