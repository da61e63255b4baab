using static Entities.Tagging.FeatureTemplates;

namespace Entities.Tagging;

/// <summary>
/// The intrinsic feature group (see <see cref="FeatureTemplates"/>): templates whose values come from the scored token
/// alone (its characters and its <see cref="TokenValues"/>) and, at most, whether it opens the sentence. Inference sums
/// their weights once per distinct token (<see cref="WordRowCache"/>), so nothing else may be read here.
/// </summary>
internal static class TokenFeatures
{
    /// <summary>Appends the intrinsic features of <paramref name="token"/> to <paramref name="f"/> from <paramref name="k"/>.</summary>
    /// <param name="token">The token's characters.</param>
    /// <param name="v">The token's values (<see cref="TokenValues.Of"/>).</param>
    /// <param name="first">Whether the token is the first of the sentence.</param>
    /// <param name="configuration">The model's feature configuration.</param>
    /// <param name="f">Feature buffer.</param>
    /// <param name="k">Next free index of <paramref name="f"/>; advanced.</param>
    public static void Add(ReadOnlySpan<char> token, in TokenValues v, bool first, FeatureConfiguration configuration, Span<ulong> f, ref int k)
    {
        ulong shortShape = v.Short;
        f[k++] = FeatureHash.Feature(Bias, 0);
        f[k++] = FeatureHash.Feature(Word, v.Word);
        f[k++] = FeatureHash.Feature(Lower, v.Lower);
        AddAffixes(token, f, ref k);
        f[k++] = FeatureHash.Feature(Shape, v.Shape);
        f[k++] = FeatureHash.Feature(Short, shortShape);
        f[k++] = FeatureHash.Feature(Length, (ulong)Math.Min(token.Length, 12), shortShape);
        if (first) f[k++] = FeatureHash.Feature(First, shortShape);
        if (IsAcronym(token)) f[k++] = FeatureHash.Feature(Acronym, (ulong)Math.Min(token.Length, 6));
        if (token.Length > 0 && char.IsUpper(token[0]))
        {
            // Capitalized word with its lower-case identity: generalizes over sentence-initial capitals.
            f[k++] = FeatureHash.Feature(UpperInitialWord, v.Lower, first ? 1UL : 0UL);
        }

        f[k++] = FeatureHash.Feature(CapCommon, v.CapClass, first ? 1UL : 0UL, IsAllUpper(token) ? 1UL : 0UL);
        if (configuration.ClusterMap.Count > 0)
        {
            f[k++] = FeatureHash.Feature(Coarse, v.Coarse);
            f[k++] = FeatureHash.Feature(Fine, v.Fine);
            f[k++] = FeatureHash.Feature(FineShape, v.Fine, shortShape);
        }

        // How often the word is capitalized mid-sentence in unlabelled text, with how it is written here.
        if (configuration.CapitalizationMap.Count > 0)
        {
            ulong written = token.Length == 0 || !char.IsUpper(token[0]) ? 0UL : IsAllUpper(token) ? 2UL : 1UL;
            f[k++] = FeatureHash.Feature(CapRatio, v.Capitalization, written, first ? 1UL : 0UL);
        }

        // The token is a trigger word, with its category and whether it is capitalized.
        if (configuration.TriggerMap.Count > 0 && v.Trigger != 0) f[k++] = FeatureHash.Feature(Trigger, v.Trigger, v.CapClass == 0 ? 0UL : 1UL);
    }

    private static void AddAffixes(ReadOnlySpan<char> token, Span<ulong> f, ref int k)
    {
        ulong h = FeatureHash.Offset;
        for (int j = 0; j < 4 && j < token.Length; j++)
        {
            h = FeatureHash.AddChar(h, char.ToLowerInvariant(token[j]));
            if (j < token.Length - 1) f[k++] = FeatureHash.Feature(Prefix + j, h);
        }

        h = FeatureHash.Offset;
        for (int j = 0; j < 4 && j < token.Length; j++)
        {
            h = FeatureHash.AddChar(h, char.ToLowerInvariant(token[token.Length - 1 - j]));
            if (j < token.Length - 1) f[k++] = FeatureHash.Feature(Suffix + j, h);
        }
    }

    private static bool IsAllUpper(ReadOnlySpan<char> token)
    {
        foreach (char c in token) if (char.IsLower(c)) return false;
        return true;
    }

    private static bool IsAcronym(ReadOnlySpan<char> token)
    {
        if (token.Length < 2) return false;
        int letters = 0;
        foreach (char c in token)
        {
            if (char.IsUpper(c)) letters++;
            else if (c != '.' && c != '-' && c != '&') return false;
        }

        return letters >= 2;
    }
}
