using Entities.Graph;
using Entities.Resolution;

namespace Entities.Tests.Graph;

/// <summary>The co-occurrence edges one document adds are bounded whatever its length, and complete under the limits.</summary>
public sealed class DocumentEdgesTests
{
    /// <summary>Entity e has mentions at the given sentences (one mention per listed sentence).</summary>
    private static (ResolvedEntity[] Entities, int[] SentenceOfMention) Document(params int[][] sentencesOfEntity)
    {
        var entities = new List<ResolvedEntity>();
        var sentences = new List<int>();
        foreach (var entitySentences in sentencesOfEntity)
        {
            var indices = new List<int>();
            foreach (int sentence in entitySentences)
            {
                indices.Add(sentences.Count);
                sentences.Add(sentence);
            }

            entities.Add(new ResolvedEntity(EntityLabel.Person, "e", [], [], indices));
        }

        return ([.. entities], [.. sentences]);
    }

    [Fact]
    public void UnderTheLimitsEveryPairGetsAnEdgeWithItsSharedSentences()
    {
        var (entities, sentences) = Document([0, 1], [0], [2]);
        var edges = DocumentEdges.Compute([0, 1, 2], entities, sentences, Comparer<int>.Default, EntityGraphOptions.Default);

        Assert.Equal([(0, 1, 1), (0, 2, 0), (1, 2, 0)], edges.Select(e => (e.First, e.Second, e.Sentences)));
    }

    [Fact]
    public void AReusedScratchGivesWhatNewBuffersGive()
    {
        var scratch = new DocumentEdgeScratch<int>();
        var documents = new[] { Document([0, 1], [0], [2]), Document([0], [1, 2], [1], [3, 0]), Document([0, 1, 2, 3, 4]) };
        foreach (var (entities, sentences) in documents.Concat(documents.Reverse()))
        {
            int[] linked = [.. Enumerable.Range(0, entities.Length)];
            var fresh = DocumentEdges.Compute(linked, entities, sentences, Comparer<int>.Default, EntityGraphOptions.Default);
            var reused = DocumentEdges.Compute(linked, entities, sentences, Comparer<int>.Default, EntityGraphOptions.Default, scratch);
            Assert.Equal(fresh, reused);
        }
    }

    [Fact]
    public void ALongDocumentJoinsOnlyItsMostMentionedEntitiesPairwise()
    {
        // 200 entities, each in a sentence of its own; entity i is mentioned i + 1 times.
        var (entities, sentences) = Document([.. Enumerable.Range(0, 200).Select(i => Enumerable.Repeat(1000 + i, i + 1).ToArray())]);
        var options = new EntityGraphOptions { MaxDocumentEdgeEntities = 10 };

        var edges = DocumentEdges.Compute([.. Enumerable.Range(0, 200)], entities, sentences, Comparer<int>.Default, options);

        Assert.Equal(45, edges.Count);
        Assert.All(edges, e => Assert.True(e.First >= 190 && e.Second >= 190));
    }

    [Fact]
    public void ARunOnSentenceJoinsOnlyItsFirstEntities()
    {
        var (entities, sentences) = Document([.. Enumerable.Range(0, 100).Select(_ => new[] { 7 })]);
        var options = new EntityGraphOptions { MaxDocumentEdgeEntities = 2, MaxSentenceEdgeEntities = 5 };

        var edges = DocumentEdges.Compute([.. Enumerable.Range(0, 100)], entities, sentences, Comparer<int>.Default, options);

        Assert.Equal(10, edges.Count(e => e.Sentences == 1));
        Assert.Equal(10, edges.Count);   // the two top entities are among the sentence's first five
    }

    [Fact]
    public void TwoResolvedEntitiesOfOneNodeMakeNoSelfEdge()
    {
        var (entities, sentences) = Document([0], [0], [0]);
        var edges = DocumentEdges.Compute([5, 5, 9], entities, sentences, Comparer<int>.Default, EntityGraphOptions.Default);

        Assert.Equal([(5, 9, 1)], edges.Select(e => (e.First, e.Second, e.Sentences)));
    }
}
