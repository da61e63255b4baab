namespace Entities.Tagging;

/// <summary>
/// The feature hashes of a sentence as <see cref="CrfTagger"/> computes them, for trainers (package Entities.Training) and tools:
/// call <see cref="Extract"/>, then read <see cref="FeaturesOf"/> for each token. Holds reusable buffers: one instance per
/// thread.
/// </summary>
public sealed class SentenceFeaturizer
{
    private readonly FeatureExtractor.Workspace workspace = new();

    /// <summary>Creates a featurizer for a feature configuration.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="configuration"/> is <see langword="null"/>.</exception>
    public SentenceFeaturizer(FeatureConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        Configuration = configuration;
    }

    /// <summary>The most features one token can have.</summary>
    public const int MaxFeaturesPerToken = FeatureExtractor.MaxFeaturesPerToken;

    /// <summary>Number of hashes written by <see cref="IdentityFeaturesOf"/>.</summary>
    public const int IdentityFeatureCount = IdentityFeatures.Count;

    /// <summary>The configuration features are extracted with.</summary>
    public FeatureConfiguration Configuration { get; }

    /// <summary>Number of tokens of the last sentence extracted.</summary>
    public int Count { get; private set; }

    /// <summary>Extracts the features of a sentence (tokens in their normalized forms), replacing the previous sentence's.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="tokens"/> is <see langword="null"/>.</exception>
    public void Extract(IReadOnlyList<string> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        FeatureExtractor.Extract(tokens, Configuration, workspace);
        Count = tokens.Count;
    }

    /// <summary>The feature hashes of token <paramref name="token"/> of the last sentence, valid until the next <see cref="Extract"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="token"/> is not a token of the last sentence.</exception>
    public ReadOnlySpan<ulong> FeaturesOf(int token)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(token);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(token, Count);
        return workspace.Features.AsSpan(token * FeatureExtractor.MaxFeaturesPerToken, workspace.Counts[token]);
    }

    /// <summary>
    /// Writes the hashes of the features that name a token's exact identity (its word, lower-case form and capitalized-word
    /// feature; the last is 0 when it does not apply) into <paramref name="output"/> (at least <see cref="IdentityFeatureCount"/> long):
    /// word dropout leaves them out so that the other features learn to tag unseen names.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="token"/> is <see langword="null"/>.</exception>
    public static void IdentityFeaturesOf(string token, int position, Span<ulong> output)
    {
        ArgumentNullException.ThrowIfNull(token);
        IdentityFeatures.Of(token, position, output);
    }
}
