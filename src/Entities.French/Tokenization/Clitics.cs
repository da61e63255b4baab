using System.Collections.Frozen;
using Entities.French.Data;

namespace Entities.French.Tokenization;

/// <summary>Pronouns placed after a verb with a hyphen (<c>dit-elle</c>, <c>a-t-il</c>, <c>donne-le-moi</c>); table from <c>clitics.txt</c>.</summary>
internal static class Clitics
{
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Forms =
        FrenchDataFiles.ReadEntries("clitics.txt").ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether <paramref name="segment"/> (the text after a hyphen, without it) is a clitic pronoun.</summary>
    public static bool IsClitic(ReadOnlySpan<char> segment)
    {
        Span<char> key = stackalloc char[LookupKey.MaxLength];
        int n = LookupKey.Fold(segment, key);
        return n > 0 && Forms.Contains(key[..n]);
    }

    /// <summary>Whether <paramref name="segment"/> is the euphonic <c>t</c> of <c>a-t-il</c>.</summary>
    public static bool IsEuphonicT(ReadOnlySpan<char> segment) => segment is "t" or "T";

    /// <summary>
    /// Finds where a chain of hyphenated clitics ends the word <c>text[start..end)</c>.
    /// </summary>
    /// <returns>The index of the hyphen that starts the chain, or <paramref name="end"/> when the word has none.</returns>
    public static int FindChainStart(string text, int start, int end)
    {
        int chainStart = end;
        int segmentEnd = end;
        bool last = true;
        for (int k = end - 1; k > start; k--)
        {
            if (!CharClasses.Is(text[k], CharClass.Joiner))
            {
                continue;
            }

            ReadOnlySpan<char> segment = text.AsSpan(k + 1, segmentEnd - k - 1);
            if (segment.Length == 0 || !IsClitic(segment) || (last && IsEuphonicT(segment)) || !CaseAllowed(text, start, k, segment))
            {
                break;
            }

            chainStart = k;
            segmentEnd = k;
            last = false;
        }

        // The host must end with a letter and must not be left as a bare euphonic t.
        if (chainStart < end && (chainStart == start || !CharClasses.Is(text[chainStart - 1], CharClass.Letter)))
        {
            return end;
        }

        return chainStart;
    }

    // A capitalized pronoun after a lowercase host is a name part (Jean-Le…), not a clitic; DIT-IL in capitals is fine.
    private static bool CaseAllowed(string text, int start, int hyphen, ReadOnlySpan<char> segment) =>
        !CharClasses.Is(segment[0], CharClass.Upper) || (hyphen > start && CharClasses.Is(text[hyphen - 1], CharClass.Upper));
}
