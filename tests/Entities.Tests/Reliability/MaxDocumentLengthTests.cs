using System.Text;
using Entities.French.Extraction;

namespace Entities.Tests.Reliability;

/// <summary>Documents longer than <see cref="EntityExtractorOptions.MaxDocumentLength"/> are processed in chunks: nothing is dropped,
/// offsets stay relative to the whole text, entities are resolved over the whole document.</summary>
public sealed class MaxDocumentLengthTests
{
    private static readonly Lazy<FrenchEntityExtractor> Small = new(() => new FrenchEntityExtractor(new FrenchEntityExtractorOptions { MaxDocumentLength = 1000 }));

    [Theory]
    [InlineData(999, false)]
    [InlineData(1000, true)]
    [InlineData(EntityExtractorOptions.DefaultMaxDocumentLength, true)]
    public void The_limit_is_validated(int limit, bool valid) =>
        Assert.Equal(valid, new EntityExtractorOptions { MaxDocumentLength = limit }.Validate().Count == 0);

    [Fact]
    public void Cuts_at_paragraph_breaks_give_the_same_result_as_the_whole_document()
    {
        string text = Paragraphs(40);
        Assert.True(text.Length > 10_000);
        var whole = Extractors.Default.ExtractEntities(text);
        var chunked = InvariantAssert.ExtractAndCheck(Small.Value, text);
        Assert.Equal(Fuzz.ExtractionInvariants.Describe(whole), Fuzz.ExtractionInvariants.Describe(chunked));
    }

    [Fact]
    public void Entities_are_resolved_over_the_whole_document()
    {
        string text = Paragraphs(12) + "\n\nSelon M. Macron, l'OTAN restera unie.";
        var chunks = DocumentChunks.Of(text, 1000).ToList();
        Assert.True(chunks.Count >= 4, $"{chunks.Count} chunks");
        var result = InvariantAssert.ExtractAndCheck(Small.Value, text);
        Assert.Equal(Fuzz.ExtractionInvariants.Describe(Extractors.Default.ExtractEntities(text)), Fuzz.ExtractionInvariants.Describe(result));

        // Some entity is named both in the first chunk and in the last one: it is one entity, not one per chunk.
        int firstChunkEnd = chunks[0].Length, lastChunkStart = chunks[^1].Start;
        Assert.Contains(result.Entities, entity =>
            result.Mentions[entity.MentionIndices[0]].End <= firstChunkEnd && result.Mentions[entity.MentionIndices[^1]].Start >= lastChunkStart);
        var macron = result.Mentions.Where(m => m.Text.EndsWith("Macron", StringComparison.Ordinal)).ToList();
        Assert.True(macron.Count > 2 && macron.Select(m => m.EntityId).Distinct().Count() == 1, string.Join(", ", macron));
    }

    [Fact]
    public void A_single_long_line_is_cut_at_sentence_ends_and_nothing_is_lost()
    {
        string text = string.Concat(Enumerable.Repeat("Hier, Emmanuel Macron a rencontré Mark Rutte à Bruxelles. ", 200));
        var result = InvariantAssert.ExtractAndCheck(Small.Value, text);
        var whole = Extractors.Default.ExtractEntities(text);
        Assert.Equal(whole.Mentions.Count, result.Mentions.Count);
        Assert.Equal(text.LastIndexOf("Bruxelles", StringComparison.Ordinal), result.Mentions[^1].Start);
    }

    [Fact]
    public void Text_without_spaces_is_cut_but_keeps_every_invariant()
    {
        string text = string.Concat(Enumerable.Repeat("ParisLyon😀e\u0301", 2000));
        InvariantAssert.ExtractAndCheck(Small.Value, text);
    }

    [Theory]
    [InlineData("paragraphs")]
    [InlineData("line")]
    [InlineData("emoji")]
    [InlineData("combining")]
    [InlineData("letters")]
    public void Chunks_cover_the_text_within_the_limit_without_splitting_a_character(string kind)
    {
        string text = kind switch
        {
            "paragraphs" => Paragraphs(20),
            "line" => string.Concat(Enumerable.Repeat("Une phrase. ", 1000)),
            "emoji" => string.Concat(Enumerable.Repeat("😀", 3000)),
            "combining" => string.Concat(Enumerable.Repeat("e\u0301\u0301", 2000)),
            _ => new string('x', 5555),
        };
        var chunks = DocumentChunks.Of(text, 1000).ToList();
        Assert.Equal(0, chunks[0].Start);
        for (int i = 0; i < chunks.Count; i++)
        {
            var (start, length) = chunks[i];
            Assert.InRange(length, 1, 1000);
            if (i > 0) Assert.Equal(chunks[i - 1].Start + chunks[i - 1].Length, start);
            if (start > 0) Assert.False(char.IsLowSurrogate(text[start]) || text[start] == '\u0301', $"chunk {i} starts inside a character");
        }

        Assert.Equal(text.Length, chunks[^1].Start + chunks[^1].Length);
        if (kind == "paragraphs") Assert.All(chunks.Skip(1), c => Assert.Equal('\n', text[c.Start - 1]));
        if (kind == "line") Assert.All(chunks.Skip(1), c => Assert.Equal(". ", text.Substring(c.Start - 1, 2)));
    }

    private static string Paragraphs(int count)
    {
        string[] sentences =
        [
            "Emmanuel Macron a reçu Mark Rutte à Paris.",
            "Le secrétaire général de l'OTAN a salué l'accord conclu à Bruxelles.",
            "Kim Jong-un a quitté Pyongyang pour Moscou, selon l'agence Yonhap.",
            "Marie Curie a travaillé à Varsovie puis à Paris.",
        ];
        var builder = new StringBuilder();
        for (int p = 0; p < count; p++)
        {
            if (p > 0) builder.Append("\n\n");
            for (int s = 0; s < 6; s++) builder.Append(sentences[(p + s) % sentences.Length]).Append(' ');
        }

        return builder.ToString();
    }
}
