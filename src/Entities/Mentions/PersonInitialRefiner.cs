using Entities.Resolution;
using Entities.Sentences;
using Entities.Tokenization;

namespace Entities.Mentions;

/// <summary>
/// Reads a first name followed by a surname's initial as one person, the way bylines, comments and anonymized testimonies
/// write people (<c>Sophie M.</c>, <c>Jean-Yves P.</c>): a person mention right before <c>␠X.</c> is extended over the initial,
/// and a known given name left untagged before one becomes a person. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// The initial is one capital letter and a period, after one space, and what follows it is not a capitalized word on the same
/// line (<c>John F. Kennedy</c> is the tagger's to read). An untagged name must be a given name of the list (any gender),
/// capitalized, not inside another mention; it gets <see cref="Score"/>.
/// </remarks>
public sealed class PersonInitialRefiner : IMentionRefiner
{
    /// <summary>The score of a person this layer adds.</summary>
    public const double Score = 0.8;

    private readonly GivenNameGenders givenNames;

    /// <summary>Creates the refiner over <paramref name="givenNames"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="givenNames"/> is <see langword="null"/>.</exception>
    public PersonInitialRefiner(GivenNameGenders givenNames)
    {
        ArgumentNullException.ThrowIfNull(givenNames);
        this.givenNames = givenNames;
    }

    /// <inheritdoc />
    public IReadOnlyList<EntityMention> Refine(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, IReadOnlyList<EntityMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(mentions);
        List<EntityMention>? result = null;
        int m = 0;
        for (int t = 0; t < tokens.Count; t++)
        {
            var token = tokens[t];
            if (token.Kind != TokenKind.Word || token.Length < 2 || !char.IsUpper(text[token.Start])) continue;
            int initialEnd = InitialAfter(text, token.End);
            if (initialEnd < 0) continue;
            while (m < mentions.Count && mentions[m].End < token.End) m++;
            EntityMention? changed = null;
            int replaced = -1;
            if (m < mentions.Count && mentions[m].End == token.End)
            {
                if (mentions[m].Label != EntityLabel.Person) continue;
                changed = mentions[m] with { End = initialEnd, Text = text[mentions[m].Start..initialEnd] };
                replaced = m;
            }
            else if ((m >= mentions.Count || mentions[m].Start >= initialEnd) && (m == 0 || mentions[m - 1].End <= token.Start)
                && givenNames.GenderOf(token.GetText(text)) != PersonGender.Unknown)
            {
                changed = new EntityMention(token.Start, initialEnd, text[token.Start..initialEnd], EntityLabel.Person, Score, null);
            }

            if (changed is null) continue;
            result ??= [.. mentions];
            int at = 0;
            while (at < result.Count && result[at].Start < changed.Start) at++;
            if (replaced >= 0) result[at] = changed;   // the same start: the mention it extends
            else result.Insert(at, changed);
        }

        return result ?? mentions;
    }

    /// <summary>The end of <c>␠X.</c> right after <paramref name="end"/> when no capitalized word follows on the line, else -1.</summary>
    private static int InitialAfter(string text, int end)
    {
        if (end + 3 > text.Length || text[end] != ' ' || !char.IsUpper(text[end + 1]) || text[end + 2] != '.') return -1;
        int stop = end + 3;
        if (stop < text.Length && (char.IsLetterOrDigit(text[stop]) || text[stop] == '-')) return -1;   // M.-A., A.B.
        int next = stop;
        while (next < text.Length && text[next] is ' ' or '\u00A0') next++;
        return next < text.Length && char.IsUpper(text[next]) && next > stop ? -1 : stop;
    }
}
