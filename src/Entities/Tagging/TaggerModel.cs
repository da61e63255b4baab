namespace Entities.Tagging;

/// <summary>The data of a trained tagger: tag set, feature configuration, weights, transitions and metadata.</summary>
public sealed class TaggerModel
{
    /// <summary>Creates a model from its parts (a trainer's output, or a file's content).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The temperature is not positive and finite.</exception>
    /// <exception cref="ArgumentException">The transitions or the weight rows do not match the tag set.</exception>
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

    /// <summary>The BILOU tags.</summary>
    public TagSet TagSet { get; }

    /// <summary>The feature configuration (templates' data: gazetteers, clusters, titles…).</summary>
    public FeatureConfiguration Features { get; }

    /// <summary>The feature weights.</summary>
    public FeatureTable Table { get; }

    /// <summary>Transition scores, <c>(tags + 1) × tags</c>, row 0 from the sentence start.</summary>
    public float[] Transitions { get; }

    /// <summary>Free-form facts (training data, command, scores).</summary>
    public IReadOnlyDictionary<string, string> Metadata { get; }
}
