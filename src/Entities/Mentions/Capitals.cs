using Entities.Tokenization;

namespace Entities.Mentions;

/// <summary>Tests for words written entirely in capitals (acronyms, datelines, headlines), shared by the mention refiners.</summary>
internal static class Capitals
{
    /// <summary>Whether every letter of <paramref name="text"/> is a capital and it has at least two letters (<c>NIS</c>, <c>VILNIUS</c>; <c>G7</c> has a single letter and does not count).</summary>
    public static bool IsCapitalsWord(ReadOnlySpan<char> text)
    {
        int letters = 0;
        foreach (char c in text)
        {
            if (!char.IsLetter(c)) continue;
            if (!char.IsUpper(c)) return false;
            letters++;
        }

        return letters >= 2;
    }

    /// <summary>Whether token <paramref name="index"/> exists and <see cref="IsCapitalsWord(ReadOnlySpan{char})"/> holds for it.</summary>
    public static bool IsCapitalsWord(string text, IReadOnlyList<Token> tokens, int index) =>
        index >= 0 && index < tokens.Count && IsCapitalsWord(tokens[index].GetSpan(text));

    /// <summary>Whether token <paramref name="index"/> exists and <see cref="IsCapitalsWord(ReadOnlySpan{char})"/> holds for it.</summary>
    public static bool IsCapitalsWord(string text, ReadOnlySpan<Token> tokens, int index) =>
        index >= 0 && index < tokens.Length && IsCapitalsWord(tokens[index].GetSpan(text));
}
