using System.Reflection;
using BenchmarkDotNet.Attributes;
using Entities.French.Ner;
using Entities.Tagging;

namespace Entities.Benchmarks;

/// <summary>Loading the embedded default model: <see cref="CrfTagger.Load(Stream, string)"/> on the manifest resource stream.</summary>
[MemoryDiagnoser]
public class ModelLoadBenchmark
{
    private static readonly Assembly FrenchAssembly = typeof(FrenchModel).Assembly;

    /// <summary>Opens the embedded resource and loads the model (decompression, checksum, feature table).</summary>
    [Benchmark]
    public int LoadEmbeddedModel()
    {
        using var stream = FrenchAssembly.GetManifestResourceStream(FrenchModel.ResourceName)
            ?? throw new InvalidOperationException($"Missing embedded resource {FrenchModel.ResourceName}.");
        return CrfTagger.Load(stream, FrenchModel.ResourceName).FeatureCount;
    }
}
