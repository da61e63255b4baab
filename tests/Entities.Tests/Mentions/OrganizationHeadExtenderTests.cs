using Entities.French.Resolution;
using Entities.Mentions;

namespace Entities.Tests.Mentions;

public sealed class OrganizationHeadExtenderTests
{
    private static readonly OrganizationHeadExtender Extender = new(
        FrenchResolutionData.ReadWords("organization-heads.txt"),
        FrenchResolutionData.ReadWords("organization-head-links.txt"),
        FrenchResolutionData.ReadWords("organization-head-stops.txt"));

    [Theory]
    [InlineData("Selon l'Institut de recherche sur le Maghreb, tout va bien.", "Maghreb", EntityLabel.Location, "Institut de recherche sur le Maghreb/ORG")]
    [InlineData("Il est soigné au CHU de Limoges depuis mai.", "Limoges", EntityLabel.Location, "CHU de Limoges/ORG")]   // an acronym head
    [InlineData("Le CHU attend l'accord de l'ARS Bretagne.", "ARS Bretagne", EntityLabel.Organization, "ARS Bretagne/ORG")]   // an acronym head takes linking words only
    [InlineData("Selon l’Institut de recherche sur le Maghreb, tout va bien.", "Maghreb", EntityLabel.Location, "Institut de recherche sur le Maghreb/ORG")]
    [InlineData("Il siège au Conseil de Paris depuis mars.", "Paris", EntityLabel.Location, "Conseil de Paris/ORG")]
    [InlineData("La Ville de Nancy recrute des animateurs.", "Nancy", EntityLabel.Location, "Ville de Nancy/ORG")]   // the municipality
    [InlineData("Il aime la ville de Nancy.", "Nancy", EntityLabel.Location, "Nancy/LOC")]                           // the town
    [InlineData("Il dirige l'Office du tourisme d'Annecy.", "Annecy", EntityLabel.Location, "Office du tourisme d'Annecy/ORG")]
    [InlineData("Les Chantiers de l'Atlantique ont livré un paquebot.", "Atlantique", EntityLabel.Location, "Chantiers de l'Atlantique/ORG")]   // a company's head
    [InlineData("Le cours des Aciéries de Longwy a baissé.", "Longwy", EntityLabel.Location, "Aciéries de Longwy/ORG")]
    [InlineData("Hier, le Centre a reçu Paris.", "Paris", EntityLabel.Location, "Paris/LOC")]                       // a verb in between
    [InlineData("Hier, le Conseil qui siège à Lyon a voté.", "Lyon", EntityLabel.Location, "Lyon/LOC")]            // a clause
    [InlineData("Centre de Lyon : travaux.", "Lyon", EntityLabel.Location, "Lyon/LOC")]                             // the head opens the sentence
    [InlineData("Il aime le Conseil, de Lyon.", "Lyon", EntityLabel.Location, "Lyon/LOC")]                           // punctuation in between
    [InlineData("Il a vu Marie Durand de Lyon.", "Lyon", EntityLabel.Location, "Lyon/LOC")]                          // no head
    [InlineData("Il préside l'Institut de Paul Durand.", "Paul Durand", EntityLabel.Person, "Paul Durand/PER")]     // people are never extended
    public void ExtendsToTheInstitutionsHead(string text, string surface, EntityLabel label, string expected)
    {
        var input = new RefinerInput(text).With(surface, label);
        Assert.Equal([expected], input.Render(input.Run(Extender)));
    }
}
