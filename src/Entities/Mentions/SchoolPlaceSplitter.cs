using Entities.Sentences;
using Entities.Tokenization;

namespace Entities.Mentions;

/// <summary>
/// Splits a named school read together with its town: <c>le lycée Paul-Éluard de Saint-Denis</c> tagged as one organization
/// becomes the school <c>lycée Paul-Éluard</c> and the place <c>Saint-Denis</c>. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// Precision first: an organization mention that opens with one of the nouns (any case), then one capitalized word (the
/// school's name, hyphens inside: <c>Paul-Éluard</c>, <c>Champollion</c>), then <c>de</c>, <c>d'</c> or <c>du</c> and
/// capitalized words to its end. Anything else (<c>école de Paris</c>, <c>lycée Louis-le-Grand</c>, <c>lycée
/// Paul-Éluard</c>) is left alone. Both parts keep the mention's score.
/// </remarks>
public sealed class SchoolPlaceSplitter : IMentionRefiner
{
    private readonly string[][] heads;
    private readonly string initials;

    /// <summary>Creates the splitter over school nouns given as their words (<c>lycée</c>; <c>groupe</c>, <c>scolaire</c>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="heads"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A noun has no word.</exception>
    public SchoolPlaceSplitter(IEnumerable<IReadOnlyList<string>> heads)
    {
        ArgumentNullException.ThrowIfNull(heads);
        this.heads = WordSequences.Prepare(heads, nameof(heads));
        initials = string.Concat(this.heads.Select(words => char.ToLowerInvariant(words[0][0])).Distinct());
    }

    /// <inheritdoc />
    public IReadOnlyList<EntityMention> Refine(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, IReadOnlyList<EntityMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(mentions);
        return MentionSplitting.Apply(mentions, (int _, EntityMention mention, out EntityMention first, out EntityMention? second) =>
        {
            first = mention;
            second = null;
            if (mention.Label != EntityLabel.Organization || mention.Text.Length == 0 || !initials.Contains(char.ToLowerInvariant(mention.Text[0]), StringComparison.Ordinal)
                || !MentionSplitting.TryGetTokens(tokens, mention, out int start, out int end)) return false;
            int name = WordSequences.LongestEndFrom(text, tokens, start, end - 1, heads);
            if (name < 0 || name + 2 >= end || !IsCapitalized(text, tokens[name])) return false;
            if (!NameShape.IsComplementPreposition(tokens[name + 1].GetSpan(text))) return false;
            for (int t = name + 2; t < end; t++)
            {
                if (tokens[t].Kind == TokenKind.Word && !IsCapitalized(text, tokens[t])) return false;
            }

            first = MentionSplitting.Part(text, mention, mention.Start, tokens[name].End, EntityLabel.Organization);
            second = MentionSplitting.Part(text, mention, tokens[name + 2].Start, mention.End, EntityLabel.Location);
            return true;
        });
    }

    private static bool IsCapitalized(string text, Token token) => token.Kind == TokenKind.Word && char.IsUpper(text[token.Start]);
}
