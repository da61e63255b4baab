using Entities.French.Resolution;
using Entities.Knowledge;
using Entities.Resolution;

namespace Entities.Tests.Resolution;

/// <summary>An organization name two organizations share is keyed apart when a cue of the less usual one stands near it (organization-senses.tsv).</summary>
public sealed class OrganizationSensesTests
{
    [Theory]
    [InlineData("Le PS a déposé à Berne son initiative, soumise à votation l'an prochain.", "PS", "suisse")]
    [InlineData("À Charleroi, le PS a perdu deux sièges.", "PS", "belgique")]
    [InlineData("Le PS a réuni son bureau national rue de Solférino.", "PS", null)]                       // the French party
    [InlineData("Le Conseil d'État a validé le budget du canton de Genève.", "Conseil d'État", "geneve")]
    [InlineData("Le Conseil d'État a annulé le décret du Premier ministre.", "Conseil d'État", null)]
    [InlineData("Le CIO a confié les Jeux d'hiver aux Alpes françaises.", "CIO", null)]
    [InlineData("Le CIO de Brest reçoit les lycéens inquiets pour Parcoursup.", "CIO", "centre d information et d orientation")]
    public void AnOrganizationNameIsKeyedApartOnlyNearACueOfTheOtherOne(string text, string name, string? sense)
    {
        var entity = Assert.Single(FrenchResolve.Run(text, "ORG:" + name));
        string bare = TextFolding.Fold(name);
        if (sense is null) Assert.Contains(entity.Keys, key => key.StartsWith(MatchKeys.Table, StringComparison.Ordinal));   // the usual one, the table's
        else
        {
            Assert.Contains(entity.Keys, key => key.EndsWith(bare + " " + sense, StringComparison.Ordinal));
            Assert.DoesNotContain(entity.Keys, key => key.StartsWith(MatchKeys.Table, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void AnAcronymKeyedApartStillJoinsTheLongFormItsLettersSpell()
    {
        var entities = FrenchResolve.Run("L'AS Monaco s'est qualifiée au stade Louis-II. Menée à la pause, l'ASM a renversé la situation.", "ORG:AS Monaco", "LOC:stade Louis-II", "ORG:ASM");
        ResolverAssert.Together(entities, 0, 2);
    }

    [Fact]
    public void TheTableIsRead()
    {
        var senses = FrenchResolutionData.Read("organization-senses.tsv", PlaceSenses.Parse);
        Assert.True(senses.Names.Count() >= 20);
        Assert.Contains("PS", senses.Names);
    }
}
