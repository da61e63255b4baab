using Entities.Knowledge;
using Entities.Sentences;
using Entities.Tokenization;

namespace Entities.Mentions;

/// <summary>
/// Splits a mention the tagger ran over two names joined by <c>et</c> when the table knows each name and not the whole:
/// <c>le Rassemblement national et La France insoumise</c> read as one organization gives the two parties, each with the label
/// its table entry has (<c>Renault et Stellantis</c>, <c>la CGT et le Medef</c> read whole the same way). Immutable and
/// thread-safe.
/// </summary>
/// <remarks>
/// Precision first: only the first <c>et</c>, between two capitalized names (an article may stand before the second one:
/// <c>et le Medef</c>, left out of it), each part one name the table has under one label only, and the whole no name of the
/// table (<c>Arts et Métiers</c>, <c>Saint-Pierre-et-Miquelon</c>: a name of its own). When the tagger stopped inside the
/// second name (<c>Rassemblement national et La France</c> before <c>insoumise</c>), the table's longest name from there, up to
/// <see cref="MaxExtraWords"/> more words one space apart, is the second part. Both parts keep the mention's score.
/// </remarks>
public sealed class CoordinatedNameSplitter : IMentionRefiner
{
    /// <summary>The most words the second name may run past the mention's end.</summary>
    public const int MaxExtraWords = 2;

    private readonly AliasTable table;

    /// <summary>Creates a splitter over <paramref name="table"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is <see langword="null"/>.</exception>
    public CoordinatedNameSplitter(AliasTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        this.table = table;
    }

    /// <inheritdoc />
    public IReadOnlyList<EntityMention> Refine(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, IReadOnlyList<EntityMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(mentions);
        return MentionSplitting.Apply(mentions, (int i, EntityMention mention, out EntityMention first, out EntityMention? second) =>
        {
            first = mention;
            second = null;
            int limit = i + 1 < mentions.Count ? mentions[i + 1].Start : text.Length;
            return mention.Text.Contains(" et ", StringComparison.Ordinal) && TrySplit(text, tokens, mention, limit, out first, out second);
        });
    }

    /// <summary>Splits <paramref name="mention"/>; the second name may run past its end by a few words, never to <paramref name="limit"/> (the next mention).</summary>
    private bool TrySplit(string text, IReadOnlyList<Token> tokens, EntityMention mention, int limit, out EntityMention first, out EntityMention? second)
    {
        first = mention;
        second = null;
        if (!MentionSplitting.TryGetTokens(tokens, mention, out int start, out int end)) return false;
        for (int k = start + 1; k + 1 < end; k++)
        {
            if (tokens[k].GetSpan(text) is not "et") continue;
            int next = k + 1;
            if (next + 1 < end && IsArticle(tokens[next].GetSpan(text))) next++;
            if (!char.IsUpper(text[mention.Start]) || !char.IsUpper(text[tokens[next].Start])) return false;
            if (table.GetEntries(mention.Text).Count > 0) return false;
            if (!table.TryGetEntry(text[mention.Start..tokens[k - 1].End], out var leftEntry)) return false;

            // The second name as read, or with the words the tagger left out after it (Rassemblement national et La France|
            // insoumise): the longest the table knows, up to MaxExtraWords more words on the same line.
            int rightEnd = -1;
            AliasEntry? rightEntry = null;
            for (int last = end - 1; last < tokens.Count && last - (end - 1) <= MaxExtraWords && tokens[last].End <= limit; last++)
            {
                if (last >= end && (tokens[last].Kind != TokenKind.Word || tokens[last].Start != tokens[last - 1].End + 1 || text[tokens[last - 1].End] != ' ')) break;
                if (table.TryGetEntry(text[tokens[next].Start..tokens[last].End], out var entry)) (rightEnd, rightEntry) = (tokens[last].End, entry);
            }

            if (rightEntry is null) return false;
            first = MentionSplitting.Part(text, mention, mention.Start, tokens[k - 1].End, leftEntry.Label);
            second = MentionSplitting.Part(text, mention, tokens[next].Start, rightEnd, rightEntry.Label);
            return true;
        }

        return false;
    }

    private static bool IsArticle(ReadOnlySpan<char> word) => word is "le" or "la" or "les" or "l'" or "l\u2019";
}
