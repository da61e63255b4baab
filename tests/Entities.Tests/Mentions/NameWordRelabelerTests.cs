using Entities.French.Resolution;
using Entities.Mentions;

namespace Entities.Tests.Mentions;

public sealed class NameWordRelabelerTests
{
    private static readonly NameWordRelabeler Relabeler = new(EntityLabel.Organization, NameWord.First, [EntityLabel.Location], FrenchResolutionData.ReadWords("organization-only-heads.txt"));

    [Theory]
    [InlineData("Il est soigné au CHU de Grenoble.", "CHU de Grenoble", EntityLabel.Location, "CHU de Grenoble/ORG")]
    [InlineData("La Banque de France publie.", "Banque de France", EntityLabel.Location, "Banque de France/ORG")]
    [InlineData("Radio Goëlo émet depuis Paimpol.", "Radio Goëlo", EntityLabel.Location, "Radio Goëlo/ORG")]                 // a station
    [InlineData("Le Centre Pompidou ouvre.", "Centre Pompidou", EntityLabel.Location, "Centre Pompidou/LOC")]                 // a venue head
    [InlineData("La Confédération suisse vote.", "Confédération suisse", EntityLabel.Location, "Confédération suisse/LOC")]
    [InlineData("Le Conseil a voté.", "Conseil", EntityLabel.Location, "Conseil/LOC")]                                       // one word
    [InlineData("Chambre Dupont parle.", "Chambre Dupont", EntityLabel.Person, "Chambre Dupont/PER")]                         // only places
    [InlineData("Selon le Courrier des Charentes, tout va bien.", "Courrier des Charentes", EntityLabel.Location, "Courrier des Charentes/ORG")] // a newspaper
    [InlineData("On lit la Gazette de Lausanne.", "Gazette de Lausanne", EntityLabel.Location, "Gazette de Lausanne/ORG")]
    public void AnOrganizationsHeadMakesAnOrganization(string text, string surface, EntityLabel label, string expected)
    {
        var input = new RefinerInput(text).With(surface, label);
        Assert.Equal([expected], input.Render(input.Run(Relabeler)));
    }

    private static readonly NameWordRelabeler Authorities = new(
        EntityLabel.Organization, NameWord.First, [EntityLabel.Location, EntityLabel.Person], FrenchResolutionData.ReadWords("authority-heads.txt"),
        name => !Entities.French.Mentions.FrenchMentionRefiner.SecondWordIsCapitalized(name));

    [Theory]
    [InlineData("La Région Grand Est finance le projet.", "Région Grand Est", EntityLabel.Location, "Région Grand Est/ORG")]
    [InlineData("Le Département du Gers vote.", "Département du Gers", EntityLabel.Location, "Département du Gers/LOC")]      // a linking word: the extender's case
    [InlineData("Il vit en Région flamande.", "Région flamande", EntityLabel.Location, "Région flamande/LOC")]                // an adjective: the Belgian region
    [InlineData("La région Grand Est est vaste.", "région Grand Est", EntityLabel.Location, "région Grand Est/LOC")]          // lower case: the territory
    public void AnAuthoritysHeadBeforeANameMakesAnOrganization(string text, string surface, EntityLabel label, string expected)
    {
        var input = new RefinerInput(text).With(surface, label);
        Assert.Equal([expected], input.Render(input.Run(Authorities)));
    }

    private static readonly NameWordRelabeler Places = new(
        EntityLabel.Location, NameWord.First, [EntityLabel.Organization, EntityLabel.Person], FrenchResolutionData.ReadWords("place-heads.tsv").Select(line => line.Split('\t')[0]));

    [Theory]
    [InlineData("Réunion à l'hôtel Matignon ce soir.", "hôtel Matignon", EntityLabel.Organization, "hôtel Matignon/LOC")]
    [InlineData("Il traverse le pont Alexandre-III.", "pont Alexandre-III", EntityLabel.Person, "pont Alexandre-III/LOC")]
    [InlineData("Le Pont Neuf Group recrute.", "Pont Neuf Group", EntityLabel.Organization, "Pont Neuf Group/ORG")]     // heads are lower case
    [InlineData("Le prix de la rue Cambon.", "rue Cambon", EntityLabel.Miscellaneous, "rue Cambon/MISC")]              // MISC is not among the labels
    public void APlacesHeadMakesAPlace(string text, string surface, EntityLabel label, string expected)
    {
        var input = new RefinerInput(text).With(surface, label);
        Assert.Equal([expected], input.Render(input.Run(Places)));
    }

    private static readonly NameWordRelabeler Firms = new(
        EntityLabel.Organization, NameWord.Last, [EntityLabel.Location, EntityLabel.Person], FrenchResolutionData.ReadWords("organization-final-words.txt"));

    [Theory]
    [InlineData("Le chantier confié à Bouchet TP avance.", "Bouchet TP", EntityLabel.Person, "Bouchet TP/ORG")]
    [InlineData("Un vote de Bordeaux Métropole hier.", "Bordeaux Métropole", EntityLabel.Location, "Bordeaux Métropole/ORG")]
    [InlineData("Les vols de Royal Air Maroc Airlines reprennent.", "Royal Air Maroc Airlines", EntityLabel.Location, "Royal Air Maroc Airlines/ORG")]
    [InlineData("Il a fondé Lumen Technologies.", "Lumen Technologies", EntityLabel.Person, "Lumen Technologies/ORG")]
    [InlineData("Elle court pour Blois Athlétisme.", "Blois Athlétisme", EntityLabel.Location, "Blois Athlétisme/ORG")]             // a sports club
    [InlineData("Il a signé à Vannes Handball.", "Vannes Handball", EntityLabel.Person, "Vannes Handball/ORG")]
    [InlineData("Il vit à Rugby depuis mai.", "Rugby", EntityLabel.Location, "Rugby/LOC")]                                          // the town alone
    [InlineData("Le contrat lie Trégor Gestion à la ville.", "Trégor Gestion", EntityLabel.Person, "Trégor Gestion/ORG")]          // a trade after a place's name
    [InlineData("Armor Components embauche.", "Armor Components", EntityLabel.Person, "Armor Components/ORG")]
    [InlineData("Le cabinet Martin Associés plaide.", "Martin Associés", EntityLabel.Person, "Martin Associés/ORG")]
    [InlineData("Paul Conseil a parlé.", "Paul Conseil", EntityLabel.Person, "Paul Conseil/PER")]                                 // Conseil ends persons' names too
    [InlineData("Martin Dupont Groupe rachète.", "Martin Dupont Groupe", EntityLabel.Miscellaneous, "Martin Dupont Groupe/MISC")]   // MISC is not among the labels
    [InlineData("Le groupe Métropole parle.", "Métropole", EntityLabel.Location, "Métropole/LOC")]                                // one word
    [InlineData("Paul Capital dirige.", "Paul Capital", EntityLabel.Person, "Paul Capital/PER")]                                  // not in the list
    public void AFirmsFinalWordMakesAnOrganization(string text, string surface, EntityLabel label, string expected)
    {
        var input = new RefinerInput(text).With(surface, label);
        Assert.Equal([expected], input.Render(input.Run(Firms)));
    }

    private static readonly NameWordRelabeler Venues = new(
        EntityLabel.Location, NameWord.Last, [EntityLabel.Organization, EntityLabel.Person], FrenchResolutionData.ReadWords("place-final-words.txt"),
        name => FrenchResolutionData.GivenNames.GenderOf(name[..Math.Max(0, name.IndexOf(' '))]) != Entities.Resolution.PersonGender.Unknown);

    [Theory]
    [InlineData("Le concert a lieu à l'Accor Arena ce soir.", "Accor Arena", EntityLabel.Organization, "Accor Arena/LOC")]
    [InlineData("Lyon joue au Groupama Stadium.", "Groupama Stadium", EntityLabel.Person, "Groupama Stadium/LOC")]
    [InlineData("L'Arena a ouvert.", "Arena", EntityLabel.Organization, "Arena/ORG")]                                   // one word
    [InlineData("Le groupe Accor publie.", "Accor", EntityLabel.Organization, "Accor/ORG")]                           // no venue word
    [InlineData("Tina Arena chantera à Paris.", "Tina Arena", EntityLabel.Person, "Tina Arena/PER")]                   // a given name first
    public void AVenuesFinalWordMakesAPlace(string text, string surface, EntityLabel label, string expected)
    {
        var input = new RefinerInput(text).With(surface, label);
        Assert.Equal([expected], input.Render(input.Run(Venues)));
    }

    [Fact]
    public void APositionOutsideTheEnumIsRefused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new NameWordRelabeler(EntityLabel.Organization, (NameWord)7, [], []));

    [Theory]
    [InlineData("La CGT Hauts-de-France appelle à la grève.", "CGT Hauts-de-France", EntityLabel.Location, "CGT Hauts-de-France/ORG")]   // a body's regional branch
    [InlineData("Il vit à Saint-Malo.", "Saint-Malo", EntityLabel.Location, "Saint-Malo/LOC")]
    public void AnAcronymFirstMakesAnOrganization(string text, string surface, EntityLabel label, string expected)
    {
        var relabeler = new NameWordRelabeler(EntityLabel.Organization, NameWord.First, [EntityLabel.Location], ["CGT"]);
        var input = new RefinerInput(text).With(surface, label);
        Assert.Equal([expected], input.Render(input.Run(relabeler)));
    }

    [Theory]
    [InlineData("Le reportage diffusé par Canal Azur a été vu.", "Canal Azur", EntityLabel.Organization)]                 // a channel
    [InlineData("Les péniches du Canal du Midi passent.", "Canal du Midi", EntityLabel.Location)]                        // the waterway
    [InlineData("Le Canal Bruxelles-Charleroi est fermé.", "Canal Bruxelles-Charleroi", EntityLabel.Location)]
    public void TheFrenchChainTellsAChannelFromACanal(string text, string name, EntityLabel label)
    {
        var mentions = new Entities.French.Extraction.FrenchEntityExtractor().ExtractEntities(text).Mentions;
        Assert.Contains(mentions, m => m.Text == name && m.Label == label);
    }
}
