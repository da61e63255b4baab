using Entities.French.Sentences;
using Entities.French.Tokenization;
using Entities.Mentions;
using Entities.Tagging;
using Entities.Tokenization;

namespace Entities.Tests.Mentions;

public sealed class MentionTaggingTests
{
    /// <summary>Tags every token of each window as one person span.</summary>
    private sealed class WholeWindowTagger : ITagger
    {
        public IReadOnlyList<EntityLabel> Labels => [EntityLabel.Person];

        public void Tag(string text, IReadOnlyList<Token> tokens, int first, int count, List<TaggedSpan> output) =>
            output.Add(new TaggedSpan(0, count, EntityLabel.Person, 0.9));
    }

    [Theory]
    [InlineData("Sophie !", "Sophie")]                  // a mark set apart by a space
    [InlineData("Sophie\u202F!", "Sophie")]             // or a narrow no-break space
    [InlineData("« Sophie", "Sophie")]
    [InlineData("Yahoo!", "Yahoo!")]                    // attached to the name
    [InlineData("!", "!")]                              // never left empty
    public void APunctuationMarkApartNeverEndsOrOpensASpan(string text, string expected)
    {
        var tokens = FrenchTokenizer.Default.Tokenize(text);
        var sentences = new List<Entities.Sentences.Sentence>();
        FrenchSentenceSplitter.Default.Split(text, tokens, sentences);
        var mentions = new List<EntityMention>();

        new MentionTagging(new WholeWindowTagger(), 256, 0, includeMiscellaneous: true).Tag(text, tokens, sentences, mentions, [], CancellationToken.None);

        Assert.Equal(expected, Assert.Single(mentions).Text);
    }
}
