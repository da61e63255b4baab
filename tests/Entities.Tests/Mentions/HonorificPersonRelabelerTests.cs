using Entities.French.Data;
using Entities.French.Resolution;
using Entities.Mentions;

namespace Entities.Tests.Mentions;

public sealed class HonorificPersonRelabelerTests
{
    private static readonly HonorificPersonRelabeler Relabeler = new(
        FrenchWordLists.Honorifics(), FrenchResolutionData.ReadWords("name-particles.txt"));

    [Theory]
    [InlineData("M. Renault, maire de Brest, a parlé.", "Renault", "ORG")]
    [InlineData("M Renault a parlé.", "Renault", "ORG")]
    [InlineData("Mme de Merteuil écrivit.", "Merteuil", "LOC")]
    [InlineData("Mme d'Épinay reçut Diderot.", "Épinay", "LOC")]
    [InlineData("Mme d’Épinay reçut Diderot.", "Épinay", "LOC")]
    [InlineData("Selon Me Dupond, l'appel est déposé.", "Dupond", "ORG")]
    [InlineData("Mgr Lustiger a célébré la messe.", "Lustiger", "LOC")]
    [InlineData("Il salua Madame Verdurin.", "Verdurin", "MISC")]
    [InlineData("M. von Papen démissionna.", "Papen", "LOC")]
    public void MakesAPersonOfAMentionAnHonorificIntroduces(string text, string surface, string label)
    {
        var input = new RefinerInput(text).With(surface, Parse(label));
        Assert.Equal([surface + "/PER"], input.Render(input.Run(Relabeler)));
    }

    [Theory]
    [InlineData("Renault a fermé Flins.", "Renault", "ORG")] // no honorific
    [InlineData("Le président Renault a parlé.", "Renault", "ORG")] // a title, not an honorific: only a hint
    [InlineData("Il me parla de Paris.", "Paris", "LOC")] // the pronoun me is not Me
    [InlineData("m. Paris a parlé.", "Paris", "LOC")] // honorifics are matched case-sensitively
    [InlineData("Mme la Défense.", "Défense", "LOC")] // la is not a name particle
    [InlineData("M. Renault a parlé.", "Renault", "PER")] // already a person
    [InlineData("Il partit pour Rome.", "Rome", "LOC")]
    public void LeavesOtherMentionsAlone(string text, string surface, string label)
    {
        var input = new RefinerInput(text).With(surface, Parse(label));
        Assert.Same(input.Mentions, input.Run(Relabeler));
    }

    [Theory]
    [InlineData("Le capitaine de Grasse appareille.", "de Grasse", "LOC", "PER")]                            // a particle may
    [InlineData("Le capitaine du Chaffault appareille.", "Chaffault", "LOC", "PER")]
    public void APersonNounMakesAPersonOfANameOnly(string text, string surface, string label, string expected)
    {
        var relabeler = new HonorificPersonRelabeler(["amiral", "capitaine"], FrenchResolutionData.ReadWords("name-particles.txt"));
        var input = new RefinerInput(text).With(surface, Parse(label));
        Assert.Equal([surface + "/" + expected], input.Render(input.Run(relabeler)));
    }

    [Fact]
    public void EveryHonorificIsAlsoATitleTheResolverStrips()
    {
        var titles = FrenchWordLists.ResolverTitles().Items.Select(title => title.Text).ToHashSet(StringComparer.Ordinal);
        var honorifics = FrenchWordLists.Honorifics();
        Assert.NotEmpty(honorifics);
        Assert.All(honorifics, honorific => Assert.Contains(honorific, titles));
        Assert.All(FrenchResolutionData.ReadWords("name-particles.txt"), particle => Assert.Equal(particle.ToLowerInvariant(), particle));
    }

    [Theory]
    [InlineData("Le vaisseau amiral du boulevard Haussmann ouvre.", "boulevard Haussmann", EntityLabel.Location)]   // a lower-case noun opens no name
    [InlineData("Le chevalier de Montlouis arriva le soir.", "Montlouis", EntityLabel.Person)]   // a small commune: a noble family's name
    public void ANobleTitleMakesAPersonOfASmallCommuneOnly(string text, string name, EntityLabel label)
    {
        var mentions = new Entities.French.Extraction.FrenchEntityExtractor().ExtractEntities(text).Mentions;
        Assert.Contains(mentions, m => m.Text == name && m.Label == label);
    }

    [Fact]
    public void TheFrenchChainGivesTheCarmakerAndTheMayorDifferentLabels()
    {
        var extractor = new Entities.French.Extraction.FrenchEntityExtractor();
        var result = extractor.ExtractEntities("M. Renault, le maire de Brest, a annoncé que Renault fermerait son usine de Flins.");
        var renaults = result.Mentions.Where(m => m.Text == "Renault").ToArray();
        Assert.Equal(2, renaults.Length);
        Assert.Equal(EntityLabel.Person, renaults[0].Label);
        Assert.NotEqual(renaults[0].EntityId, renaults[1].EntityId);
    }

    private static EntityLabel Parse(string code) => EntityLabels.TryParse(code, out var label) ? label : throw new ArgumentException(code);

    private static readonly HonorificPersonRelabeler Titles = new(
        Entities.French.Resolution.FrenchResolutionData.ReadWords("noble-titles.txt"), ["de", "d'", "du"], name => name is not ("Narbonne" or "Prusse"));

    [Theory]
    [InlineData("Le cardinal de Tencin et sa sœur.", "Tencin", "Tencin/PER")]
    [InlineData("C'est le prince de Metternich qui a suggéré cela.", "Metternich", "Metternich/PER")]
    [InlineData("Le colonel Castelnau arrive.", "Castelnau", "Castelnau/PER")]
    [InlineData("Le secrétaire général de Kerlandis parle.", "Kerlandis", "Kerlandis/LOC")]             // général: an office's adjective, not a title here
    [InlineData("Celui de l'archevêque de Narbonne était le plus beau.", "Narbonne", "Narbonne/LOC")]   // a known place
    [InlineData("Le roi de Prusse était à deux lieues.", "Prusse", "Prusse/LOC")]
    public void ATitleThatAlsoPrecedesPlacesTakesOnlyANameThatIsNoKnownPlace(string text, string surface, string expected)
    {
        var input = new RefinerInput(text).With(surface, EntityLabel.Location);
        Assert.Equal([expected], input.Render(input.Run(Titles)));
    }
}
