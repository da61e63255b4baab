using Entities.French.Sentences;
using Entities.French.Tokenization;
using Entities.Sentences;

namespace Entities.Tests.Sentences;

/// <summary>The splitter writing into the extractor's reused list gives what <see cref="SentenceSplitterExtensions.Split"/> returns.</summary>
public sealed class SplitIntoListTests
{
    [Theory]
    [InlineData("M. Dupont est arrivé. Il pleuvait ! « Où vas-tu ? » demanda-t-il.\n\nÉlections régionales\nLe scrutin a lieu demain.")]
    [InlineData("Une seule phrase sans point final")]
    [InlineData("")]
    public void TheListHoldsTheSameSentencesAndNothingOfThePreviousDocument(string text)
    {
        var tokens = FrenchTokenizer.Default.Tokenize(text);
        ISentenceSplitter splitter = FrenchSentenceSplitter.Default;
        var reused = new List<Sentence> { new(0, 99), new(99, 1) };

        splitter.Split(text, tokens, reused);

        Assert.Equal(FrenchSentenceSplitter.Default.Split(text, tokens), reused);
    }
}
