namespace Entities.Tagging;

/// <summary>
/// Computes the hashed features of every token of a sentence into caller-provided buffers. No string is allocated:
/// words, lower-case forms, prefixes, suffixes and shapes are hashed incrementally over the token's characters.
/// </summary>
internal static class FeatureExtractor
{
    /// <summary>Upper bound of features per token.</summary>
    public const int MaxFeaturesPerToken = 64 + 3 * 30;

    private const int TBias = 1, TWord = 2, TLower = 3, TPrefix = 4, TSuffix = 8, TShape = 12, TShort = 13,
        TLowerM1 = 14, TLowerP1 = 15, TLowerM2 = 16, TLowerP2 = 17, TShortM1 = 18, TShortP1 = 19, TShortM2 = 20, TShortP2 = 21,
        TBigramM = 22, TBigramP = 23, TShapeTri = 24, TFirst = 25, TAcronym = 26, TElided = 27, TTitle1 = 28, TTitleNear = 29,
        TGaz = 30, TGazPrev = 31, TGazNext = 32, TLength = 33, TWordShortM1 = 34, TLowerShapeP1 = 35, TUpperInitialWord = 36,
        TWordM1 = 37, TWordP1 = 38, TAfterQuote = 39, TCapCommon = 40, TCapCommonM1 = 41, TCapCommonP1 = 42, TCoarse = 43, TFine = 44, TCoarseM1 = 45, TCoarseP1 = 46, TFineShape = 47, TCoarseM2 = 48, TCoarseP2 = 49,
        TTrigger = 50, TTriggerM1 = 51, TTriggerChain = 52;

    /// <summary>Farthest distance at which a preceding trigger word still gives a feature.</summary>
    private const int TriggerReach = 6;

    private static readonly ulong Padding = FeatureHash.OfSpan("<PAD>");

    /// <summary>Per-sentence work arrays, sized for <c>n</c> tokens.</summary>
    internal sealed class Workspace
    {
        public ulong[] Word = [], Lower = [], Shape = [], Short = [], CapClass = [], Coarse = [], Fine = [], Trigger = [];
        public byte[] GazMarks = [];
        public ulong[] Features = [];
        public int[] Counts = [];
        public int[] Rows = [];
        public bool[] IsTitle = [];

        public void Ensure(int n, int gazetteers)
        {
            if (Word.Length < n)
            {
                int size = Math.Max(n, 64);
                Word = new ulong[size]; Lower = new ulong[size]; Shape = new ulong[size]; Short = new ulong[size]; CapClass = new ulong[size]; Coarse = new ulong[size]; Fine = new ulong[size]; Trigger = new ulong[size];
                Counts = new int[size];
                Features = new ulong[size * MaxFeaturesPerToken];
                Rows = new int[size * MaxFeaturesPerToken];
                IsTitle = new bool[size];
                GazMarks = new byte[size * Math.Max(1, gazetteers)];
            }
            else if (GazMarks.Length < n * gazetteers)
            {
                GazMarks = new byte[Word.Length * gazetteers];
            }
        }
    }

    /// <summary>Fills <c>workspace.Features[i * MaxFeaturesPerToken ..]</c> and <c>workspace.Counts[i]</c> for each token.</summary>
    public static void Extract(IReadOnlyList<string> tokens, FeatureConfiguration configuration, Workspace w)
    {
        int n = tokens.Count;
        var matcher = configuration.Matcher;
        w.Ensure(n, matcher.Count);
        for (int i = 0; i < n; i++)
        {
            var token = tokens[i].AsSpan();
            w.Word[i] = FeatureHash.OfSpan(token);
            w.Lower[i] = FeatureHash.OfLower(token);
            (w.Shape[i], w.Short[i]) = Shapes(token);
        }

        matcher.Match(w.Word.AsSpan(0, n), w.GazMarks.AsSpan(0, n * matcher.Count));
        var titles = configuration.TitleHashes;
        var elisions = configuration.ElisionHashes;
        var common = configuration.LowercaseHashes;
        var clusters = configuration.ClusterMap;
        var triggers = configuration.TriggerMap;
        for (int i = 0; i < n; i++)
        {
            // Unknown words get class values distinct from every real class.
            var (coarse, fine) = clusters.TryGetValue(w.Lower[i], out var c) ? c : (-1, -1);
            w.Coarse[i] = (ulong)(coarse + 1);
            w.Fine[i] = (ulong)(fine + 1);
        }

        for (int i = 0; i < n; i++)
        {
            // 0 = not capitalized, 1 = capitalized and its lower-case form is a common word, 2 = capitalized, unknown lower-case.
            var token = tokens[i].AsSpan();
            w.CapClass[i] = token.Length == 0 || !char.IsUpper(token[0]) ? 0UL : common.Contains(w.Lower[i]) ? 1UL : 2UL;
            w.IsTitle[i] = titles.Contains(w.Lower[i]);
            w.Trigger[i] = triggers.Count > 0 && triggers.TryGetValue(w.Lower[i], out ulong category) ? category : 0;
        }

        int g = matcher.Count;

        for (int i = 0; i < n; i++)
        {
            var f = w.Features.AsSpan(i * MaxFeaturesPerToken, MaxFeaturesPerToken);
            int k = 0;
            var token = tokens[i].AsSpan();
            ulong lower = w.Lower[i], shortShape = w.Short[i];
            ulong lm1 = At(w.Lower, i - 1, n), lp1 = At(w.Lower, i + 1, n);
            ulong sm1 = At(w.Short, i - 1, n), sp1 = At(w.Short, i + 1, n);

            f[k++] = FeatureHash.Feature(TBias, 0);
            f[k++] = FeatureHash.Feature(TWord, w.Word[i]);
            f[k++] = FeatureHash.Feature(TLower, lower);
            AddAffixes(token, f, ref k);
            f[k++] = FeatureHash.Feature(TShape, w.Shape[i]);
            f[k++] = FeatureHash.Feature(TShort, shortShape);
            f[k++] = FeatureHash.Feature(TLowerM1, lm1);
            f[k++] = FeatureHash.Feature(TLowerP1, lp1);
            f[k++] = FeatureHash.Feature(TLowerM2, At(w.Lower, i - 2, n));
            f[k++] = FeatureHash.Feature(TLowerP2, At(w.Lower, i + 2, n));
            f[k++] = FeatureHash.Feature(TWordM1, At(w.Word, i - 1, n));
            f[k++] = FeatureHash.Feature(TWordP1, At(w.Word, i + 1, n));
            f[k++] = FeatureHash.Feature(TShortM1, sm1);
            f[k++] = FeatureHash.Feature(TShortP1, sp1);
            f[k++] = FeatureHash.Feature(TShortM2, At(w.Short, i - 2, n));
            f[k++] = FeatureHash.Feature(TShortP2, At(w.Short, i + 2, n));
            f[k++] = FeatureHash.Feature(TBigramM, lm1, lower);
            f[k++] = FeatureHash.Feature(TBigramP, lower, lp1);
            f[k++] = FeatureHash.Feature(TShapeTri, sm1, shortShape, sp1);
            f[k++] = FeatureHash.Feature(TWordShortM1, lm1, shortShape);
            f[k++] = FeatureHash.Feature(TLowerShapeP1, shortShape, lp1);
            f[k++] = FeatureHash.Feature(TLength, (ulong)Math.Min(token.Length, 12), shortShape);
            if (i == 0) f[k++] = FeatureHash.Feature(TFirst, shortShape);
            if (IsAcronym(token)) f[k++] = FeatureHash.Feature(TAcronym, (ulong)Math.Min(token.Length, 6));
            if (token.Length > 0 && char.IsUpper(token[0]))
            {
                // Capitalized word with its lower-case identity: generalizes over sentence-initial capitals.
                f[k++] = FeatureHash.Feature(TUpperInitialWord, lower, i == 0 ? 1UL : 0UL);
            }

            f[k++] = FeatureHash.Feature(TCapCommon, w.CapClass[i], i == 0 ? 1UL : 0UL, IsAllUpper(token) ? 1UL : 0UL);
            f[k++] = FeatureHash.Feature(TCapCommonM1, At(w.CapClass, i - 1, n), w.CapClass[i]);
            f[k++] = FeatureHash.Feature(TCapCommonP1, w.CapClass[i], At(w.CapClass, i + 1, n));
            if (clusters.Count > 0)
            {
                f[k++] = FeatureHash.Feature(TCoarse, w.Coarse[i]);
                f[k++] = FeatureHash.Feature(TFine, w.Fine[i]);
                f[k++] = FeatureHash.Feature(TFineShape, w.Fine[i], shortShape);
                f[k++] = FeatureHash.Feature(TCoarseM1, At(w.Coarse, i - 1, n));
                f[k++] = FeatureHash.Feature(TCoarseP1, At(w.Coarse, i + 1, n));
                f[k++] = FeatureHash.Feature(TCoarseM2, At(w.Coarse, i - 2, n));
                f[k++] = FeatureHash.Feature(TCoarseP2, At(w.Coarse, i + 2, n));
            }

            if (i > 0 && elisions.Contains(w.Lower[i - 1])) f[k++] = FeatureHash.Feature(TElided, w.Lower[i - 1], shortShape);
            if (i > 0 && IsQuote(tokens[i - 1])) f[k++] = FeatureHash.Feature(TAfterQuote, shortShape);
            bool title1 = i > 0 && w.IsTitle[i - 1];
            bool title2 = i > 1 && tokens[i - 1] == "." && w.IsTitle[i - 2];
            if (title1 || title2) f[k++] = FeatureHash.Feature(TTitle1, shortShape);
            else
            {
                for (int j = Math.Max(0, i - 4); j < i - 1; j++)
                {
                    if (w.IsTitle[j]) { f[k++] = FeatureHash.Feature(TTitleNear, shortShape); break; }
                }
            }

            if (triggers.Count > 0) AddTriggerFeatures(tokens, w, i, f, ref k);

            for (int gi = 0; gi < g; gi++)
            {
                byte mark = w.GazMarks[i * g + gi];
                if (mark != 0) f[k++] = FeatureHash.Feature(TGaz, (ulong)gi, mark);
                if (i > 0 && w.GazMarks[(i - 1) * g + gi] is byte mp and not 0) f[k++] = FeatureHash.Feature(TGazPrev, (ulong)gi, mp);
                if (i + 1 < n && w.GazMarks[(i + 1) * g + gi] is byte mn and not 0) f[k++] = FeatureHash.Feature(TGazNext, (ulong)gi, mn);
            }

            w.Counts[i] = k;
        }
    }

    /// <summary>
    /// Trigger-word features: the token is a trigger (with its category and capitalization); the previous token is one;
    /// the nearest preceding trigger within <see cref="TriggerReach"/> tokens of the same clause (no punctuation in
    /// between), with its category, the distance and the token's capitalization class.
    /// </summary>
    private static void AddTriggerFeatures(IReadOnlyList<string> tokens, Workspace w, int i, Span<ulong> f, ref int k)
    {
        if (w.Trigger[i] != 0) f[k++] = FeatureHash.Feature(TTrigger, w.Trigger[i], w.CapClass[i] == 0 ? 0UL : 1UL);
        if (i > 0 && w.Trigger[i - 1] != 0) f[k++] = FeatureHash.Feature(TTriggerM1, w.Trigger[i - 1], w.Short[i]);
        for (int j = i - 2; j >= 0 && j >= i - TriggerReach; j--)
        {
            if (!HasLetterOrDigit(tokens[j + 1])) break;
            if (w.Trigger[j] == 0) continue;
            f[k++] = FeatureHash.Feature(TTriggerChain, w.Trigger[j], (ulong)(i - j), w.CapClass[i]);
            break;
        }
    }

    private static bool HasLetterOrDigit(string token)
    {
        foreach (char c in token) if (char.IsLetterOrDigit(c)) return true;
        return false;
    }

    private static ulong At(ulong[] values, int i, int n) => i < 0 || i >= n ? Padding + (ulong)(i < 0 ? i + 10 : i - n + 20) : values[i];

    private static bool IsQuote(string token) => token is "«" or "\"" or "“" or "'";

    private static void AddAffixes(ReadOnlySpan<char> token, Span<ulong> f, ref int k)
    {
        ulong h = FeatureHash.Offset;
        for (int j = 0; j < 4 && j < token.Length; j++)
        {
            h = FeatureHash.AddChar(h, char.ToLowerInvariant(token[j]));
            if (j < token.Length - 1) f[k++] = FeatureHash.Feature(TPrefix + j, h);
        }

        h = FeatureHash.Offset;
        for (int j = 0; j < 4 && j < token.Length; j++)
        {
            h = FeatureHash.AddChar(h, char.ToLowerInvariant(token[token.Length - 1 - j]));
            if (j < token.Length - 1) f[k++] = FeatureHash.Feature(TSuffix + j, h);
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

    /// <summary>Word shape with runs capped at 3 (<c>Xxxx</c>, <c>dd.dd</c>), and short shape with runs collapsed (<c>Xx</c>).</summary>
    private static (ulong Shape, ulong Short) Shapes(ReadOnlySpan<char> token)
    {
        ulong shape = FeatureHash.Offset, shortShape = FeatureHash.Offset;
        char last = '\0';
        int run = 0;
        foreach (char c in token)
        {
            char s = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c == '\u2019' ? '\'' : c;
            if (s == last) run++;
            else { run = 1; shortShape = FeatureHash.AddChar(shortShape, s); }
            if (run <= 3) shape = FeatureHash.AddChar(shape, s);
            last = s;
        }

        return (shape, shortShape);
    }
}
