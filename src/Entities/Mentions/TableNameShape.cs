namespace Entities.Mentions;

/// <summary>When a name of the alias table, found spelled exactly in the text, is trusted enough to become a mention.</summary>
internal enum TableNameShape
{
    /// <summary>Never: a name of lower-case words only, or a lower-case word that is also a common word of the table's names.</summary>
    Never,

    /// <summary>Anywhere: several words with a capitalized one (<c>Cour des comptes</c>), or one word with an internal capital or a digit (<c>TotalEnergies</c>, <c>G20</c>).</summary>
    Anywhere,

    /// <summary>Only away from the start of a sentence, where any word may be capitalized: one plain word (<c>Matignon</c>, <c>franceinfo</c>).</summary>
    NotSentenceInitial,
}

/// <summary>Classifies the names of the alias table (already split into tokens) into <see cref="TableNameShape"/>.</summary>
internal static class TableNameShapes
{
    /// <summary>The shortest lower-case one-word name trusted at all (shorter ones are too often ordinary words).</summary>
    private const int MinLowerCaseLetters = 4;

    /// <summary>The shape of a name.</summary>
    /// <param name="tokens">The name's tokens.</param>
    /// <param name="commonWords">Lower-case forms of the words inside the table's multi-word names (<c>gendarmerie</c> of <c>Gendarmerie nationale</c>): a lower-case one-word name among them is a common noun, not a brand.</param>
    public static TableNameShape Of(IReadOnlyList<string> tokens, IReadOnlySet<string> commonWords)
    {
        int words = 0;
        bool capitalized = false;
        string? word = null;
        foreach (string token in tokens)
        {
            if (!HasLetterOrDigit(token)) continue;
            words++;
            word = token;
            if (char.IsUpper(token[0])) capitalized = true;
        }

        if (word is null) return TableNameShape.Never;
        if (words >= 2) return capitalized ? TableNameShape.Anywhere : TableNameShape.Never;
        if (HasInternalCapitalOrDigit(word)) return TableNameShape.Anywhere;
        if (capitalized) return TableNameShape.NotSentenceInitial;
        return word.Length >= MinLowerCaseLetters && !commonWords.Contains(word) ? TableNameShape.NotSentenceInitial : TableNameShape.Never;
    }

    /// <summary>Whether <paramref name="token"/> has a letter or a digit (a word rather than punctuation).</summary>
    public static bool HasLetterOrDigit(ReadOnlySpan<char> token)
    {
        foreach (char c in token)
        {
            if (char.IsLetterOrDigit(c)) return true;
        }

        return false;
    }

    private static bool HasInternalCapitalOrDigit(string word)
    {
        for (int i = 0; i < word.Length; i++)
        {
            if (char.IsDigit(word[i]) || i > 0 && char.IsUpper(word[i])) return true;
        }

        return false;
    }
}
