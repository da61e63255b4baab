using static Entities.Tagging.FeatureTemplates;

namespace Entities.Tagging;

/// <summary>
/// The neighbor feature group (see <see cref="FeatureTemplates"/>): templates whose values come from exactly one other token
/// at a fixed offset from the scored token (or from the padding pseudo-token when that position is outside the sentence),
/// nothing of the scored token itself. Inference sums their weights once per distinct token and offset
/// (<see cref="WordRowCache"/>), so nothing else may be read here.
/// </summary>
internal static class NeighborFeatures
{
    /// <summary>The offsets that have neighbor templates, in the order features are written.</summary>
    public static ReadOnlySpan<int> Offsets => [-1, 1, -2, 2];

    /// <summary>Appends the features the token at <c>i + offset</c> gives to the token at <c>i</c>.</summary>
    /// <param name="offset">−2, −1, +1 or +2.</param>
    /// <param name="v">The values of the token at <c>i + offset</c>, or <see cref="TokenValues.Padding"/> when outside the sentence.</param>
    /// <param name="configuration">The model's feature configuration.</param>
    /// <param name="f">Feature buffer.</param>
    /// <param name="k">Next free index of <paramref name="f"/>; advanced.</param>
    public static void Add(int offset, in TokenValues v, FeatureConfiguration configuration, Span<ulong> f, ref int k)
    {
        bool clusters = configuration.ClusterMap.Count > 0;
        switch (offset)
        {
            case -1:
                f[k++] = FeatureHash.Feature(LowerM1, v.Lower);
                f[k++] = FeatureHash.Feature(WordM1, v.Word);
                f[k++] = FeatureHash.Feature(ShortM1, v.Short);
                if (clusters) f[k++] = FeatureHash.Feature(CoarseM1, v.Coarse);
                if (clusters && configuration.FineNeighbors) f[k++] = FeatureHash.Feature(FineM1, v.Fine);
                break;
            case 1:
                f[k++] = FeatureHash.Feature(LowerP1, v.Lower);
                f[k++] = FeatureHash.Feature(WordP1, v.Word);
                f[k++] = FeatureHash.Feature(ShortP1, v.Short);
                if (clusters) f[k++] = FeatureHash.Feature(CoarseP1, v.Coarse);
                if (clusters && configuration.FineNeighbors) f[k++] = FeatureHash.Feature(FineP1, v.Fine);
                break;
            case -2:
                f[k++] = FeatureHash.Feature(LowerM2, v.Lower);
                f[k++] = FeatureHash.Feature(ShortM2, v.Short);
                if (clusters) f[k++] = FeatureHash.Feature(CoarseM2, v.Coarse);
                break;
            case 2:
                f[k++] = FeatureHash.Feature(LowerP2, v.Lower);
                f[k++] = FeatureHash.Feature(ShortP2, v.Short);
                if (clusters) f[k++] = FeatureHash.Feature(CoarseP2, v.Coarse);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(offset), offset, "No neighbor templates at this offset.");
        }
    }
}
