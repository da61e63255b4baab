using System.Globalization;

namespace Entities;

/// <summary>
/// Cuts a document longer than <see cref="EntityExtractorOptions.MaxDocumentLength"/> into consecutive chunks, each processed on
/// its own by the tokenizer, sentence splitter and tagger. Every character belongs to exactly one chunk: nothing is dropped.
/// </summary>
/// <remarks>
/// A chunk ends, in order of preference, at the last paragraph break (two line breaks, U+2029, form feed), the last sentence end
/// (a terminator after a lower-case word, then a space), or the last line break within the second half of the allowed length;
/// otherwise at the last whitespace; otherwise (a run of text without any space) at the limit itself, moved back so that a
/// surrogate pair or a base character and its combining marks stay together.
/// </remarks>
internal static class DocumentChunks
{
    private const int MaxCombiningRun = 32;

    /// <summary>The chunks of <paramref name="text"/> as (start, length), in order; one chunk when the text is short enough.</summary>
    public static IEnumerable<(int Start, int Length)> Of(string text, int maxLength)
    {
        int start = 0;
        while (start < text.Length)
        {
            int end = text.Length - start <= maxLength ? text.Length : FindCut(text, start, start + maxLength);
            yield return (start, end - start);
            start = end;
        }
    }

    /// <summary>The end (exclusive) of the chunk starting at <paramref name="start"/>, at most <paramref name="limit"/>.</summary>
    internal static int FindCut(string text, int start, int limit)
    {
        int half = start + (limit - start) / 2;
        int cut = LastParagraphBreak(text, half, limit);
        if (cut < 0) cut = LastSentenceEnd(text, half, limit);
        if (cut < 0) cut = LastMatch(text, half, limit, c => c is '\n' or '\r' or '\u2028' or '\u0085');
        if (cut < 0) cut = LastMatch(text, start, limit, char.IsWhiteSpace);
        return cut > start ? cut : HardCut(text, start, limit);
    }

    private static int LastParagraphBreak(string text, int from, int limit)
    {
        for (int q = limit - 1; q >= from; q--)
        {
            char c = text[q];
            if (c is '\u2029' or '\f') return q + 1;
            if (c != '\n') continue;
            int p = q - 1;
            while (p >= from && text[p] is ' ' or '\t' or '\r' or '\u00A0') p--;
            if (p >= from && text[p] == '\n') return q + 1;
        }

        return -1;
    }

    private static int LastSentenceEnd(string text, int from, int limit)
    {
        for (int q = limit - 2; q >= Math.Max(from, 2); q--)
        {
            if (text[q] is '.' or '!' or '?' or '…' && char.IsWhiteSpace(text[q + 1]) && char.IsLower(text[q - 1]) && char.IsLetter(text[q - 2]))
            {
                return q + 1;
            }
        }

        return -1;
    }

    private static int LastMatch(string text, int from, int limit, Func<char, bool> predicate)
    {
        for (int q = limit - 1; q >= from; q--)
        {
            if (predicate(text[q])) return q + 1;
        }

        return -1;
    }

    private static int HardCut(string text, int start, int limit)
    {
        int cut = limit;
        for (int steps = 0; steps < MaxCombiningRun && cut - 1 > start && StaysWithPrevious(text, cut); steps++) cut--;
        return cut;
    }

    /// <summary>Whether the character at <paramref name="index"/> must not start a chunk: a low surrogate after a high one, a combining mark, a joiner.</summary>
    private static bool StaysWithPrevious(string text, int index)
    {
        char c = text[index];
        if (char.IsLowSurrogate(c)) return char.IsHighSurrogate(text[index - 1]);
        if (c is '\u200D' or '\uFE0F' or '\uFE0E') return true;
        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
    }
}
