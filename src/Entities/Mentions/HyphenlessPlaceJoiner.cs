using Entities.Sentences;
using Entities.Tokenization;

namespace Entities.Mentions;

/// <summary>
/// Joins a compound place name written with spaces instead of hyphens, which the tagger reads as two places or a place and a
/// word (<c>Aix en Provence</c> → <c>Aix</c> + <c>Provence</c>; <c>Boulogne sur Mer</c>), into one place when its hyphenated
/// form is a known place (<c>Aix-en-Provence</c>). Immutable and thread-safe.
/// </summary>
/// <remarks>
/// A place mention, then one or two link words (<c>en</c>, <c>sur</c>, <c>sur la</c>…), then one capitalized word, each after
/// one space; the place mention's own spaces become hyphens too (<c>Saint Rémy de Provence</c>). A mention inside the joined
/// span (<c>Provence</c>) is absorbed; one running past it leaves everything as it was. The place keeps its score.
/// </remarks>
public sealed class HyphenlessPlaceJoiner : IMentionRefiner
{
    private readonly HashSet<string> links;
    private readonly Func<string, bool> isPlace;

    /// <summary>Creates the joiner over <paramref name="links"/> (lower case: <c>en</c>, <c>sur</c>, <c>la</c>) and the known places <paramref name="isPlace"/>.</summary>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public HyphenlessPlaceJoiner(IEnumerable<string> links, Func<string, bool> isPlace)
    {
        ArgumentNullException.ThrowIfNull(links);
        ArgumentNullException.ThrowIfNull(isPlace);
        this.links = new HashSet<string>(links, StringComparer.Ordinal);
        this.isPlace = isPlace;
    }

    /// <summary>How many link words may stand between the two parts (<c>sur la</c>).</summary>
    private const int MaxLinks = 2;

    /// <inheritdoc />
    public IReadOnlyList<EntityMention> Refine(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, IReadOnlyList<EntityMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(mentions);
        List<EntityMention>? result = null;
        for (int i = 0; i < mentions.Count; i++)
        {
            var mention = mentions[i];
            if (mention.Label == EntityLabel.Location && JoinedEnd(text, mention) is int end)
            {
                int next = i + 1;
                while (next < mentions.Count && mentions[next].End <= end) next++;
                if (next == mentions.Count || mentions[next].Start >= end)
                {
                    result ??= [.. mentions.Take(i)];
                    result.Add(mention with { End = end, Text = text[mention.Start..end] });
                    i = next - 1;
                    continue;
                }
            }

            result?.Add(mention);
        }

        return result ?? mentions;
    }

    /// <summary>Where the joined place ends, or <see langword="null"/> when the words after the mention make no known place.</summary>
    private int? JoinedEnd(string text, EntityMention mention)
    {
        int position = mention.End;
        int linkCount = 0;
        int wordStart = -1, wordEnd = -1;
        while (linkCount <= MaxLinks)
        {
            if (position + 1 >= text.Length || text[position] != ' ') return null;
            int start = position + 1, stop = start;
            while (stop < text.Length && (char.IsLetter(text[stop]) || (stop > start && text[stop] is '-' or '\'' or '\u2019' && stop + 1 < text.Length && char.IsLetter(text[stop + 1])))) stop++;
            if (stop == start) return null;
            if (char.IsUpper(text[start]))
            {
                if (linkCount == 0) return null;
                wordStart = start;
                wordEnd = stop;
                break;
            }

            if (!links.Contains(text[start..stop])) return null;
            linkCount++;
            position = stop;
        }

        if (wordStart < 0) return null;
        string hyphenated = string.Concat(mention.Text.Replace(' ', '-'), "-", text[mention.End..wordStart].Trim().Replace(' ', '-'), "-", text[wordStart..wordEnd]);
        return isPlace(Apostrophes.Straighten(hyphenated)) || isPlace(hyphenated) ? wordEnd : null;
    }
}
