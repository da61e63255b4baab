using System.Collections.Frozen;
using Entities.Sentences;
using Entities.Tokenization;

namespace Entities.Mentions;

/// <summary>
/// Makes people of every name a plural honorific lists (<c>MM. Bertoni, Micheli et Tissières déposent une motion</c>,
/// <c>Mmes Martin et Perrot</c>): the mention right after the honorific and each one chained to it by <c>, </c>, <c> et </c> or
/// <c>, et </c> become PER, whatever the tagger read (<c>Tissières</c> as a place). Spans never change. Immutable and thread-safe.
/// </summary>
public sealed class HonorificListRelabeler : IMentionRefiner
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> honorifics;

    /// <summary>Creates the relabeler over plural <paramref name="honorifics"/> (as written, final period optional: <c>MM.</c>, <c>Mmes</c>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="honorifics"/> is <see langword="null"/>.</exception>
    public HonorificListRelabeler(IEnumerable<string> honorifics)
    {
        ArgumentNullException.ThrowIfNull(honorifics);
        this.honorifics = honorifics.Select(h => h.TrimEnd('.')).Where(h => h.Length > 0).ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <inheritdoc />
    public IReadOnlyList<EntityMention> Refine(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, IReadOnlyList<EntityMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(mentions);
        List<EntityMention>? result = null;
        for (int i = 0; i < mentions.Count; i++)
        {
            if (!AfterHonorific(text, mentions[i].Start)) continue;
            for (int j = i; j < mentions.Count; j++)
            {
                if (j > i && !NameShape.IsListedWith(text, mentions[j - 1].End, mentions[j].Start)) break;
                if (mentions[j].Label != EntityLabel.Person) (result ??= [.. mentions])[j] = mentions[j] with { Label = EntityLabel.Person };
            }
        }

        return result ?? mentions;
    }

    /// <summary>Whether a plural honorific ends right before <paramref name="start"/> (one space, an optional period before it).</summary>
    private bool AfterHonorific(string text, int start)
    {
        if (start < 3 || text[start - 1] != ' ') return false;
        int end = start - 1;
        if (text[end - 1] == '.') end--;
        int begin = end;
        while (begin > 0 && char.IsLetter(text[begin - 1])) begin--;
        return begin < end && (begin == 0 || !char.IsLetterOrDigit(text[begin - 1])) && honorifics.Contains(text.AsSpan(begin, end - begin));
    }
}
