using Entities.French.Extraction;
using Entities.French.Resolution;
using Entities.French.Sentences;
using Entities.French.Tokenization;
using Entities.Graph;
using Entities.Resolution;
using Entities.Tokenization;

namespace Entities.Tests.Reliability;

/// <summary>The batch API: results in input order, one bad document never loses the others, and cancellation stops promptly
/// leaving only whole documents in the graph.</summary>
public sealed class BatchCancellationTests
{
    [Fact]
    public void Results_come_in_input_order_and_a_bad_document_does_not_stop_the_others()
    {
        var graph = new EntityGraph();
        var extractor = new FrenchEntityExtractor(new FrenchEntityExtractorOptions { Graph = graph });
        var requests = new List<ExtractionRequest>
        {
            new("Emmanuel Macron est à Paris.", "a"),
            new(null!, "b"),
            new("Mark Rutte est à Bruxelles.", "a"), // the id is already in the graph
            new("Kim Jong-un est à Pyongyang."),
            null!,
            new("   "),
        };

        foreach (int workers in new[] { 1, 3 })
        {
            graph = new EntityGraph();
            extractor = new FrenchEntityExtractor(new FrenchEntityExtractorOptions { Graph = graph });
            var results = extractor.ExtractAll(requests, workers).ToList();
            Assert.Equal([0, 1, 2, 3, 4, 5], results.Select(r => r.Index));
            // Documents 0 and 2 share the id "a": in order, the first wins; in parallel, whichever is merged first.
            int winner = workers == 1 || results[0].Succeeded ? 0 : 2;
            int loser = 2 - winner;
            Assert.True(results[winner].Succeeded);
            Assert.IsType<ArgumentException>(results[loser].Error);
            Assert.Equal([false, true, false, true], new[] { 1, 3, 4, 5 }.Select(i => results[i].Succeeded));
            Assert.IsType<ArgumentNullException>(results[1].Error);
            Assert.Equal("a", results[winner].Id);
            Assert.NotNull(results[3].Id);
            Assert.True(graph.ContainsDocument(results[3].Id!));
            Assert.Contains(results[3].Result!.Mentions, m => m.Text == "Pyongyang");
            Assert.Empty(results[5].Result!.Mentions);
            Assert.Equal(3, graph.DocumentCount); // a document without mentions is recorded too (with nothing in it)
            Assert.True(graph.ContainsDocument(results[5].Id!));
        }
    }

    [Fact]
    public void Without_a_graph_ids_are_echoed()
    {
        var results = Extractors.Default.ExtractAll([new("Marie Curie est née à Varsovie.", "x"), new("Paris.")]).ToList();
        Assert.Equal(["x", null], results.Select(r => r.Id));
        Assert.All(results, r => Assert.True(r.Succeeded));
        Assert.Equal("e1", results[0].Result!.Mentions[0].EntityId);
    }

    [Fact]
    public void Arguments_are_checked_before_enumeration()
    {
        Assert.Throws<ArgumentNullException>(() => Extractors.Default.ExtractAll(null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => Extractors.Default.ExtractAll([], maxDegreeOfParallelism: 0));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    public void Cancelling_mid_batch_stops_promptly_and_leaves_only_whole_documents(int workers)
    {
        const int total = 500, cancelAt = 100;
        var documents = ShortDocuments.Generate(total, seed: 3);
        var graph = new EntityGraph();
        var extractor = new FrenchEntityExtractor(new FrenchEntityExtractorOptions { Graph = graph });
        using var cancellation = new CancellationTokenSource();
        int requested = 0;

        IEnumerable<ExtractionRequest> Requests()
        {
            for (int i = 0; i < total; i++)
            {
                requested = i + 1;
                if (i == cancelAt) cancellation.Cancel();
                yield return new ExtractionRequest(documents[i], $"doc-{i}");
            }
        }

        var seen = new List<DocumentResult>();
        Assert.ThrowsAny<OperationCanceledException>(() =>
        {
            foreach (var result in extractor.ExtractAll(Requests(), workers, cancellation.Token)) seen.Add(result);
        });

        Assert.True(requested <= cancelAt + 1, $"{requested} documents were requested after cancelling at {cancelAt}");
        Assert.InRange(graph.DocumentCount, seen.Count, cancelAt + 1);
        Assert.All(seen, r => Assert.True(r.Succeeded));
        AssertOnlyWholeDocuments(graph, documents);
    }

    [Fact]
    public void Cancelling_inside_a_document_after_tokenizing_leaves_the_graph_unchanged()
    {
        using var cancellation = new CancellationTokenSource();
        var graph = new EntityGraph();
        var tokenizer = new CancellingTokenizer(cancellation);
        var extractor = new EntityExtractor(tokenizer, FrenchSentenceSplitter.Default, Extractors.Default.Tagger, FrenchAliasResolver.Default, new EntityExtractorOptions { Graph = graph });
        string text = string.Concat(Enumerable.Repeat("Emmanuel Macron est à Paris. ", 2000));
        Assert.ThrowsAny<OperationCanceledException>(() => extractor.ExtractEntities(text, "doc", cancellation.Token));
        Assert.Equal(1, tokenizer.Calls);
        Assert.Equal(0, graph.DocumentCount);
        Assert.Equal(0, graph.NodeCount);
    }

    [Fact]
    public void Cancelling_during_resolution_leaves_the_graph_unchanged()
    {
        using var cancellation = new CancellationTokenSource();
        var graph = new EntityGraph();
        var resolver = new CancellingResolver(cancellation);
        var extractor = new EntityExtractor(FrenchTokenizer.Default, FrenchSentenceSplitter.Default, Extractors.Default.Tagger, resolver, new EntityExtractorOptions { Graph = graph });
        Assert.ThrowsAny<OperationCanceledException>(() => extractor.ExtractEntities("Emmanuel Macron est à Paris.", "doc", cancellation.Token));
        Assert.Equal(0, graph.DocumentCount);
        Assert.Equal(0, graph.NodeCount);
    }

    [Fact]
    public void The_tokenizer_checks_the_token_on_a_huge_text()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();
        var tokens = new List<Token>();
        Assert.ThrowsAny<OperationCanceledException>(() => FrenchTokenizer.Default.Tokenize(new string('a', 1_000_000), tokens, cancellation.Token));
        Assert.Empty(tokens);
    }

    [Fact]
    public void The_resolver_checks_the_token()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();
        var mentions = new[] { new EntityMention(0, 5, "Paris", EntityLabel.Location, 1, null) };
        Assert.ThrowsAny<OperationCanceledException>(() => FrenchAliasResolver.Default.Resolve("Paris", mentions, cancellation.Token));
    }

    /// <summary>Every document in the graph has exactly the mention locations a private extraction of it gives.</summary>
    private static void AssertOnlyWholeDocuments(EntityGraph graph, List<string> documents)
    {
        var byDocument = graph.Snapshot().Nodes.SelectMany(n => n.Mentions).GroupBy(m => m.DocumentId).ToDictionary(g => g.Key, g => g.Select(m => (m.Start, m.End)).Order().ToList());
        foreach (var (documentId, locations) in byDocument)
        {
            int index = int.Parse(documentId["doc-".Length..], System.Globalization.CultureInfo.InvariantCulture);
            var expected = Extractors.Default.ExtractEntities(documents[index]).Mentions.Select(m => (m.Start, m.End)).Order().ToList();
            Assert.Equal(expected, locations);
        }
    }

    private sealed class CancellingTokenizer(CancellationTokenSource cancellation) : ITokenizer
    {
        public int Calls { get; private set; }

        public IReadOnlyList<Token> Tokenize(string text) => FrenchTokenizer.Default.Tokenize(text);

        public void Tokenize(string text, List<Token> tokens)
        {
            Calls++;
            FrenchTokenizer.Default.Tokenize(text, tokens);
            cancellation.Cancel();
        }
    }

    private sealed class CancellingResolver(CancellationTokenSource cancellation) : IAliasResolver
    {
        public IReadOnlyList<ResolvedEntity> Resolve(string text, IReadOnlyList<EntityMention> mentions) => FrenchAliasResolver.Default.Resolve(text, mentions);

        public IReadOnlyList<ResolvedEntity> Resolve(string text, IReadOnlyList<EntityMention> mentions, CancellationToken cancellationToken)
        {
            cancellation.Cancel();
            return FrenchAliasResolver.Default.Resolve(text, mentions, cancellationToken);
        }
    }
}
