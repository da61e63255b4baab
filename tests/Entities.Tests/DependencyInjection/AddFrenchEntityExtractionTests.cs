using Entities.French.Batch;
using Entities.French.DependencyInjection;
using Entities.French.Extraction;
using Entities.Graph;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Entities.Tests.DependencyInjection;

public sealed class AddFrenchEntityExtractionTests
{
    [Fact]
    public void Registers_one_extractor_and_one_shared_graph()
    {
        using var provider = new ServiceCollection().AddFrenchEntityExtraction().BuildServiceProvider();

        var extractor = provider.GetRequiredService<FrenchEntityExtractor>();
        Assert.Same(extractor, provider.GetRequiredService<IEntityExtractor>());
        Assert.Same(extractor, provider.GetRequiredService<FrenchEntityExtractor>());
        var graph = provider.GetRequiredService<EntityGraph>();
        Assert.Same(graph, extractor.Graph);
        Assert.Same(provider.GetRequiredService<IEntityBatchProcessor>(), provider.GetRequiredService<IEntityBatchProcessor>());
    }

    [Fact]
    public void Shared_graph_gives_the_same_id_across_calls()
    {
        using var provider = new ServiceCollection().AddFrenchEntityExtraction().BuildServiceProvider();
        var extractor = provider.GetRequiredService<IEntityExtractor>();

        var first = extractor.ExtractEntities("Mme Claire Martin a ouvert la séance à Nantes.");
        var second = extractor.ExtractEntities("Claire Martin est repartie lundi.");

        string IdOf(ExtractionResult r) => r.Mentions.Single(m => m.Text == "Claire Martin").EntityId!;
        Assert.Equal(IdOf(first), IdOf(second));
        Assert.Equal(2, provider.GetRequiredService<EntityGraph>().DocumentCount);
    }

    [Fact]
    public void Private_graph_when_UseSharedGraph_is_false()
    {
        using var provider = new ServiceCollection().AddFrenchEntityExtraction(o => o.UseSharedGraph = false).BuildServiceProvider();

        Assert.Null(provider.GetRequiredService<FrenchEntityExtractor>().Graph);
    }

    [Fact]
    public void A_given_graph_is_the_registered_one()
    {
        var graph = new EntityGraph();
        using var provider = new ServiceCollection().AddFrenchEntityExtraction(o => o.Graph = graph).BuildServiceProvider();

        Assert.Same(graph, provider.GetRequiredService<EntityGraph>());
        Assert.Same(graph, provider.GetRequiredService<FrenchEntityExtractor>().Graph);
    }

    public static TheoryData<string, Action<FrenchEntityExtractionOptions>> BadOptions => new()
    {
        { "MinimumScore", o => o.MinimumScore = 2 },
        { "ModelPath", o => o.ModelPath = "/nonexistent/fr-ner.model" },
        { "MaxSentenceTokens", o => o.MaxSentenceTokens = 3 },
        { "ProgressInterval", o => o.ProgressInterval = 0 },
    };

    [Theory]
    [MemberData(nameof(BadOptions))]
    public async Task Bad_options_stop_the_host_at_start_naming_the_option(string option, Action<FrenchEntityExtractionOptions> configure)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddFrenchEntityExtraction(configure);
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("FrenchEntityExtractionOptions." + option, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(BadOptions))]
    public void Bad_options_fail_the_startup_validator_without_a_host(string option, Action<FrenchEntityExtractionOptions> configure)
    {
        using var provider = new ServiceCollection().AddFrenchEntityExtraction(configure).BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(option, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Valid_options_start_the_host()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddFrenchEntityExtraction(o => o.MinimumScore = 0.5);
        using var host = builder.Build();

        await host.StartAsync();
        await host.StopAsync();
    }

    [Fact]
    public void Model_load_and_batch_progress_are_logged()
    {
        var logs = new CapturingLoggerProvider();
        using var provider = new ServiceCollection()
            .AddLogging(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Information))
            .AddFrenchEntityExtraction(o => o.ProgressInterval = 2)
            .BuildServiceProvider();
        var batch = provider.GetRequiredService<IEntityBatchProcessor>();

        var documents = Enumerable.Range(1, 5).Select(i => new BatchDocument($"doc{i}", $"Mme Claire Martin est à Nantes ({i}).")).ToList();
        var results = batch.Process(documents).ToList();

        Assert.Equal(documents.Select(d => d.Id), results.Select(r => r.DocumentId));
        Assert.Single(results.SelectMany(r => r.Result.Mentions).Where(m => m.Text == "Claire Martin").Select(m => m.EntityId).Distinct());
        var messages = logs.Messages.Select(m => m.Message).ToList();
        Assert.Single(messages, m => m.StartsWith("Loaded French entity model", StringComparison.Ordinal) && m.Contains("features", StringComparison.Ordinal));
        Assert.Equal(2, messages.Count(m => m.StartsWith("Extracted ", StringComparison.Ordinal)));
        Assert.Single(messages, m => m.StartsWith("Batch done: 5 documents", StringComparison.Ordinal));
    }

    [Fact]
    public void Cancelled_batch_throws()
    {
        using var provider = new ServiceCollection().AddFrenchEntityExtraction().BuildServiceProvider();
        var batch = provider.GetRequiredService<IEntityBatchProcessor>();

        Assert.Throws<OperationCanceledException>(() => batch.Process([new BatchDocument("a", "Paris.")], new CancellationToken(canceled: true)).ToList());
    }
}
