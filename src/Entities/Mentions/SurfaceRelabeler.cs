using System.Collections.Frozen;
using Entities.Sentences;
using Entities.Tokenization;

namespace Entities.Mentions;

/// <summary>
/// Gives one label to every mention whose whole text is in a list (case-sensitive, typographic apostrophes read as straight):
/// for instance nationality nouns (<c>les Sud-Africains</c>), which a tagger reads as places, become MISC by the project's
/// convention. Spans never change. Immutable and thread-safe.
/// </summary>
public sealed class SurfaceRelabeler : IMentionRefiner
{
    private readonly FrozenSet<string> surfaces;
    private readonly EntityLabel label;
    private readonly FrozenSet<EntityLabel>? from;

    /// <summary>Creates a relabeler giving <paramref name="label"/> to mentions spelled as one of <paramref name="surfaces"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="surfaces"/> is <see langword="null"/>.</exception>
    public SurfaceRelabeler(EntityLabel label, IEnumerable<string> surfaces)
    {
        ArgumentNullException.ThrowIfNull(surfaces);
        this.label = label;
        this.surfaces = surfaces.Select(Apostrophes.Straighten).ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// Creates a relabeler giving <paramref name="label"/> to mentions spelled as one of <paramref name="surfaces"/> and labelled
    /// one of <paramref name="from"/> (the others keep theirs).
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public SurfaceRelabeler(EntityLabel label, IEnumerable<EntityLabel> from, IEnumerable<string> surfaces)
        : this(label, surfaces)
    {
        ArgumentNullException.ThrowIfNull(from);
        this.from = from.ToFrozenSet();
    }

    /// <inheritdoc />
    public IReadOnlyList<EntityMention> Refine(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, IReadOnlyList<EntityMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        return MentionRelabeling.Apply(mentions, new Rule(this));
    }

    private readonly struct Rule(SurfaceRelabeler relabeler) : MentionRelabeling.IRule
    {
        public EntityLabel? NewLabel(EntityMention mention) =>
            mention.Label != relabeler.label && (relabeler.from is null || relabeler.from.Contains(mention.Label))
                && relabeler.surfaces.Contains(Apostrophes.Straighten(mention.Text)) ? relabeler.label : null;
    }
}
