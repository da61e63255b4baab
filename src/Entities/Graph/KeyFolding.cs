using System.Globalization;
using System.Text;

namespace Entities.Graph;

/// <summary>
/// Folds a surface form into a matching key: case and diacritics folded (<c>é</c> → <c>e</c>, <c>œ</c> → <c>oe</c>),
/// hyphens and dashes as spaces, every apostrophe as <c>'</c>, whitespace (including U+00A0 and U+202F) collapsed to one
/// space and trimmed. Used by <see cref="EntityGraph.FindByAlias"/>; mirrors the alias resolver's folding.
/// </summary>
internal static class KeyFolding
{
    /// <summary>Returns the folded form of <paramref name="text"/>.</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        bool pendingSpace = false;
        foreach (char c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsWhiteSpace(c) || IsHyphen(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            AppendFolded(builder, c);
        }

        return builder.ToString();
    }

    private static void AppendFolded(StringBuilder builder, char c)
    {
        switch (c)
        {
            case '\u2019' or '\u2018' or '\u02BC' or '\u00B4' or '`' or '\u2032':
                builder.Append('\'');
                break;
            case 'œ' or 'Œ':
                builder.Append("oe");
                break;
            case 'æ' or 'Æ':
                builder.Append("ae");
                break;
            case 'ß':
                builder.Append("ss");
                break;
            default:
                builder.Append(StripDiacritic(char.ToLowerInvariant(c)));
                break;
        }
    }

    /// <summary>
    /// Maps a precomposed lower-case Latin letter (Latin-1 Supplement and Latin Extended-A) to its base letter. Needed because
    /// <see cref="string.Normalize(NormalizationForm)"/> leaves text unchanged when the process runs with invariant globalization.
    /// </summary>
    private static char StripDiacritic(char c) => c switch
    {
        (>= 'à' and <= 'å') or 'ā' or 'ă' or 'ą' => 'a',
        'ç' or 'ć' or 'ĉ' or 'ċ' or 'č' => 'c',
        'ď' or 'đ' => 'd',
        (>= 'è' and <= 'ë') or 'ē' or 'ĕ' or 'ė' or 'ę' or 'ě' => 'e',
        'ĝ' or 'ğ' or 'ġ' or 'ģ' => 'g',
        'ĥ' or 'ħ' => 'h',
        (>= 'ì' and <= 'ï') or 'ĩ' or 'ī' or 'ĭ' or 'į' or 'ı' => 'i',
        'ĵ' => 'j',
        'ķ' => 'k',
        'ĺ' or 'ļ' or 'ľ' or 'ŀ' or 'ł' => 'l',
        'ñ' or 'ń' or 'ņ' or 'ň' => 'n',
        (>= 'ò' and <= 'ö') or 'ø' or 'ō' or 'ŏ' or 'ő' => 'o',
        'ŕ' or 'ŗ' or 'ř' => 'r',
        'ś' or 'ŝ' or 'ş' or 'š' => 's',
        'ţ' or 'ť' or 'ŧ' => 't',
        (>= 'ù' and <= 'ü') or 'ũ' or 'ū' or 'ŭ' or 'ů' or 'ű' or 'ų' => 'u',
        'ŵ' => 'w',
        'ý' or 'ÿ' or 'ŷ' => 'y',
        'ź' or 'ż' or 'ž' => 'z',
        _ => c,
    };

    private static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212';
}
