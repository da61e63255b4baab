using System.Collections.Frozen;
using Entities.Sentences;
using Entities.Tokenization;

namespace Entities.Mentions;

/// <summary>
/// Drops a mention that is a date of a scraped page's furniture in another language: its words are all month names or
/// furniture words of that language (<c>Updated March</c> of <c>Updated March 12</c>, <c>Feb</c> of <c>Updated 11 Feb
/// 2026</c>), at least one a month, and a number stands right before or right after it. Spans and labels never change.
/// Immutable and thread-safe.
/// </summary>
/// <remarks>
/// Precision first: a month name that is also a given name (<c>June</c>, <c>Jan</c>) is dropped only next to a number
/// (<c>Jan Koum</c> stays); a mention with any other word (<c>March of Dimes</c>) stays.
/// </remarks>
public sealed class DateWordFilter : IMentionRefiner
{
    private readonly FrozenSet<string> months;
    private readonly FrozenSet<string> furniture;

    /// <summary>Creates the filter.</summary>
    /// <param name="months">Month names and their abbreviations, as written (<c>March</c>, <c>Feb</c>).</param>
    /// <param name="furnitureWords">Words of a page's date line, as written (<c>Updated</c>, <c>Published</c>).</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public DateWordFilter(IEnumerable<string> months, IEnumerable<string> furnitureWords)
    {
        ArgumentNullException.ThrowIfNull(months);
        ArgumentNullException.ThrowIfNull(furnitureWords);
        this.months = months.ToFrozenSet(StringComparer.Ordinal);
        furniture = furnitureWords.ToFrozenSet(StringComparer.Ordinal);
    }

    /// <inheritdoc />
    public IReadOnlyList<EntityMention> Refine(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, IReadOnlyList<EntityMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(mentions);
        return mentions.Count == 0 ? mentions : MentionDropping.Apply(mentions, new Rule(this, text));
    }

    private readonly struct Rule(DateWordFilter filter, string text) : MentionDropping.IRule
    {
        public bool Drops(EntityMention mention) => filter.IsDate(text, mention);
    }

    private bool IsDate(string text, EntityMention mention)
    {
        bool month = false;
        foreach (var range in mention.Text.AsSpan().Split(' '))
        {
            string word = mention.Text[range];
            if (months.Contains(word)) month = true;
            else if (!furniture.Contains(word)) return false;
        }

        return month && (NumberBefore(text, mention.Start) || NumberAfter(text, mention.End));
    }

    private static bool NumberBefore(string text, int start)
    {
        int at = start - 1;
        while (at >= 0 && text[at] is ' ' or '\u00A0') at--;
        return at >= 0 && at < start - 1 && char.IsAsciiDigit(text[at]);
    }

    private static bool NumberAfter(string text, int end)
    {
        int at = end;
        while (at < text.Length && text[at] is ' ' or '\u00A0') at++;
        return at > end && at < text.Length && char.IsAsciiDigit(text[at]);
    }
}
