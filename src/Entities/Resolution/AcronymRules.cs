using Entities.Knowledge;
namespace Entities.Resolution;

/// <summary>
/// Joins acronyms to their long forms. Two sources of evidence, both within one document:
/// <list type="number">
/// <item>a definition in the text, <c>long form (ACR)</c> or <c>ACR (long form)</c>: binding whatever the letters
/// (<c>Service national de renseignement sud-coréen (NIS)</c>) when the long form is a phrase of several words; the acronym's other mentions follow. A definition may also
/// repair the acronym's label when it disagrees with the long form's (neither being a person);</item>
/// <item>initials: the acronym's letters equal the initials of the content words of exactly one long form of the same label
/// (<c>OMS</c> = <c>Organisation mondiale de la santé</c>, skipping the profile's connectors; hyphenated words count once or
/// per part).</item>
/// </list>
/// Acronyms in the alias table are handled earlier by <see cref="ExactMatchRules"/>.
/// </summary>
internal static class AcronymRules
{
    private const int MaxAcronymChars = 12;

    /// <summary>How far a closing parenthesis is looked for: a longer aside is not a definition (and an unclosed one must not cost a scan of the whole document per mention).</summary>
    private const int MaxParenthesisChars = 256;

    public static void Apply(string text, MentionGroups groups, IReadOnlyList<AnalyzedMention> mentions, IReadOnlyList<EntityMention> input, AliasResolverProfile profile)
    {
        ApplyDefinitions(text, groups, mentions, input, profile);
        ApplyInitials(groups, profile);
    }

    private static void ApplyDefinitions(string text, MentionGroups groups, IReadOnlyList<AnalyzedMention> mentions, IReadOnlyList<EntityMention> input, AliasResolverProfile profile)
    {
        // acronym key → long-form mention; null when two different long forms claim it.
        Dictionary<string, AnalyzedMention?>? definitions = null;
        for (int i = 0; i < mentions.Count; i++)
        {
            var longForm = mentions[i];
            if (longForm.IsAcronym || NextNonSpace(text, input[i].End) != '(' || !IsPhrase(input[i].Text)) continue;
            if (TryReadParenthesis(text, input[i].End, out string inside)
                && (MentionAnalyzer.LooksLikeAcronym(inside) || SpellsAsWord(inside, longForm.Display, profile)))
            {
                AddDefinition(ref definitions, profile.KeyBuilder.Build(inside), longForm, groups);
            }
        }

        // ACR (long form): the long form is a mention inside the parentheses.
        for (int i = 0; i + 1 < mentions.Count; i++)
        {
            var acronym = mentions[i];
            var longForm = mentions[i + 1];
            if (!acronym.IsAcronym || longForm.IsAcronym || NextNonSpace(text, input[i].End) != '(' || !IsPhrase(input[i + 1].Text)) continue;
            if (TryReadParenthesis(text, input[i].End, out _, out int insideStart)
                && insideStart == input[i + 1].Start
                && NextNonSpace(text, input[i + 1].End) == ')')
            {
                AddDefinition(ref definitions, acronym.Key, longForm, groups);
            }
        }

        // long form (ACR) where the tagger missed the long form: words whose initials spell the acronym, right before the
        // parenthesis, that are not a name of the acronym's table entry. The acronym then means that in this document.
        for (int i = 0; i < mentions.Count; i++)
        {
            var acronym = mentions[i];
            if (!acronym.IsAcronym || (i > 0 && PreviousNonSpaceIndex(text, input[i].Start - 1) is int open && open >= 0
                && text[open] == '(' && PreviousNonSpaceIndex(text, open - 1) is int before && before >= 0 && before < input[i - 1].End)) continue;
            if (UntaggedLongForm(text, input[i], profile) is { } phrase && !NamesTheTableEntry(phrase, acronym, profile))
                groups.GroupOf(acronym.Index).DefineInText();
        }

        if (definitions is null) return;
        var acronymsByKey = mentions.Where(mention => mention.IsAcronym || (mention.WordCount == 1 && definitions.ContainsKey(mention.Key)))
            .ToLookup(mention => mention.Key, StringComparer.Ordinal);
        foreach (var (acronymKey, longForm) in definitions)
        {
            if (longForm is null) continue;
            var target = groups.GroupOf(longForm.Index);
            foreach (var mention in acronymsByKey[acronymKey])
            {
                var group = groups.GroupOf(mention.Index);

                // Both names in the tables, as two entries: the text overrides the table only when the letters spell the long form
                // (L'Association des maires de France (AMF), not L'Union africaine (UE)).
                if (target.TableEntry is not null && group.TableEntry is not null && !ReferenceEquals(target.TableEntry, group.TableEntry)
                    && !SpellsLongForm(mention.Display, longForm.Display, profile)) continue;
                if (group.Label == target.Label) groups.MergeDefinition(target, group);
                else if (group.Label != EntityLabel.Person && target.Label != EntityLabel.Person && groups.MergeDefinition(target, group)) groups.Relabel(target, longForm.Label);
            }
        }
    }

    /// <summary>Function words a long form skips when its initials are read (<c>Centre d'innovation agricole</c> → CIA).</summary>
    private static readonly HashSet<string> SkippedWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "de", "d", "du", "des", "la", "le", "les", "l", "et", "pour", "en", "à", "au", "aux", "sur", "of", "the", "and", "for",
    };

    private static int PreviousNonSpaceIndex(string text, int from)
    {
        while (from >= 0 && char.IsWhiteSpace(text[from])) from--;
        return from;
    }

    /// <summary>
    /// The words right before <c>(ACR)</c> whose initials (function words skipped) spell the acronym, starting with a capital,
    /// or <see langword="null"/>: <c>le Centre d'innovation agricole (CIA)</c> → <c>Centre d'innovation agricole</c>.
    /// </summary>
    private static string? UntaggedLongForm(string text, EntityMention acronym, AliasResolverProfile profile)
    {
        int open = PreviousNonSpaceIndex(text, acronym.Start - 1);
        if (open < 1 || text[open] != '(' || NextNonSpace(text, acronym.End) != ')') return null;
        var letters = acronym.Text.Where(char.IsLetter).Select(char.ToUpperInvariant).ToArray();
        if (letters.Length < 2) return null;
        int end = PreviousNonSpaceIndex(text, open - 1) + 1;
        int position = end, matched = letters.Length;
        int start = -1;
        for (int words = 0; words < 3 * letters.Length && position > 0 && matched > 0; words++)
        {
            int wordEnd = position;
            int wordStart = wordEnd;
            while (wordStart > 0 && (char.IsLetterOrDigit(text[wordStart - 1]) || text[wordStart - 1] == '-')) wordStart--;
            if (wordStart == wordEnd) return null;
            string word = text[wordStart..wordEnd];
            if (!SkippedWords.Contains(word))
            {
                if (char.ToUpperInvariant(word[0]) != letters[--matched]) return null;
                start = wordStart;
            }

            // What separates this word from the one before: a space, or an elided article's apostrophe (d'innovation).
            position = wordStart;
            if (position > 0 && text[position - 1] is '\'' or '\u2019') position--;
            else if (position > 0 && text[position - 1] == ' ') position--;
            else if (matched > 0) return null;
        }

        return matched == 0 && start >= 0 && char.IsUpper(text[start]) ? text[start..end] : null;
    }

    /// <summary>
    /// Whether <paramref name="word"/>, an acronym written as a word (<c>Inrae</c>, <c>Siava</c>: a capital, then lower case, four
    /// letters at least), spells the content words of <paramref name="longForm"/> (<see cref="AcronymSpelling"/>): a parenthesis
    /// after a phrase is a definition only when the letters say so (<c>la rue de la Paix (Paris)</c> is not one).
    /// </summary>
    private static bool SpellsAsWord(string word, string longForm, AliasResolverProfile profile)
    {
        if (word.Length < 4 || word.Length > 10 || !char.IsUpper(word[0])) return false;
        foreach (char c in word.AsSpan(1)) if (!char.IsLower(c)) return false;
        return SpellsLongForm(word, longForm, profile);
    }

    /// <summary>Whether the letters of <paramref name="acronym"/> spell the content words of <paramref name="longForm"/> (<see cref="AcronymSpelling"/>).</summary>
    private static bool SpellsLongForm(string acronym, string longForm, AliasResolverProfile profile)
    {
        var letters = AcronymSpelling.Letters(acronym, stackalloc char[12]);
        foreach (string initials in Initials(longForm, profile))
            if (AcronymSpelling.Spells(letters, initials.ToUpperInvariant())) return true;
        return false;
    }

    /// <summary>Whether <paramref name="phrase"/> is a name of the table entry the acronym has (its own expansion).</summary>
    private static bool NamesTheTableEntry(string phrase, AnalyzedMention acronym, AliasResolverProfile profile)
    {
        string key = profile.KeyBuilder.Build(phrase);
        foreach (var entry in profile.AliasTable.GetEntries(acronym.Display))
        {
            if (entry.AllNames.Any(name => profile.KeyBuilder.Build(name) == key)) return true;
        }

        return false;
    }

    /// <summary>
    /// A long form is a phrase of several words as written: a hyphenated compound is one word, so <c>les États-Unis (CAFTA)</c>
    /// (an acronym naming something else that follows a country) is not read as a definition.
    /// </summary>
    private static bool IsPhrase(string surface) => surface.AsSpan().Trim().ContainsAny(' ', '\u00A0', '\u202F');

    private static void AddDefinition(ref Dictionary<string, AnalyzedMention?>? definitions, string acronymKey, AnalyzedMention longForm, MentionGroups groups)
    {
        if (acronymKey.Length == 0) return;
        definitions ??= new Dictionary<string, AnalyzedMention?>(StringComparer.Ordinal);
        if (!definitions.TryGetValue(acronymKey, out var existing)) definitions[acronymKey] = longForm;
        else if (existing is not null && !ReferenceEquals(groups.GroupOf(existing.Index), groups.GroupOf(longForm.Index))) definitions[acronymKey] = null;
    }

    private static char NextNonSpace(string text, int from)
    {
        while (from < text.Length && char.IsWhiteSpace(text[from])) from++;
        return from < text.Length ? text[from] : '\0';
    }

    private static bool TryReadParenthesis(string text, int end, out string inside) => TryReadParenthesis(text, end, out inside, out _);

    /// <summary>Reads <c>( … )</c> right after <paramref name="end"/> (spaces allowed before the parenthesis).</summary>
    private static bool TryReadParenthesis(string text, int end, out string inside, out int insideStart)
    {
        inside = string.Empty;
        insideStart = -1;
        int i = end;
        while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
        if (i >= text.Length || text[i] != '(') return false;
        int close = text.IndexOf(')', i + 1, Math.Min(MaxParenthesisChars, text.Length - i - 1));
        if (close < 0) return false;
        insideStart = i + 1;
        while (insideStart < close && char.IsWhiteSpace(text[insideStart])) insideStart++;
        inside = text[insideStart..close].TrimEnd();
        return inside.Length > 0 && (inside.Length <= MaxAcronymChars || !MentionAnalyzer.LooksLikeAcronym(inside));
    }

    /// <summary>Displays up to this length have their initials read in stack buffers; longer ones (rare) in arrays.</summary>
    private const int StackDisplayChars = 128;

    private static void ApplyInitials(MentionGroups groups, AliasResolverProfile profile)
    {
        // Only groups with a long form (a non-acronym of two words or more) can be targets, and only groups without one can be
        // sources; a merge adds no long form to its target, so this index of initials → long-form groups stays valid throughout.
        // Merges never make a new source either, so only the initials equal to an acronym of a source are indexed.
        var live = groups.Live;
        // Merges here never change a label, and a long form only ever joins a source of its label: long forms of other labels
        // are not read (labels as bits; labels past 31 share one bit, which only indexes long forms that are never candidates).
        HashSet<string>? needed = null;
        uint sourceLabels = 0;
        Span<char> letters = stackalloc char[2 * StackDisplayChars];
        foreach (var group in live)
        {
            if (!IsSource(group)) continue;
            sourceLabels |= LabelBit(group.Label);
            foreach (var member in group.Members)
            {
                if (!member.IsAcronym) continue;
                needed ??= new HashSet<string>(StringComparer.Ordinal);
                needed.GetAlternateLookup<ReadOnlySpan<char>>().Add(AcronymLetters(member.Display, letters));
            }
        }

        if (needed is null || needed.Count == 0) return;
        var neededLookup = needed.GetAlternateLookup<ReadOnlySpan<char>>();
        var longFormsByInitials = new Dictionary<string, List<MentionGroup>>(StringComparer.Ordinal);
        Span<char> fold = stackalloc char[2 * StackDisplayChars];
        Span<char> initials = stackalloc char[2 * StackDisplayChars];
        foreach (var group in live)
        {
            if ((sourceLabels & LabelBit(group.Label)) == 0) continue;
            foreach (var member in group.Members)
            {
                if (member.IsAcronym || member.WordCount < 2) continue;
                int length = member.Display.Length;
                bool small = length <= StackDisplayChars;
                var foldSpace = small ? fold : new char[2 * length];
                var initialsSpace = small ? initials : new char[2 * length];
                var whole = initialsSpace[..length];
                var parts = initialsSpace[length..(2 * length)];
                ReadInitials(member.Display, profile, foldSpace, whole, parts, out int wholeLength, out int partsLength);
                AddOwner(whole[..wholeLength], group);
                if (partsLength != wholeLength) AddOwner(parts[..partsLength], group);

            }
        }

        if (longFormsByInitials.Count == 0) return;
        var ownersOf = longFormsByInitials.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var group in live)
        {
            if (!IsSource(group)) continue;

            // Merged when exactly one distinct group owns the initials of one of its acronyms (and fits). When that one group is
            // another organization than the acronym's table entry (le programme du CNR … le Conseil national de la Résistance,
            // while the table's CNR is the Compagnie nationale du Rhône), the document's own long form wins, as a definition does.
            MentionGroup? candidate = null;
            bool several = false, overridesTable = false;
            foreach (var member in group.Members)
            {
                if (!member.IsAcronym || !ownersOf.TryGetValue(AcronymLetters(member.Display, letters), out var owners)) continue;
                foreach (var other in owners)
                {
                    if (ReferenceEquals(other, group) || other.Label != group.Label || other.Members.Count == 0) continue;
                    if (candidate is null) (candidate, overridesTable) = (other, !group.IsCompatibleWith(other));
                    else if (!ReferenceEquals(candidate, other)) several = true;
                }

                if (several) break;
            }

            if (candidate is null || several) continue;
            if (overridesTable) groups.MergeDefinition(candidate, group);
            else groups.Merge(candidate, group);
        }

        void AddOwner(ReadOnlySpan<char> initials, MentionGroup group)
        {
            if (!neededLookup.TryGetValue(initials, out string? key)) return;
            if (!longFormsByInitials.TryGetValue(key, out var owners)) longFormsByInitials[key] = owners = [];
            if (owners.Count == 0 || !ReferenceEquals(owners[^1], group)) owners.Add(group);
        }
    }

    private static uint LabelBit(EntityLabel label) => (uint)label < 31 ? 1u << (int)label : 1u << 31;

    /// <summary>A group that may join a long form by initials: it has an acronym and no long form of its own.</summary>
    private static bool IsSource(MentionGroup group)
    {
        bool acronym = false;
        foreach (var member in group.Members)
        {
            if (member.IsAcronym) acronym = true;
            else if (member.WordCount >= 2) return false;
        }

        return acronym;
    }

    /// <summary>
    /// The letters of an acronym as compared with initials: folded, without spaces; written in <paramref name="buffer"/> (twice
    /// <see cref="StackDisplayChars"/> long) or, for a longer display, in a new array.
    /// </summary>
    private static ReadOnlySpan<char> AcronymLetters(string display, Span<char> buffer)
    {
        var destination = display.Length <= StackDisplayChars ? buffer : new char[2 * display.Length];
        int length = TextFolding.FoldInto(display, destination);
        int kept = 0;
        for (int i = 0; i < length; i++)
        {
            if (destination[i] != ' ') destination[kept++] = destination[i];
        }

        return destination[..kept];
    }

    /// <summary>
    /// Writes the initials of <paramref name="display"/> (as <see cref="Initials"/>) into <paramref name="whole"/> (a hyphenated
    /// word read as one word) and <paramref name="parts"/> (read as its parts), each at least as long as the display, folding
    /// each chunk into <paramref name="fold"/> (at least twice as long), without allocating.
    /// </summary>
    private static void ReadInitials(string display, AliasResolverProfile profile, Span<char> fold, Span<char> whole, Span<char> parts, out int wholeLength, out int partsLength)
    {
        wholeLength = 0;
        partsLength = 0;
        var rest = display.AsSpan();
        while (rest.Length > 0)
        {
            int separator = rest.IndexOfAny(ChunkSeparators);
            var chunk = separator < 0 ? rest : rest[..separator];
            rest = separator < 0 ? [] : rest[(separator + 1)..];
            if (chunk.IsEmpty) continue;
            ReadOnlySpan<char> folded = fold[..TextFolding.FoldInto(chunk, fold)];
            if (folded.IsEmpty || profile.IsConnector(folded)) continue;
            if (IsCapitalsWord(chunk))
            {
                // AS Monaco, RC Lens: an acronym inside a name gives all its letters (ASM, RCL).
                foreach (char c in folded)
                {
                    whole[wholeLength++] = c;
                    parts[partsLength++] = c;
                }

                continue;
            }

            whole[wholeLength++] = folded[0];
            while (true)
            {
                int space = folded.IndexOf(' ');
                var part = space < 0 ? folded : folded[..space];
                if (!profile.IsConnector(part)) parts[partsLength++] = part[0];
                if (space < 0) break;
                folded = folded[(space + 1)..];
            }
        }
    }

    /// <summary>Whether a chunk of a name is an acronym of 2 to 4 capital letters (<c>AS</c>, <c>RC</c>, <c>SNCF</c>), read letter by letter in initials.</summary>
    private static bool IsCapitalsWord(ReadOnlySpan<char> chunk)
    {
        if (chunk.Length is < 2 or > 4) return false;
        foreach (char c in chunk)
        {
            if (!char.IsUpper(c)) return false;
        }

        return true;
    }

    private static readonly System.Buffers.SearchValues<char> ChunkSeparators = System.Buffers.SearchValues.Create(" \u00A0\u202F'\u2019");

    /// <summary>The initials of the content words, with hyphenated words read as one word and as their parts.</summary>
    internal static IEnumerable<string> Initials(string display, AliasResolverProfile profile)
    {
        var whole = new System.Text.StringBuilder();
        var parts = new System.Text.StringBuilder();
        foreach (string chunk in display.Split([' ', '\u00A0', '\u202F', '\'', '\u2019'], StringSplitOptions.RemoveEmptyEntries))
        {
            string folded = TextFolding.Fold(chunk);
            if (folded.Length == 0 || profile.Connectors.Contains(folded)) continue;
            if (IsCapitalsWord(chunk))
            {
                whole.Append(folded);
                parts.Append(folded);
                continue;
            }

            whole.Append(folded[0]);
            foreach (string part in folded.Split(' '))
            {
                if (!profile.Connectors.Contains(part)) parts.Append(part[0]);
            }
        }

        yield return whole.ToString();
        if (parts.Length != whole.Length) yield return parts.ToString();
    }
}
