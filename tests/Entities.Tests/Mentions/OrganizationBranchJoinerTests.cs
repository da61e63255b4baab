using Entities.Mentions;

namespace Entities.Tests.Mentions;

/// <summary>A known organization followed by a region or a country: the organization's branch.</summary>
public sealed class OrganizationBranchJoinerTests
{
    private static readonly HashSet<string> Organizations = ["Medef", "CFDT", "Crédit agricole", "Airbus", "Ferrero"];
    private static readonly HashSet<string> Regions = ["Charente", "Périgord", "Bretagne", "France", "Saint-Martin", "Île-de-France"];
    private static readonly OrganizationBranchJoiner Joiner = new(Organizations.Contains, Regions.Contains);

    [Theory]
    [InlineData("Le président du Medef Charente parle.", "Medef_Charente/PER", "Medef_Charente/ORG")]          // one mention read as a person
    [InlineData("La CFDT Bretagne appelle à la grève.", "CFDT_Bretagne/LOC", "CFDT_Bretagne/ORG")]
    [InlineData("Le Medef Île-de-France signe.", "Medef_Île-de-France/LOC", "Medef_Île-de-France/ORG")]
    [InlineData("Ferrero France investit.", "Ferrero/ORG France/LOC", "Ferrero_France/ORG")]                    // two mentions joined
    [InlineData("Le Crédit agricole Charente-Périgord prête.", "Crédit_agricole/ORG Charente/LOC Périgord/LOC", "Crédit_agricole_Charente-Périgord/ORG")] // a pair of regions, whole
    [InlineData("Ferrero France, le Crédit agricole Charente-Périgord et le Medef Charente signent.",
        "Ferrero/ORG France/LOC Crédit_agricole/ORG Charente/LOC Périgord/LOC Medef_Charente/PER",
        "Ferrero_France/ORG Crédit_agricole_Charente-Périgord/ORG Medef_Charente/ORG")]                           // several in one text
    public void ReadsTheBranchAsOneOrganization(string text, string specs, string expected)
    {
        var input = new RefinerInput(text).WithSpecs(specs);
        Assert.Equal(expected, input.Specs(input.Run(Joiner)));
    }

    [Theory]
    [InlineData("Airbus Toulouse embauche.", "Airbus/ORG Toulouse/LOC")]                     // a city may be the site: not a region
    [InlineData("La station Airbus Saint-Martin ouvre.", "Airbus_Saint-Martin/LOC")]          // a saint's name also names stations
    [InlineData("Ferrero, France et Italie.", "Ferrero/ORG France/LOC")]                       // not one space apart
    [InlineData("Le Crédit agricole Charente-Maritime prête.", "Crédit_agricole/ORG Charente/LOC")] // a pair cut at its hyphen: whole or not at all
    [InlineData("Jean Bretagne est venu.", "Jean_Bretagne/PER")]                               // no known organization first
    [InlineData("Le Medef Charente est venu.", "Medef_Charente/ORG")]                          // already an organization
    [InlineData("Le prix Ferrero France est remis.", "Ferrero_France/MISC")]                  // not a MISC
    public void LeavesOtherMentionsAlone(string text, string specs)
    {
        var input = new RefinerInput(text).WithSpecs(specs);
        Assert.Same(input.Mentions, input.Run(Joiner));
    }
}
