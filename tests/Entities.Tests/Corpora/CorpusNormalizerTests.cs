using Entities.Corpora;

namespace Entities.Tests.Corpora;

public sealed class CorpusNormalizerTests
{
    private static readonly CorpusNormalizer Normalizer = new(new CorpusNormalizationOptions
    {
        TitleWords = ["m", "mme", "dr", "général"],
        ElisionWords = ["l", "d", "qu"],
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
    public void Normalizes(string tokens, string tags, string expected)
    {
        var sentence = new CorpusSentence(tokens.Split(' '), tags.Split(' '));
        Assert.Equal(expected, Render(Normalizer.Normalize(sentence)));
    }
}
