using Entities.French.Tokenization;
using Entities.Tagging;
using Entities.Tokenization;

namespace Entities.Tests.Tagging;

public sealed class TitleCaseTaggerTests
{
    /// <summary>Records the normalized forms it is given and tags nothing.</summary>
    private sealed class RecordingTagger : ITagger
    {
        public List<string> Seen { get; } = [];

        public IReadOnlyList<EntityLabel> Labels => [EntityLabel.Person];

        public void Tag(string text, IReadOnlyList<Token> tokens, int first, int count, List<TaggedSpan> output)
        {
            for (int i = first; i < first + count; i++) Seen.Add(tokens[i].GetNormalized(text));
        }
    }

    private static readonly string[] Ordinary =
        ["inquiet", "face", "au", "rapprochement", "entre", "et", "le", "l'", "envoi", "de", "soldats", "en", "alarmé", "par", "ancien", "national", "butte", "les", "route"];

    [Theory]
    [InlineData("Bruxelles Inquiet Face Au Rapprochement Entre Ankara Et Le Hamas", "Bruxelles inquiet face au rapprochement entre Ankara et le Hamas")]
    [InlineData("L’Envoi De Soldats En Syrie", "l' envoi de soldats en Syrie")]
    [InlineData("L’Onu Alarmée Par L’Envoi De Soldats", "l' Onu alarmée par l' envoi de soldats")]                  // a feminine participle of an ordinary word
    [InlineData("Les Anciennes Routes Nationales De Syrie Et Le Liban", "les anciennes Routes Nationales de Syrie et le Liban")] // a feminine plural; not -es (Routes, Nationales)
    [InlineData("Le Village De Buttes Entre Deux Soldats", "le Village de Buttes entre Deux soldats")]                // a bare -s is no inflection read
    public void TitleCaseSentencesAreReadWithOrdinaryWordsInLowerCase(string text, string expected)
    {
        var inner = new RecordingTagger();
        var tokens = FrenchTokenizer.Default.Tokenize(text);

        new TitleCaseTagger(inner, Ordinary).Tag(text, tokens, 0, tokens.Count, []);

        Assert.Equal(expected, string.Join(' ', inner.Seen));
    }

    [Fact]
    public void NamesKeepTheirCapitalWhenTheyAreAlsoOrdinaryWords()
    {
        const string text = "Le Groupe Va Supprimer 300 Postes En Bourgogne Et Champagne";
        var inner = new RecordingTagger();
        var tokens = FrenchTokenizer.Default.Tokenize(text);

        new TitleCaseTagger(inner, [.. Ordinary, "groupe", "va", "supprimer", "postes", "bourgogne", "champagne"], ["Bourgogne"]).Tag(text, tokens, 0, tokens.Count, []);

        Assert.Equal("le groupe va supprimer 300 postes en Bourgogne et champagne", string.Join(' ', inner.Seen));
    }

    [Theory]
    [InlineData("L'Équipe Renverse Le Real Madrid En Finale", "l' équipe renverse le Real Madrid en finale")]                  // real is a word, Madrid a name
    [InlineData("Les Chantiers De L'Atlantique Livrent Un Paquebot", "les Chantiers de l' Atlantique livrent un paquebot")]     // the phrase's small words
    [InlineData("Le Monde Change Vite En Finale", "le monde change vite en finale")]                                          // ordinary words only: no name
    [InlineData("Le Real Est Vite En Finale", "le real est vite en finale")]                                                  // a part of a phrase
    public void PhrasesAreReadAsTheyAreWritten(string text, string expected)
    {
        string[] ordinary = [.. Ordinary, "équipe", "renverse", "real", "finale", "chantiers", "livrent", "un", "paquebot", "monde", "change", "vite", "est", "atlantique"];
        var inner = new RecordingTagger();
        var tokens = FrenchTokenizer.Default.Tokenize(text);

        new TitleCaseTagger(inner, ordinary, ["Atlantique"], ["Real Madrid", "Chantiers de l'Atlantique", "Le Monde", "Real Sociedad"]).Tag(text, tokens, 0, tokens.Count, []);

        Assert.Equal(expected, string.Join(' ', inner.Seen));
    }

    [Fact]
    public void NullArgumentsAreRejected()
    {
        var inner = new RecordingTagger();
        Assert.Throws<ArgumentNullException>(() => new TitleCaseTagger(null!, Ordinary));
        Assert.Throws<ArgumentNullException>(() => new TitleCaseTagger(inner, null!));
        Assert.Throws<ArgumentNullException>(() => new TitleCaseTagger(inner, Ordinary, null!));
        Assert.Throws<ArgumentNullException>(() => new TitleCaseTagger(inner, Ordinary, [], null!));
    }

    [Theory]
    [InlineData("Le président Emmanuel Macron a reçu Olaf Scholz à Paris.")]
    [InlineData("Face Au Mur")]                         // fewer than four words
    [InlineData("LE HAMAS ET ANKARA SE RAPPROCHENT")]    // capitals, not title case
    public void OtherSentencesAreReadUnchanged(string text)
    {
        var inner = new RecordingTagger();
        var tokens = FrenchTokenizer.Default.Tokenize(text);

        new TitleCaseTagger(inner, Ordinary).Tag(text, tokens, 0, tokens.Count, []);

        Assert.Equal(tokens.Select(t => t.GetNormalized(text)), inner.Seen);
    }

    [Fact]
    public void OffsetsAndSpansComeFromTheWrappedTagger()
    {
        const string text = "Bruxelles Inquiet Face Au Rapprochement Entre Ankara Et Le Hamas";
        var tokens = FrenchTokenizer.Default.Tokenize(text);
        var spans = new List<TaggedSpan>();

        TitleCaseTagger.For(Entities.French.Ner.FrenchModel.LoadDefault()).Tag(text, tokens, 0, tokens.Count, spans);

        Assert.All(spans, span => Assert.InRange(span.End, span.Start + 1, tokens.Count));
        Assert.DoesNotContain(spans, span => string.Join(' ', tokens.Skip(span.Start).Take(span.End - span.Start).Select(t => t.GetText(text))) == "Le Hamas");
    }
}
