using Entities.Tokenization;

namespace Entities.French.Tokenization;

/// <summary>
/// Scans a number starting with an ASCII digit: digit groups separated by a space, U+00A0, U+202F or U+2009
/// (<c>12 000</c>, normalized <c>12000</c>; the first group has 1–3 digits and each further group exactly 3),
/// decimals (<c>3,5</c>, <c>1.5</c>, <c>1.000.000</c>), dates (<c>21/11/2026</c>, <c>2026-11-21</c>), times (<c>14h30</c>,
/// <c>14h</c>, <c>14:30</c>) and ordinals (<c>1er</c>, <c>2e</c>, <c>2ème</c>).
/// A range such as <c>2010-2020</c> is two numbers around a punctuation hyphen; <c>10%</c> and <c>8 h</c> are two tokens.
/// </summary>
internal static class NumberScanner
{
    /// <summary>Appends the number starting at <paramref name="start"/> and returns the index after it.</summary>
    public static int Scan(string text, int start, List<Token> tokens)
    {
        int i = Digits(text, start);
        int firstLength = i - start;
        bool grouped = false;

        if (firstLength == 4 && TryIsoDate(text, i, out int dateEnd))
        {
            tokens.Add(new Token(text, start, dateEnd - start, TokenKind.Number));
            return dateEnd;
        }

        if (firstLength <= 2 && TryTime(text, i, out int timeEnd))
        {
            tokens.Add(new Token(text, start, timeEnd - start, TokenKind.Number));
            return timeEnd;
        }

        if (firstLength <= 3)
        {
            while (i + 3 < text.Length && CharClasses.Is(text[i], CharClass.GroupSpace) && DigitCount(text, i + 1, 3) == 3
                   && !IsDigit(text, i + 4))
            {
                i += 4;
                grouped = true;
            }
        }

        bool plain = !grouped;
        // Dotted groups (1.000.000, 192.168.0.1) and one decimal part; a comma part ends the number (1,2,3 is not one number).
        while (i + 1 < text.Length && text[i] is '.' or ',' && IsDigit(text, i + 1))
        {
            bool comma = text[i] == ',';
            i = Digits(text, i + 1);
            plain = false;
            if (comma)
            {
                break;
            }
        }

        if (plain && i + 1 < text.Length && text[i] == '/' && IsDigit(text, i + 1))
        {
            i = Digits(text, i + 1);
            if (i + 1 < text.Length && text[i] == '/' && IsDigit(text, i + 1))
            {
                i = Digits(text, i + 1);
            }

            plain = false;
        }

        if (plain && i < text.Length && CharClasses.Is(text[i], CharClass.Letter))
        {
            int k = i;
            while (k < text.Length && CharClasses.Is(text[k], CharClass.Letter))
            {
                k++;
            }

            if (!CharClasses.IsWordCharAt(text, k) && Ordinals.IsSuffix(text.AsSpan(i, k - i)))
            {
                i = k;
            }
        }

        string? normalized = grouped ? TextNormalizer.Normalize(text.AsSpan(start, i - start), numberGroups: true) : null;
        tokens.Add(new Token(text, start, i - start, TokenKind.Number, normalized));
        return i;
    }

    private static bool TryIsoDate(string text, int i, out int end)
    {
        end = i + 6;
        return end <= text.Length && text[i] == '-' && DigitCount(text, i + 1, 2) == 2 && text[i + 3] == '-'
               && DigitCount(text, i + 4, 2) == 2 && !IsDigit(text, end);
    }

    private static bool TryTime(string text, int i, out int end)
    {
        end = i;
        if (i >= text.Length)
        {
            return false;
        }

        if (text[i] is 'h' or 'H')
        {
            if (DigitCount(text, i + 1, 2) == 2 && !IsDigit(text, i + 3))
            {
                end = i + 3;
                return true;
            }

            end = i + 1;
            return !CharClasses.IsWordCharAt(text, end);
        }

        if (text[i] == ':' && DigitCount(text, i + 1, 2) == 2 && !IsDigit(text, i + 3))
        {
            end = i + 3;
            if (end < text.Length && text[end] == ':' && DigitCount(text, end + 1, 2) == 2 && !IsDigit(text, end + 3))
            {
                end += 3;
            }

            return true;
        }

        return false;
    }

    private static bool IsDigit(string text, int i) => (uint)i < (uint)text.Length && char.IsAsciiDigit(text[i]);

    private static int Digits(string text, int i)
    {
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        return i;
    }

    private static int DigitCount(string text, int i, int max)
    {
        int n = 0;
        while (n < max && IsDigit(text, i + n))
        {
            n++;
        }

        return n;
    }
}
