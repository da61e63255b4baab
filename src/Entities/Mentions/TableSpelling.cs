using Entities.Knowledge;

namespace Entities.Mentions;

/// <summary>
/// The spellings in which a text may give a name of the alias table, one rule for <see cref="TableNameTagger"/> and
/// <see cref="TableLabelRelabeler"/>: the typographic and the straight apostrophe are equal; accents may be missing on either
/// side (<c>Societe Generale</c>, <c>Citroen</c>, <c>Federation francaise</c>: text typed in plain ASCII, OCR that lost them);
/// and a word after the first, of <see cref="MinCapitalizedWordLength"/> letters or more, that the table writes in lower case
/// may be capitalized (<c>Haute Autorité de Santé</c> for <c>Haute Autorité de santé</c>: the press capitalizes names unevenly;
/// not the reverse, <c>la haute autorité</c> is no name). Small words and every other letter keep their case.
/// </summary>
internal static class TableSpelling
{
    /// <summary>The fewest letters of a word whose first letter's case may differ from the table's.</summary>
    public const int MinCapitalizedWordLength = 4;

    /// <summary>Whether <paramref name="word"/> spells the table's word <paramref name="tableWord"/>; <paramref name="firstWord"/>: it opens the name (its case must be the table's).</summary>
    public static bool SpellsWord(ReadOnlySpan<char> word, ReadOnlySpan<char> tableWord, bool firstWord)
    {
        if (word.Length != tableWord.Length) return false;
        bool anyCase = !firstWord && word.Length >= MinCapitalizedWordLength;
        for (int i = 0; i < word.Length; i++)
        {
            char a = Loose(word[i]), b = Loose(tableWord[i]);
            if (a == b || (i == 0 && anyCase && char.IsLower(b) && a == char.ToUpperInvariant(b))) continue;
            return false;
        }

        return true;
    }

    /// <summary>Whether <paramref name="text"/> spells the table's name <paramref name="name"/>, space-separated word by word (<see cref="SpellsWord"/>).</summary>
    public static bool Spells(ReadOnlySpan<char> text, ReadOnlySpan<char> name)
    {
        if (text.Length != name.Length) return false;
        int start = 0;
        for (int i = 0; i <= text.Length; i++)
        {
            bool textSpace = i == text.Length || text[i] == ' ';
            if (textSpace != (i == name.Length || name[i] == ' ')) return false;
            if (!textSpace) continue;
            if (!SpellsWord(text[start..i], name[start..i], firstWord: start == 0)) return false;
            start = i + 1;
        }

        return true;
    }

    /// <summary>
    /// The key under which <paramref name="name"/> is looked up (same length): straight apostrophes, no accents, the first letter
    /// of every space-separated word after the first of <see cref="MinCapitalizedWordLength"/> characters or more in upper case.
    /// A text that spells a name (<see cref="Spells"/>) has the name's key.
    /// </summary>
    public static string Key(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return string.Create(name.Length, name, static (destination, source) => WriteKey(source, destination));
    }

    /// <summary>Writes the <see cref="Key(string)"/> of <paramref name="name"/> to <paramref name="destination"/> (as long as the name).</summary>
    public static void WriteKey(ReadOnlySpan<char> name, Span<char> destination)
    {
        int wordStart = 0;
        for (int i = 0; i <= name.Length; i++)
        {
            if (i < name.Length && name[i] != ' ')
            {
                destination[i] = Loose(name[i]);
                continue;
            }

            if (wordStart > 0 && i - wordStart >= MinCapitalizedWordLength) destination[wordStart] = char.ToUpperInvariant(destination[wordStart]);
            if (i < name.Length) destination[i] = ' ';
            wordStart = i + 1;
        }
    }

    private static char Loose(char c) => c == '\u2019' ? '\'' : TextFolding.WithoutDiacritic(c);
}
