using System.Collections.Frozen;
using Entities.Sentences;
using Entities.Tokenization;

namespace Entities.Mentions;

/// <summary>
/// Reads a nationality noun before a name as what it is: <c>l'Italien Brambilla</c> tagged as one place becomes the
/// nationality <c>Italien</c> (miscellaneous) and the person <c>Brambilla</c>; <c>l'Italien</c> followed by a name the tagger
/// read as a place makes that name a person. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// Precision first: the noun is a capitalized nationality noun (<c>Italien</c>, <c>Sud-Africaines</c>) right after an article
/// (<c>le</c>, <c>l'</c>, <c>les</c>, <c>un</c>…), and the name is capitalized. What follows the noun becomes an organization
/// when it is a known organization (<c>le Britannique BP</c>) or was tagged one, a person otherwise; a known place is left
/// alone. After a plural noun, a place coordinated with the name by <c>et</c> is a person too (<c>les Néerlandais Gerritsen
/// et Smit</c>). Every part keeps the mention's score.
/// </remarks>
public sealed class DemonymNameSplitter : IMentionRefiner
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> nouns;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> pluralNouns;
    private readonly FrozenSet<string> articles;
    private readonly Func<string, bool> isKnownOrganization;
    private readonly Func<string, bool> isKnownPlace;

    /// <summary>Creates the splitter.</summary>
    /// <param name="nouns">The nationality nouns, capitalized (<c>Italien</c>, <c>Italiennes</c>).</param>
    /// <param name="pluralNouns">Those of <paramref name="nouns"/> that are plural (<c>Italiens</c>).</param>
    /// <param name="articles">The lower-case words that may come right before the noun (<c>le</c>, <c>l'</c>, <c>les</c>).</param>
    /// <param name="isKnownOrganization">Whether a name is an organization of the tables.</param>
    /// <param name="isKnownPlace">Whether a name is a place of the tables.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public DemonymNameSplitter(
        IEnumerable<string> nouns, IEnumerable<string> pluralNouns, IEnumerable<string> articles, Func<string, bool> isKnownOrganization, Func<string, bool> isKnownPlace)
    {
        ArgumentNullException.ThrowIfNull(nouns);
        ArgumentNullException.ThrowIfNull(pluralNouns);
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(isKnownOrganization);
        ArgumentNullException.ThrowIfNull(isKnownPlace);
        this.nouns = nouns.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        this.pluralNouns = pluralNouns.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        this.articles = articles.Select(Apostrophes.Straighten).Select(word => word.ToLowerInvariant()).ToFrozenSet(StringComparer.Ordinal);
        this.isKnownOrganization = isKnownOrganization;
        this.isKnownPlace = isKnownPlace;
    }

    /// <inheritdoc />
    public IReadOnlyList<EntityMention> Refine(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, IReadOnlyList<EntityMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(mentions);
        int coordinatedStart = -1;   // where a name coordinated after a plural noun's name starts
        return MentionSplitting.Apply(mentions, (int _, EntityMention mention, out EntityMention first, out EntityMention? second) =>
        {
            first = mention;
            second = null;
            if (mention.Start == coordinatedStart)
            {
                coordinatedStart = -1;
                if (mention.Label != EntityLabel.Location || isKnownPlace(mention.Text)) return false;
                first = mention with { Label = EntityLabel.Person };
                return true;
            }

            // The cheap test first: a nationality noun opens the mention or stands right before it.
            int space = mention.Text.IndexOf(' ');
            if (!(space > 0 && nouns.Contains(mention.Text.AsSpan(0, space))) && !(mention.Label == EntityLabel.Location && NounBefore(text, mention.Start))) return false;
            if (!MentionSplitting.TryGetTokens(tokens, mention, out int start, out int end)) return false;
            if (end - start >= 2 && IsNoun(text, tokens, start) && IsCapitalizedWord(text, tokens[start + 1]))
            {
                // The noun inside the span: the noun apart, the rest a person or an organization.
                string rest = text[tokens[start + 1].Start..mention.End];
                if (isKnownPlace(rest) || isKnownPlace(mention.Text) || isKnownOrganization(mention.Text)) return false;
                first = MentionSplitting.Part(text, mention, mention.Start, tokens[start].End, EntityLabel.Miscellaneous);
                second = MentionSplitting.Part(text, mention, tokens[start + 1].Start, mention.End, NameLabel(mention, rest));
                NoteCoordination(text, tokens, start, end, ref coordinatedStart);
                return true;
            }

            // The noun right before the span, outside it: a place read there is a person.
            if (start == 0 || !IsNoun(text, tokens, start - 1) || !IsCapitalizedWord(text, tokens[start])
                || mention.Label != EntityLabel.Location || isKnownPlace(mention.Text)) return false;
            first = mention with { Label = NameLabel(mention, mention.Text) };
            NoteCoordination(text, tokens, start - 1, end, ref coordinatedStart);
            return true;
        });
    }

    /// <summary>The label of the name after a nationality noun: an organization when the tables or the tagger say so, a person otherwise.</summary>
    private EntityLabel NameLabel(EntityMention mention, string name) =>
        mention.Label == EntityLabel.Organization || isKnownOrganization(name) ? EntityLabel.Organization : EntityLabel.Person;

    /// <summary>After a plural noun whose name ends at token <paramref name="end"/>, the start of a name coordinated by <c>et</c>.</summary>
    private void NoteCoordination(string text, IReadOnlyList<Token> tokens, int noun, int end, ref int coordinatedStart)
    {
        if (end + 1 < tokens.Count && pluralNouns.Contains(tokens[noun].GetSpan(text)) && tokens[end].GetSpan(text) is "et"
            && IsCapitalizedWord(text, tokens[end + 1])) coordinatedStart = tokens[end + 1].Start;
    }

    /// <summary>Whether the word one space before <paramref name="start"/> is a nationality noun (the article is checked later).</summary>
    private bool NounBefore(string text, int start)
    {
        if (start < 2 || text[start - 1] != ' ') return false;
        int from = start - 1;
        while (from > 0 && (char.IsLetter(text[from - 1]) || text[from - 1] == '-')) from--;
        return from < start - 1 && nouns.Contains(text.AsSpan(from, start - 1 - from));
    }

    /// <summary>Whether token <paramref name="index"/> is a nationality noun right after an article.</summary>
    private bool IsNoun(string text, IReadOnlyList<Token> tokens, int index) =>
        nouns.Contains(tokens[index].GetSpan(text)) && WordBefore.IsOneOf(text, tokens[index].Start, articles);

    private static bool IsCapitalizedWord(string text, Token token) => token.Kind == TokenKind.Word && char.IsUpper(text[token.Start]);
}
