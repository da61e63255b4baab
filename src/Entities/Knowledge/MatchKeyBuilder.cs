namespace Entities.Knowledge;

/// <summary>
/// Builds the matching form of a name: <see cref="TextFolding.Fold"/> (case, diacritics, hyphens, apostrophes) followed by
/// the language's <see cref="TransliterationRules"/>. Two surface forms match when their matching forms are equal:
/// <c>Kim Jong-un</c>, <c>Kim Jong Un</c> and <c>KIM Jong-Un</c> all give <c>kim jong un</c>. Immutable and thread-safe.
/// </summary>
public sealed class MatchKeyBuilder
{
    /// <summary>Creates a builder using <paramref name="transliterations"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="transliterations"/> is <see langword="null"/>.</exception>
    public MatchKeyBuilder(TransliterationRules transliterations)
    {
        ArgumentNullException.ThrowIfNull(transliterations);
        Transliterations = transliterations;
    }

    /// <summary>A builder that folds only, with no transliteration rules.</summary>
    public static MatchKeyBuilder FoldOnly { get; } = new(TransliterationRules.None);

    /// <summary>The transliteration rules applied after folding.</summary>
    public TransliterationRules Transliterations { get; }

    /// <summary>Returns the matching form of <paramref name="surface"/> (empty for text without letters or digits).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="surface"/> is <see langword="null"/>.</exception>
    public string Build(string surface) => Transliterations.Apply(TextFolding.Fold(surface));

    /// <summary>
    /// Writes the matching form of <paramref name="surface"/> into <paramref name="buffer"/> (cleared first) and returns it: the
    /// same characters as <see cref="Build(string)"/>, without building a string unless a transliteration rule applies.
    /// </summary>
    internal ReadOnlySpan<char> Build(ReadOnlySpan<char> surface, CharBuffer buffer)
    {
        buffer.Clear();
        TextFolding.FoldInto(surface, buffer);
        if (!Transliterations.AnyRuleApplies(buffer.Span)) return buffer.Span;
        string key = Transliterations.Apply(buffer.ToString());
        buffer.Clear();
        key.AsSpan().CopyTo(buffer.Reserve(key.Length));
        buffer.Advance(key.Length);
        return buffer.Span;
    }

    /// <summary>Returns the words of the matching form of <paramref name="surface"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="surface"/> is <see langword="null"/>.</exception>
    public string[] BuildWords(string surface)
    {
        string key = Build(surface);
        return key.Length == 0 ? [] : key.Split(' ');
    }
}
