using Entities.French.Resolution;
using Entities.Mentions;

namespace Entities.Tests.Mentions;

public sealed class PersonRunOnSplitterTests
{
    private static readonly PersonRunOnSplitter Splitter = new(FrenchResolutionData.ReadWords("person-name-inner-words.txt"));

    [Theory]
    [InlineData("Jean Valjean regarda Cosette longuement.", "Jean Valjean regarda Cosette", "Jean Valjean/PER|Cosette/PER")]
    [InlineData("Julien Sorel aima Mathilde de La Mole.", "Julien Sorel aima Mathilde de La Mole", "Julien Sorel/PER|Mathilde de La Mole/PER")]
    [InlineData("Edmond Maire, à la Saline Royale, parla.", "Edmond Maire, à la Saline Royale", "Edmond Maire/PER")]
    [InlineData("On vit Hagenbeck, le célèbre marchand, arriver.", "Hagenbeck, le célèbre marchand", "Hagenbeck/PER")]
    [InlineData("Jules Ferry ; Léon Gambetta.", "Jules Ferry ; Léon Gambetta", "Jules Ferry/PER")]
    [InlineData("Jean Dupont dit que Paul viendra.", "Jean Dupont dit que Paul", "Jean Dupont/PER")]
    [InlineData("Puis Odette arriva chez eux.", "Odette arriva", "Odette/PER")]
    [InlineData("Jules Ferry, ministre.", "Jules Ferry,", "Jules Ferry/PER")]
    public void SplitsAPersonMentionThatRunsOnPastTheName(string text, string surface, string expected)
    {
        var input = new RefinerInput(text).With(surface, EntityLabel.Person);
        Assert.Equal(expected.Split('|'), input.Render(input.Run(Splitter)));
    }

    [Theory]
    [InlineData("Charles de Gaulle parla.", "Charles de Gaulle", "PER")]
    [InlineData("Ursula von der Leyen parla.", "Ursula von der Leyen", "PER")]
    [InlineData("Mohammed ben Salmane parla.", "Mohammed ben Salmane", "PER")]
    [InlineData("Valéry Giscard d'Estaing parla.", "Valéry Giscard d'Estaing", "PER")]
    [InlineData("Valéry Giscard d’Estaing parla.", "Valéry Giscard d’Estaing", "PER")]
    [InlineData("Jean le Bon fut pris.", "Jean le Bon", "PER")]
    [InlineData("José Ortega y Gasset écrivit.", "José Ortega y Gasset", "PER")]
    [InlineData("La Banque centrale européenne décida.", "Banque centrale européenne", "ORG")] // only persons
    [InlineData("Il habite 16, rue La Boétie.", "16, rue La Boétie", "LOC")]
    [InlineData("Pierre Dupont parla.", "Pierre Dupont", "PER")]
    [InlineData("Mlle Clémen¬ tine Nicouleau chanta.", "Clémen¬ tine Nicouleau", "PER")] // an old print's cut word
    [InlineData("M. Phi - lippe Berthelot parla.", "Phi - lippe Berthelot", "PER")]
    public void LeavesOtherMentionsAlone(string text, string surface, string label)
    {
        var input = new RefinerInput(text).With(surface, EntityLabels.TryParse(label, out var l) ? l : throw new ArgumentException(label));
        Assert.Same(input.Mentions, input.Run(Splitter));
    }

    [Fact]
    public void KeepsTheOtherMentionsAndTheirOrder()
    {
        var input = new RefinerInput("Paris vit Jean Valjean regarder Cosette à Montreuil.")
            .With("Paris", EntityLabel.Location).With("Jean Valjean regarder Cosette", EntityLabel.Person).With("Montreuil", EntityLabel.Location);
        Assert.Equal(["Paris/LOC", "Jean Valjean/PER", "Cosette/PER", "Montreuil/LOC"], input.Render(input.Run(Splitter)));
    }

    [Fact]
    public void InnerWordsAreLowerCase()
    {
        var words = FrenchResolutionData.ReadWords("person-name-inner-words.txt");
        Assert.Contains("de", words);
        Assert.All(words, word => Assert.Equal(word.ToLowerInvariant(), word));
    }
}
