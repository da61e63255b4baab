using Entities.Knowledge;
using System.Collections.Frozen;
using Entities.Sentences;
using Entities.Tokenization;

namespace Entities.Mentions;

/// <summary>
/// Extends a mention the tagger cut short to the longest alias-table name that starts where the mention starts and
/// continues over the following tokens (<c>Organisation du traité de l'Atlantique</c> + <c>nord</c>, <c>Kim Jong</c> +
/// <c>Un</c>), or over the whole next mentions when the tagger cut the name into pieces (<c>Paris</c> + <c>Saint-Germain</c>;
/// <c>Socialiste</c>, <c>Écologiste</c> et <c>Républicain</c>, three at most).
/// Immutable and thread-safe.
/// </summary>
/// <remarks>
/// Precision first: the extended span must fold (case, diacritics, hyphens, apostrophes, transliteration — the table's
/// <see cref="AliasTable.KeyBuilder"/>) to exactly one of the table's names; it covers whole tokens only, never crosses a
/// sentence end, never ends inside the next mention (it reaches it only to take it in whole, when no name ends before it), and
/// never takes in punctuation other than apostrophes, hyphens and periods, or a comma, an ampersand or a dash that the table's
/// name has at the same place (<c>Rassemblement des démocrates, progressistes et indépendants</c>).
/// The mention keeps its label when the name has an entry of that label; otherwise it takes the name's label only when the
/// name has entries of a single label, and is left alone when the name is ambiguous.
/// </remarks>
public sealed class AliasTableSpanExtender : IMentionRefiner
{
    private readonly AliasTable table;
    private readonly FrozenSet<string> namePrefixes;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> namePrefixLookup;
    private readonly MatchKeySkeletonFilter? namePrefixFilter;
    private readonly int maxNameWords;

    /// <summary>Creates an extender over <paramref name="table"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is <see langword="null"/>.</exception>
    public AliasTableSpanExtender(AliasTable table)
        : this(table, skeletonFilter: true)
    {
    }

    /// <summary>Creates an extender over <paramref name="table"/>, with or without the pre-check of the keys (for tests: the same results either way).</summary>
    internal AliasTableSpanExtender(AliasTable table, bool skeletonFilter)
    {
        ArgumentNullException.ThrowIfNull(table);
        this.table = table;
        var prefixes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in table.Entries)
        {
            foreach (string name in entry.AllNames)
            {
                string[] words = table.KeyBuilder.BuildWords(name);
                maxNameWords = Math.Max(maxNameWords, words.Length);
                for (int count = 1; count <= words.Length; count++) prefixes.Add(string.Join(' ', words, 0, count));
            }
        }

        namePrefixes = prefixes.ToFrozenSet(StringComparer.Ordinal);
        namePrefixLookup = namePrefixes.GetAlternateLookup<ReadOnlySpan<char>>();
        if (skeletonFilter) namePrefixFilter = new MatchKeySkeletonFilter(table.KeyBuilder, namePrefixes);
    }

    /// <summary>The most characters between two mentions that one table name may take in together (<c>Corée</c> du <c>Nord</c>, <c>Écologiste</c> – Solidarité et <c>Territoires</c>).</summary>
    private const int MaxGapToNextMention = 24;

    /// <summary>The most mentions after the first that one table name may take in (<c>Socialiste</c>, <c>Écologiste</c> et <c>Républicain</c>).</summary>
    private const int MaxMentionsTakenIn = 3;

    /// <summary>The key buffers, reused from call to call (one call holds one at a time).</summary>
    private readonly Pooling.ScratchPool<CharBuffer> buffers = new();

    /// <inheritdoc />
    public IReadOnlyList<EntityMention> Refine(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, IReadOnlyList<EntityMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(mentions);
        List<EntityMention>? refined = null;
        var buffer = buffers.TryTake(out var pooled) ? pooled : new CharBuffer();
        var span = TokenLookup.AsSpan(tokens);
        var cursor = new TokenCursor(span, TokenLookup.AsSpan(sentences));
        Span<int> ends = stackalloc int[MaxMentionsTakenIn];   // the ends of the next mentions a name may take in
        for (int i = 0; i < mentions.Count; i++)
        {
            int limit = i + 1 < mentions.Count ? mentions[i + 1].Start : int.MaxValue;
            int prefix = 0;   // whether the mention's text begins a name of the table: 0 not known yet, 1 yes, -1 no
            if (TryExtend(text, span, sentences, ref cursor, mentions[i], limit, [], buffer, ref prefix, out var extended))
            {
                refined ??= [.. mentions.Take(i)];
                refined.Add(extended);
                continue;
            }

            // A name the tagger cut into pieces (Paris + Saint-Germain; Socialiste + Écologiste + Républicain): the table's name
            // takes in the next mentions whole, up to MaxMentionsTakenIn of them, each close to the one before.
            int reach = 0;
            while (reach < MaxMentionsTakenIn && i + reach + 1 < mentions.Count && mentions[i + reach + 1].Start - mentions[i + reach].End <= MaxGapToNextMention)
            {
                ends[reach] = mentions[i + reach + 1].End;
                reach++;
            }

            int beyond = i + reach + 1 < mentions.Count ? mentions[i + reach + 1].Start : int.MaxValue;
            if (reach > 0 && prefix >= 0 && TryExtend(text, span, sentences, ref cursor, mentions[i], beyond, ends[..reach], buffer, ref prefix, out extended))
            {
                refined ??= [.. mentions.Take(i)];
                refined.Add(extended);
                i += ends[..reach].IndexOf(extended.End) + 1;
                continue;
            }

            refined?.Add(mentions[i]);
        }

        buffers.Return(buffer); // (not returned when the call fails: the pool makes another)
        return refined ?? mentions;
    }

    /// <summary>
    /// Extends <paramref name="mention"/> to the longest name of the table that ends before <paramref name="nextMentionStart"/>,
    /// and at one of <paramref name="requiredEnds"/> when any are given (the ends of the next mentions it takes in whole).
    /// <paramref name="prefix"/> caches whether the mention's text begins a name (0 not known yet, 1 yes, -1 no) from one call to the next.
    /// </summary>
    private bool TryExtend(
        string text, ReadOnlySpan<Token> tokens, IReadOnlyList<Sentence> sentences, ref TokenCursor cursor, EntityMention mention, int nextMentionStart,
        scoped ReadOnlySpan<int> requiredEnds, CharBuffer buffer, ref int prefix, out EntityMention extended)
    {
        extended = mention;
        int first = cursor.TokenStartingAt(mention.Start);
        int sentence = first < 0 ? -1 : cursor.SentenceOfToken(first);
        if (sentence < 0) return false;
        int next = cursor.FirstTokenAtOrAfter(mention.End);
        int end = Math.Min(sentences[sentence].EndToken, next + 2 * maxNameWords);

        // The cheap tests of the first token the name would take in, before building any key: a mention followed by a period
        // or the sentence end cannot be extended.
        if (next >= end || !MayTakeIn(text, tokens, next, nextMentionStart)) return false;
        if (prefix == 0) prefix = IsNamePrefix(mention.Text, buffer) ? 1 : -1;
        if (prefix < 0) return false;
        int bestEnd = -1;
        EntityLabel bestLabel = mention.Label;
        for (int t = next; t < end; t++)
        {
            if (!MayTakeIn(text, tokens, t, nextMentionStart)) break;
            var token = tokens[t];
            var surface = text.AsSpan(mention.Start, token.End - mention.Start);
            if (namePrefixFilter is not null && !namePrefixFilter.MayMatch(surface, buffer)) break;
            var key = table.KeyBuilder.Build(surface, buffer);
            if (!namePrefixLookup.Contains(key)) break;
            // A bare hyphen or apostrophe may join two parts of a name but never ends one (`France -` is not a name).
            if (EndsName(text, token) && (requiredEnds.IsEmpty || requiredEnds.Contains(token.End)) && TryChooseLabel(table.GetEntriesByKey(key), mention.Label, out var label)
                && SamePunctuation(surface, table.GetEntriesByKey(key)))
            {
                bestEnd = token.End;
                bestLabel = label;
            }
        }

        if (bestEnd < 0) return false;
        extended = mention with { End = bestEnd, Text = text[mention.Start..bestEnd], Label = bestLabel };
        return true;
    }

    /// <summary>Whether the key of <paramref name="surface"/> begins some name of the table (the filter first: most surfaces are rejected before any key is built).</summary>
    private bool IsNamePrefix(ReadOnlySpan<char> surface, CharBuffer buffer) =>
        (namePrefixFilter is null || namePrefixFilter.MayMatch(surface, buffer)) && namePrefixLookup.Contains(table.KeyBuilder.Build(surface, buffer));

    /// <summary>Whether token <paramref name="t"/> (after the mention's first token) may continue the name: before the next mention, a name token, on the same line.</summary>
    private static bool MayTakeIn(string text, ReadOnlySpan<Token> tokens, int t, int nextMentionStart)
    {
        var token = tokens[t];
        return token.End <= nextMentionStart && IsNameToken(text, token) && IsInlineGap(text, tokens[t - 1].End, token.Start);
    }

    private static bool TryChooseLabel(IReadOnlyList<AliasEntry> entries, EntityLabel current, out EntityLabel label)
    {
        label = current;
        if (entries.Count == 0) return false;
        foreach (var entry in entries)
        {
            if (entry.Label == current) return true;
        }

        if (entries.Count > 1) return false;
        label = entries[0].Label;
        return true;
    }

    /// <summary>Whether a name may end with this token: it holds a letter or a digit.</summary>
    private static bool EndsName(string text, Token token)
    {
        foreach (char c in token.GetSpan(text))
            if (char.IsLetterOrDigit(c)) return true;
        return false;
    }

    /// <summary>
    /// Letters, digits, apostrophes, hyphens and periods, or one of the marks a table name may hold inside (<see
    /// cref="IsInnerMark"/>): no bracket, quote or other mark enters a name.
    /// </summary>
    private static bool IsNameToken(string text, Token token)
    {
        if (token.Length == 1 && IsInnerMark(text[token.Start])) return true;
        bool hasLetterOrDigit = false;
        foreach (char c in token.GetSpan(text))
        {
            if (char.IsLetterOrDigit(c)) hasLetterOrDigit = true;
            else if (c is not ('\'' or '\u2019' or '-' or '\u2010' or '\u2011' or '.')) return false;
        }

        return hasLetterOrDigit || token.Length == 1 && text[token.Start] is '\'' or '\u2019' or '-';
    }

    /// <summary>A comma, an ampersand or a dash: inside a name only where the table's name has it (<c>Horizons &amp; indépendants</c>).</summary>
    private static bool IsInnerMark(char c) => c is ',' or '&' or '\u2013' or '\u2014';

    /// <summary>
    /// Whether the inner marks of <paramref name="surface"/> (<see cref="IsInnerMark"/>), in order, are those of one of the
    /// names of <paramref name="entries"/>: the fold drops them, so <c>Paris, Lyon</c> must not match a name <c>Paris Lyon</c>. A
    /// surface without any matches as before (a mark left out: <c>Rassemblement des démocrates progressistes…</c>).
    /// </summary>
    private static bool SamePunctuation(ReadOnlySpan<char> surface, IReadOnlyList<AliasEntry> entries)
    {
        if (surface.IndexOfAny(",&\u2013\u2014") < 0) return true;
        foreach (var entry in entries)
        {
            foreach (string name in entry.AllNames)
            {
                if (SameMarks(surface, name)) return true;
            }
        }

        return false;

        static bool SameMarks(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
        {
            int i = 0, j = 0;
            while (true)
            {
                while (i < a.Length && !IsInnerMark(a[i])) i++;
                while (j < b.Length && !IsInnerMark(b[j])) j++;
                if (i == a.Length || j == b.Length) return i == a.Length && j == b.Length;
                if (a[i++] != b[j++]) return false;
            }
        }
    }

    /// <summary>Nothing or spaces between two tokens, but no line break.</summary>
    private static bool IsInlineGap(string text, int from, int to)
    {
        for (int i = from; i < to; i++)
        {
            if (!char.IsWhiteSpace(text[i]) || text[i] is '\n' or '\r' or '\u2028' or '\u2029') return false;
        }

        return true;
    }
}
