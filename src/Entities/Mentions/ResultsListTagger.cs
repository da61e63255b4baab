using Entities.Sentences;
using Entities.Tokenization;

namespace Entities.Mentions;

/// <summary>
/// Reads the ranked lists of a sports page (<c>1. Guidi (It) ; 4. L. Jalabert (Fr) à 1' 06" ; 69. Aebersold m. t.</c>): the
/// name after a rank is a person, tagged when the tagger left it untagged (score <see cref="Score"/>) and relabeled when it
/// read it as a place, organization or miscellany. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// Precision first, the format must be whole: a rank (one to three digits and a glued period, then blanks holding at most one line break)
/// opening a line or following punctuation; an optional initial (<c>L.</c>) and name particle (<c>van</c>); one or two capitalized words with a lower-case
/// letter, one space apart; then, on the name's line, what a result gives: a short code or a known place in parentheses (<c>(It)</c>, <c>(Esp, bonif. 12")</c>, <c>(Italie)</c>), a
/// gap (<c>à 2' 24"</c>, with its minute or second mark: not <c>2. Réunion à 14 h</c>) or the same time (<c>m. t.</c>). A
/// name the caller knows as a place stays one (<c>1. Italie (Ita)</c> in a ranking of nations), and so does a place mention
/// before a place in parentheses (<c>1. Dijon (Côte-d'Or) 159 000 habitants</c>, a ranking of towns).
/// </remarks>
public sealed class ResultsListTagger : IMentionRefiner
{
    /// <summary>The score of a person this layer adds.</summary>
    public const double Score = 0.6;

    /// <summary>The most digits of a rank.</summary>
    public const int MaxRankDigits = 3;

    /// <summary>The most letters of a nationality or team code in parentheses.</summary>
    public const int MaxCodeLength = 4;

    /// <summary>How far before a rank, on its line and the line above, a team word is looked for.</summary>
    public const int TeamWordWindow = 200;

    private readonly HashSet<string> particles;
    private readonly Func<string, bool> isKnownPlace;
    private readonly string[] teamWords;

    /// <summary>
    /// Creates the tagger over name <paramref name="particles"/> (lower case: <c>van</c>, <c>de</c>), the caller's known
    /// places, and the <paramref name="teamWords"/> that make a ranking one of teams or nations (lower case: <c>équipes</c>,
    /// <c>nations</c>): a rank with one before it on its line, or on the line above when the rank opens its line, is skipped.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A team word is empty or longer than 60 characters.</exception>
    public ResultsListTagger(IEnumerable<string> particles, Func<string, bool> isKnownPlace, IEnumerable<string> teamWords)
    {
        ArgumentNullException.ThrowIfNull(particles);
        ArgumentNullException.ThrowIfNull(isKnownPlace);
        ArgumentNullException.ThrowIfNull(teamWords);
        this.particles = new HashSet<string>(particles.Where(p => p.Length > 0 && char.IsLetter(p[^1])), StringComparer.Ordinal);
        this.isKnownPlace = isKnownPlace;
        this.teamWords = Resolution.CueWindow.Normalize(teamWords, nameof(teamWords));
    }

    /// <inheritdoc />
    public IReadOnlyList<EntityMention> Refine(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, IReadOnlyList<EntityMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(mentions);
        var span = TokenLookup.AsSpan(tokens);
        List<EntityMention>? added = null;
        EntityMention[]? relabeled = null;
        int next = 0;
        for (int r = 0; r + 2 < span.Length; r++)
        {
            if (!IsRank(text, span, r)) continue;
            int first = r + 2;
            if (!TryReadName(text, span, first, out int nameFirst, out int last) || last + 1 >= span.Length) continue;
            if (NameShape.HasLineBreak(text, span[last].End, span[last + 1].Start)) continue;
            var follows = ResultAt(text, span, last + 1);
            if (follows == Result.None || RanksTeams(text, span[r].Start)) continue;
            int start = span[nameFirst].Start, end = span[last].End;
            string name = text[start..end];
            if (isKnownPlace(name)) continue;
            while (next < mentions.Count && mentions[next].End <= start) next++;
            if (next >= mentions.Count || mentions[next].Start >= end)
            {
                (added ??= []).Add(new EntityMention(start, end, name, EntityLabel.Person, Score, null));
            }
            else if (mentions[next].Start == start && mentions[next].End == end && mentions[next].Label != EntityLabel.Person
                && (mentions[next].Label != EntityLabel.Location || follows != Result.Place))
            {
                relabeled ??= [.. mentions];
                relabeled[next] = mentions[next] with { Label = EntityLabel.Person };
            }
        }

        IReadOnlyList<EntityMention> refined = relabeled ?? mentions;
        return added is null ? refined : SortedMentions.Merge(refined, added);
    }

    /// <summary>Whether token <paramref name="r"/> is a rank: digits, a glued period, at a line's start or after punctuation.</summary>
    private static bool IsRank(string text, ReadOnlySpan<Token> span, int r)
    {
        var rank = span[r].GetSpan(text);
        if (rank.Length == 0 || rank.Length > MaxRankDigits || rank.ContainsAnyExceptInRange('0', '9')) return false;
        if (span[r + 1].Start != span[r].End || span[r + 1].GetSpan(text) is not ".") return false;
        if (span[r + 2].Start == span[r + 1].End || !IsBlank(text, span[r + 1].End, span[r + 2].Start)) return false;
        if (r == 0 || NameShape.HasLineBreak(text, span[r - 1].End, span[r].Start)) return true;
        return span[r - 1].Kind is TokenKind.Punctuation or TokenKind.Symbol && span[r - 1].GetSpan(text) is not "(" and not "«";
    }

    /// <summary>Whether a team word stands before the rank at <paramref name="rank"/>: on its line, or on the line above when the rank opens its line.</summary>
    private bool RanksTeams(string text, int rank)
    {
        if (teamWords.Length == 0) return false;

        // Only the TeamWordWindow characters before the rank are read, so a long line costs no more than a short one.
        int windowStart = Math.Max(0, rank - TeamWordWindow);
        var before = text.AsSpan(windowStart, rank - windowStart);
        int lineBreak = before.LastIndexOf('\n');
        int from = lineBreak + 1;
        if (lineBreak >= 0 && before[from..].IsWhiteSpace()) from = before[..lineBreak].LastIndexOf('\n') + 1;
        return Resolution.CueWindow.AnyAround(text, windowStart + from, rank, 0, teamWords);
    }

    /// <summary>Whether the text from <paramref name="from"/> to <paramref name="to"/> is spaces with at most one line break (a list reflowed by its line ends).</summary>
    private static bool IsBlank(string text, int from, int to)
    {
        int breaks = 0;
        for (int k = from; k < to; k++)
        {
            if (text[k] == '\n') breaks++;
            else if (text[k] is not (' ' or '\t' or '\r')) return false;
        }

        return breaks <= 1;
    }

    /// <summary>Reads an optional initial and particle, then one or two capitalized words, from token <paramref name="t"/>.</summary>
    private bool TryReadName(string text, ReadOnlySpan<Token> span, int t, out int nameFirst, out int last)
    {
        nameFirst = t;
        last = -1;
        if (t < span.Length && IsInitial(text, span[t])) t++;
        if (t < span.Length && particles.Contains(span[t].GetSpan(text).ToString())) t++;
        if (t >= span.Length || !NameShape.IsCapitalizedNameWord(span[t].GetSpan(text)) || (t > nameFirst && span[t].Start != span[t - 1].End + 1)) return false;
        last = t;
        if (t + 1 < span.Length && span[t + 1].Start == span[t].End + 1 && NameShape.IsCapitalizedNameWord(span[t + 1].GetSpan(text))) last = t + 1;
        return true;
    }

    /// <summary>Whether <paramref name="token"/> is an initial: one capital and its period (<c>L.</c>).</summary>
    private static bool IsInitial(string text, Token token) =>
        token.Length == 2 && char.IsUpper(text[token.Start]) && text[token.Start + 1] == '.';

    /// <summary>What follows a ranked name.</summary>
    private enum Result
    {
        /// <summary>No result: not a results list.</summary>
        None,

        /// <summary>A short code in parentheses, a gap with its mark, or <c>m. t.</c>.</summary>
        Result,

        /// <summary>A known place in parentheses: an athlete's country, or a town's département in a ranking of towns, where a place read as one stays one.</summary>
        Place,
    }

    /// <summary>What follows at token <paramref name="t"/>: a code or a place in parentheses, a gap with its mark, <c>m. t.</c>, or none of them.</summary>
    private Result ResultAt(string text, ReadOnlySpan<Token> span, int t)
    {
        var word = span[t].GetSpan(text);
        if (word is "(")
        {
            if (t + 2 >= span.Length || span[t + 2].GetSpan(text) is not (")" or "," or "/")) return Result.None;
            var code = span[t + 1].GetSpan(text);
            if (code.Length is > 0 and <= MaxCodeLength && char.IsUpper(code[0]) && IsLetters(code)) return Result.Result;
            if (!isKnownPlace(code.ToString())) return Result.None;

            // A place, then a gap or the same time: an athlete's country (4. Bortani (Italie) à 12").
            bool closed = span[t + 2].GetSpan(text) is ")";
            return closed && t + 3 < span.Length && span[t + 3].GetSpan(text) is not "(" && ResultAt(text, span, t + 3) == Result.Result ? Result.Result : Result.Place;
        }

        if (word is "à")
        {
            return t + 1 < span.Length && span[t + 1].Kind == TokenKind.Number && IsTimeMark(text, span[t + 1].End) ? Result.Result : Result.None;
        }

        return IsSameTime(text, span[t].Start) ? Result.Result : Result.None;
    }

    /// <summary>Whether <c>m. t.</c> (<c>m.t.</c>, <c>m. t</c>: the same time as the rider before) starts at <paramref name="start"/>.</summary>
    private static bool IsSameTime(string text, int start)
    {
        if (start + 1 >= text.Length || text[start] != 'm' || text[start + 1] != '.') return false;
        int k = start + 2;
        while (k < text.Length && text[k] == ' ') k++;
        return k < text.Length && text[k] == 't' && (k + 1 == text.Length || !char.IsLetterOrDigit(text[k + 1]));
    }

    private static bool IsLetters(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
        {
            if (!char.IsLetter(c)) return false;
        }

        return true;
    }

    /// <summary>Whether a minute or second mark follows the number ending at <paramref name="end"/>, glued or after one space as OCR sets it (<c>2'</c>, <c>44 "</c>).</summary>
    private static bool IsTimeMark(string text, int end)
    {
        if (end < text.Length && text[end] == ' ') end++;
        return end < text.Length && text[end] is '\'' or '"' or '\u2019' or '\u2032' or '\u2033' or '\u201D';
    }
}
