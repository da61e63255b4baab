using System.Collections.Frozen;
using Entities.Sentences;
using Entities.Tokenization;

namespace Entities.Mentions;

/// <summary>
/// Tags the name a title introduces that the tagger left untagged: one to <see cref="MaxNameWords"/> capitalized words right
/// after a title, or after a title and a name particle (<c>chez la baronne d'Orlhac</c>, <c>le lieutenant de Vauclaire</c>),
/// become a person with the score <see cref="Score"/>; the title and the particle stay outside, as the span conventions want.
/// Immutable and thread-safe.
/// </summary>
/// <remarks>
/// Precision first: the title stands in the name's sentence; the name is no known place or organization (<c>le duc de
/// Bourgogne</c>, <c>l'archevêque de Narbonne</c> name a place), its words are capitalized words with a lower-case letter (not
/// a headline in capitals), one space apart, not cut at a line's end (<c>Bre¬ teuil</c>), and no mention overlaps them. Mentions the tagger did find after a title are <see cref="HonorificPersonRelabeler"/>'s.
/// </remarks>
public sealed class TitleNameTagger : IMentionRefiner
{
    /// <summary>The score of a person this layer adds.</summary>
    public const double Score = 0.6;

    /// <summary>The most capitalized words read as the name.</summary>
    public const int MaxNameWords = 3;

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> titles;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> particles;
    private readonly Func<string, bool> isKnownName;

    /// <summary>Creates the tagger over titles (as written, case-sensitive, final period optional), name particles and the caller's known places and organizations.</summary>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public TitleNameTagger(IEnumerable<string> titles, IEnumerable<string> particles, Func<string, bool> isKnownName)
    {
        ArgumentNullException.ThrowIfNull(titles);
        ArgumentNullException.ThrowIfNull(particles);
        ArgumentNullException.ThrowIfNull(isKnownName);
        this.titles = TitleBefore.Lookup(titles, StringComparer.Ordinal);
        this.particles = particles.Select(Apostrophes.Straighten).ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        this.isKnownName = isKnownName;
    }

    /// <inheritdoc />
    public IReadOnlyList<EntityMention> Refine(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, IReadOnlyList<EntityMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(mentions);
        var span = TokenLookup.AsSpan(tokens);
        var free = new MentionCursor(TokenLookup.AsSpan(mentions));
        List<EntityMention>? added = null;
        foreach (var sentence in TokenLookup.AsSpan(sentences))
        {
            // The title stands in the name's sentence: not `monsieur le baron. Ici, …`.
            for (int t = sentence.FirstToken + 1; t < sentence.EndToken; t++)
            {
                if (!NameShape.IsCapitalizedNameWord(span[t].GetSpan(text))) continue;
                int freeUntil = free.FreeUntil(span[t].Start);
                if (span[t].End > freeUntil || !TitleBefore.Precedes(text, span[t].Start, titles, particles)) continue;
                int last = NameShape.CapitalizedRunEnd(text, span, t, sentence.EndToken, MaxNameWords);
                while (span[last].End > freeUntil) last--;   // the name stops before the next mention

                // A word cut at a printed line's end (`le baron de Bre¬ teuil`) is not read.
                bool cut = span[last].End < text.Length && text[span[last].End] is '¬' or '-';
                string name = text[span[t].Start..span[last].End];
                if (!cut && !isKnownName(name)) (added ??= []).Add(new EntityMention(span[t].Start, span[last].End, name, EntityLabel.Person, Score, null));
                t = last;
            }
        }

        return added is null ? mentions : SortedMentions.Merge(mentions, added);
    }
}
