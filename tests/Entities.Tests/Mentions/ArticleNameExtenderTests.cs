using Entities.French.Resolution;
using Entities.Mentions;

namespace Entities.Tests.Mentions;

public sealed class ArticleNameExtenderTests
{
    private static readonly ArticleNameExtender Extender = new(
        FrenchAliasTable.Default, ["Le", "La", "Les", "L'"], new HashSet<string> { "Le Dauphiné libéré", "Le Dauphiné", "L'Équipe" }, new HashSet<string> { "La Rochelle" });

    [Theory]
    [InlineData("Selon Le Monde, tout va bien.", "Monde", EntityLabel.Organization, "Le Monde/ORG")]                          // the alias table
    [InlineData("Il a rejoint La France insoumise en mai.", "France insoumise", EntityLabel.Organization, "La France insoumise/ORG")]
    [InlineData("Lu dans Le Dauphiné libéré ce matin.", "Dauphiné libéré", EntityLabel.Organization, "Le Dauphiné libéré/ORG")] // a known name
    [InlineData("Il vit à La Rochelle.", "Rochelle", EntityLabel.Location, "La Rochelle/LOC")]
    [InlineData("Il lit L’Équipe.", "Équipe", EntityLabel.Organization, "L’Équipe/ORG")]
    [InlineData("Selon le Monde, tout va bien.", "Monde", EntityLabel.Organization, "Monde/ORG")]                               // a lower-case article
    [InlineData("La CGT appelle à la grève.", "CGT", EntityLabel.Organization, "CGT/ORG")]                                      // not known with it
    [InlineData("Selon Le Monde, tout va bien.", "Monde", EntityLabel.Person, "Monde/PER")]                                    // persons keep their span
    [InlineData("Lu dans Le Dauphiné ce matin.", "Dauphiné", EntityLabel.Location, "Dauphiné/LOC")]                             // known as an organization only
    [InlineData("Le club de La Rochelle gagne.", "Rochelle", EntityLabel.Organization, "Rochelle/ORG")]                         // known as a place only
    public void TakesAnArticleIntoANameKnownWithIt(string text, string surface, EntityLabel label, string expected)
    {
        var input = new RefinerInput(text).With(surface, label);
        Assert.Equal([expected], input.Render(input.Run(Extender)));
    }

    private static readonly ArticleNameExtender Decisive = new(
        FrenchAliasTable.Default, ["Le", "La", "Les", "L'"], new HashSet<string> { "L'Oréal", "Le Dauphiné", "Le Havre", "La Marseillaise" }, new HashSet<string> { "Le Havre" },
        new HashSet<string> { "L'Oréal", "Le Havre", "La Marseillaise" });

    [Theory]
    [InlineData("Les titres de L'Oréal ont résisté.", "Oréal", EntityLabel.Location, "L'Oréal/ORG")]                 // decisive, known as an organization
    [InlineData("Les titres de L’Oréal ont résisté.", "Oréal", EntityLabel.Person, "L’Oréal/ORG")]
    [InlineData("Lu dans Le Dauphiné ce matin.", "Dauphiné", EntityLabel.Location, "Dauphiné/LOC")]                 // not decisive (also a region)
    [InlineData("Le Havre gagne.", "Havre", EntityLabel.Person, "Havre/PER")]                                         // known under both labels
    [InlineData("Ils ont chanté La Marseillaise.", "Marseillaise", EntityLabel.Miscellaneous, "Marseillaise/MISC")]   // a work keeps its label
    [InlineData("Selon L'Oréal, tout va bien.", "Oréal", EntityLabel.Miscellaneous, "L'Oréal/ORG")]                  // not after an elided article: the tagger never takes it in
    [InlineData("Le Havre gagne.", "Havre", EntityLabel.Location, "Le Havre/LOC")]                                    // the mention's label: as before
    public void ADecisiveNameTakesItsLabel(string text, string surface, EntityLabel label, string expected)
    {
        var input = new RefinerInput(text).With(surface, label);
        Assert.Equal([expected], input.Render(input.Run(Decisive)));
    }

    [Theory]
    [InlineData("Il a parlé à Le Fanal des Côtes ce matin.", "Fanal des Côtes", EntityLabel.Organization, "Le Fanal des Côtes/ORG")] // after a lower-case word
    [InlineData("Elle préside l'association Les Amis du Verger.", "Amis du Verger", EntityLabel.Organization, "Les Amis du Verger/ORG")]
    [InlineData("Le tram dessert le quartier de La Sorbière.", "Sorbière", EntityLabel.Location, "La Sorbière/LOC")]
    [InlineData("Nous irons à La Sorbière.", "Sorbière", EntityLabel.Location, "La Sorbière/LOC")]                      // à, a word of one letter
    [InlineData("Les Amis du Verger ouvrent samedi.", "Amis du Verger", EntityLabel.Organization, "Amis du Verger/ORG")]   // the sentence's first word
    [InlineData("Bilan. Les Amis du Verger ouvrent.", "Amis du Verger", EntityLabel.Organization, "Amis du Verger/ORG")]   // a new sentence
    [InlineData("Réunion à Berne : Le Conseil vote.", "Conseil", EntityLabel.Organization, "Conseil/ORG")]                // after punctuation
    [InlineData("Au bureau c Le Fanal des Côtes.", "Fanal des Côtes", EntityLabel.Organization, "Fanal des Côtes/ORG")]   // a stray letter of OCR
    [InlineData("Hier, Pierre Le Fanal est venu.", "Fanal", EntityLabel.Person, "Fanal/PER")]                           // after a capitalized word
    [InlineData("Il saisit Le Conseil constitutionnel.", "Conseil constitutionnel", EntityLabel.Organization, "Conseil constitutionnel/ORG")] // known without it
    public void TakesACapitalizedArticleInsideASentenceIntoAnUnknownName(string text, string surface, EntityLabel label, string expected)
    {
        var input = new RefinerInput(text).With(surface, label);
        Assert.Equal([expected], input.Render(input.Run(Extender)));
    }
}
