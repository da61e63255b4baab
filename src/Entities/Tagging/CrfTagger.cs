using System.Buffers;
using Entities.Models;
using Entities.Pooling;
using Entities.Tokenization;

namespace Entities.Tagging;

/// <summary>
/// A named-entity tagger: a linear model over BILOU tags (averaged perceptron or CRF weights), decoded with constrained Viterbi.
/// Give it a sentence as token strings (normalized as the tokenizer emits them, e.g. <c>l'</c> + <c>OTAN</c>) and
/// it returns the mentions. Immutable after load and thread-safe.
/// </summary>
public sealed class CrfTagger : ITagger
{
    private readonly ScratchPool<FeatureExtractor.Workspace> workspaces = new();

    /// <summary>The word-cache entries of all this tagger's workspaces together: memory does not grow with the thread count.</summary>
    private readonly CacheBudget cacheBudget = new(WordRowCache.DefaultMaxCapacity);

    /// <summary>Creates a tagger over a model (a trainer's output; files are read with <see cref="Load(string)"/>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="model"/> is <see langword="null"/>.</exception>
    public CrfTagger(TaggerModel model) => Model = model ?? throw new ArgumentNullException(nameof(model));

    /// <summary>The model's data.</summary>
    public TaggerModel Model { get; }

    /// <summary>The entity types this model can emit.</summary>
    public IReadOnlyList<EntityLabel> Labels => Model.TagSet.Labels;

    /// <summary>The feature configuration (titles, elisions, gazetteers) stored in the model.</summary>
    public FeatureConfiguration Features => Model.Features;

    /// <summary>Free-form facts about the model (training data, epochs, scores).</summary>
    public IReadOnlyDictionary<string, string> Metadata => Model.Metadata;

    /// <summary>Scale applied to the scores when computing mention confidences (fitted on dev data; 1 = raw scores).</summary>
    public float Temperature => Model.Temperature;

    /// <summary>Number of weighted features.</summary>
    public int FeatureCount => Model.Table.Count;

    /// <summary>Loads a model file.</summary>
    /// <exception cref="ModelFormatException">The file is missing, empty, truncated, corrupt, not a model, or of a newer format.</exception>
    public static CrfTagger Load(string path) => new(ModelSerializer.Read(path));

    /// <summary>Loads a model from a stream (read to its end; not closed).</summary>
    /// <param name="stream">The model bytes.</param>
    /// <param name="sourceName">A name for error messages.</param>
    /// <exception cref="ModelFormatException">The data is empty, truncated, corrupt, not a model, or of a newer format.</exception>
    public static CrfTagger Load(Stream stream, string sourceName = "<stream>") => new(ModelSerializer.Read(stream, sourceName));

    /// <summary>Writes the model to a file (created or replaced).</summary>
    public void Save(string path) => ModelSerializer.Write(Model, path);

    /// <summary>Writes the model to a stream.</summary>
    public void Save(Stream stream) => ModelSerializer.Write(Model, stream);

    /// <summary>Tags one sentence.</summary>
    /// <param name="tokens">The sentence's tokens.</param>
    /// <returns>The mentions, in token order.</returns>
    public IReadOnlyList<TaggedSpan> Tag(IReadOnlyList<string> tokens)
    {
        var spans = new List<TaggedSpan>();
        Tag(tokens, spans);
        return spans;
    }

    /// <summary>Tags one sentence, appending the mentions to <paramref name="output"/>.</summary>
    public void Tag(IReadOnlyList<string> tokens, List<TaggedSpan> output)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(output);
        Tag(new SentenceTokens(tokens), output);
    }

    /// <inheritdoc />
    /// <remarks>The tokens are read as their normalized forms over <paramref name="text"/>, without building their strings.</remarks>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The window lies outside <paramref name="tokens"/>.</exception>
    public void Tag(string text, IReadOnlyList<Token> tokens, int first, int count, List<TaggedSpan> output)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(output);
        if (first < 0 || count < 0 || first > tokens.Count - count) throw new ArgumentOutOfRangeException(nameof(count), $"The window [{first}, {first}+{count}) lies outside the {tokens.Count} tokens.");
        Tag(new SentenceTokens(text, tokens, first, count), output);
    }

    private void Tag(in SentenceTokens tokens, List<TaggedSpan> output)
    {
        int n = tokens.Count;
        if (n == 0) return;
        int t = Model.TagSet.Count;
        var ws = workspaces.TryTake(out var w) ? w : new FeatureExtractor.Workspace();
        var scratch = ws.Decoding ??= new DecodingScratch();
        scratch.Ensure(n, t);
        bool kept = n <= scratch.Capacity;
        float[] emissions = kept ? scratch.Emissions : ArrayPool<float>.Shared.Rent(n * t);
        int[] tags = kept ? scratch.Tags : ArrayPool<int>.Shared.Rent(n);
        double[]? marginals = null;
        try
        {
            ComputeEmissions(tokens, ws, emissions);
            Model.Lattice.Viterbi(emissions, n, tags, kept ? scratch.Back : default);
            marginals = AddMentions(Model.TagSet, emissions.AsSpan(0, n * t), tags, n, Model.Lattice, 1 / Model.Temperature, output, kept ? scratch : null);
        }
        finally
        {
            workspaces.Return(ws);
            if (!kept)
            {
                ArrayPool<float>.Shared.Return(emissions);
                ArrayPool<int>.Shared.Return(tags);
            }

            if (marginals is not null) ArrayPool<double>.Shared.Return(marginals);
        }
    }

    /// <summary>
    /// Appends the mentions of a decoded tag sequence (<paramref name="tags"/>, <paramref name="n"/> tokens), each scored with
    /// the lowest forward-backward marginal of its tags computed from <c>emissions × inverseTemperature</c> over
    /// <paramref name="lattice"/>: the confidence <see cref="Tag(string, IReadOnlyList{Token}, int, int, List{TaggedSpan})"/>
    /// gives. May overwrite <paramref name="emissions"/>. For calibration (the temperature fit of a trainer).
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void ScoreMentions(TagSet tagSet, Span<float> emissions, int[] tags, int n, BilouLattice lattice, float inverseTemperature, List<TaggedSpan> output)
    {
        ArgumentNullException.ThrowIfNull(tagSet);
        ArgumentNullException.ThrowIfNull(tags);
        ArgumentNullException.ThrowIfNull(lattice);
        ArgumentNullException.ThrowIfNull(output);
        var marginals = AddMentions(tagSet, emissions, tags, n, lattice, inverseTemperature, output);
        if (marginals is not null) ArrayPool<double>.Shared.Return(marginals);
    }

    /// <summary>
    /// Appends the mentions of a decoded tag sequence, each scored with the lowest forward-backward marginal of its
    /// tags computed from <c>emissions · inverseTemperature</c> and the exponentiated transitions of <paramref name="lattice"/> (already
    /// scaled). May overwrite <paramref name="emissions"/>. Returns the rented marginals array (or null) for the caller to return;
    /// with <paramref name="scratch"/> (room for <paramref name="n"/> tokens), its arrays are used and nothing is rented.
    /// </summary>
    internal static double[]? AddMentions(TagSet tagSet, Span<float> emissions, int[] tags, int n, BilouLattice lattice, float inverseTemperature, List<TaggedSpan> output, DecodingScratch? scratch = null)
    {
        int t = tagSet.Count;
        double[]? marginals = null;
        int startIndex = -1;
        for (int i = 0; i < n; i++)
        {
            int tag = tags[i];
            if (tag == 0) continue;
            int kind = TagSet.KindOf(tag);
            if (kind is TagSet.Begin or TagSet.Unit) startIndex = i;
            if (kind is not (TagSet.Last or TagSet.Unit)) continue;
            if (marginals is null)
            {
                marginals = scratch is not null ? scratch.Marginals : ArrayPool<double>.Shared.Rent(n * t);
                // Only the positions inside mentions are read: from the first tagged token to the last, and not those tagged O.
                int last = n - 1;
                while (tags[last] == 0) last--;
                lattice.Marginals(emissions, inverseTemperature, n, marginals, startIndex, last + 1, tags.AsSpan(0, n), scratch is not null ? scratch.Work : default);
            }

            double score = 1;
            for (int k = startIndex; k <= i; k++) score = Math.Min(score, marginals[k * t + tags[k]]);
            output.Add(new TaggedSpan(startIndex, i + 1, tagSet.Labels[TagSet.LabelIndexOf(tag)], Math.Clamp(score, 0, 1)));
        }

        return scratch is not null ? null : marginals;
    }

    /// <summary>Computes the emission scores of a sentence into <paramref name="emissions"/> (at least <c>n × tags</c> long).</summary>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="emissions"/> is too short.</exception>
    public void Emissions(IReadOnlyList<string> tokens, float[] emissions)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(emissions);
        if (emissions.Length < tokens.Count * Model.TagSet.Count) throw new ArgumentException($"{tokens.Count * Model.TagSet.Count} emission scores are needed.", nameof(emissions));
        var ws = workspaces.TryTake(out var w) ? w : new FeatureExtractor.Workspace();
        try
        {
            ComputeEmissions(new SentenceTokens(tokens), ws, emissions);
        }
        finally
        {
            workspaces.Return(ws);
        }
    }

    /// <summary>Tags one sentence and returns IOB2 tags (<c>O</c>, <c>B-PER</c>, <c>I-PER</c>…), one per token.</summary>
    public string[] TagIob2(IReadOnlyList<string> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var result = new string[tokens.Count];
        Array.Fill(result, "O");
        foreach (var span in Tag(tokens))
        {
            string code = span.Label.ToCode();
            result[span.Start] = "B-" + code;
            for (int i = span.Start + 1; i < span.End; i++) result[i] = "I-" + code;
        }

        return result;
    }

    private void ComputeEmissions(in SentenceTokens tokens, FeatureExtractor.Workspace ws, float[] emissions)
    {
        ws.Cached ??= new CachedEmissions(Model, budget: cacheBudget);
        ws.Cached.Compute(tokens, ws, emissions.AsSpan(0, tokens.Count * Model.TagSet.Count));
    }

    /// <summary>Computes the emission scores the plain way (every feature looked up), the reference <see cref="CachedEmissions"/> must equal.</summary>
    internal void UncachedEmissions(IReadOnlyList<string> tokens, float[] emissions)
    {
        int n = tokens.Count, t = Model.TagSet.Count;
        var ws = new FeatureExtractor.Workspace();
        FeatureExtractor.Extract(tokens, Model.Features, ws);
        Model.Table.Emissions(ws.Features, ws.Counts, FeatureExtractor.MaxFeaturesPerToken, n, ws.Rows, emissions.AsSpan(0, n * t));
    }
}
