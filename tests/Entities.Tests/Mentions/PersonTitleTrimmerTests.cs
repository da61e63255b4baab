using Entities.Mentions;

namespace Entities.Tests.Mentions;

public sealed class PersonTitleTrimmerTests
{
    private static readonly PersonTitleTrimmer Trimmer = new(["M.", "Mme", "Mgr", "Madame"], ["comte", "général", "empereur", "major", "m", "mme"], ["de", "d'", "du"]);

    [Theory]
    [InlineData("Le comte de Villefort entra.", "de Villefort", "Villefort/PER")]
    [InlineData("Madame d'Estrelle attendait.", "d'Estrelle", "Estrelle/PER")]
    [InlineData("Madame d’Estrelle attendait.", "d’Estrelle", "Estrelle/PER")]
    [InlineData("Hier, Mgr de Mauvezin bénit la foule.", "Mgr de Mauvezin", "Mauvezin/PER")]
    [InlineData("Hier, M. Dupont rit.", "M. Dupont", "Dupont/PER")]
    [InlineData("Charles de Gaulle parla.", "Charles de Gaulle", "Charles de Gaulle/PER")]          // a full name keeps its particle
    [InlineData("Le livre de Villefort parut.", "de Villefort", "de Villefort/PER")]                // no title before the particle
    [InlineData("L'Empereur du Japon récita.", "Empereur du Japon", "Empereur du Japon/PER")]      // only honorifics leave a span
    [InlineData("Le comte de la Roche entra.", "de la Roche", "de la Roche/PER")]                  // a lower-case word after the particle
    [InlineData("Vu Mme de Staël.", "de Staël", "Staël/PER")]
    [InlineData("On l'appelait le major Guérin.", "major Guérin", "Guérin/PER")]                     // a lower-case title inside the span
    [InlineData("Le général de Gaulle parla.", "général de Gaulle", "général de Gaulle/PER")]       // a particle after it: left as it was
    [InlineData("Le Général Foy parla.", "Général Foy", "Général Foy/PER")]                          // a capitalized title may name the person
    public void MovesTitlesAndTheirParticleOutOfAPerson(string text, string surface, string expected)
    {
        var input = new RefinerInput(text).With(surface, EntityLabel.Person);
        Assert.Equal([expected], input.Render(input.Run(Trimmer)));
    }

    [Fact]
    public void OtherLabelsAreLeftAlone()
    {
        var input = new RefinerInput("Le comte de Paris.").With("de Paris", EntityLabel.Location);
        Assert.Same(input.Mentions, input.Run(Trimmer));
    }

    [Theory]
    [InlineData("Le père Pivert entra.", "père Pivert", "Pivert/PER")]           // a father or a mother of the village: a title
    [InlineData("La mère Vaudrimont servait.", "mère Vaudrimont", "Vaudrimont/PER")]
    [InlineData("Le Père Noël passe.", "Père Noël", "Père Noël/PER")]               // capitalized: part of the name
    public void TheFrenchSpanTitlesHoldKin(string text, string surface, string expected)
    {
        var trimmer = new PersonTitleTrimmer([], Entities.French.Data.FrenchWordLists.SpanTitles(), ["de", "d'", "du"]);
        var input = new RefinerInput(text).With(surface, EntityLabel.Person);
        Assert.Equal([expected], input.Render(input.Run(trimmer)));
    }

    [Theory]
    [InlineData("L'amiral von Tirpitz parla longuement.", "Tirpitz", EntityLabel.Person)]           // von after a title stays out, as de does
    [InlineData("Le président se rendit à l'Elysée hier.", "Elysée", EntityLabel.Location)]         // the palace without its capital's accent
    public void TheFrenchChainReadsOldPrint(string text, string name, EntityLabel label)
    {
        var mentions = new Entities.French.Extraction.FrenchEntityExtractor().ExtractEntities(text).Mentions;
        Assert.Contains(mentions, m => m.Text == name && m.Label == label);
    }
}
