using Entities.Knowledge;
using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace Entities.Mentions;

/// <summary>
/// A pre-check before building a surface's match key (<see cref="MatchKeyBuilder"/>) to look it up in a set of keys: it folds
/// the surface (<see cref="TextFolding"/>, a few nanoseconds on plain text) and tests one bit for the fold's skeleton, sparing
/// the transliteration and the set lookup of the many surfaces (<c>Paris</c>, <c>Jean Dupont</c>) whose key cannot be in the set.
/// <see cref="MayMatch"/> is <see langword="true"/> for every surface whose key is in the set (no false negative), so testing
/// it first never changes what the lookup finds. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// <para>
/// The skeleton of a text is the text with every character that occurs in a transliteration rule (in its <c>from</c> or its
/// <c>to</c>) removed; spaces are kept. A surface's key is its fold with the rules applied word by word, and applying a rule
/// only ever replaces an occurrence of its <c>from</c> by its <c>to</c> inside a word: the characters it removes and the
/// characters it writes are all rule characters, so every other character (spaces included) stays, in the same order. The
/// key and the fold therefore have the same skeleton, whatever the rules, their positions (start, end, anywhere), their order
/// or their chaining; the filter holds the skeletons of the set's keys and tests the skeleton of the surface's fold.
/// </para>
/// <para>
/// When a rule holds a space (no rule file can write one: its letters are folded and their spaces dropped), the argument fails
/// and the filter lets every surface through.
/// </para>
/// </remarks>
internal sealed class MatchKeySkeletonFilter
{
    private const int MaxBits = 1 << 20;

    /// <summary>The rule characters below U+0080, as a 128-bit mask.</summary>
    private readonly ulong asciiRuleChars0, asciiRuleChars1;

    /// <summary>All the rule characters (for the rare folded character outside ASCII).</summary>
    private readonly SearchValues<char> ruleChars;

    /// <summary>The skeletons' bits, or <see langword="null"/> when the filter lets everything through.</summary>
    private readonly ulong[]? bits;

    private readonly uint mask;

    /// <summary>Creates a filter for the keys of <paramref name="keys"/>, built by <paramref name="keyBuilder"/>.</summary>
    /// <param name="keyBuilder">The builder of the keys: its transliteration rules decide the skeleton.</param>
    /// <param name="keys">The keys looked up after the filter.</param>
    public MatchKeySkeletonFilter(MatchKeyBuilder keyBuilder, IReadOnlyCollection<string> keys)
    {
        ArgumentNullException.ThrowIfNull(keyBuilder);
        ArgumentNullException.ThrowIfNull(keys);
        var chars = new HashSet<char>();
        foreach (var rule in keyBuilder.Transliterations.Rules)
        {
            chars.UnionWith(rule.From);
            chars.UnionWith(rule.To);
        }

        ruleChars = SearchValues.Create([.. chars]);
        foreach (char c in chars)
        {
            if (c < 64) asciiRuleChars0 |= 1UL << c;
            else if (c < 128) asciiRuleChars1 |= 1UL << (c - 64);
        }

        if (chars.Contains(' ')) return;
        int size = (int)Math.Min(MaxBits, Math.Max(64, BitOperations.RoundUpToPowerOf2((uint)Math.Max(1, keys.Count) * 32)));
        bits = new ulong[size / 64];
        mask = (uint)size - 1;
        foreach (string key in keys)
        {
            int bit = Bit(key);
            bits[bit >> 6] |= 1UL << bit;
        }
    }

    /// <summary>
    /// Whether the key of <paramref name="surface"/> may be in the set; <see langword="false"/> proves it is not. Uses
    /// <paramref name="buffer"/> as scratch (its content is lost).
    /// </summary>
    public bool MayMatch(ReadOnlySpan<char> surface, CharBuffer buffer)
    {
        if (bits is null) return true;
        buffer.Clear();
        TextFolding.FoldInto(surface, buffer);
        int bit = Bit(buffer.Span);
        return (bits[bit >> 6] & (1UL << bit)) != 0;
    }

    /// <summary>The bit of a folded text: a hash of its skeleton.</summary>
    private int Bit(ReadOnlySpan<char> folded)
    {
        uint h = 2166136261;
        foreach (char c in folded)
        {
            if (!IsRuleChar(c)) h = (h ^ c) * 16777619;
        }

        h ^= h >> 15;
        h *= 0x2C1B3C6Du;
        h ^= h >> 12;
        return (int)(h & mask);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool IsRuleChar(char c) => c switch
    {
        < (char)64 => (asciiRuleChars0 >> c & 1) != 0,
        < (char)128 => (asciiRuleChars1 >> (c - 64) & 1) != 0,
        _ => ruleChars.Contains(c),
    };
}
