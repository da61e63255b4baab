using Entities.Mentions;

namespace Entities.Tests.Mentions;

public sealed class ResultsListTaggerTests
{
    private static readonly ResultsListTagger Tagger = new(["de", "van", "von", "d'"], name => name is "Italie" or "Lyon" or "Côte-d'Or", ["équipes", "nations"]);

    [Theory]
    [InlineData("1. Guidi (It, bonif. 12\").", "", "Guidi/PER")]                                              // a code in parentheses
    [InlineData("Puis les Suisses : 15. Zulle à 2' 24\".", "", "Zulle/PER")]                                   // a gap with its mark
    [InlineData("69. Aebersold m. t. 86. Bourquenoud m.t.", "", "Aebersold/PER Bourquenoud/PER")]              // the same time
    [InlineData("4. L. Jalabert (Fr) à 1' 06\".", "", "L._Jalabert/PER")]                                      // an initial
    [InlineData("3. S. de Vlaeminck (Be) à 4\".", "", "S._de_Vlaeminck/PER")]                                  // an initial and a particle
    [InlineData("2. Marco Ventura (Ita) à 12\".", "", "Marco_Ventura/PER")]                                    // two words
    [InlineData("6. Gonzalez-Galdeano (Esp) à 2' 08\".", "Gonzalez-Galdeano/LOC", "Gonzalez-Galdeano/PER")]   // read as a place: relabeled
    [InlineData("8. Paradis à 16 ' 22 \".", "", "Paradis/PER")]                                                // OCR spaces before the marks
    [InlineData("les Suisses : 11.\nCamenzind à 2' 44\".", "", "Camenzind/PER")]                              // a line break after the rank
    [InlineData("1. Tadeo Brenner (All) en 4 h 12'.", "Tadeo_Brenner/PER", "Tadeo_Brenner/PER")]              // already a person
    [InlineData("2. Réunion à 14 h au siège.", "", "")]                                                         // a time of day, no gap
    [InlineData("1. Introduction (voir la page 3).", "", "")]                                                   // no code in the parentheses
    [InlineData("3. Cuire à 180 degrés.", "", "")]
    [InlineData("4. Bortani (Italie) ; 5. Italie (Ita) à 3'.", "Italie/LOC", "Bortani/PER Italie/LOC")]              // a known place is no person
    [InlineData("Il a eu 15. Zulle à 2' 24\".", "", "")]                                                        // no rank after a word
    [InlineData("1.Guidi (It).", "", "")]                                                                       // the name must stand apart
    [InlineData("1234. Guidi (It).", "", "")]                                                                   // four digits: a year, no rank
    [InlineData("1. GUIDI (It).", "", "")]                                                                      // capitals: a heading
    [InlineData("1. Guidi\n(It).", "", "")]                                                                    // the result on the name's line
    [InlineData("1. Dijon (Côte-d'Or) 159 000 habitants", "Dijon/LOC", "Dijon/LOC")]                          // a ranking of towns: a place stays one
    [InlineData("1. Gonzalez (Italie) à 3'.", "Gonzalez/LOC", "Gonzalez/PER")]                                  // a place in parentheses, then a gap
    [InlineData("Par équipes : 1. Kelme, 2. Once à 1' 12''.", "", "")]                                          // a ranking of teams
    [InlineData("Classement des nations\n1. Banesto à 1' 12''.", "", "")]                                       // its heading on the line above
    [InlineData("Classement des nations\n\nSprint\n1. Zulle à 1' 12''.", "", "Zulle/PER")]                      // a heading further up is another list's
    [InlineData("Les nationsunies : 1. Zulle à 1' 12''.", "", "Zulle/PER")]                                     // a team word is a whole word
    [InlineData("Par équipes, une longue phrase qui ne finit pas et qui parle encore de la course, des coureurs, du vent, de la pluie, des spectateurs venus nombreux sur le bord de la route, des motos et des voitures suiveuses qui roulaient loin derrière : 1. Zulle à 1' 12''.", "", "Zulle/PER")] // a team word too far back
    public void TagsTheNameAfterARank(string text, string specs, string expected)
    {
        var input = new RefinerInput(text).WithSpecs(specs);
        Assert.Equal(expected, input.Specs(input.Run(Tagger)));
    }

    [Fact]
    public void AddedPersonsHaveTheLayersScore()
    {
        var input = new RefinerInput("1. Guidi (It).");
        var mention = Assert.Single(input.Run(Tagger));
        Assert.Equal(ResultsListTagger.Score, mention.Score);
        Assert.Equal(EntityLabel.Person, mention.Label);
    }
}
