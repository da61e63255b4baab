using System.Collections.Frozen;
using Entities.Sentences;
using Entities.Tokenization;

namespace Entities.Mentions;

/// <summary>
/// Reads the country code and the team that results lists write in brackets after a competitor: <c>1. Iñaki Rosales (Esp/Kelme)
/// 4 h 51'</c> gives the place <c>Esp</c> and the organization <c>Kelme</c>, <c>2. Brenner (All) à 12"</c> the place <c>All</c>,
/// where the tagger reads the bracket as one place or nothing. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// Precision first: the bracket opens right after a person mention (one space or none), holds a code of the list as written
/// (<c>Fra</c>, <c>P-B</c>, <c>GER</c>) and closes, or holds the code, a slash and a team (a capital, then no bracket, slash or
/// line break, at most <see cref="MaxTeamLength"/> characters) and closes. Mentions inside the bracket are replaced; the new
/// ones get <see cref="Score"/>.
/// </remarks>
public sealed class NationalityCodeTagger : IMentionRefiner
{
    /// <summary>The score of a mention this layer adds.</summary>
    public const double Score = 0.8;

    /// <summary>The longest team name read after the slash.</summary>
    public const int MaxTeamLength = 40;

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> codes;

    /// <summary>Creates the tagger over country codes, as written (<c>Fra</c>, <c>All</c>, <c>GER</c>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="codes"/> is <see langword="null"/>.</exception>
    public NationalityCodeTagger(IEnumerable<string> codes)
    {
        ArgumentNullException.ThrowIfNull(codes);
        this.codes = codes.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <inheritdoc />
    public IReadOnlyList<EntityMention> Refine(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, IReadOnlyList<EntityMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(mentions);
        List<EntityMention>? result = null;
        for (int i = 0; i < (result ?? mentions).Count; i++)
        {
            var person = (result ?? mentions)[i];
            if (person.Label != EntityLabel.Person) continue;
            int open = person.End < text.Length && text[person.End] == ' ' ? person.End + 1 : person.End;
            if (open >= text.Length || text[open] != '(') continue;
            int codeStart = open + 1, codeEnd = codeStart;
            while (codeEnd < text.Length && codeEnd - codeStart <= 4 && text[codeEnd] is not ('/' or ')' or '(') && !char.IsWhiteSpace(text[codeEnd])) codeEnd++;
            if (codeEnd >= text.Length || codeEnd == codeStart || !codes.Contains(text.AsSpan(codeStart, codeEnd - codeStart))) continue;
            int teamStart = -1, teamEnd = -1, bracketEnd = codeEnd;
            if (text[codeEnd] == '/')
            {
                teamStart = codeEnd + 1;
                int close = teamStart;
                while (close < text.Length && close - teamStart <= MaxTeamLength && text[close] is not (')' or '(' or '/' or '\n' or '\r')) close++;
                if (close >= text.Length || text[close] != ')' || close == teamStart || !char.IsUpper(text[teamStart])) continue;
                teamEnd = bracketEnd = close;
                while (teamEnd > teamStart && text[teamEnd - 1] == ' ') teamEnd--;
            }
            else if (text[codeEnd] != ')')
            {
                continue;
            }

            result ??= [.. mentions];
            result.RemoveAll(m => m.Start >= codeStart && m.End <= bracketEnd);
            result = MentionInsertion.Over(result, text, codeStart, codeEnd, EntityLabel.Location, Score);
            if (teamStart > 0) result = MentionInsertion.Over(result, text, teamStart, teamEnd, EntityLabel.Organization, Score);
            i = result.IndexOf(person);
        }

        return result ?? mentions;
    }
}
