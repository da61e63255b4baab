using System.Collections.Frozen;
using Entities.Sentences;
using Entities.Tokenization;

namespace Entities.Mentions;

/// <summary>
/// Extends a name to the lower-case noun that heads it, with the label the noun gives: as a place (<c>la gare de Lyon</c>
/// tagged <c>Lyon</c> becomes the place <c>gare de Lyon</c>; <c>le pont Alexandre-III</c> tagged as a person becomes the place
/// <c>pont Alexandre-III</c>), as the corpora and the library annotate streets, bridges, stations, buildings and natural
/// features; or as an organization (<c>l'université Paris-Saclay</c>, <c>le parquet de Valence</c>). Immutable and thread-safe.
/// </summary>
/// <remarks>
/// The head is the token right before the mention, or, for the heads that allow it (streets, bridges, stations, buildings:
/// not natural features or airports, where <c>l'île de Kyushu</c> names what <c>Kyushu</c> names), right before one or two
/// linking words (<c>de</c>, <c>du</c>, <c>des</c>, <c>d'</c>, <c>de la</c>, <c>de l'</c>); compared as written (lower case).
/// The mention must start with a capital and follow no other mention in between. The extended mention takes the extender's
/// label and keeps the tagger's score.
/// </remarks>
public sealed class HeadNounExtender : IMentionRefiner
{
    private readonly EntityLabel label;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> heads;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> linkedHeads;
    /// <summary>The words that may link a head to its name (<c>la gare de Lyon</c>, <c>le pont de l'Alma</c>), also read by <see cref="HeadNounNameTagger"/>.</summary>
    internal static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> LinkWords =
        new[] { "de", "du", "des", "d'", "la", "l'" }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Creates an extender giving <paramref name="label"/> over <paramref name="heads"/> (lower case: <c>rue</c>, <c>mont</c>), of
    /// which <paramref name="linkedHeads"/> also before a linking word (<c>gare</c>).
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public HeadNounExtender(EntityLabel label, IEnumerable<string> heads, IEnumerable<string> linkedHeads)
    {
        this.label = label;
        ArgumentNullException.ThrowIfNull(heads);
        ArgumentNullException.ThrowIfNull(linkedHeads);
        var linked = linkedHeads.Select(Apostrophes.Straighten).ToFrozenSet(StringComparer.Ordinal);
        this.linkedHeads = linked.GetAlternateLookup<ReadOnlySpan<char>>();
        this.heads = heads.Select(Apostrophes.Straighten).Concat(linked).ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <inheritdoc />
    public IReadOnlyList<EntityMention> Refine(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, IReadOnlyList<EntityMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(mentions);
        return MentionReplacement.Apply(mentions, new Rule(this, text, tokens));
    }

    private readonly struct Rule(HeadNounExtender extender, string text, IReadOnlyList<Token> tokens) : MentionReplacement.IRule
    {
        public EntityMention? Replace(IReadOnlyList<EntityMention> mentions, int index) =>
            extender.Extend(text, tokens, mentions[index], index > 0 ? mentions[index - 1].End : 0);
    }

    private EntityMention? Extend(string text, IReadOnlyList<Token> tokens, EntityMention mention, int previousEnd)
    {
        if (mention.Label == EntityLabel.Miscellaneous || !char.IsUpper(text[mention.Start])) return null;
        int first = TokenLookup.TokenStartingAt(tokens, mention.Start);
        if (first <= 0) return null;
        int t = first - 1;
        for (int links = 0; links < 2 && t > 0 && Apostrophes.IsIn(tokens[t].GetSpan(text), LinkWords); links++) t--;
        if (tokens[t].Start < previousEnd || !Apostrophes.IsIn(tokens[t].GetSpan(text), t == first - 1 ? heads : linkedHeads)) return null;
        if (t == first - 1 && mention.Label == EntityLabel.Organization && label != EntityLabel.Organization) return null;   // "l'hôtel Dieu SA": no link word, keep an organization
        return mention with { Start = tokens[t].Start, Text = text[tokens[t].Start..mention.End], Label = label };
    }
}
