namespace Entities.French.Tokenization;

/// <summary>
/// Finds the extent of a symbol or emoji: one grapheme-like unit (a base, or a surrogate pair, with its variation selectors,
/// combining marks, skin-tone modifiers, tag characters and zero-width-joiner sequences; two regional indicators form a flag).
/// A lone surrogate is a unit of its own.
/// </summary>
internal static class SymbolScanner
{
    /// <summary>Returns the index after the symbol starting at <paramref name="start"/>.</summary>
    public static int Scan(string text, int start)
    {
        int i = start + BaseLength(text, start);
        if (i == start + 1 && char.IsSurrogate(text[start]))
        {
            return i;
        }

        if (IsRegionalIndicator(text, start) && IsRegionalIndicator(text, i))
        {
            i += 2;
        }

        while (i < text.Length)
        {
            char c = text[i];
            if (c is >= '\uFE00' and <= '\uFE0F' || (c < '\uD800' && CharClasses.Is(c, CharClass.Mark)))
            {
                i++;
            }
            else if (c == '\uD83C' && i + 1 < text.Length && text[i + 1] is >= '\uDFFB' and <= '\uDFFF')
            {
                i += 2; // skin tone
            }
            else if (c == '\uDB40' && i + 1 < text.Length && text[i + 1] is >= '\uDC20' and <= '\uDC7F')
            {
                i += 2; // tag characters (subdivision flags)
            }
            else if (c == '\u200D' && i + 1 < text.Length && IsSymbolBase(text, i + 1))
            {
                i += 1 + BaseLength(text, i + 1);
            }
            else
            {
                break;
            }
        }

        return i;
    }

    private static int BaseLength(string text, int i) =>
        char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;

    private static bool IsSymbolBase(string text, int i)
    {
        char c = text[i];
        if (char.IsHighSurrogate(c))
        {
            return BaseLength(text, i) == 2 && !CharClasses.IsSupplementaryWordChar(text, i);
        }

        return CharClasses.Is(c, CharClass.Symbol);
    }

    private static bool IsRegionalIndicator(string text, int i) =>
        i + 1 < text.Length && text[i] == '\uD83C' && text[i + 1] is >= '\uDDE6' and <= '\uDDFF';
}
