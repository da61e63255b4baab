namespace Entities.Tagging;

/// <summary>The data of a trained tagger: tag set, feature configuration, weights, transitions and metadata.</summary>
internal sealed class TaggerModel
{
    public TaggerModel(TagSet tagSet, FeatureConfiguration features, FeatureTable table, float[] transitions, IReadOnlyDictionary<string, string> metadata,
        float temperature = 1)
    {
        if (!(temperature > 0) || float.IsInfinity(temperature)) throw new ArgumentOutOfRangeException(nameof(temperature), "The temperature must be positive and finite.");
        if (transitions.Length != (tagSet.Count + 1) * tagSet.Count) throw new ArgumentException("Transition matrix has the wrong size.", nameof(transitions));
        if (table.TagCount != tagSet.Count) throw new ArgumentException("Weight rows do not match the tag set.", nameof(table));
        TagSet = tagSet;
        Features = features;
        Table = table;
        Transitions = transitions;
        Metadata = metadata;
        Temperature = temperature;
        ExpTransitions = SequenceDecoder.ExpTransitions(tagSet, transitions, 1 / temperature);
        Lattice = new BilouLattice(tagSet, transitions, ExpTransitions);
    }

    /// <summary>
    /// Scale of the scores in the forward-backward pass only (mention confidence): marginals are computed from
    /// <c>score / Temperature</c>; Viterbi is unaffected. Fitted on dev data at the end of training (1 = raw scores).
    /// </summary>
    public float Temperature { get; }

    /// <summary>Returns the same model with another <see cref="Temperature"/>.</summary>
    public TaggerModel WithTemperature(float temperature) => new(TagSet, Features, Table, Transitions, Metadata, temperature);

    /// <summary><c>exp(transition / Temperature)</c> (0 where illegal), for the marginals.</summary>
    public double[] ExpTransitions { get; }

    /// <summary>Decoding over <see cref="Transitions"/> and <see cref="ExpTransitions"/>.</summary>
    public BilouLattice Lattice { get; }

    public TagSet TagSet { get; }

    public FeatureConfiguration Features { get; }

    public FeatureTable Table { get; }

    public float[] Transitions { get; }

    public IReadOnlyDictionary<string, string> Metadata { get; }
}
