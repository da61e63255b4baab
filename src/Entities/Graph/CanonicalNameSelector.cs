namespace Entities.Graph;

/// <summary>
/// Chooses a node's canonical name among its aliases: the <em>longest well-formed, most frequent full form</em>.
/// Candidates are ranked by, in order: well-formed first; ordinary case before a capitals-only copy of the same name; full forms (two words or more) before single words;
/// more mentions first; more words first; more characters first; ordinal order. The ranking depends only on the alias
/// counts, never on merge order, so the same documents give the same name in any order.
/// </summary>
public static class CanonicalNameSelector
{
    /// <summary>Returns the canonical name among <paramref name="aliases"/> (alias → mention count), or <paramref name="fallback"/> when there is none.</summary>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static string Select(IReadOnlyDictionary<string, int> aliases, string fallback)
    {
        ArgumentNullException.ThrowIfNull(aliases);
        ArgumentNullException.ThrowIfNull(fallback);
        // The mixed-case forms only matter for shouted aliases (all capitals, five letters or more): skip them when there is none.
        HashSet<string>? mixedCase = null;
        bool anyShoutable = false;
        foreach (string alias in aliases.Keys)
        {
            if (IsAllCapitals(alias) && CountLetters(alias) >= 5) { anyShoutable = true; break; }
        }

        if (anyShoutable)
        {
            foreach (string alias in aliases.Keys)
            {
                if (!IsAllCapitals(alias)) (mixedCase ??= new(StringComparer.OrdinalIgnoreCase)).Add(alias);
            }
        }

        string? best = null;
        int bestCount = 0;
        foreach (var (alias, count) in aliases)
        {
            if (best is null || Compare(alias, count, best, bestCount, mixedCase) < 0)
            {
                best = alias;
                bestCount = count;
            }
        }

        return best ?? fallback;
    }

    /// <summary>Negative when <paramref name="a"/> ranks before <paramref name="b"/>.</summary>
    private static int Compare(string a, int countA, string b, int countB, HashSet<string>? mixedCase)
    {
        int c = IsWellFormed(b).CompareTo(IsWellFormed(a));
        if (c != 0) return c;
        c = IsShouted(a, mixedCase).CompareTo(IsShouted(b, mixedCase));
        if (c != 0) return c;
        int wordsA = WordCount(a), wordsB = WordCount(b);
        c = (wordsB >= 2).CompareTo(wordsA >= 2);
        if (c != 0) return c;
        c = countB.CompareTo(countA);
        if (c != 0) return c;
        c = wordsB.CompareTo(wordsA);
        if (c != 0) return c;
        c = b.Length.CompareTo(a.Length);
        return c != 0 ? c : string.CompareOrdinal(a, b);
    }

    /// <summary>
    /// A form written in capitals (<c>BRUXELLES</c> in a dateline) when the same name also occurs in ordinary case
    /// (<c>Bruxelles</c>): the ordinary form is preferred for display. Forms of up to four letters are taken for acronyms
    /// (<c>OTAN</c> beside <c>Otan</c>) and keep their capitals.
    /// </summary>
    private static bool IsShouted(string name, HashSet<string>? mixedCase) =>
        mixedCase is not null && IsAllCapitals(name) && CountLetters(name) >= 5 && mixedCase.Contains(name);

    private static int CountLetters(string name)
    {
        int letters = 0;
        foreach (char c in name) if (char.IsLetter(c)) letters++;
        return letters;
    }

    private static bool IsAllCapitals(string name)
    {
        bool letter = false;
        foreach (char c in name)
        {
            if (!char.IsLetter(c)) continue;
            if (!char.IsUpper(c)) return false;
            letter = true;
        }

        return letter;
    }

    /// <summary>
    /// A well-formed name starts with a letter or digit, ends with a letter, digit, <c>.</c> or <c>)</c>, contains an
    /// upper-case letter or a digit, has balanced parentheses and no line break.
    /// </summary>
    internal static bool IsWellFormed(string name)
    {
        if (name.Length == 0 || !char.IsLetterOrDigit(name[0]))
        {
            return false;
        }

        char last = name[^1];
        if (!char.IsLetterOrDigit(last) && last is not '.' and not ')')
        {
            return false;
        }

        int depth = 0;
        bool hasUpperOrDigit = false;
        foreach (char c in name)
        {
            if (c is '\n' or '\r') return false;
            if (c == '(') depth++;
            if (c == ')' && --depth < 0) return false;
            hasUpperOrDigit |= char.IsUpper(c) || char.IsDigit(c);
        }

        return depth == 0 && hasUpperOrDigit;
    }

    private static int WordCount(string name)
    {
        int words = 0;
        bool inWord = false;
        foreach (char c in name)
        {
            bool separator = char.IsWhiteSpace(c);
            if (!separator && !inWord) words++;
            inWord = !separator;
        }

        return words;
    }
}
