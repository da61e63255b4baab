using Entities.Corpora;

namespace Entities.Tests.Corpora;

public sealed class CorpusNormalizerTests
{
    private static readonly CorpusNormalizer Normalizer = new(new CorpusNormalizationOptions
    {
        TitleWords = ["m", "mme", "dr", "général"],
        ElisionWords = ["l", "d", "qu"],
        NameParticles = ["de", "d'", "von", "der"],
        TitleParticles = ["de", "d'", "du"],
    });

    private static string Render(CorpusSentence s) => string.Join(" ", s.Tokens.Zip(s.Tags, (t, g) => $"{t}|{g}"));

    [Theory]
    [InlineData("M . Ilg", "B-PER I-PER I-PER", "M|O .|O Ilg|B-PER")]
    [InlineData("Mme Curie rit", "B-PER I-PER O", "Mme|O Curie|B-PER rit|O")]
    [InlineData("le général Dufour", "O B-PER I-PER", "le|O général|O Dufour|B-PER")]
    [InlineData("l ' Otan", "O O B-ORG", "l'|O Otan|B-ORG")]
    [InlineData("d ’ Adis - Abbeba", "O O B-LOC I-LOC I-LOC", "d'|O Adis-Abbeba|B-LOC")]
    [InlineData("l' Otan", "B-ORG I-ORG", "l'|O Otan|B-ORG")]
    [InlineData("M .", "B-PER I-PER", "M|B-PER .|I-PER")]
    [InlineData("Paris - Lyon", "B-LOC O B-LOC", "Paris|B-LOC -|O Lyon|B-LOC")]
    [InlineData("M . Zévaès , socialiste", "B-PER I-PER I-PER I-PER I-PER", "M|O .|O Zévaès|B-PER ,|O socialiste|O")]
    [InlineData("Jules Capré , le fameux pronostiqueur", "B-PER I-PER I-PER I-PER I-PER I-PER", "Jules|B-PER Capré|I-PER ,|O le|O fameux|O pronostiqueur|O")]
    [InlineData("Kraft ; médecin", "B-PER I-PER I-PER", "Kraft|B-PER ;|O médecin|O")]
    [InlineData("ancien ministre , M . Dide", "B-PER I-PER I-PER I-PER I-PER I-PER", "ancien|O ministre|O ,|O M|O .|O Dide|B-PER")]
    [InlineData("de Gaulle , général", "B-PER I-PER I-PER I-PER", "de|B-PER Gaulle|I-PER ,|O général|O")]
    [InlineData("de Gaulle", "B-PER I-PER", "de|B-PER Gaulle|I-PER")]
    [InlineData("York , M . Shertok", "B-PER I-PER I-PER I-PER I-PER", "York|B-PER ,|I-PER M|I-PER .|I-PER Shertok|I-PER")]
    [InlineData("Banque Renauld , de Nancy", "B-ORG I-ORG I-ORG I-ORG I-ORG", "Banque|B-ORG Renauld|I-ORG ,|I-ORG de|I-ORG Nancy|I-ORG")]
    [InlineData("Dupont , Durand", "B-PER I-PER I-PER", "Dupont|B-PER ,|I-PER Durand|I-PER")]
    [InlineData("M . Dupont socialiste", "B-PER I-PER I-PER I-PER", "M|O .|O Dupont|B-PER socialiste|O")]
    [InlineData("Jean Dupont président honoraire", "B-PER I-PER I-PER I-PER", "Jean|B-PER Dupont|I-PER président|O honoraire|O")]
    [InlineData("Ursula von der Leyen", "B-PER I-PER I-PER I-PER", "Ursula|B-PER von|I-PER der|I-PER Leyen|I-PER")]
    [InlineData("Jean de", "B-PER I-PER", "Jean|B-PER de|I-PER")]
    [InlineData("Chris¬ tiane", "B-PER I-PER", "Chris¬|B-PER tiane|I-PER")]
    [InlineData("socialiste", "B-PER", "socialiste|B-PER")]
    [InlineData("M . de Villefort", "B-PER I-PER I-PER I-PER", "M|O .|O de|O Villefort|B-PER")]       // a particle after a title leaves with it
    [InlineData("le général de Gaulle", "O O B-PER I-PER", "le|O général|O de|O Gaulle|B-PER")]      // the title outside the span
    [InlineData("Charles de Gaulle", "B-PER I-PER I-PER", "Charles|B-PER de|I-PER Gaulle|I-PER")]     // inside a full name it stays
    [InlineData("Mme de", "B-PER I-PER", "Mme|O de|B-PER")]                                             // a name must remain
    public void Normalizes(string tokens, string tags, string expected)
    {
        var sentence = new CorpusSentence(tokens.Split(' '), tags.Split(' '));
        Assert.Equal(expected, Render(Normalizer.Normalize(sentence)));
    }
}
