using Entities.Corpora;
using Entities.Evaluation;
using Entities.French.Extraction;

namespace Entities.Tests.Evaluation;

public sealed class PipelineEvaluationTests
{
    /// <summary>Finds fixed surfaces in the text it is given (first occurrence each) and records that text.</summary>
    private sealed class StubExtractor(params (string Surface, EntityLabel Label)[] names) : IEntityExtractor
    {
        public List<string> Texts { get; } = [];

        public ExtractionResult ExtractEntities(string text, CancellationToken cancellationToken = default)
        {
            Texts.Add(text);
            var mentions = names
                .Select(n => (n, Start: text.IndexOf(n.Surface, StringComparison.Ordinal)))
                .Where(x => x.Start >= 0)
                .OrderBy(x => x.Start)
                .Select(x => new EntityMention(x.Start, x.Start + x.n.Surface.Length, x.n.Surface, x.n.Label, 1, null));
            return new ExtractionResult(mentions, []);
        }
    }

    private static CorpusSentence Sentence(string tokens, string tags) => new(tokens.Split(' '), tags.Split(' '));

    [Fact]
    public void JoinsTokensAsFrenchTextAndScoresMentionsOnTokenBoundaries()
    {
        var sentence = Sentence("M. Rutte a vu l' Otan à Bruxelles ( Belgique ) .", "O B-PER O O O B-ORG O B-LOC O B-LOC O O");
        var extractor = new StubExtractor(("Rutte", EntityLabel.Person), ("Otan", EntityLabel.Location), ("Bruxel", EntityLabel.Location), ("Belgique", EntityLabel.Location));

        var report = PipelineEvaluation.Evaluate(extractor, [sentence]);

        Assert.Equal("M. Rutte a vu l'Otan à Bruxelles (Belgique).\n", Assert.Single(extractor.Texts));
        Assert.Equal(new LabelScore(1, 0, 0), report.PerLabel[EntityLabel.Person]);
        // "Otan" has the wrong label; "Bruxel" does not end on a token boundary: both are false positives.
        Assert.Equal(new LabelScore(1, 2, 1), report.PerLabel[EntityLabel.Location]);
        Assert.Equal(new LabelScore(0, 0, 1), report.PerLabel[EntityLabel.Organization]);
    }

    [Fact]
    public void GroupsSentencesIntoDocumentsAndAssignsMentionsToTheirSentence()
    {
        var sentences = Enumerable.Range(0, PipelineEvaluation.SentencesPerDocument + 1)
            .Select(i => Sentence($"Phrase {i} : Paris .", "O O O B-LOC O"))
            .ToList();
        var extractor = new StubExtractor(("Paris", EntityLabel.Location));

        var report = PipelineEvaluation.Evaluate(extractor, sentences);

        Assert.Equal(2, extractor.Texts.Count);
        // The stub finds one "Paris" per document: one hit in each of the two documents, the other gold spans missed.
        Assert.Equal(new LabelScore(2, 0, sentences.Count - 2), report.PerLabel[EntityLabel.Location]);
        Assert.Equal(sentences.Count, report.Sentences);
    }

    [Fact]
    public void ScoresTheFrenchPipelineOnEasySentences()
    {
        var sentences = new[]
        {
            Sentence("Emmanuel Macron a reçu Olaf Scholz à Paris .", "B-PER I-PER O O B-PER I-PER O B-LOC O"),
            Sentence("La Banque centrale européenne siège à Francfort .", "O B-ORG I-ORG I-ORG O O B-LOC O"),
        };

        var report = PipelineEvaluation.Evaluate(new FrenchEntityExtractor(), sentences);

        Assert.Equal(5, report.Core.Gold);
        Assert.True(report.Core.TruePositives >= 4, $"{report.Core}");
    }
}
