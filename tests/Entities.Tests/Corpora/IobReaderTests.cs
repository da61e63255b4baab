using Entities.Corpora;

namespace Entities.Tests.Corpora;

public sealed class IobReaderTests
{
    private static List<CorpusSentence> Read(string text, IobReadStatistics? stats = null) =>
        IobReader.Read(new StringReader(text), "mem.iob2", stats).ToList();

    [Fact]
    public void ReadsSentencesAndSkipsDocumentMarkers()
    {
        var sentences = Read("-DOCSTART-\tO\n\nMarie\tB-PER\nrit\tO\n\nLyon\tB-LOC\n");
        Assert.Equal(2, sentences.Count);
        Assert.Equal(["Marie", "rit"], sentences[0].Tokens);
        Assert.Equal(["B-LOC"], sentences[1].Tags);
        Assert.Equal(6, sentences[1].Line);
    }

    [Theory]
    [InlineData("Marie B-PER\n", 1, "no tab")]
    [InlineData("a\tO\nMarie\tX-PER\n", 2, "invalid tag")]
    [InlineData("a\tO\n\nMarie\tB-FOO\n", 3, "unknown entity type")]
    [InlineData("\tO\n", 1, "empty token")]
    public void ErrorsCarryFileAndLine(string text, int line, string problem)
    {
        var e = Assert.Throws<IobFormatException>(() => Read(text));
        Assert.Equal(line, e.LineNumber);
        Assert.StartsWith($"mem.iob2:{line}: ", e.Message, StringComparison.Ordinal);
        Assert.Contains(problem, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RepairsInsideAfterOutsideAndCountsIt()
    {
        var stats = new IobReadStatistics();
        var sentence = Read("le\tO\nMonde\tI-ORG\nà\tI-LOC\n", stats).Single();
        Assert.Equal(["O", "B-ORG", "B-LOC"], sentence.Tags);
        Assert.Equal(2, stats.RepairedTags);
    }
}
