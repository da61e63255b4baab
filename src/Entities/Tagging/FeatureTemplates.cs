namespace Entities.Tagging;

/// <summary>
/// The ids of the feature templates: a feature is <c>FeatureHash.Feature(templateId, values…)</c>. Ids are part of the
/// model format (a trained model stores the hashes), so an id is never reused or renumbered; a new template takes the next
/// free id.
/// </summary>
/// <remarks>
/// Every template belongs to exactly one of three groups, decided by what its values depend on. The group fixes where
/// the template is written and how inference computes it, so a new template must be put in the right one:
/// <list type="number">
/// <item><see cref="TokenFeatures"/> (<em>intrinsic</em>): values computed from the scored token alone (its characters and
/// lexicon lookups of it: clusters, common words, triggers…) and, at most, whether it is the first token of the sentence.
/// Inference caches their summed weights per distinct token.</item>
/// <item><see cref="NeighborFeatures"/>: values of exactly one other token at a fixed offset −2, −1, +1 or +2 (or the
/// padding value when that position is outside the sentence), nothing of the scored token. Inference caches their summed
/// weights per distinct token and offset.</item>
/// <item><see cref="ContextFeatures"/>: everything else: values of two or more tokens (bigrams, shape trigram, capitalization
/// pairs), of a variable range (preceding title, trigger chain) or of multi-token matches (gazetteers). Looked up per token.</item>
/// </list>
/// When unsure, use <see cref="ContextFeatures"/>: it is always correct, only slower. A template put in one of the cached
/// groups while it depends on anything else gives wrong emissions at inference; the test comparing cached and uncached
/// emissions (<c>CachedEmissionsTests</c>) catches it once a model has weights for the template.
/// </remarks>
internal static class FeatureTemplates
{
    public const int Bias = 1, Word = 2, Lower = 3, Prefix = 4, Suffix = 8, Shape = 12, Short = 13,
        LowerM1 = 14, LowerP1 = 15, LowerM2 = 16, LowerP2 = 17, ShortM1 = 18, ShortP1 = 19, ShortM2 = 20, ShortP2 = 21,
        BigramM = 22, BigramP = 23, ShapeTri = 24, First = 25, Acronym = 26, Elided = 27, Title1 = 28, TitleNear = 29,
        Gaz = 30, GazPrev = 31, GazNext = 32, Length = 33, WordShortM1 = 34, LowerShapeP1 = 35, UpperInitialWord = 36,
        WordM1 = 37, WordP1 = 38, AfterQuote = 39, CapCommon = 40, CapCommonM1 = 41, CapCommonP1 = 42, Coarse = 43, Fine = 44,
        CoarseM1 = 45, CoarseP1 = 46, FineShape = 47, CoarseM2 = 48, CoarseP2 = 49,
        Trigger = 50, TriggerM1 = 51, TriggerChain = 52, CapRatio = 53, FineM1 = 54, FineP1 = 55;
}
