using Entities.French.Resolution;
using Entities.Mentions;

namespace Entities.Tests.Mentions;

public sealed class BareOrganizationNameRelabelerTests
{
    private static readonly BareOrganizationNameRelabeler Relabeler = new(
        ["Michelin", "Hermès", "Dior", "Bolloré", "Wagner", "Chanel", "Lanvin", "groupe Michelin"],
        ["M.", "Mme", "l'industriel", "héritiers de"],
        FrenchResolutionData.ReadWords("person-verbs.txt"));

    [Theory]
    [InlineData("Michelin/PER Cholet/LOC", "Michelin a annoncé la fermeture de l'usine de Cholet.", "Michelin/ORG Cholet/LOC")]
    [InlineData("Hermès/PER Dior/PER", "Hermès et Dior ont publié leurs résultats.", "Hermès/ORG Dior/ORG")]
    [InlineData("Vincent_Bolloré/PER Bolloré/PER", "Vincent Bolloré a parlé. Bolloré a ensuite quitté la salle.", "Vincent_Bolloré/PER Bolloré/PER")] // named in full
    [InlineData("Michelin/PER", "Hier, M. Michelin a témoigné.", "Michelin/PER")]                          // a title
    [InlineData("Bolloré/PER", "Selon l'industriel Bolloré, tout va bien.", "Bolloré/PER")]               // a person noun
    [InlineData("Wagner/PER", "Les héritiers de Wagner défendent la mise en scène.", "Wagner/PER")]       // a kin phrase
    [InlineData("Dior/PER", "Dior sourit aux photographes.", "Dior/PER")]                                  // a person verb
    [InlineData("Chanel/PER Lanvin/PER Lucien_Lelong/PER", "C'est l'époque des Chanel, Lanvin, Lucien Lelong et des autres.", "Chanel/PER Lanvin/PER Lucien_Lelong/PER")] // listed with people
    [InlineData("Michelin/LOC", "Michelin a annoncé un plan.", "Michelin/LOC")]                            // only persons are relabeled
    [InlineData("Durand/PER", "Durand a annoncé un plan.", "Durand/PER")]                                  // no company of that name
    [InlineData("Hermes/PER", "Chez Hermes, on mise tout sur la soie.", "Hermes/ORG")]                     // written without its accent
    [InlineData("Hermes/PER", "Hier, M. Hermes a témoigné.", "Hermes/PER")]
    public void ABareCompanyNameReadAsAPersonIsTheCompanyUnlessTheDocumentSaysPerson(string specs, string text, string expected)
    {
        var input = new RefinerInput(text).WithSpecs(specs);
        Assert.Equal(expected, input.Specs(input.Run(Relabeler)));
    }
}
