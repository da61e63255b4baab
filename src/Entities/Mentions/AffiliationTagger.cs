using Entities.Sentences;
using Entities.Tokenization;

namespace Entities.Mentions;

/// <summary>
/// Tags the organization given in parentheses after a person's name, the way the press and parliament reports attribute
/// people to their party, union or company (<c>Hélène Morvan (Renaissance)</c>, <c>Marc Dupont (LR, Savoie)</c>): the first
/// part of the parenthesis, up to a comma, becomes an organization when it is a known organization's name, even one that is also
/// an ordinary word the tagger leaves alone (<c>Renaissance</c>, <c>Horizons</c>). A mention there of another label is
/// relabeled; one that covers more or less than the name is left alone. Immutable and thread-safe.
/// </summary>
public sealed class AffiliationTagger : IMentionRefiner
{
    /// <summary>The score of the organization mentions this refiner adds.</summary>
    public const double Score = 0.8;

    /// <summary>The longest name read in the parenthesis (characters).</summary>
    public const int MaxNameLength = 60;

    private readonly Func<string, bool> isOrganization;

    /// <summary>Creates the tagger; <paramref name="isOrganization"/> says whether a name is a known organization's.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="isOrganization"/> is <see langword="null"/>.</exception>
    public AffiliationTagger(Func<string, bool> isOrganization)
    {
        ArgumentNullException.ThrowIfNull(isOrganization);
        this.isOrganization = isOrganization;
    }

    /// <inheritdoc />
    public IReadOnlyList<EntityMention> Refine(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, IReadOnlyList<EntityMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(mentions);
        EntityMention[]? relabeled = null;
        List<EntityMention>? added = null;
        for (int i = 0; i < mentions.Count; i++)
        {
            if (mentions[i].Label != EntityLabel.Person || NameInParentheses(text, mentions[i].End) is not var (start, end)) continue;
            string name = text[start..end];
            if (!isOrganization(name)) continue;
            if (i + 1 < mentions.Count && mentions[i + 1].Start < end)
            {
                var next = mentions[i + 1];
                if (next.Start == start && next.End == end && next.Label != EntityLabel.Organization)
                    (relabeled ??= [.. mentions])[i + 1] = next with { Label = EntityLabel.Organization };
                continue;
            }

            (added ??= []).Add(new EntityMention(start, end, name, EntityLabel.Organization, Score, null));
        }

        IReadOnlyList<EntityMention> result = relabeled ?? mentions;
        return added is null ? result : SortedMentions.Merge(result, added);
    }

    /// <summary>The span of the name in a parenthesis right after <paramref name="end"/> (one space at most before it), up to a comma or the closing parenthesis.</summary>
    private static (int Start, int End)? NameInParentheses(string text, int end)
    {
        int open = end < text.Length && text[end] == ' ' ? end + 1 : end;
        if (open >= text.Length || text[open] != '(') return null;
        int start = open + 1;
        int stop = start;
        while (stop < text.Length && stop - start <= MaxNameLength && text[stop] is not (')' or ',' or '(' or '\n')) stop++;
        if (stop >= text.Length || stop - start > MaxNameLength || text[stop] is '(' or '\n') return null;
        if (text[stop] == ',' && text.IndexOf(')', stop, Math.Min(MaxNameLength, text.Length - stop)) < 0) return null;
        int nameEnd = stop;
        while (nameEnd > start && text[nameEnd - 1] == ' ') nameEnd--;
        return nameEnd > start && char.IsUpper(text[start]) ? (start, nameEnd) : null;
    }
}
