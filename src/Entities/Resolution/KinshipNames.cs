using System.Collections.Frozen;
using Entities.Knowledge;

namespace Entities.Resolution;

/// <summary>
/// The family name of a person a document names by a given name alone, read from the person it is named with: a given name
/// coordinated with a full name (<c>les frères Julien et Thomas Moreau</c>, <c>Bill et Hillary Clinton</c>) or right after a
/// relative noun and a possessive (<c>le président Trump et son épouse Melania</c>, <c>Henri Vasseur a passé la main à son
/// fils Hugo</c>: the nearest person named before it in the sentence, none when a person noun stands between, <c>le juge,
/// venu avec son fils Théo</c>). Such a group is keyed as the full name (<c>full:melania trump</c>), so the graph joins it to
/// that name in other documents; after a relative noun it carries the surname key too (a coordination may join a one-name
/// celebrity to a family, <c>Rihanna et Adam Levine</c>: it then gives no surname for the lone surnames of other documents to
/// join). In its document, <see cref="PersonNameRules"/> reads it as a full name of that surname: <c>Mme Trump</c> joins
/// it, and <c>Perrin</c> beside <c>les frères Étienne et Louis Perrin</c> joins neither. Nothing is inferred when the clues
/// disagree. Precision first: a wrong guess names a person no other document names (a split), never another person, unless
/// a family elsewhere has that very given name. Immutable and thread-safe.
/// </summary>
public sealed class KinshipNames
{
    private readonly FrozenSet<string> relatives;
    private readonly FrozenSet<string> possessives;
    private readonly FrozenSet<string> adjectives;
    private readonly FrozenSet<string> coordinators;

    /// <summary>How far before a relative phrase (characters) the person it refers to may end.</summary>
    public const int Window = 150;

    /// <summary>
    /// Creates the rule from its words, compared folded (<see cref="TextFolding.Fold"/>): relative nouns (<c>épouse</c>,
    /// <c>fils</c>), the possessives before them (<c>son</c>, <c>sa</c>, <c>leur</c>), adjectives allowed between noun and name
    /// (<c>aîné</c>) and the coordinators of two names (<c>et</c>).
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A word is empty or holds a space.</exception>
    public KinshipNames(IEnumerable<string> relativeNouns, IEnumerable<string> possessiveWords, IEnumerable<string> adjectiveWords, IEnumerable<string> coordinatorWords)
    {
        relatives = Words(relativeNouns, nameof(relativeNouns));
        possessives = Words(possessiveWords, nameof(possessiveWords));
        adjectives = Words(adjectiveWords, nameof(adjectiveWords));
        coordinators = Words(coordinatorWords, nameof(coordinatorWords));
    }

    private static FrozenSet<string> Words(IEnumerable<string> words, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(words, parameterName);
        var folded = words.Select(word => TextFolding.Fold(word ?? string.Empty)).ToList();
        if (folded.Any(word => word.Length == 0 || word.Contains(' '))) throw new ArgumentException("Kinship words must be single non-empty words.", parameterName);
        return folded.ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// Parses the words from a table of <c>word&lt;TAB&gt;kind</c> lines, kind being <c>possessive</c>, <c>adjective</c> or
    /// <c>coordinator</c> (a header line starting with <c>word</c>, blank lines and <c>#</c> comments skipped), with the relative
    /// nouns given apart.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">A line is malformed; the message names the file and line.</exception>
    public static KinshipNames Parse(TextReader reader, string source, IEnumerable<string> relativeNouns)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(source);
        var byKind = new Dictionary<string, List<string>>(StringComparer.Ordinal) { ["possessive"] = [], ["adjective"] = [], ["coordinator"] = [] };
        foreach (var (lineNumber, fields) in DataFileLines.Read(reader, "word"))
        {
            if (fields.Length != 2 || fields[0].Trim().Length == 0 || fields[0].Trim().Contains(' ') || !byKind.TryGetValue(fields[1].Trim(), out var list))
                throw new FormatException($"{source}:{lineNumber}: expected a word and its kind (possessive, adjective or coordinator), tab-separated.");
            list.Add(fields[0].Trim());
        }

        return new KinshipNames(relativeNouns, byKind["possessive"], byKind["adjective"], byKind["coordinator"]);
    }

    /// <summary>
    /// Gives the lone given names their surname where the text says it (<see cref="MentionGroup.NameKin"/>). Runs before
    /// <see cref="PersonNameRules"/>, which then reads such a group as a full name of that surname: a short form of it joins
    /// it when it is the one fitting name (<c>Mme Trump</c>), never the person the surname was read from.
    /// </summary>
    internal void Apply(string text, MentionGroups groups, IReadOnlyList<AnalyzedMention> analyzed, IReadOnlyList<EntityMention> mentions, AliasResolverProfile profile)
    {
        if (profile.GivenNames.Count == 0) return;
        foreach (var group in groups.Live)
        {
            if (group.Label != EntityLabel.Person || LoneGivenNameGender(group, profile) == PersonGender.Unknown) continue;
            string? surname = null;
            int source = -1;
            bool agree = true, relative = false;
            foreach (var member in group.Members)
            {
                var (found, from) = FromCoordination(text, member.Index, groups, analyzed, mentions, profile);
                if (found is null && FromRelative(text, member.Index, groups, analyzed, mentions, profile) is ({ } stated, var antecedent))
                {
                    (found, from) = (stated, antecedent);
                    relative = true;
                }

                if (found is null) continue;
                agree &= surname is null || surname == found;
                surname = found;
                source = from;
            }

            if (surname is null || !agree) continue;
            group.NameKin(group.Members[0].Key, surname, relative, source);
        }
    }

    /// <summary>
    /// The gender of a person group whose every member is the same known given name written as one word, with or without a
    /// title (<c>Melania</c>, <c>son épouse Melania</c>, <c>Jean-Marie</c>): the titles' gender, else the name's; unknown for any
    /// other group.
    /// </summary>
    private static PersonGender LoneGivenNameGender(MentionGroup group, AliasResolverProfile profile)
    {
        var first = group.Members[0];
        if (group.TableEntry is not null || first.WordCount > 3) return PersonGender.Unknown;
        foreach (var member in group.Members)
        {
            if (member.IsAcronym || member.Key != first.Key || member.Display.AsSpan().IndexOfAny(' ', '\u00A0') >= 0) return PersonGender.Unknown;
        }

        var named = GivenNameGender(first.Display, profile);
        if (named == PersonGender.Unknown) return PersonGender.Unknown;
        return group.Gender == PersonGender.Unknown ? named : group.Gender;
    }

    /// <summary>The gender of a display as a known given name, folded on the stack (most are short).</summary>
    private static PersonGender GivenNameGender(string display, AliasResolverProfile profile)
    {
        if (display.Length > 64) return profile.GivenNames.GenderOf(display);
        Span<char> folded = stackalloc char[display.Length * 2];
        int length = TextFolding.FoldInto(display, folded);
        return profile.GivenNames.GenderOfFolded(folded[..length]);
    }

    /// <summary>
    /// The surname of the full name coordinated right after the mention (<c>Julien et Thomas Moreau</c> → <c>moreau</c>), or
    /// <see langword="null"/>.
    /// </summary>
    private (string? Surname, int Source) FromCoordination(string text, int index, MentionGroups groups, IReadOnlyList<AnalyzedMention> analyzed, IReadOnlyList<EntityMention> mentions, AliasResolverProfile profile)
    {
        if (index + 1 >= mentions.Count) return default;
        var mention = mentions[index];
        var next = mentions[index + 1];
        if (next.Start <= mention.End || next.Start - mention.End > 8) return default;
        var between = text.AsSpan(mention.End, next.Start - mention.End).Trim();
        if (between.Length == 0 || between.Length > 6 || !coordinators.Contains(TextFolding.Fold(between.ToString()))) return default;
        var group = groups.GroupOf(index + 1);
        if (group.Label != EntityLabel.Person || ReferenceEquals(group, groups.GroupOf(index))) return default;
        return (SurnameAfterGivenNames(analyzed[index + 1], profile, requireGivenName: true), index + 1);
    }

    /// <summary>
    /// The surname of the person named before a relative phrase right before the mention (<c>Trump et son épouse Melania</c> →
    /// <c>trump</c>): the nearest person mention of the same sentence, ending within <see cref="Window"/> characters, and right
    /// before the coordinator when one precedes the possessive, with no person noun between (<c>Me Marc Fabre a croisé le juge,
    /// venu avec son fils Théo</c>: the judge's son), with that mention's index; or <see langword="null"/>.
    /// </summary>
    private (string? Surname, int Source) FromRelative(string text, int index, MentionGroups groups, IReadOnlyList<AnalyzedMention> analyzed, IReadOnlyList<EntityMention> mentions, AliasResolverProfile profile)
    {
        int at = mentions[index].Start;
        at = SkipBack(text, at, allowComma: true);
        var (word, start) = WordBefore(text, at);
        if (word.Length == 0) return default;
        if (adjectives.Contains(word))
        {
            (word, start) = WordBefore(text, SkipBack(text, start, allowComma: false));
            if (word.Length == 0) return default;
        }

        if (!relatives.Contains(word)) return default;
        (word, start) = WordBefore(text, SkipBack(text, start, allowComma: false));
        if (!possessives.Contains(word)) return default;

        // After a coordinator, the possessor is what stands right before it (le juge et son fils: the judge's son).
        var (coordinator, coordinatorStart) = WordBefore(text, SkipBack(text, start, allowComma: false));
        int adjacentEnd = coordinators.Contains(coordinator) ? SkipBack(text, coordinatorStart, allowComma: true) : -1;
        for (int j = index - 1; j >= 0; j--)
        {
            var before = mentions[j];
            if (before.End > start) continue;
            if (start - before.End > Window || text.AsSpan(before.End, start - before.End).IndexOfAny(SentenceEnds) >= 0) return default;
            var group = groups.GroupOf(j);
            if (group.Label != EntityLabel.Person) continue;
            if (ReferenceEquals(group, groups.GroupOf(index)) || (adjacentEnd >= 0 && before.End != adjacentEnd) || HasPersonNoun(text, before.End, start, profile)) return default;
            var antecedent = analyzed[j];
            string? surname = antecedent.WordCount == 1
                ? (antecedent.IsAcronym || profile.GivenNames.GenderOfFolded(antecedent.Key) != PersonGender.Unknown ? null : antecedent.Key)
                : SurnameAfterGivenNames(antecedent, profile, requireGivenName: true);
            return (surname, j);
        }

        return default;
    }

    /// <summary>Whether a word of <c>text[start..end)</c> is a person title of the profile (<c>juge</c>, <c>avocat</c>, <c>mère</c>): another possible owner.</summary>
    private static bool HasPersonNoun(string text, int start, int end, AliasResolverProfile profile)
    {
        for (int i = start; i < end;)
        {
            if (!char.IsLetter(text[i])) { i++; continue; }
            int from = i;
            while (i < end && (char.IsLetter(text[i]) || text[i] == '-')) i++;
            if (profile.Titles.TryGet(TextFolding.Fold(text[from..i]), out var title) && !title.IsHonorific) return true;
        }

        return false;
    }

    private static readonly System.Buffers.SearchValues<char> SentenceEnds = System.Buffers.SearchValues.Create(".!?;\n\u2026");

    /// <summary>
    /// The words of a full name's key after its leading known given names (<c>thomas moreau</c> → <c>moreau</c>), or
    /// <see langword="null"/> when none leads or nothing follows.
    /// </summary>
    private static string? SurnameAfterGivenNames(AnalyzedMention name, AliasResolverProfile profile, bool requireGivenName)
    {
        if (name.WordCount < 2 || name.IsAcronym) return null;
        string key = name.Key;
        int start = 0;
        while (start < key.Length)
        {
            int space = key.IndexOf(' ', start);
            if (space < 0 || profile.GivenNames.GenderOfFolded(key.AsSpan(start, space - start)) == PersonGender.Unknown) break;
            start = space + 1;
        }

        return (start == 0 && requireGivenName) || start >= key.Length ? null : key[start..];
    }

    /// <summary>The position before the spaces (and one comma, when allowed) that end at <paramref name="at"/>.</summary>
    private static int SkipBack(string text, int at, bool allowComma)
    {
        while (at > 0 && IsSpace(text[at - 1])) at--;
        if (allowComma && at > 0 && text[at - 1] == ',')
        {
            at--;
            while (at > 0 && IsSpace(text[at - 1])) at--;
        }

        return at;
    }

    /// <summary>The folded word (letters and inner hyphens) ending at <paramref name="end"/>, with its start; empty when none.</summary>
    private static (string Word, int Start) WordBefore(string text, int end)
    {
        int start = end;
        while (start > 0 && (char.IsLetter(text[start - 1]) || (text[start - 1] == '-' && start - 1 > 0 && char.IsLetter(text[start - 2]) && start < end))) start--;
        if (start == end || end - start > 30 || (start > 0 && char.IsLetterOrDigit(text[start - 1]))) return (string.Empty, end);
        return (TextFolding.Fold(text[start..end]), start);
    }

    private static bool IsSpace(char c) => c is ' ' or '\u00A0' or '\u202F' or '\t';
}
