using System.Diagnostics;
using Entities;
using Entities.French.Batch;
using Entities.French.DependencyInjection;
using Entities.French.Extraction;
using Entities.Graph;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers French entity extraction in an <see cref="IServiceCollection"/>.</summary>
public static class FrenchEntityExtractionServiceCollectionExtensions
{
    /// <summary>
    /// Registers, as singletons: <see cref="FrenchEntityExtractor"/> (also as <see cref="IEntityExtractor"/>), the shared
    /// <see cref="EntityGraph"/>, and <see cref="IEntityBatchProcessor"/>. The options are validated when the application starts
    /// (<c>ValidateOnStart</c>): a bad value stops the host with an <see cref="OptionsValidationException"/> naming the option.
    /// The model is loaded on first use of the extractor, and its load time and feature count are logged.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options; <see langword="null"/> keeps the defaults (embedded model, shared graph).</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is <see langword="null"/>.</exception>
    public static IServiceCollection AddFrenchEntityExtraction(this IServiceCollection services, Action<FrenchEntityExtractionOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<FrenchEntityExtractionOptions>();
        if (configure is not null) options.Configure(configure);
        options.ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<FrenchEntityExtractionOptions>, FrenchEntityExtractionOptionsValidator>());

        services.TryAddSingleton(provider => provider.GetRequiredService<IOptions<FrenchEntityExtractionOptions>>().Value.Graph ?? new EntityGraph());
        services.TryAddSingleton(CreateExtractor);
        services.TryAddSingleton<IEntityExtractor>(provider => provider.GetRequiredService<FrenchEntityExtractor>());
        services.TryAddSingleton<IEntityBatchProcessor>(provider => new EntityBatchProcessor(
            provider.GetRequiredService<FrenchEntityExtractor>(),
            provider.GetRequiredService<IOptions<FrenchEntityExtractionOptions>>().Value.ProgressInterval,
            Logger(provider, typeof(EntityBatchProcessor).FullName!),
            provider.GetRequiredService<IOptions<FrenchEntityExtractionOptions>>().Value.MaxDegreeOfParallelism));
        return services;
    }

    private static FrenchEntityExtractor CreateExtractor(IServiceProvider provider)
    {
        var configured = provider.GetRequiredService<IOptions<FrenchEntityExtractionOptions>>().Value;
        bool shared = configured.UseSharedGraph || configured.Graph is not null;
        var extractorOptions = new FrenchEntityExtractorOptions
        {
            ModelPath = configured.ModelPath,
            Tagger = configured.Tagger,
            Knowledge = configured.Knowledge,
            KnowledgePath = configured.KnowledgePath,
            Graph = shared ? provider.GetRequiredService<EntityGraph>() : null,
            MinimumScore = configured.MinimumScore,
            IncludeMiscellaneous = configured.IncludeMiscellaneous,
            MaxSentenceTokens = configured.MaxSentenceTokens,
        };
        var clock = Stopwatch.StartNew();
        var extractor = new FrenchEntityExtractor(extractorOptions);
        ExtractionLog.ModelLoaded(
            Logger(provider, typeof(FrenchEntityExtractor).FullName!),
            configured.ModelPath ?? (configured.Tagger is null ? "(embedded fr-ner.model)" : "(given tagger)"),
            clock.ElapsedMilliseconds,
            extractor.Tagger is Entities.Tagging.CrfTagger crf ? crf.FeatureCount : 0,
            shared);
        return extractor;
    }

    private static ILogger Logger(IServiceProvider provider, string category) =>
        provider.GetService<ILoggerFactory>()?.CreateLogger(category) ?? NullLogger.Instance;
}
