using static Entities.Tagging.FeatureTemplates;

namespace Entities.Tagging;

/// <summary>
/// The context feature group (see <see cref="FeatureTemplates"/>): templates combining the scored token with its neighbors
/// (bigrams, shape trigram, capitalization pairs, elided article, opening quote), reading a variable range before it (titles,
/// trigger chain) or multi-token matches (gazetteers). Looked up for every token at inference; any template that does not
/// fit <see cref="TokenFeatures"/> or <see cref="NeighborFeatures"/> belongs here.
/// </summary>
internal static class ContextFeatures
{
    /// <summary>Farthest distance at which a preceding trigger word still gives a feature.</summary>
    private const int TriggerReach = 6;

    /// <summary>
    /// Appends the context features of token <paramref name="i"/>. Reads <see cref="FeatureExtractor.Workspace.Values"/> and
    /// <see cref="FeatureExtractor.Workspace.GazMarks"/>, which must be filled for the sentence (the tokens' characters are
    /// not read: what is needed of them is in their <see cref="TokenValues"/>).
    /// </summary>
    /// <param name="w">The sentence's workspace.</param>
    /// <param name="i">The token.</param>
    /// <param name="n">The number of tokens of the sentence.</param>
    /// <param name="configuration">The model's feature configuration.</param>
    /// <param name="f">Feature buffer.</param>
    /// <param name="k">Next free index of <paramref name="f"/>; advanced.</param>
    public static void Add(FeatureExtractor.Workspace w, int i, int n, FeatureConfiguration configuration, Span<ulong> f, ref int k)
    {
        var values = w.Values;
        ulong cm1 = i > 0 ? values[i - 1].CapClass : TokenValues.PaddingAt(i - 1, n);
        ulong cp1 = i + 1 < n ? values[i + 1].CapClass : TokenValues.PaddingAt(i + 1, n);
        AddCapitalizationPairs(cm1, values[i].CapClass, cp1, f, ref k);
        AddAllButCapitalizationPairs(w, i, n, configuration, f, ref k);
    }

    /// <summary>The padding value of <see cref="TokenValues.CapClass"/> before the first token (what <c>cm1</c> is for it).</summary>
    public static ulong CapClassBefore => TokenValues.PaddingAt(-1, 1);

    /// <summary>The padding value of <see cref="TokenValues.CapClass"/> after the last token (what <c>cp1</c> is for it).</summary>
    public static ulong CapClassAfter => TokenValues.PaddingAt(1, 1);

    /// <summary>
    /// The capitalization-pair features of a token: its capitalization class with the previous token's, and with the next
    /// token's (or the padding values <see cref="CapClassBefore"/>, <see cref="CapClassAfter"/>). Their values take only a few
    /// combinations, so inference can sum their rows once per combination.
    /// </summary>
    public static void AddCapitalizationPairs(ulong cm1, ulong capClass, ulong cp1, Span<ulong> f, ref int k)
    {
        f[k++] = FeatureHash.Feature(CapCommonM1, cm1, capClass);
        f[k++] = FeatureHash.Feature(CapCommonP1, capClass, cp1);
    }

    /// <summary>As <see cref="Add"/>, without the features of <see cref="AddCapitalizationPairs"/>.</summary>
    public static void AddAllButCapitalizationPairs(FeatureExtractor.Workspace w, int i, int n, FeatureConfiguration configuration, Span<ulong> f, ref int k)
    {
        var values = w.Values;
        ref readonly var v = ref values[i];
        ulong lower = v.Lower, shortShape = v.Short;
        ulong lm1 = i > 0 ? values[i - 1].Lower : TokenValues.PaddingAt(i - 1, n);
        ulong lp1 = i + 1 < n ? values[i + 1].Lower : TokenValues.PaddingAt(i + 1, n);
        ulong sm1 = i > 0 ? values[i - 1].Short : TokenValues.PaddingAt(i - 1, n);
        ulong sp1 = i + 1 < n ? values[i + 1].Short : TokenValues.PaddingAt(i + 1, n);

        f[k++] = FeatureHash.Feature(BigramM, lm1, lower);
        f[k++] = FeatureHash.Feature(BigramP, lower, lp1);
        f[k++] = FeatureHash.Feature(ShapeTri, sm1, shortShape, sp1);
        f[k++] = FeatureHash.Feature(WordShortM1, lm1, shortShape);
        f[k++] = FeatureHash.Feature(LowerShapeP1, shortShape, lp1);

        if (i > 0 && values[i - 1].IsElision) f[k++] = FeatureHash.Feature(Elided, lm1, shortShape);
        if (i > 0 && values[i - 1].IsQuote) f[k++] = FeatureHash.Feature(AfterQuote, shortShape);
        bool title1 = i > 0 && values[i - 1].IsTitle;
        bool title2 = i > 1 && values[i - 1].IsPeriod && values[i - 2].IsTitle;
        if (title1 || title2) f[k++] = FeatureHash.Feature(Title1, shortShape);
        else
        {
            for (int j = Math.Max(0, i - 4); j < i - 1; j++)
            {
                if (values[j].IsTitle) { f[k++] = FeatureHash.Feature(TitleNear, shortShape); break; }
            }
        }

        if (configuration.TriggerMap.Count > 0) AddTriggerFeatures(values, i, f, ref k);

        // Most tokens are in no match, nor are their neighbors.
        var marked = w.GazMarked;
        if ((marked[i] | (i > 0 ? marked[i - 1] : 0) | (i + 1 < n ? marked[i + 1] : 0)) == 0) return;
        int g = configuration.Matcher.Count;
        var marks = w.GazMarks;
        for (int gi = 0; gi < g; gi++)
        {
            byte mark = marks[i * g + gi];
            if (mark != 0) f[k++] = FeatureHash.Feature(Gaz, (ulong)gi, mark);
            if (i > 0 && marks[(i - 1) * g + gi] is byte mp and not 0) f[k++] = FeatureHash.Feature(GazPrev, (ulong)gi, mp);
            if (i + 1 < n && marks[(i + 1) * g + gi] is byte mn and not 0) f[k++] = FeatureHash.Feature(GazNext, (ulong)gi, mn);
        }
    }

    /// <summary>
    /// Trigger-word features of the context: the previous token is a trigger (its category with the token's short shape); the
    /// nearest preceding trigger within <see cref="TriggerReach"/> tokens of the same clause (no punctuation in between), with
    /// its category, the distance and the token's capitalization class. (The token itself being a trigger is intrinsic.)
    /// </summary>
    private static void AddTriggerFeatures(TokenValues[] values, int i, Span<ulong> f, ref int k)
    {
        if (i > 0 && values[i - 1].Trigger != 0) f[k++] = FeatureHash.Feature(TriggerM1, values[i - 1].Trigger, values[i].Short);
        for (int j = i - 2; j >= 0 && j >= i - TriggerReach; j--)
        {
            if (!values[j + 1].HasLetterOrDigit) break;
            if (values[j].Trigger == 0) continue;
            f[k++] = FeatureHash.Feature(TriggerChain, values[j].Trigger, (ulong)(i - j), values[i].CapClass);
            break;
        }
    }
}
