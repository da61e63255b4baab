using Entities.Sentences;
using Entities.Tokenization;

namespace Entities.Mentions;

/// <summary>
/// One label per name in a document (the document-level consistency of Ratinov and Roth, 2009, as a rule): when the same
/// text is tagged with different labels among PER, LOC and ORG, the mentions in the minority take the label whose scores sum
/// to at least <see cref="Dominance"/> times any other's (<c>Villefort</c> read PER after <c>M. de</c> and in most sentences, LOC
/// in a few). Names split evenly are left alone (<c>Washington</c> the city and the man). Spans never change; MISC mentions
/// neither give nor take a label. Immutable and thread-safe.
/// </summary>
public sealed class LabelConsistencyRefiner : IMentionRefiner
{
    /// <summary>How many times the winning label's summed score must exceed each other label's.</summary>
    public const double Dominance = 2.0;

    /// <summary>The one instance (the rule has no parameters).</summary>
    public static LabelConsistencyRefiner Instance { get; } = new();

    /// <inheritdoc />
    public IReadOnlyList<EntityMention> Refine(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, IReadOnlyList<EntityMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        if (mentions.Count < 2) return mentions;

        // Most documents have no name with two labels: find one before building anything.
        Dictionary<string, (double Per, double Loc, double Org)>? sums = null;
        var first = new Dictionary<string, EntityLabel>(StringComparer.Ordinal);
        foreach (var mention in mentions)
        {
            if (!IsMain(mention.Label)) continue;
            if (!first.TryGetValue(mention.Text, out var label)) first[mention.Text] = mention.Label;
            else if (label != mention.Label) (sums ??= new(StringComparer.Ordinal))[mention.Text] = default;
        }

        if (sums is null) return mentions;
        foreach (var mention in mentions)
        {
            if (!IsMain(mention.Label) || !sums.TryGetValue(mention.Text, out var sum)) continue;
            double score = Math.Max(mention.Score, 0.01);
            sums[mention.Text] = mention.Label switch
            {
                EntityLabel.Person => sum with { Per = sum.Per + score },
                EntityLabel.Location => sum with { Loc = sum.Loc + score },
                _ => sum with { Org = sum.Org + score },
            };
        }

        return MentionRelabeling.Apply(mentions, new Rule(sums));
    }

    private static bool IsMain(EntityLabel label) => label is EntityLabel.Person or EntityLabel.Location or EntityLabel.Organization;

    /// <summary>The dominant label of a sum, or <see langword="null"/> when none dominates.</summary>
    private static EntityLabel? Winner((double Per, double Loc, double Org) sum)
    {
        if (sum.Per >= Dominance * Math.Max(sum.Loc, sum.Org)) return EntityLabel.Person;
        if (sum.Loc >= Dominance * Math.Max(sum.Per, sum.Org)) return EntityLabel.Location;
        if (sum.Org >= Dominance * Math.Max(sum.Per, sum.Loc)) return EntityLabel.Organization;
        return null;
    }

    private readonly struct Rule(Dictionary<string, (double Per, double Loc, double Org)> sums) : MentionRelabeling.IRule
    {
        public EntityLabel? NewLabel(EntityMention mention) =>
            IsMain(mention.Label) && sums.TryGetValue(mention.Text, out var sum) ? Winner(sum) : null;
    }
}
