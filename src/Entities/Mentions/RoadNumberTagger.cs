using System.Collections.Frozen;
using Entities.Sentences;
using Entities.Tokenization;

namespace Entities.Mentions;

/// <summary>
/// Reads a numbered road or trail as a place: <c>sur l'A6</c>, <c>la RN 88</c>, <c>la D39</c>, <c>le GR20</c>, <c>l'autoroute
/// A13</c>, which the tagger leaves out or reads as an organization (an acronym). Immutable and thread-safe.
/// </summary>
/// <remarks>
/// Precision first: the road is a prefix of the list as written (<c>A</c>, <c>RN</c>, <c>GR</c>) glued to its number (<c>A6</c>)
/// or followed by it after one space (<c>RN 88</c>), the number having as many digits as the prefix takes, and the word right before it is one of the given words
/// (<c>l'</c>, <c>la</c>, <c>autoroute</c>: a paper size, <c>format A4</c>, is no road). A mention over exactly the road takes the
/// place label; a mention across its edge leaves it alone. A new place gets <see cref="Score"/>.
/// </remarks>
public sealed class RoadNumberTagger : IMentionRefiner
{
    /// <summary>The score of a road this layer adds.</summary>
    public const double Score = 0.8;

    private readonly FrozenDictionary<string, RoadPrefix>.AlternateLookup<ReadOnlySpan<char>> prefixes;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> before;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> heads;

    /// <summary>Creates the tagger.</summary>
    /// <param name="prefixes">Road prefixes, as written (<c>A</c>, <c>N</c>, <c>RN</c>, <c>D</c>, <c>GR</c>), each with the digits its numbers take.</param>
    /// <param name="wordsBefore">The words one of which stands right before a road (<c>l'</c>, <c>la</c>, <c>autoroute</c>); any case, either apostrophe.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public RoadNumberTagger(IEnumerable<RoadPrefix> prefixes, IEnumerable<string> wordsBefore)
        : this(prefixes, wordsBefore, [])
    {
    }

    /// <summary>
    /// Creates the tagger; a road noun of <paramref name="heads"/> right before the road opens its name (<c>l'autoroute A7</c>, as
    /// <c>la rue Cambon</c>), and counts as a word before it.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public RoadNumberTagger(IEnumerable<RoadPrefix> prefixes, IEnumerable<string> wordsBefore, IEnumerable<string> heads)
    {
        ArgumentNullException.ThrowIfNull(prefixes);
        ArgumentNullException.ThrowIfNull(wordsBefore);
        ArgumentNullException.ThrowIfNull(heads);
        this.prefixes = prefixes.ToFrozenDictionary(prefix => prefix.Text, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        before = wordsBefore.Select(Apostrophes.Straighten).ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        this.heads = heads.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <inheritdoc />
    public IReadOnlyList<EntityMention> Refine(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, IReadOnlyList<EntityMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(mentions);
        List<EntityMention>? result = null;
        var span = TokenLookup.AsSpan(tokens);
        for (int t = 1; t < span.Length; t++)
        {
            var word = span[t].GetSpan(text);
            int end;
            if (IsGluedRoad(word)) end = span[t].End;
            else if (t + 1 < span.Length && span[t + 1].Kind == TokenKind.Number && span[t + 1].Start == span[t].End + 1
                && text[span[t].End] == ' ' && prefixes.TryGetValue(word, out var prefix) && prefix.Takes(span[t + 1].Length)) end = span[t + 1].End;
            else continue;
            bool head = heads.Contains(span[t - 1].GetSpan(text)) && span[t].Start == span[t - 1].End + 1;
            if (!head && !Apostrophes.IsIn(span[t - 1].GetSpan(text), before)) continue;
            int start = head ? span[t - 1].Start : span[t].Start;
            var current = result ?? mentions;
            var existing = MentionLookup.StartingAt(current, start);
            if (existing is not null && existing.End == end && existing.Label == EntityLabel.Location) continue;
            result = MentionInsertion.Over(result ?? [.. mentions], text, start, end, EntityLabel.Location, Score);
        }

        return result ?? mentions;
    }

    /// <summary>Whether <paramref name="word"/> is a prefix of the list glued to one to three digits (<c>A6</c>, <c>GR20</c>).</summary>
    private bool IsGluedRoad(ReadOnlySpan<char> word)
    {
        if (word.Length < 2 || !char.IsAsciiDigit(word[^1]) || !char.IsUpper(word[0])) return false;
        int digits = 0;
        while (digits < word.Length && char.IsAsciiDigit(word[word.Length - 1 - digits])) digits++;
        return digits < word.Length && prefixes.TryGetValue(word[..^digits], out var prefix) && prefix.Takes(digits);
    }
}

/// <summary>
/// A road prefix of <see cref="RoadNumberTagger"/> and the number of digits its roads take: <c>A</c> 1–2 (<c>l'A6</c>; not the
/// aircraft <c>l'A320</c>), <c>N</c> 2–3 (<c>la N165</c>; not the league <c>la N2</c>).
/// </summary>
/// <param name="Text">The prefix, as written.</param>
/// <param name="MinDigits">The fewest digits of a number.</param>
/// <param name="MaxDigits">The most digits of a number.</param>
public readonly record struct RoadPrefix(string Text, int MinDigits, int MaxDigits)
{
    /// <summary>Whether a number of <paramref name="digits"/> digits follows this prefix.</summary>
    public bool Takes(int digits) => digits >= MinDigits && digits <= MaxDigits;
}
