using Entities.Sentences;
using Entities.Tokenization;

namespace Entities.Mentions;

/// <summary>
/// One sense per document for acronyms: when the tagger labels an all-capitals token (<c>NIS</c> right after its long form),
/// its other occurrences in the document that the tagger left out (<c>D'après le NIS</c>) become mentions with the same
/// label and score. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// Precision first: only single tokens of at least two letters, all capitals, compared exactly (ordinal); a token tagged
/// with different labels in the document is left alone; an occurrence next to another all-capitals word (a headline or a
/// shouted phrase) is not added; existing mentions are never changed.
/// </remarks>
public sealed class AcronymRecurrenceRefiner : IMentionRefiner
{
    /// <summary>The shared instance (the refiner has no state).</summary>
    public static AcronymRecurrenceRefiner Instance { get; } = new();

    /// <inheritdoc />
    public IReadOnlyList<EntityMention> Refine(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, IReadOnlyList<EntityMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(mentions);
        if (TaggedAcronyms(text, tokens, mentions) is not { } tagged) return mentions;
        return IsolatedTokenMentions.Add(text, tokens, mentions, new SurfaceFilter(tagged.Keys), new Rule(tagged.GetAlternateLookup<ReadOnlySpan<char>>(), text, tokens));
    }

    /// <summary>A copy of the tagged mention of a token's surface, over that token.</summary>
    private readonly struct Rule(Dictionary<string, EntityMention?>.AlternateLookup<ReadOnlySpan<char>> lookup, string text, IReadOnlyList<Token> tokens) : IsolatedTokenMentions.IRule
    {
        public EntityMention? Propose(int t)
        {
            var token = tokens[t];
            return lookup.TryGetValue(token.GetSpan(text), out var source) && source is not null
                && !ModelNumbers.Follows(text, TokenLookup.AsSpan(tokens), t + 1, tokens.Count)   // `le RN` … `la RN 88`, a road
                ? source with { Start = token.Start, End = token.End, Text = token.GetText(text) }
                : null;
        }
    }

    /// <summary>
    /// All-capitals single-token mentions by surface, <see langword="null"/> for a surface tagged with several labels; the
    /// dictionary itself is <see langword="null"/> (never built) when there is none.
    /// </summary>
    private static Dictionary<string, EntityMention?>? TaggedAcronyms(string text, IReadOnlyList<Token> tokens, IReadOnlyList<EntityMention> mentions)
    {
        Dictionary<string, EntityMention?>? tagged = null;
        var span = TokenLookup.AsSpan(tokens);
        foreach (var mention in mentions)
        {
            // Cheap tests first: a capitals word has no lower-case letter, and a one-token mention of it is such a word.
            if (!Capitals.IsCapitalsWord(mention.Text)) continue;
            int token = TokenLookup.TokenStartingAt(span, mention.Start);
            if (token < 0 || span[token].End != mention.End || !Capitals.IsCapitalsWord(text, span, token)) continue;
            tagged ??= new Dictionary<string, EntityMention?>(StringComparer.Ordinal);
            if (!tagged.TryGetValue(mention.Text, out var previous)) tagged[mention.Text] = mention;
            else if (previous is not null && previous.Label != mention.Label) tagged[mention.Text] = null;
        }

        return tagged;
    }
}
