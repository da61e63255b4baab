using Entities.French.Data;
using Entities.Mentions;

namespace Entities.Tests.Mentions;

public sealed class AppositionPersonRelabelerTests
{
    private static readonly AppositionPersonRelabeler Relabeler = new(FrenchWordLists.PersonNouns(), "ans", ["le", "la", "les", "l'"]);

    [Theory]
    [InlineData("Florence, infirmière de nuit à Dijon, a couru.", "Florence", EntityLabel.Location, "Florence/PER")]
    [InlineData("Orange, 34 ans, a témoigné.", "Orange", EntityLabel.Organization, "Orange/PER")]
    [InlineData("Chelsea, pianiste, a joué.", "Chelsea", EntityLabel.Organization, "Chelsea/PER")]
    [InlineData("À Pékin, le nageur Michael Phelps a gagné.", "Pékin", EntityLabel.Location, "Pékin/LOC")]       // an article: the next name's
    [InlineData("Florence, capitale de la Toscane, attire.", "Florence", EntityLabel.Location, "Florence/LOC")]  // not a person noun
    [InlineData("Lyon, 34 000 habitants, vote.", "Lyon", EntityLabel.Location, "Lyon/LOC")]                     // a number, not an age
    [InlineData("Florence,infirmière, a couru.", "Florence", EntityLabel.Location, "Florence/LOC")]             // one space after the comma
    [InlineData("Saint Malo, pianiste, a joué.", "Saint Malo", EntityLabel.Location, "Saint Malo/LOC")]         // several words
    [InlineData("Il travaille à Toulouse, pilote le projet.", "Toulouse", EntityLabel.Location, "Toulouse/LOC")]   // a verb: an article follows
    [InlineData("Il vit à Toulouse, pilote l’essai.", "Toulouse", EntityLabel.Location, "Toulouse/LOC")]           // typographic apostrophe
    [InlineData("Florence, pilote de ligne, a volé.", "Florence", EntityLabel.Location, "Florence/PER")]           // a noun: no article
    public void AnAppositionThatDescribesAPersonMakesAPerson(string text, string surface, EntityLabel label, string expected)
    {
        var input = new RefinerInput(text).With(surface, label);
        Assert.Equal([expected], input.Render(input.Run(Relabeler)));
    }
}
