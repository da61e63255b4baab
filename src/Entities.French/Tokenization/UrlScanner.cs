using System.Collections.Frozen;
using Entities.French.Data;

namespace Entities.French.Tokenization;

/// <summary>Recognizes web addresses (<c>https://…</c>, <c>www.…</c>, <c>exemple.fr</c>) and e-mail addresses.</summary>
internal static class UrlScanner
{
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TopLevelDomains =
        FrenchDataFiles.ReadEntries("top-level-domains.txt").ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>If an address with a scheme or <c>www.</c> starts at <paramref name="start"/>, returns its end; otherwise -1.</summary>
    public static int TryScanUrl(string text, int start)
    {
        ReadOnlySpan<char> rest = text.AsSpan(start);
        int prefix = rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ? 8
            : rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase) ? 7
            : rest.StartsWith("ftp://", StringComparison.OrdinalIgnoreCase) ? 6
            : rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? 4
            : 0;
        if (prefix == 0 || !CharClasses.IsWordCharAt(text, start + prefix))
        {
            return -1;
        }

        return ScanRest(text, start, start + prefix);
    }

    /// <summary>
    /// If a bare domain such as <c>exemple.fr</c> or <c>service-public.gouv.fr/page</c> starts at <paramref name="start"/>
    /// (ASCII labels, a known top-level domain last), returns its end; otherwise -1.
    /// </summary>
    public static int TryScanDomain(string text, int start)
    {
        int end = ScanDomain(text, start, requireKnownTld: true);
        if (end < 0)
        {
            return -1;
        }

        return end < text.Length && text[end] == '/' ? ScanRest(text, start, end) : end;
    }

    /// <summary>If an e-mail address starts at <paramref name="start"/>, returns its end; otherwise -1.</summary>
    public static int TryScanEmail(string text, int start)
    {
        int i = start;
        int limit = Math.Min(text.Length, start + MaxLocalPartLength + 1);
        while (i < limit && IsLocalPartChar(text[i]))
        {
            i++;
        }

        if (i == start || i >= text.Length || text[i] != '@' || text[start] == '.' || text[i - 1] == '.')
        {
            return -1;
        }

        return ScanDomain(text, i + 1, requireKnownTld: false);
    }

    // Bounds from RFC 5321/1035; they also keep rescans of long dotted runs (a.b.c.d…) linear.
    private const int MaxLocalPartLength = 64;
    private const int MaxDomainLength = 253;

    private static bool IsLocalPartChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '%' or '+' or '-';

    // Labels of ASCII letters/digits with inner hyphens, separated by periods; at least two labels; the last one alphabetic.
    private static int ScanDomain(string text, int start, bool requireKnownTld)
    {
        int i = start;
        int labels = 0;
        int lastLabelStart = start;
        int end = -1;
        int limit = Math.Min(text.Length, start + MaxDomainLength);
        while (i < limit)
        {
            int labelStart = i;
            while (i < limit && (char.IsAsciiLetterOrDigit(text[i]) || (text[i] == '-' && i > labelStart && i + 1 < text.Length && char.IsAsciiLetterOrDigit(text[i + 1]))))
            {
                i++;
            }

            if (i == labelStart)
            {
                break;
            }

            labels++;
            lastLabelStart = labelStart;
            end = i;
            if (i + 1 < text.Length && text[i] == '.' && char.IsAsciiLetterOrDigit(text[i + 1]))
            {
                i++;
                continue;
            }

            break;
        }

        if (labels < 2 || (end >= limit && limit < text.Length) || CharClasses.IsWordCharAt(text, end) || (end < text.Length && text[end] is '@' or '_'))
        {
            return -1;
        }

        ReadOnlySpan<char> tld = text.AsSpan(lastLabelStart, end - lastLabelStart);
        if (tld.Length < 2 || !char.IsAsciiLetter(tld[0]))
        {
            return -1;
        }

        return !requireKnownTld || TopLevelDomains.Contains(tld) ? end : -1;
    }

    // Everything up to whitespace or a quote, then trailing sentence punctuation and unbalanced closing brackets are given back.
    private static int ScanRest(string text, int start, int i)
    {
        int open = 0;
        while (i < text.Length)
        {
            char c = text[i];
            CharClass cls = CharClasses.Of(c);
            if ((cls & (CharClass.Space | CharClass.Ignorable)) != 0 || c is '"' or '<' or '>' or '«' or '»' or '“' or '”' or '…' or '\u2019' || char.IsSurrogate(c))
            {
                break;
            }

            i++;
        }

        int close = 0;
        for (int k = start; k < i; k++)
        {
            if (text[k] == '(')
            {
                open++;
            }
            else if (text[k] == ')')
            {
                close++;
            }
        }

        while (i > start)
        {
            char last = text[i - 1];
            if (last is '.' or ',' or ';' or ':' or '!' or '?' or '\'' or ']' or '}')
            {
                i--;
            }
            else if (last == ')')
            {
                if (close <= open)
                {
                    break;
                }

                close--;
                i--;
            }
            else
            {
                break;
            }
        }

        return i;
    }
}
