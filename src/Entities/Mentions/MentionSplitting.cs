using Entities.Tokenization;

namespace Entities.Mentions;

/// <summary>The loop and helpers shared by the splitting refiners: a mention may become one or two mentions, in place.</summary>
internal static class MentionSplitting
{
    /// <summary>Decides the parts of mention <paramref name="index"/>: false to keep it; otherwise its first part and an optional second one.</summary>
    public delegate bool Splitter(int index, EntityMention mention, out EntityMention first, out EntityMention? second);

    /// <summary>
    /// Returns <paramref name="mentions"/> with every mention <paramref name="split"/> divides replaced by its parts, in order;
    /// <paramref name="mentions"/> itself when none is.
    /// </summary>
    public static IReadOnlyList<EntityMention> Apply(IReadOnlyList<EntityMention> mentions, Splitter split)
    {
        List<EntityMention>? refined = null;
        for (int i = 0; i < mentions.Count; i++)
        {
            var mention = mentions[i];
            if (!split(i, mention, out var first, out var second))
            {
                refined?.Add(mention);
                continue;
            }

            refined ??= [.. mentions.Take(i)];
            refined.Add(first);
            if (second is not null) refined.Add(second);
        }

        return refined is null ? mentions : refined;
    }

    /// <summary>The tokens <c>[first, end)</c> a mention covers; false when the mention does not start on a token.</summary>
    public static bool TryGetTokens(IReadOnlyList<Token> tokens, EntityMention mention, out int first, out int end)
    {
        first = TokenLookup.TokenStartingAt(tokens, mention.Start);
        end = first;
        if (first < 0) return false;
        while (end < tokens.Count && tokens[end].End <= mention.End) end++;
        return true;
    }

    /// <summary>A part <c>[start, end)</c> of a mention, with its text and the given label (the mention's score kept).</summary>
    public static EntityMention Part(string text, EntityMention mention, int start, int end, EntityLabel label) =>
        mention with { Start = start, End = end, Text = text[start..end], Label = label };
}
