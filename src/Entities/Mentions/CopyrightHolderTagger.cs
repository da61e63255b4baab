using Entities.Sentences;
using Entities.Tokenization;

namespace Entities.Mentions;

/// <summary>
/// Reads the holder named after a copyright sign on a web page as an organization: <c>© Le Courrier lémanique 2025</c>,
/// <c>© 2025 BasketZone. Tous droits réservés</c>, <c>Copyright Info Vivarais – Mentions légales</c>, where the tagger sees
/// nothing, a place or a piece of the name. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// Precision first: after <c>©</c> or <c>Copyright</c> (and a year, if one comes first), a name on the same line that starts
/// with a capitalized word (or a capitalized article and a capitalized word), of at most <see cref="MaxNameWords"/> words one
/// space apart, and ends at the line's end, at a year, or at a mark other than an apostrophe or a hyphen (<c>–</c>, <c>|</c>,
/// <c>.</c>). Rights notices are no holder (<c>Tous droits réservés</c>). A person the tagger read over exactly that name stays
/// a person (<c>© Jean Dupont</c>, a photographer); mentions inside the name are replaced, and one across its edge leaves it
/// alone. A new mention gets <see cref="Score"/>, or the best score of the mentions it replaces. The page's other occurrences of
/// exactly that name, over whole tokens, become the organization too (its title line, <c>Suivez BasketZone sur X</c>).
/// </remarks>
public sealed class CopyrightHolderTagger : IMentionRefiner
{
    /// <summary>The score of a name this layer adds.</summary>
    public const double Score = 0.8;

    /// <summary>The most words of a holder's name.</summary>
    public const int MaxNameWords = 5;

    /// <summary>The one instance (the layer has no settings).</summary>
    public static CopyrightHolderTagger Instance { get; } = new();

    private CopyrightHolderTagger()
    {
    }

    /// <inheritdoc />
    public IReadOnlyList<EntityMention> Refine(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, IReadOnlyList<EntityMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(mentions);
        if (!text.Contains('©', StringComparison.Ordinal) && !text.Contains("opyright", StringComparison.Ordinal)) return mentions;
        List<EntityMention>? result = null;
        HashSet<string>? holders = null;
        for (int t = 0; t + 1 < tokens.Count; t++)
        {
            if (tokens[t].GetSpan(text) is not ("©" or "Copyright" or "copyright")) continue;
            int first = t + 1;
            if (IsYear(text, tokens[first]) && OnOneLine(text, tokens, t) && first + 1 < tokens.Count) first++;
            if (!OnOneLine(text, tokens, first - 1) || NameEnd(text, tokens, first) is not (>= 0 and var last)) continue;
            int start = tokens[first].Start, end = tokens[last].End;
            var current = result ?? mentions;
            if (MentionLookup.StartingAt(current, start) is { Label: EntityLabel.Person } person && person.End == end) continue;
            result = MentionInsertion.Over(result ?? [.. mentions], text, start, end, EntityLabel.Organization, Score);
            if (MentionLookup.StartingAt(result, start) is { Label: EntityLabel.Organization } holder && holder.End == end) (holders ??= new(StringComparer.Ordinal)).Add(holder.Text);
            t = last;
        }

        if (holders is null) return result ?? mentions;

        // The page names its holder elsewhere too (its title line, `Suivez BasketZone sur…`): each other occurrence of exactly
        // that name over whole tokens is the organization.
        foreach (string name in holders)
        {
            for (int at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + name.Length, StringComparison.Ordinal))
            {
                int first = TokenLookup.TokenStartingAt(tokens, at);
                if (first < 0 || TokenLookup.TokenEndingAt(tokens, first, at + name.Length) < 0) continue;
                result = MentionInsertion.Over(result!, text, at, at + name.Length, EntityLabel.Organization, Score);
            }
        }

        return result!;
    }

    /// <summary>The last token of the holder's name that starts at token <paramref name="first"/>, or -1 when none is there.</summary>
    private static int NameEnd(string text, IReadOnlyList<Token> tokens, int first)
    {
        int t = first;
        if (NameShape.IsCapitalizedArticle(tokens[t].GetSpan(text)))
        {
            if (t + 1 >= tokens.Count || !OnOneLine(text, tokens, t)) return -1;
            t++;
        }

        if (!IsWord(tokens[t]) || !char.IsUpper(text[tokens[t].Start])) return -1;
        int words = 1;
        while (t + 1 < tokens.Count && OnOneLine(text, tokens, t))
        {
            // An ampersand joins two words (`Pixel & Code`).
            int next = tokens[t + 1].GetSpan(text) is "&" && t + 2 < tokens.Count && OnOneLine(text, tokens, t + 1) ? t + 2 : t + 1;
            if (!IsWord(tokens[next]) || IsYear(text, tokens[next])) break;
            if (++words > MaxNameWords) return -1;
            t = next;
            if (IsRightsWord(tokens[t].GetSpan(text))) return -1;
        }

        if (IsRightsWord(tokens[first].GetSpan(text)) || IsRightsWord(tokens[t].GetSpan(text))) return -1;
        if (char.IsLower(text[tokens[t].Start]) && tokens[t].Length <= 3) return -1;   // never ends on de, et, la
        if (t + 1 >= tokens.Count || !OnOneLine(text, tokens, t)) return t;
        var after = tokens[t + 1].GetSpan(text);
        return IsYear(text, tokens[t + 1]) || (after.Length == 1 && after[0] is not ('\'' or '\u2019' or '-') && !char.IsLetterOrDigit(after[0])) ? t : -1;
    }

    /// <summary>A word token (letters, perhaps with apostrophes, hyphens or an ampersand between them): not a mark or a number.</summary>
    private static bool IsWord(Token token) => token.Kind == TokenKind.Word;

    /// <summary>Whether tokens <paramref name="t"/> and <paramref name="t"/> + 1 stand on one line.</summary>
    private static bool OnOneLine(string text, IReadOnlyList<Token> tokens, int t) =>
        !NameShape.HasLineBreak(text, tokens[t].End, tokens[t + 1].Start);

    /// <summary>A year of four digits (<c>2025</c>), or a span of years (<c>2010-2025</c>).</summary>
    private static bool IsYear(string text, Token token)
    {
        var s = token.GetSpan(text);
        return s.Length >= 4 && char.IsAsciiDigit(s[0]) && char.IsAsciiDigit(s[3]) && s.Length <= 9;
    }

    /// <summary>Words of a rights notice, never of a holder (<c>Tous droits réservés</c>, <c>All rights reserved</c>).</summary>
    private static bool IsRightsWord(ReadOnlySpan<char> word) =>
        word.Equals("droits", StringComparison.OrdinalIgnoreCase) || word.Equals("réservés", StringComparison.OrdinalIgnoreCase)
        || word.Equals("rights", StringComparison.OrdinalIgnoreCase) || word.Equals("reserved", StringComparison.OrdinalIgnoreCase)
        || word.Equals("tous", StringComparison.OrdinalIgnoreCase) || word.Equals("all", StringComparison.OrdinalIgnoreCase);
}
