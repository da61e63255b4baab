namespace Entities.Tagging;

/// <summary>The data of a trained tagger: tag set, feature configuration, weights, transitions and metadata.</summary>
internal sealed class TaggerModel
{
    public TaggerModel(TagSet tagSet, FeatureConfiguration features, FeatureTable table, float[] transitions, IReadOnlyDictionary<string, string> metadata)
    {
        if (transitions.Length != (tagSet.Count + 1) * tagSet.Count) throw new ArgumentException("Transition matrix has the wrong size.", nameof(transitions));
        if (table.TagCount != tagSet.Count) throw new ArgumentException("Weight rows do not match the tag set.", nameof(table));
        TagSet = tagSet;
        Features = features;
        Table = table;
        Transitions = transitions;
        Metadata = metadata;
        ExpTransitions = SequenceDecoder.ExpTransitions(tagSet, transitions);
    }

    /// <summary><c>exp</c> of <see cref="Transitions"/> (0 where illegal), for the marginals.</summary>
    public double[] ExpTransitions { get; }

    public TagSet TagSet { get; }

    public FeatureConfiguration Features { get; }

    public FeatureTable Table { get; }

    public float[] Transitions { get; }

    public IReadOnlyDictionary<string, string> Metadata { get; }
}
