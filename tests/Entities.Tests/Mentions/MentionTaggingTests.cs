using Entities.French.Sentences;
using Entities.French.Tokenization;
using Entities.Mentions;
using Entities.Tagging;
using Entities.Tokenization;

namespace Entities.Tests.Mentions;

public sealed class MentionTaggingTests
{
    /// <summary>Tags every token of each window as one span of <paramref name="label"/>.</summary>
    private sealed class WholeWindowTagger(EntityLabel label) : ITagger
    {
        public IReadOnlyList<EntityLabel> Labels => [label];

        public void Tag(string text, IReadOnlyList<Token> tokens, int first, int count, List<TaggedSpan> output) =>
            output.Add(new TaggedSpan(0, count, label, 0.9));
    }

    /// <summary>The mentions of <paramref name="text"/> when every sentence is tagged whole as <paramref name="label"/>.</summary>
    private static List<EntityMention> Tag(string text, EntityLabel label)
    {
        var tokens = FrenchTokenizer.Default.Tokenize(text);
        var sentences = new List<Entities.Sentences.Sentence>();
        FrenchSentenceSplitter.Default.Split(text, tokens, sentences);
        var mentions = new List<EntityMention>();
        new MentionTagging(new WholeWindowTagger(label), 256, 0, includeMiscellaneous: true).Tag(text, tokens, sentences, mentions, [], CancellationToken.None);
        return mentions;
    }

    [Theory]
    [InlineData("Sophie !", "Sophie")]                  // a mark set apart by a space
    [InlineData("Sophie\u202F!", "Sophie")]             // or a narrow no-break space
    [InlineData("« Sophie", "Sophie")]
    [InlineData("Yahoo!", "Yahoo!")]                    // attached to the name
    [InlineData("!", "!")]                              // never left empty
    public void APunctuationMarkApartNeverEndsOrOpensASpan(string text, string expected)
    {
        var mentions = Tag(text, EntityLabel.Person);
        Assert.Equal(expected, Assert.Single(mentions).Text);
    }

    [Theory]
    [InlineData("Roland-Garros : Clément Roquebrune", "Roland-Garros|Clément Roquebrune")]   // a headline's colon
    [InlineData("Stripe · Livraison Colissimo", "Stripe|Livraison Colissimo")]               // a menu
    [InlineData("Accueil > Sport > Tennis", "Accueil|Sport|Tennis")]                         // a breadcrumb
    [InlineData("Paris / Lyon ; Lille", "Paris|Lyon|Lille")]
    [InlineData("Paris-Lyon", "Paris-Lyon")]                                                 // attached marks stay
    [InlineData("Tours: Léa", "Tours: Léa")]                                                 // a colon without a space before it
    [InlineData("La France insoumise – Nouveau Front populaire", "La France insoumise – Nouveau Front populaire")]   // a dash may join a name
    public void ASeparatorSetApartSplitsASpan(string text, string expected)
    {
        var mentions = Tag(text, EntityLabel.Person);
        Assert.Equal(expected, string.Join("|", mentions.Select(m => m.Text)));
    }

    [Fact]
    public void AMiscellaneousNameKeepsItsColon()
    {
        const string text = "Star Wars : Andor";
        var mentions = Tag(text, EntityLabel.Miscellaneous);
        Assert.Equal(text, Assert.Single(mentions).Text);
    }
}
