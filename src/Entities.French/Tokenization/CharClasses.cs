using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace Entities.French.Tokenization;

/// <summary>Classes of UTF-16 code units used by the tokenizer.</summary>
[Flags]
internal enum CharClass : ushort
{
    None = 0,

    /// <summary>Whitespace, line/paragraph separators and control characters: never inside a token.</summary>
    Space = 1 << 0,

    /// <summary>Zero-width and other invisible format characters (U+200B, U+200D, U+2060, U+FEFF, U+00AD, bidi marks…).</summary>
    Ignorable = 1 << 1,

    Letter = 1 << 2,
    Upper = 1 << 3,
    Lower = 1 << 4,

    /// <summary>Combining marks.</summary>
    Mark = 1 << 5,

    /// <summary>ASCII digits 0-9.</summary>
    Digit = 1 << 6,

    /// <summary>Other numeric characters (non-ASCII decimal digits, ², ½, Roman numeral characters).</summary>
    OtherNumber = 1 << 7,

    /// <summary>Apostrophe variants: ' ’ ʼ ´.</summary>
    Apostrophe = 1 << 8,

    /// <summary>Hyphen variants that join the parts of a compound word when letters or digits surround them: - ‐ ‑ ‒ –.</summary>
    Joiner = 1 << 9,

    Punctuation = 1 << 10,
    Symbol = 1 << 11,
    Surrogate = 1 << 12,

    /// <summary>A space allowed between the digit groups of a number: space, U+00A0, U+202F, U+2009.</summary>
    GroupSpace = 1 << 13,

    /// <summary>Any character that can be part of a word's letters.</summary>
    WordChar = Letter | Mark | Digit | OtherNumber,
}

/// <summary>A lookup table classifying every UTF-16 code unit, built once.</summary>
internal static class CharClasses
{
    private static readonly CharClass[] Table = Build();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static CharClass Of(char c) => Table[c];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Is(char c, CharClass cls) => (Table[c] & cls) != 0;

    /// <summary>Whether a letter, mark or number starts at <paramref name="index"/> (supplementary-plane letters included).</summary>
    public static bool IsWordCharAt(string text, int index) => WordCharLength(text, index) > 0;

    /// <summary>The number of code units (1 or 2) of the word character at <paramref name="index"/>, or 0 when there is none.</summary>
    public static int WordCharLength(string text, int index)
    {
        if ((uint)index >= (uint)text.Length)
        {
            return 0;
        }

        char c = text[index];
        CharClass cls = Table[c];
        if ((cls & CharClass.WordChar) != 0)
        {
            return 1;
        }

        return char.IsHighSurrogate(c) && IsSupplementaryWordChar(text, index) ? 2 : 0;
    }

    /// <summary>Whether a letter (BMP or supplementary) starts at <paramref name="index"/>.</summary>
    public static bool IsLetterAt(string text, int index)
    {
        if ((uint)index >= (uint)text.Length)
        {
            return false;
        }

        char c = text[index];
        if ((Table[c] & CharClass.Letter) != 0)
        {
            return true;
        }

        return char.IsHighSurrogate(c) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1])
            && Rune.IsLetter(new Rune(c, text[index + 1]));
    }

    /// <summary>Whether the surrogate pair at <paramref name="index"/> is a letter, mark or number.</summary>
    public static bool IsSupplementaryWordChar(string text, int index)
    {
        if (index + 1 >= text.Length || !char.IsLowSurrogate(text[index + 1]))
        {
            return false;
        }

        var rune = new Rune(text[index], text[index + 1]);
        return Rune.IsLetterOrDigit(rune) || Rune.IsNumber(rune) ||
               Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
    }

    private static CharClass[] Build()
    {
        var table = new CharClass[char.MaxValue + 1];
        for (int i = 0; i <= char.MaxValue; i++)
        {
            table[i] = Classify((char)i);
        }

        foreach (char c in "'\u2019\u02BC\u00B4")
        {
            table[c] = CharClass.Apostrophe | CharClass.Punctuation;
        }

        foreach (char c in "-\u2010\u2011\u2012\u2013")
        {
            table[c] = CharClass.Joiner | CharClass.Punctuation;
        }

        foreach (char c in "%\u2030\u2031\u00A7")
        {
            table[c] = CharClass.Symbol; // Unicode puts % ‰ ‱ § under punctuation; they behave as symbols.
        }

        foreach (char c in " \u00A0\u202F\u2009")
        {
            table[c] |= CharClass.GroupSpace;
        }

        return table;
    }

    private static CharClass Classify(char c)
    {
        if (c is >= '0' and <= '9')
        {
            return CharClass.Digit;
        }

        return CharUnicodeInfo.GetUnicodeCategory(c) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.TitlecaseLetter => CharClass.Letter | CharClass.Upper,
            UnicodeCategory.LowercaseLetter => CharClass.Letter | CharClass.Lower,
            UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter => CharClass.Letter,
            UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark => CharClass.Mark,
            UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => CharClass.OtherNumber,
            UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator => CharClass.Space,
            UnicodeCategory.Control => CharClass.Space,
            UnicodeCategory.Format => CharClass.Ignorable,
            UnicodeCategory.Surrogate => CharClass.Surrogate,
            UnicodeCategory.ConnectorPunctuation or UnicodeCategory.DashPunctuation or UnicodeCategory.OpenPunctuation
                or UnicodeCategory.ClosePunctuation or UnicodeCategory.InitialQuotePunctuation
                or UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.OtherPunctuation => CharClass.Punctuation,
            _ => CharClass.Symbol,
        };
    }
}
