using Entities.French.Resolution;
using Entities.Mentions;

namespace Entities.Tests.Mentions;

public sealed class HeadNounExtenderTests
{
    private static readonly HeadNounExtender Extender = new(EntityLabel.Location, ["rue", "île", "mont", "hôtel", "aéroport"], ["rue", "gare", "pont", "hôtel"]);

    private static readonly HeadNounExtender Organizations = new(EntityLabel.Organization, [], FrenchResolutionData.ReadWords("organization-head-nouns.txt"));

    [Theory]
    [InlineData("Elle étudie à l'université Paris-Saclay depuis mai.", "Paris-Saclay", EntityLabel.Organization, "université Paris-Saclay/ORG")]
    [InlineData("Le parquet de Valence a ouvert une enquête.", "Valence", EntityLabel.Location, "parquet de Valence/ORG")]
    [InlineData("Les élèves du lycée Paul-Éluard manifestent.", "Paul-Éluard", EntityLabel.Person, "lycée Paul-Éluard/ORG")]
    [InlineData("Il vit près du lycée, à Paris.", "Paris", EntityLabel.Location, "Paris/LOC")]                                   // not right after the noun
    public void ExtendsANameToTheNounThatHeadsItAsAnOrganization(string text, string surface, EntityLabel label, string expected)
    {
        var input = new RefinerInput(text).With(surface, label);
        Assert.Equal([expected], input.Render(input.Run(Organizations)));
    }

    private static readonly HeadNounExtender Authorities = new(
        EntityLabel.Organization, [], FrenchResolutionData.ReadWords("organization-head-nouns.txt").Concat(FrenchResolutionData.ReadWords("authority-heads.txt")));

    [Theory]
    [InlineData("Le Département des Hautes-Pyrénées finance la ligne.", "Hautes-Pyrénées", EntityLabel.Location, "Département des Hautes-Pyrénées/ORG")]
    [InlineData("La Région Occitanie et l'État paient.", "Occitanie", EntityLabel.Location, "Région Occitanie/ORG")]
    [InlineData("Le département des Hautes-Pyrénées est rural.", "Hautes-Pyrénées", EntityLabel.Location, "Hautes-Pyrénées/LOC")]   // the territory
    public void ExtendsAPlaceToTheAuthorityThatHeadsIt(string text, string surface, EntityLabel label, string expected)
    {
        var input = new RefinerInput(text).With(surface, label);
        Assert.Equal([expected], input.Render(input.Run(Authorities)));
    }

    [Theory]
    [InlineData("Il habite rue Cambon depuis mai.", "Cambon", EntityLabel.Person, "rue Cambon/LOC")]
    [InlineData("Le train part de la gare de Lyon à midi.", "Lyon", EntityLabel.Location, "gare de Lyon/LOC")]
    [InlineData("Il passe sur le pont de l'Alma.", "Alma", EntityLabel.Location, "pont de l'Alma/LOC")]
    [InlineData("Il passe sur le pont de l’Alma.", "Alma", EntityLabel.Location, "pont de l’Alma/LOC")]
    [InlineData("Il grimpe le mont Blanc.", "Blanc", EntityLabel.Person, "mont Blanc/LOC")]
    [InlineData("Réunion à l'hôtel Matignon ce soir.", "Matignon", EntityLabel.Location, "hôtel Matignon/LOC")]
    [InlineData("Il vit sur l'île de Kyushu.", "Kyushu", EntityLabel.Location, "Kyushu/LOC")]                 // no link word after a natural feature
    [InlineData("Il atterrit à l'aéroport de Saïgon.", "Saïgon", EntityLabel.Location, "Saïgon/LOC")]
    [InlineData("Il loge à l'hôtel Ritz Group.", "Ritz Group", EntityLabel.Organization, "Ritz Group/ORG")]     // an organization right after the head
    [InlineData("Il loge à l'hôtel de Ville.", "Ville", EntityLabel.Organization, "hôtel de Ville/LOC")]
    [InlineData("Le prix de la rue Cambon.", "Cambon", EntityLabel.Miscellaneous, "Cambon/MISC")]             // MISC is left alone
    public void ExtendsANameToTheNounThatHeadsItAsAPlace(string text, string surface, EntityLabel label, string expected)
    {
        var input = new RefinerInput(text).With(surface, label);
        Assert.Equal([expected], input.Render(input.Run(Extender)));
    }

    [Theory]
    [InlineData("Le tableau est prêté par le musée d'Orsay.", "Orsay", EntityLabel.Location, "musée d'Orsay/LOC")]
    [InlineData("Il visite le musée du Louvre.", "Louvre", EntityLabel.Organization, "musée du Louvre/LOC")]
    [InlineData("Le musée de l'École de Nancy rouvre.", "École de Nancy", EntityLabel.Organization, "musée de l'École de Nancy/LOC")]
    [InlineData("Il passe par la gare de Lyon.", "Lyon", EntityLabel.Location, "gare de Lyon/LOC")]
    [InlineData("La médiathèque Simone-Veil ferme lundi.", "Simone-Veil", EntityLabel.Person, "médiathèque Simone-Veil/LOC")]
    [InlineData("Ils dorment au refuge du Goûter.", "Goûter", EntityLabel.Location, "refuge du Goûter/LOC")]
    [InlineData("Le cours a lieu dans l'amphithéâtre Buffon.", "Buffon", EntityLabel.Person, "amphithéâtre Buffon/LOC")]
    [InlineData("La bibliothèque de Lyon prête ses fonds.", "Lyon", EntityLabel.Location, "Lyon/LOC")]                 // no link after a library
    [InlineData("Le tunnel du Fréjus rouvre.", "Fréjus", EntityLabel.Location, "tunnel du Fréjus/LOC")]
    [InlineData("Elle joue sur le court Philippe-Chatrier.", "Philippe-Chatrier", EntityLabel.Person, "court Philippe-Chatrier/LOC")]
    [InlineData("Il est à court de Dupont.", "Dupont", EntityLabel.Person, "Dupont/PER")]                                   // no link after a court
    public void TheFrenchHeadsExtendPlaces(string text, string surface, EntityLabel label, string expected)
    {
        var rows = FrenchResolutionData.ReadWords("place-heads.tsv").Select(line => line.Split('\t')).ToList();
        var extender = new HeadNounExtender(EntityLabel.Location, rows.Select(row => row[0]), rows.Where(row => row[1] == "link").Select(row => row[0]));
        var input = new RefinerInput(text).With(surface, label);
        Assert.Equal([expected], input.Render(input.Run(extender)));
    }

    [Fact]
    public void TheFrenchHeadsAreLowerCaseWithALinkColumn()
    {
        var rows = FrenchResolutionData.ReadWords("place-heads.tsv").Select(line => line.Split('\t')).ToList();
        Assert.True(rows.Count >= 30);
        Assert.All(rows, row =>
        {
            Assert.Equal(2, row.Length);
            Assert.Equal(row[0].ToLowerInvariant(), row[0]);
            Assert.Contains(row[1], new[] { "link", "-" });
        });
        Assert.Equal(rows.Count, rows.Select(r => r[0]).Distinct(StringComparer.Ordinal).Count());
    }
}
