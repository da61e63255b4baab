namespace Entities.Evaluation;

/// <summary>
/// B-cubed precision and recall of a clustering (Bagga and Baldwin, 1998): for each item, the share of its predicted
/// cluster that truly belongs with it (precision) and the share of its true cluster that was predicted with it (recall),
/// averaged over items.
/// </summary>
/// <remarks>
/// The two sides may cover different items (a mention the system missed, or found wrongly). Precision is averaged over
/// the predicted items and recall over the gold items; an item missing from the other side counts there as a singleton,
/// so a missed mention costs recall only when its true cluster has other members, and a spurious mention costs precision
/// only when it was merged with others.
/// </remarks>
/// <param name="Precision">Average over predicted items, in [0, 1]; 0 when nothing is predicted.</param>
/// <param name="Recall">Average over gold items, in [0, 1]; 0 when the gold side is empty.</param>
public readonly record struct ClusteringScore(double Precision, double Recall)
{
    /// <summary>The harmonic mean of <see cref="Precision"/> and <see cref="Recall"/>; 0 when both are 0.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Scores <paramref name="predicted"/> against <paramref name="gold"/>, each mapping an item to its cluster id.</summary>
    /// <typeparam name="TItem">The item (for example a document and a mention span).</typeparam>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static ClusteringScore BCubed<TItem>(IReadOnlyDictionary<TItem, string> gold, IReadOnlyDictionary<TItem, string> predicted)
        where TItem : notnull
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        return new ClusteringScore(Average(predicted, gold), Average(gold, predicted));
    }

    /// <summary>Averages, over the items of <paramref name="side"/>, the share of each item's cluster that <paramref name="other"/> puts with it.</summary>
    private static double Average<TItem>(IReadOnlyDictionary<TItem, string> side, IReadOnlyDictionary<TItem, string> other)
        where TItem : notnull
    {
        if (side.Count == 0) return 0;
        var clusters = new Dictionary<string, List<TItem>>(StringComparer.Ordinal);
        foreach (var (item, cluster) in side)
        {
            if (!clusters.TryGetValue(cluster, out var members)) clusters[cluster] = members = [];
            members.Add(item);
        }

        double sum = 0;
        foreach (var (item, cluster) in side)
        {
            var members = clusters[cluster];
            int together = 0;
            if (other.TryGetValue(item, out var otherCluster))
            {
                foreach (var member in members)
                {
                    if (other.TryGetValue(member, out var c) && string.Equals(c, otherCluster, StringComparison.Ordinal)) together++;
                }
            }
            else
            {
                together = 1;
            }

            sum += (double)together / members.Count;
        }

        return sum / side.Count;
    }
}
