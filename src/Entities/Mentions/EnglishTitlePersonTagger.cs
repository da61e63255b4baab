using System.Buffers;
using Entities.Sentences;
using Entities.Tokenization;

namespace Entities.Mentions;

/// <summary>
/// Tags the person an English title introduces in quoted English (<c>« We stand with President Zelenskyy »</c>, <c>Prime
/// Minister Starmer said</c>): one to three capitalized words right after a title that French does not spell the same way
/// (<c>President</c>, <c>Prime Minister</c>, <c>Senator</c>; not <c>Prince</c>) become a person, the title left out of the span,
/// unless the name, alone or with the title, is a known place or organization (<c>Mr Bricolage</c>) or a mention already covers
/// part of it; a person mention that starts with
/// the title loses it (<c>Secretary General Guterres</c> → <c>Guterres</c>). Immutable and thread-safe.
/// </summary>
public sealed class EnglishTitlePersonTagger : IMentionRefiner
{
    /// <summary>The score of the person mentions this refiner adds.</summary>
    public const double Score = 0.8;

    private const int MaxWords = 3;

    private static readonly HashSet<string> NoParticles = [];

    private readonly SearchValues<string> titles;
    private readonly HashSet<string> titleSet;
    private readonly Func<string, bool> isKnownName;

    /// <summary>Creates the tagger over <paramref name="titles"/> (as written, capitalized: <c>President</c>) and the known places and organizations <paramref name="isKnownName"/>.</summary>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A title is empty or does not start with a capital.</exception>
    public EnglishTitlePersonTagger(IEnumerable<string> titles, Func<string, bool> isKnownName)
    {
        ArgumentNullException.ThrowIfNull(titles);
        ArgumentNullException.ThrowIfNull(isKnownName);
        string[] all = [.. titles.Select(t => t.Trim()).Distinct(StringComparer.Ordinal)];
        if (all.Any(t => t.Length == 0 || !char.IsUpper(t[0]))) throw new ArgumentException("Titles are capitalized words.", nameof(titles));
        this.titles = SearchValues.Create(all.Length == 0 ? ["\u0000"] : all, StringComparison.Ordinal);
        titleSet = new HashSet<string>(all, StringComparer.Ordinal);
        this.isKnownName = isKnownName;
    }

    /// <inheritdoc />
    public IReadOnlyList<EntityMention> Refine(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, IReadOnlyList<EntityMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(mentions);
        List<EntityMention>? added = null;
        EntityMention[]? trimmed = null;
        int m = 0;
        for (int at = text.AsSpan().IndexOfAny(titles); at >= 0;)
        {
            int titleEnd = TitleEnd(text, at);
            if (titleEnd > 0 && (at == 0 || !char.IsLetterOrDigit(text[at - 1])) && NameShape.CapitalizedWordsEnd(text, titleEnd + 1, text.Length, MaxWords, NoParticles) is int end and > 0)
            {
                int start = titleEnd + 1;
                while (m < mentions.Count && mentions[m].End <= at) m++;
                string name = text[start..end];
                if (m < mentions.Count && mentions[m] is { Label: EntityLabel.Person } person && person.Start == at && person.End > start)
                    (trimmed ??= [.. mentions])[m] = person with { Start = start, Text = text[start..person.End] };   // the title out of the span
                else if ((m == mentions.Count || mentions[m].Start >= end) && !isKnownName(name) && !isKnownName(text[at..end]))
                    (added ??= []).Add(new EntityMention(start, end, name, EntityLabel.Person, Score, null));
            }

            int next = titleEnd > 0 ? titleEnd : at + 1;   // a title inside a longer one (Vice President) is not read again
            if (next >= text.Length) break;
            int found = text.AsSpan(next).IndexOfAny(titles);
            at = found < 0 ? -1 : next + found;
        }

        IReadOnlyList<EntityMention> result = trimmed ?? mentions;
        return added is null ? result : SortedMentions.Merge(result, added);
    }

    /// <summary>The end of the title starting at <paramref name="at"/> (the longest one, whole words, a period allowed after it, then one space), or -1.</summary>
    private int TitleEnd(string text, int at)
    {
        int end = -1;
        int stop = at;
        for (int words = 0; words < 3 && stop < text.Length; words++)
        {
            while (stop < text.Length && (char.IsLetter(text[stop]) || (text[stop] == '-' && stop + 1 < text.Length && char.IsUpper(text[stop + 1])))) stop++;
            if (titleSet.Contains(text[at..stop]))
            {
                if (stop < text.Length && text[stop] == ' ') end = stop;
                else if (stop + 1 < text.Length && text[stop] == '.' && text[stop + 1] == ' ') end = stop + 1;   // Mr. Smith
            }

            if (stop >= text.Length || text[stop] != ' ') break;
            stop++;
        }

        return end;
    }
}
