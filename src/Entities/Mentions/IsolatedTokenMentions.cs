using Entities.Tokenization;

namespace Entities.Mentions;

/// <summary>
/// The walk shared by the refiners that add one-token mentions (acronyms): visits the tokens no mention covers and that do
/// not stand next to another all-capitals word (a headline or a shouted phrase), and adds the mention a rule proposes for each.
/// </summary>
internal static class IsolatedTokenMentions
{
    /// <summary>Returns <paramref name="mentions"/> plus the proposed ones, sorted by start; <paramref name="mentions"/> itself when none is proposed.</summary>
    /// <param name="text">The document (or chunk) the tokens index.</param>
    /// <param name="tokens">Its tokens.</param>
    /// <param name="mentions">Its mentions so far, sorted by start.</param>
    /// <param name="filter">
    /// When given, only the tokens whose surface it may contain are proposed: <paramref name="propose"/> must return
    /// <see langword="null"/> for every other token (it holds the surfaces <paramref name="propose"/> can accept).
    /// </param>
    /// <param name="propose">Given a token index, the mention to add over that token, or <see langword="null"/>; must have no side effect (it may be asked about tokens that are then skipped).</param>
    /// <remarks>The rule is a struct, so that a refiner's call makes no delegate and no closure.</remarks>
    public static IReadOnlyList<EntityMention> Add<TRule>(string text, IReadOnlyList<Token> tokens, IReadOnlyList<EntityMention> mentions, SurfaceFilter? filter, TRule propose)
        where TRule : struct, IRule
    {
        List<EntityMention>? added = null;
        var span = TokenLookup.AsSpan(tokens);
        int nextMention = 0;
        int nextMentionStart = mentions.Count > 0 ? mentions[0].Start : int.MaxValue;
        for (int t = 0; t < span.Length; t++)
        {
            if (filter is not null && (t = filter.FirstMayContain(text, span, t, span.Length)) == span.Length) break;
            var token = span[t];

            // Mentions are sorted and do not overlap: skip those that end before this token; the next one covers it when it starts before its end.
            if (nextMentionStart < token.End)
            {
                while (nextMention < mentions.Count && mentions[nextMention].End <= token.Start) nextMention++;
                nextMentionStart = nextMention < mentions.Count ? mentions[nextMention].Start : int.MaxValue;
                if (nextMentionStart < token.End) continue;
            }

            // The rule first: it rejects almost every token at once, before the neighbors are read (it has no side effect).
            if (propose.Propose(t) is not { } mention || Capitals.IsCapitalsWord(text, span, t - 1) || Capitals.IsCapitalsWord(text, span, t + 1)) continue;
            (added ??= []).Add(mention);
        }

        return added is null ? mentions : SortedMentions.Merge(mentions, added);
    }

    /// <summary>The mention a refiner adds over a token.</summary>
    public interface IRule
    {
        /// <summary>Given a token index, the mention to add over that token, or <see langword="null"/> (no side effect).</summary>
        EntityMention? Propose(int token);
    }
}
