using Entities.Knowledge;
using Entities.Sentences;
using Entities.Tokenization;

namespace Entities.Mentions;

/// <summary>
/// Tags a heading line written in capitals that is, whole or up to a separator set apart by spaces, an organization of the
/// alias table: the assembly above a debate's transcript (<c>SÉNAT</c>, <c>ASSEMBLÉE NATIONALE</c>, <c>PARLEMENT EUROPÉEN –
/// Débats</c>, <c>SÉNAT – SÉANCE DU 6 NOVEMBRE</c>). The line becomes one organization
/// mention with the score <see cref="TableNameTagger.Score"/>, in place of whatever the tagger read there. Immutable and
/// thread-safe.
/// </summary>
/// <remarks>
/// Precision first: the line must hold nothing but the name (blanks around it) before its end or a separator (<c> – </c>,
/// <c> — </c>, <c> - </c>, <c> : </c>), every letter of the name a capital, and every
/// entry of the table whose name folds like it must be an organization. A headline in capitals that merely contains a name
/// (<c>LE SÉNAT VOTE LA LOI</c>) is left to the other rules. Only lines that open a sentence with a word in capitals are read,
/// so a document costs one test per sentence, and a line is read up to <see cref="MaxLineLength"/> characters.
/// </remarks>
public sealed class CapitalsHeadingTagger : IMentionRefiner
{
    /// <summary>The longest heading line read, in characters.</summary>
    public const int MaxLineLength = 80;

    private readonly AliasTable table;

    /// <summary>Creates the tagger over the organizations of <paramref name="table"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is <see langword="null"/>.</exception>
    public CapitalsHeadingTagger(AliasTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        this.table = table;
    }

    /// <inheritdoc />
    public IReadOnlyList<EntityMention> Refine(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, IReadOnlyList<EntityMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(mentions);
        var span = TokenLookup.AsSpan(tokens);
        List<(int Start, int End)>? headings = null;
        foreach (var sentence in TokenLookup.AsSpan(sentences))
        {
            if (sentence.FirstToken >= sentence.EndToken || !Capitals.IsCapitalsWord(text, span, sentence.FirstToken)) continue;
            if (HeadingAt(text, span[sentence.FirstToken].Start) is { } heading && (headings is null || headings[^1].Start != heading.Start))
                (headings ??= []).Add(heading);
        }

        if (headings is null) return mentions;
        var kept = new List<EntityMention>(mentions.Count);
        var added = new List<EntityMention>(headings.Count);
        foreach (var (start, end) in headings) added.Add(new EntityMention(start, end, text[start..end], EntityLabel.Organization, TableNameTagger.Score, null));
        foreach (var mention in mentions)
        {
            if (!headings.Exists(h => mention.Start < h.End && h.Start < mention.End)) kept.Add(mention);
        }

        return SortedMentions.Merge(kept, added);
    }

    /// <summary>The span of the line that starts at <paramref name="start"/> when it is, whole, an organization of the table in capitals.</summary>
    private (int Start, int End)? HeadingAt(string text, int start)
    {
        // Both scans stop after MaxLineLength characters, so a long line costs no more than a short one.
        for (int lineStart = start; lineStart > 0 && text[lineStart - 1] is not ('\n' or '\r'); lineStart--)
        {
            if (!char.IsWhiteSpace(text[lineStart - 1]) || start - lineStart >= MaxLineLength) return null;
        }

        int room = Math.Min(text.Length - start, MaxLineLength + 1);
        var window = text.AsSpan(start, room);
        int lineEnd = window.IndexOfAny('\n', '\r');
        int separator = SeparatorIn(lineEnd < 0 ? window : window[..lineEnd]);
        if (separator < 0 && lineEnd < 0 && room > MaxLineLength) return null;
        int end = start + (separator >= 0 ? separator : lineEnd < 0 ? room : lineEnd);
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (end - start > MaxLineLength || !Capitals.IsCapitalsWord(text.AsSpan(start, end - start))) return null;
        return table.TryGetEntry(text[start..end], out var entry) && entry.Label == EntityLabel.Organization ? (start, end) : null;
    }

    /// <summary>Where the first separator set apart by spaces (<c> – </c>, <c> — </c>, <c> - </c>, <c> : </c>) stands in <paramref name="line"/>, or -1.</summary>
    private static int SeparatorIn(ReadOnlySpan<char> line)
    {
        for (int i = 1; i + 1 < line.Length; i++)
        {
            if (line[i] is '\u2013' or '\u2014' or '-' or ':' && line[i - 1] == ' ' && line[i + 1] == ' ') return i - 1;
        }

        return -1;
    }
}
