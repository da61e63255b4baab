using System.Collections.Frozen;
using Entities.Sentences;
using Entities.Tokenization;

namespace Entities.Mentions;

/// <summary>
/// Tags the name a lower-case place noun heads when the tagger left the name untagged: <c>le pont de la Charité</c>,
/// <c>l'hôtel de la Cloche</c>, <c>la rue des Ballets</c> become places, the head inside the span, as
/// <see cref="HeadNounExtender"/> writes the names the tagger did find. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// Precision first: the head is one of the extender's (compared as written, lower case), followed by the name or, for the
/// heads that allow it, by one or two linking words (<c>de</c>, <c>du</c>, <c>des</c>, <c>d'</c>, <c>de la</c>, <c>de l'</c>)
/// and the name (for the heads that need a link, <c>la place du Ralliement</c>, a first link starting with <c>de</c>); the name is
/// one to <see cref="MaxNameWords"/> capitalized words with a lower-case letter, one space apart, not
/// an honorific (<c>l'hôtel de Madame</c>), not going on past a hyphen or a line-end cut (<c>rue Saint - Claude</c>), and no
/// mention overlaps the head, the links or the name. A place gets
/// <see cref="Score"/>.
/// </remarks>
public sealed class HeadNounNameTagger : IMentionRefiner
{
    /// <summary>The score of a place this layer adds.</summary>
    public const double Score = 0.6;

    /// <summary>The most capitalized words read as the name.</summary>
    public const int MaxNameWords = 3;

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> heads;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> linkedHeads;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> deLinkedHeads;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> honorifics;

    /// <summary>Rejects at once the tokens that cannot be a head (<see cref="heads"/>, read as they are).</summary>
    private readonly SurfaceFilter headFilter;

    /// <summary>
    /// Creates the tagger over place heads (lower case: <c>rue</c>, <c>mont</c>), of which <paramref name="linkedHeads"/> also
    /// before a linking word, and the honorifics that open no place's name (<c>Madame</c>, <c>Monsieur</c>).
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public HeadNounNameTagger(IEnumerable<string> heads, IEnumerable<string> linkedHeads, IEnumerable<string> honorifics)
        : this(heads, linkedHeads, [], honorifics)
    {
    }

    /// <summary>
    /// As <see cref="HeadNounNameTagger(IEnumerable{string}, IEnumerable{string}, IEnumerable{string})"/>, with heads that open a
    /// name only through a linking word that starts with <c>de</c> (<c>de</c>, <c>du</c>, <c>des</c>, <c>d'</c>, <c>de la</c>,
    /// <c>de l'</c>): nouns that are also verbs or common words before a bare name (<c>la place du Ralliement</c>, but not <c>le
    /// préfet place la Loue en crise</c> nor <c>il place Dupont en tête</c>).
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public HeadNounNameTagger(IEnumerable<string> heads, IEnumerable<string> linkedHeads, IEnumerable<string> deLinkedHeads, IEnumerable<string> honorifics)
    {
        ArgumentNullException.ThrowIfNull(heads);
        ArgumentNullException.ThrowIfNull(linkedHeads);
        ArgumentNullException.ThrowIfNull(deLinkedHeads);
        ArgumentNullException.ThrowIfNull(honorifics);
        var deLinked = deLinkedHeads.Select(Apostrophes.Straighten).ToFrozenSet(StringComparer.Ordinal);
        this.deLinkedHeads = deLinked.GetAlternateLookup<ReadOnlySpan<char>>();
        var linked = linkedHeads.Select(Apostrophes.Straighten).Concat(deLinked).ToFrozenSet(StringComparer.Ordinal);
        this.linkedHeads = linked.GetAlternateLookup<ReadOnlySpan<char>>();
        var headSet = heads.Select(Apostrophes.Straighten).Concat(linked).ToFrozenSet(StringComparer.Ordinal);
        this.heads = headSet.GetAlternateLookup<ReadOnlySpan<char>>();
        headFilter = new SurfaceFilter(headSet);
        this.honorifics = honorifics.Select(h => h.TrimEnd('.')).ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
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
            for (int t = sentence.FirstToken; t + 1 < sentence.EndToken; t++)
            {
                if ((t = headFilter.FirstMayContain(text, span, t, sentence.EndToken - 1)) >= sentence.EndToken - 1) break;
                if (!heads.Contains(span[t].GetSpan(text))) continue;
                int freeUntil = free.FreeUntil(span[t].Start);
                int first = t + 1;
                if (linkedHeads.Contains(span[t].GetSpan(text)))
                {
                    for (int links = 0; links < 2 && first < sentence.EndToken && Apostrophes.IsIn(span[first].GetSpan(text), HeadNounExtender.LinkWords); links++) first++;
                    if (deLinkedHeads.Contains(span[t].GetSpan(text)) && (first == t + 1 || !StartsWithDe(span[t + 1].GetSpan(text)))) continue;
                }

                if (first >= sentence.EndToken || !NameShape.IsCapitalizedNameWord(span[first].GetSpan(text)) || honorifics.Contains(span[first].GetSpan(text).TrimEnd('.'))) continue;
                int last = NameShape.CapitalizedRunEnd(text, span, first, sentence.EndToken, MaxNameWords);
                if (span[last].End > freeUntil || GoesOn(text, span, last, sentence.EndToken)) continue;
                (added ??= []).Add(new EntityMention(span[t].Start, span[last].End, text[span[t].Start..span[last].End], EntityLabel.Location, Score, null));
                t = last;
            }
        }

        return added is null ? mentions : SortedMentions.Merge(mentions, added);
    }

    /// <summary>Whether a linking word starts with <c>de</c>: <c>de</c>, <c>du</c>, <c>des</c>, <c>d'</c> (either apostrophe).</summary>
    private static bool StartsWithDe(ReadOnlySpan<char> link) => link is "de" or "du" or "des" or "d'" or "d’";

    /// <summary>
    /// Whether the name goes on past token <paramref name="last"/> in a way this layer does not read: a hyphen or a line-end cut
    /// (<c>rue Saint - Claude</c>, <c>gare Mont¬ parnasse</c>).
    /// </summary>
    private static bool GoesOn(string text, ReadOnlySpan<Token> tokens, int last, int sentenceEnd)
    {
        int end = tokens[last].End;
        if (end < text.Length && text[end] is '-' or '¬') return true;
        return last + 1 < sentenceEnd && tokens[last + 1].Length == 1 && text[tokens[last + 1].Start] is '-' or '¬';
    }
}
