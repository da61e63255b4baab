using Entities.French.Extraction;
using Entities.Graph;
using Entities.Resolution;

namespace Entities.Tests.Cli;

/// <summary>A graph store that goes away mid-run stops the run with one message naming the documents not done (exit 1).</summary>
public sealed class StoreUnavailableTests
{
    /// <summary>An in-memory graph that stops answering after a number of documents.</summary>
    private sealed class FailingStore(int answered) : IEntityGraphStore
    {
        private readonly EntityGraph graph = new();
        private int merged;

        public EntityGraphOptions Options => graph.Options;

        public int NodeCount => graph.NodeCount;

        public IReadOnlyList<EntityLink> MergeLinked(string documentId, IReadOnlyList<EntityMention> mentions, IReadOnlyList<int> sentenceIndexOfMention, IReadOnlyList<ResolvedEntity> resolvedEntities) =>
            Interlocked.Increment(ref merged) > answered
                ? throw new GraphStoreUnavailableException("the server could not be reached for 30 s (connection refused)")
                : graph.MergeLinked(documentId, mentions, sentenceIndexOfMention, resolvedEntities);

        public bool ContainsDocument(string documentId) => graph.ContainsDocument(documentId);

        public string NewDocumentId() => graph.NewDocumentId();

        public EntityGraphSnapshot Snapshot() => graph.Snapshot();
    }

    [Fact]
    public void TheRunStopsWithOneLineNamingTheDocumentsNotDone()
    {
        using var folder = new TempFolder();
        for (int i = 1; i <= 5; i++) folder.Write($"d{i}.txt", $"Mme Claire Martin a visité Nantes le {i} mars.");
        var extractor = new FrenchEntityExtractor(new FrenchEntityExtractorOptions { Store = new FailingStore(answered: 2) });
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var streams = new Entities.Cli.CliStreams(new StringReader(""), output, error);

        int exit = Entities.Cli.Commands.ExtractRunner.Run(streams, new Entities.Cli.Commands.ExtractSettings([folder.Path], Entities.Cli.Output.ExtractionFormat.JsonLines), extractor, CancellationToken.None);

        Assert.Equal(1, exit);
        var line = Assert.Single(error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("entities: graph store unreachable, run stopped: the server could not be reached", line, StringComparison.Ordinal);
        Assert.Contains("3 of 5 documents not done", line, StringComparison.Ordinal);
        Assert.Equal(2, output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }
}
