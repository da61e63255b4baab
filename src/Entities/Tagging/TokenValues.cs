namespace Entities.Tagging;

/// <summary>
/// The hashed values of one token that feature templates combine: its exact and lower-case forms, shapes, lexicon classes.
/// Depends on the token's characters and the feature configuration only, so it can be cached per distinct token.
/// </summary>
internal struct TokenValues
{
    private static readonly ulong PaddingBase = FeatureHash.OfSpan("<PAD>");

    /// <summary>Hash of the token as written.</summary>
    public ulong Word;

    /// <summary>Hash of the lower-case token.</summary>
    public ulong Lower;

    /// <summary>Word shape with runs capped at 3 (<c>Xxxx</c>, <c>dd.dd</c>).</summary>
    public ulong Shape;

    /// <summary>Short shape with runs collapsed (<c>Xx</c>).</summary>
    public ulong Short;

    /// <summary>0 = not capitalized, 1 = capitalized and its lower-case form is a common word, 2 = capitalized, unknown lower-case.</summary>
    public ulong CapClass;

    /// <summary>Coarse distributional class + 1 (0 for unknown words).</summary>
    public ulong Coarse;

    /// <summary>Fine distributional class + 1 (0 for unknown words).</summary>
    public ulong Fine;

    /// <summary>Mid-sentence capitalization class + 1 (0 for unknown words).</summary>
    public ulong Capitalization;

    /// <summary>Category hash when the token is a trigger word, else 0.</summary>
    public ulong Trigger;

    /// <summary>Whether the token is a title or honorific.</summary>
    public bool IsTitle;

    /// <summary>Whether the token is an elided word (<c>l'</c>, <c>d'</c>) of the configuration.</summary>
    public bool IsElision;

    /// <summary>Whether the token is an opening or straight quote (<c>«</c>, <c>"</c>, <c>“</c>, <c>'</c>).</summary>
    public bool IsQuote;

    /// <summary>Whether the token is a period (<c>.</c>).</summary>
    public bool IsPeriod;

    /// <summary>Whether the token contains a letter or a digit.</summary>
    public bool HasLetterOrDigit;

    /// <summary>The gazetteer matcher's first step from this token (<see cref="GazetteerMatcher.FirstStep"/>).</summary>
    public uint GazetteerStart;

    /// <summary>Computes the values of <paramref name="token"/>.</summary>
    public static TokenValues Of(ReadOnlySpan<char> token, FeatureConfiguration configuration)
    {
        var v = new TokenValues
        {
            Word = FeatureHash.OfSpan(token),
            Lower = FeatureHash.OfLower(token),
        };
        (v.Shape, v.Short) = Shapes(token);

        // Unknown words get class values distinct from every real class.
        var (coarse, fine) = configuration.ClusterMap.TryGetValue(v.Lower, out var c) ? c : (-1, -1);
        v.Coarse = (ulong)(coarse + 1);
        v.Fine = (ulong)(fine + 1);
        var capitalization = configuration.CapitalizationMap;
        v.Capitalization = capitalization.Count > 0 && capitalization.TryGetValue(v.Lower, out int capitalizationClass) ? (ulong)(capitalizationClass + 1) : 0;
        v.CapClass = token.Length == 0 || !char.IsUpper(token[0]) ? 0UL : configuration.LowercaseHashes.Contains(v.Lower) ? 1UL : 2UL;
        v.IsTitle = configuration.TitleHashes.Contains(v.Lower);
        var triggers = configuration.TriggerMap;
        v.Trigger = triggers.Count > 0 && triggers.TryGetValue(v.Lower, out ulong category) ? category : 0;
        v.IsElision = configuration.ElisionHashes.Contains(v.Lower);
        v.IsQuote = token is "«" or "\"" or "“" or "'";
        v.IsPeriod = token is ".";
        v.HasLetterOrDigit = HasLetterOrDigitChar(token);
        v.GazetteerStart = configuration.Matcher.FirstStep(v.Word);
        return v;
    }

    /// <summary>
    /// The value every hashed field takes at position <paramref name="j"/> outside a sentence of <paramref name="n"/> tokens:
    /// one distinct pseudo-token per distance before the start and after the end.
    /// </summary>
    public static ulong PaddingAt(int j, int n) => PaddingBase + (ulong)(j < 0 ? j + 10 : j - n + 20);

    /// <summary>The values of a padding position (see <see cref="PaddingAt"/>).</summary>
    public static TokenValues Padding(ulong value) => new()
    {
        Word = value, Lower = value, Shape = value, Short = value, CapClass = value, Coarse = value, Fine = value, Capitalization = value, Trigger = 0,
    };

    private static bool HasLetterOrDigitChar(ReadOnlySpan<char> token)
    {
        foreach (char c in token) if (char.IsLetterOrDigit(c)) return true;
        return false;
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
