using Entities.Sentences;
using Entities.Tokenization;

namespace Entities.Mentions;

/// <summary>
/// Joins a compound place name written with spaces instead of hyphens, which the tagger reads as two places or a place and a
/// word (<c>Aix en Provence</c> → <c>Aix</c> + <c>Provence</c>; <c>Boulogne sur Mer</c>), into one place when its hyphenated
/// form is a known place (<c>Aix-en-Provence</c>); and a name of capitalized words alone so written, which it reads as a person
/// or an organization (<c>Clermont Ferrand</c>), as that place. Immutable and thread-safe.
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
        : this(links, isPlace, _ => false)
    {
    }

    /// <summary>
    /// As <see cref="HyphenlessPlaceJoiner(IEnumerable{string}, Func{string, bool})"/>; a name read as a person whose first word
    /// is a given name (<paramref name="isGivenName"/>: <c>Pierre Bénite</c>) stays a person.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public HyphenlessPlaceJoiner(IEnumerable<string> links, Func<string, bool> isPlace, Func<string, bool> isGivenName)
    {
        ArgumentNullException.ThrowIfNull(links);
        ArgumentNullException.ThrowIfNull(isPlace);
        ArgumentNullException.ThrowIfNull(isGivenName);
        this.links = new HashSet<string>(links, StringComparer.Ordinal);
        this.isPlace = isPlace;
        this.isGivenName = isGivenName;
    }

    private readonly Func<string, bool> isGivenName;

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
            // Clermont Ferrand read as a person: a name whose words, hyphenated, are a known place (no saint's name).
            if (mention.Label is EntityLabel.Person or EntityLabel.Organization && IsSpacedPlace(mention.Text))
            {
                result ??= [.. mentions.Take(i)];
                result.Add(mention with { Label = EntityLabel.Location });
                continue;
            }

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

    /// <summary>
    /// Whether <paramref name="surface"/> is two or three capitalized words one space apart whose hyphenated form is a known place
    /// and whose plain form is none, the first word no <c>Saint</c> or <c>Sainte</c> (<c>Saint Louis</c> is also the king) nor a
    /// given name.
    /// </summary>
    private bool IsSpacedPlace(string surface)
    {
        int spaces = surface.Count(c => c == ' ');
        if (spaces is < 1 or > 2 || surface.Contains("  ", StringComparison.Ordinal) || surface.Contains('-')) return false;
        foreach (string word in surface.Split(' '))
        {
            if (word.Length < 2 || !char.IsUpper(word[0]) || !word.All(char.IsLetter)) return false;
        }

        if (surface.StartsWith("Saint ", StringComparison.Ordinal) || surface.StartsWith("Sainte ", StringComparison.Ordinal) || isGivenName(surface[..surface.IndexOf(' ')])) return false;
        return !isPlace(surface) && isPlace(surface.Replace(' ', '-'));
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
