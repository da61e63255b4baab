using Entities.Mentions;

namespace Entities.Resolution;

/// <summary>
/// What says that a town's name stands for its team in a match report (<c>Marseille s'est imposé 3-1 face à Lens</c>): such a
/// mention keeps the label the tagger gave it (the literal type, LOC), but the resolver keys it apart from the town, so that the
/// graph never joins the club's mentions to the town's (<c>la ville de Lorient</c>). A one-word place right before a result
/// verb (<c>s'est imposé</c>) or right after a phrase that names an opponent (<c>face à</c>, <c>derrière</c>), with a score
/// (<c>3-1</c>) or a cue word (<c>à domicile</c>, <c>championnat</c>) within <see cref="Window"/> characters. Immutable and
/// thread-safe.
/// </summary>
public sealed class TeamContext
{
    private readonly FollowingPhrases results;
    private readonly PrecedingPhrases opponents;
    private readonly string[] cues;

    /// <summary>
    /// Creates the context. <paramref name="resultPhrases"/> stand right after a team (<c>s'est imposé</c>);
    /// <paramref name="opponentPhrases"/> right before one (<c>face à</c>); <paramref name="cues"/> say that a document reports a
    /// match (<c>à domicile</c>); all lower case with straight apostrophes, compared case-insensitively at word boundaries.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A phrase or cue is empty or too long.</exception>
    public TeamContext(IEnumerable<string> resultPhrases, IEnumerable<string> opponentPhrases, IEnumerable<string> cues)
    {
        ArgumentNullException.ThrowIfNull(cues);
        results = new FollowingPhrases(resultPhrases, nameof(resultPhrases));
        opponents = new PrecedingPhrases(opponentPhrases, nameof(opponentPhrases));
        this.cues = CueWindow.Normalize(cues, nameof(cues));
    }

    /// <summary>Whether the place mention [<paramref name="start"/>, <paramref name="end"/>) stands next to a result verb or after an opponent phrase (the document not checked).</summary>
    internal bool NextToMatchWords(string text, int start, int end) =>
        (results.StartAfter(text, end) && !AfterPreposition(text, start)) || opponents.EndBefore(text, start);

    /// <summary>
    /// Whether the text around the name [<paramref name="start"/>, <paramref name="end"/>) (<see cref="Window"/> characters each
    /// side) has a score (<c>3-1</c>, <c>2–2</c>; not <c>14-18</c> nor a range with a unit) or one of the cues.
    /// </summary>
    internal bool AboutAMatch(string text, int start, int end)
    {
        // The report around the name, not the whole document: bounded work per name, however long the document.
        int from = Math.Max(0, start - Window), to = Math.Min(text.Length, end + Window);
        for (int i = NextDash(text, from, to); i >= 0; i = NextDash(text, i + 1, to))
        {
            if (DigitsBefore(text, i) is int before and (1 or 2) && DigitsAfter(text, i + 1) is int after and (1 or 2) && IsScore(text, i - before, i + 1 + after)) return true;
        }

        return CueWindow.AnyAround(text, start, end, Window, cues);
    }

    /// <summary>How far around a name (characters, each side) its match report is read.</summary>
    public const int Window = 600;

    private static readonly System.Collections.Frozen.FrozenSet<string> PlaceWords = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["de", "d'", "du", "des", "à", "au", "aux", "en", "le", "la", "les", "l'", "dans", "sur", "vers", "par", "pour"], StringComparer.Ordinal);

    /// <summary>Whether the word before the name makes it the town (<c>à Lorient</c>, <c>ce club du Brabant</c>).</summary>
    private static bool AfterPreposition(string text, int start) => WordBefore.IsOneOf(text, start, PlaceWords);

    private static readonly HashSet<string> Units = new(["ans", "an", "h", "heures", "jours", "mois", "semaines", "minutes", "km", "m", "kg", "fois", "pour", "euros", "ème", "e"], StringComparer.Ordinal);

    private static bool IsScore(string text, int start, int end)
    {
        if (text.AsSpan(start, end - start) is "14-18" or "14\u201318") return false;
        int i = end;
        if (i < text.Length && text[i] is ' ' or '\u00A0' or '\u202F') i++;
        if (i < text.Length && text[i] == '%') return false;
        int word = i;
        while (i < text.Length && char.IsLetter(text[i])) i++;
        return !Units.Contains(text.AsSpan(word, i - word).ToString().ToLowerInvariant());
    }

    private static int NextDash(string text, int from, int to)
    {
        if (from >= to) return -1;
        int next = text.AsSpan(from, to - from).IndexOfAny('-', '\u2013');
        return next < 0 ? -1 : from + next;
    }

    /// <summary>
    /// Joins each group of a town standing for its team (every member keyed apart: <c>lorient equipe</c>) to the one
    /// organization group of the document whose name holds the town's name as a word, in four words at most (<c>le FC Lorient a
    /// arraché le nul … Lorient reste invaincu</c>): the club the report names. With none, or several (<c>le FC Lorient</c> and
    /// <c>la mairie de Lorient</c>), the town stays apart.
    /// </summary>
    internal static void JoinClubs(MentionGroups groups)
    {
        List<MentionGroup>? teams = null;
        foreach (var group in groups.Live)
        {
            if (group.Label == EntityLabel.Location && IsTeam(group)) (teams ??= []).Add(group);
        }

        if (teams is null) return;
        foreach (var team in teams)
        {
            string town = team.Members[0].Key[..^TeamSuffix.Length];
            MentionGroup? club = null;
            int count = 0;
            foreach (var group in groups.Live)
            {
                if (group.Label != EntityLabel.Organization || !group.Members.Exists(m => m.WordCount is >= 2 and <= 4 && HasWord(m.Key, town))) continue;
                club = group;
                count++;
            }

            if (count == 1) groups.Merge(club!, team);
        }
    }

    private const string TeamSuffix = " " + AliasResolverProfile.TeamKeySuffix;

    /// <summary>Whether every member of <paramref name="group"/> has the same key, a town's keyed as its team.</summary>
    private static bool IsTeam(MentionGroup group)
    {
        string key = group.Members[0].Key;
        if (!key.EndsWith(TeamSuffix, StringComparison.Ordinal)) return false;
        foreach (var member in group.Members)
        {
            if (member.Key != key) return false;
        }

        return true;
    }

    /// <summary>Whether <paramref name="word"/> is one of the space-separated words of <paramref name="key"/>.</summary>
    private static bool HasWord(string key, ReadOnlySpan<char> word)
    {
        foreach (var range in key.AsSpan().Split(' '))
        {
            if (key.AsSpan()[range].SequenceEqual(word)) return true;
        }

        return false;
    }

    private static int DigitsBefore(string text, int dash)
    {
        int count = 0;
        int i = dash - 1;
        while (i >= 0 && char.IsAsciiDigit(text[i])) { count++; i--; }
        if (i >= 0 && (char.IsLetter(text[i]) || text[i] is '-' or '\u2013' or '.' or ',' or '/')) return 0;
        return count <= 2 ? count : 0;
    }

    private static int DigitsAfter(string text, int from)
    {
        int count = 0;
        int i = from;
        while (i < text.Length && char.IsAsciiDigit(text[i])) { count++; i++; }
        if (i < text.Length && (char.IsLetter(text[i]) || text[i] is '-' or '\u2013' or '/' || (text[i] is '.' or ',' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1])))) return 0;
        return count <= 2 ? count : 0;
    }
}
