using System.Collections.Frozen;
using Entities.Sentences;
using Entities.Tokenization;

namespace Entities.Mentions;

/// <summary>
/// Reads a firm named by its trade and its owner's or brand name as one organization: <c>les Transports Girard</c>, <c>la
/// Boulangerie Martin</c>, <c>les Cycles Orvanne</c>, where the tagger sees a surname (a person) or nothing. The head (a
/// capitalized trade noun of the list) and the capitalized words right after it become one organization, and the other
/// mentions of exactly that name in the document (<c>Orvanne emploie…</c> read as a person or a place) become that
/// organization's too. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// Precision first: the head is written capitalized and followed, one space apart, by one to <see cref="MaxNameWords"/>
/// capitalized words other than function words (<c>De</c>, <c>Le</c>: the run stops there), then by no other capitalized word
/// nor by <c>de</c>, <c>du</c>, <c>des</c>, <c>d'</c> or <c>et</c> in either case (the name goes on: <c>Agence Régionale de
/// Santé</c>); the sentence has a lower-case word of four letters or more (not a title-case headline, where every word is
/// capitalized and the head tells nothing). Mentions inside the name are replaced; a mention across its edge leaves it alone,
/// and the name is then not read elsewhere either. A new mention gets <see cref="Score"/>, or the best score of the mentions
/// it replaces.
/// </remarks>
public sealed class FirmHeadTagger : IMentionRefiner
{
    /// <summary>The score of a name this layer adds.</summary>
    public const double Score = 0.8;

    /// <summary>The most capitalized words after the head.</summary>
    public const int MaxNameWords = 3;

    private readonly FrozenSet<string> heads;
    private readonly SurfaceFilter filter;

    /// <summary>Creates the tagger over trade nouns written capitalized (<c>Transports</c>, <c>Boulangerie</c>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="heads"/> is <see langword="null"/>.</exception>
    public FirmHeadTagger(IEnumerable<string> heads)
    {
        ArgumentNullException.ThrowIfNull(heads);
        this.heads = heads.ToFrozenSet(StringComparer.Ordinal);
        filter = new SurfaceFilter(this.heads);
    }

    /// <inheritdoc />
    public IReadOnlyList<EntityMention> Refine(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, IReadOnlyList<EntityMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(mentions);
        List<EntityMention>? result = null;
        HashSet<string>? names = null;
        var lookup = heads.GetAlternateLookup<ReadOnlySpan<char>>();
        var span = TokenLookup.AsSpan(tokens);
        int sentence = 0;
        for (int t = 0; t + 1 < tokens.Count; t++)
        {
            if ((t = filter.FirstMayContain(text, span, t, tokens.Count - 1)) >= tokens.Count - 1) break;
            if (!lookup.Contains(tokens[t].GetSpan(text)) || !Follows(text, tokens, t)) continue;
            int last = t + 1;
            while (last + 1 < tokens.Count && Follows(text, tokens, last)) last++;
            if (last - t > MaxNameWords || ContinuesWithComplement(text, tokens, last)) continue;
            while (sentence < sentences.Count && sentences[sentence].EndToken <= t) sentence++;
            if (sentence < sentences.Count && !NameShape.HasLowerCaseWord(text, tokens, sentences[sentence])) continue;
            result = MentionInsertion.Over(result ?? [.. mentions], text, tokens[t].Start, tokens[last].End, EntityLabel.Organization, Score);
            if (MentionLookup.StartingAt(result, tokens[t].Start) is { } firm && firm.End == tokens[last].End && firm.Label == EntityLabel.Organization)
                (names ??= new(StringComparer.Ordinal)).Add(text[tokens[t + 1].Start..tokens[last].End]);
            t = last;
        }

        if (result is null) return mentions;
        if (names is not null) MentionReplacement.RelabelNames(text, result, names, EntityLabel.Organization);
        return result;
    }

    /// <summary>Whether the name goes on after token <paramref name="last"/>: <c>de</c>, <c>du</c>, <c>des</c>, <c>d'</c> or <c>et</c>, in either case (<c>Agence Régionale de Santé</c>, <c>Transports Girard et Fils</c>, <c>Chantiers De L'Atlantique</c>).</summary>
    private static bool ContinuesWithComplement(string text, IReadOnlyList<Token> tokens, int last)
    {
        if (last + 1 >= tokens.Count) return false;
        Span<char> word = stackalloc char[3];
        var next = tokens[last + 1].GetSpan(text);
        if (next.Length > word.Length) return false;
        word = word[..next.ToLowerInvariant(word)];
        return NameShape.IsComplementPreposition(word) || word is "des" or "et";
    }

    /// <summary>A capitalized function word of a title-case name (<c>De</c>, <c>La</c>): it ends the capitalized words read.</summary>
    private static bool IsFunctionWord(ReadOnlySpan<char> word) =>
        word is "De" or "Du" or "Des" or "Et" or "Le" or "La" or "Les" or "Sur" or "En" or "Au" or "Aux" || Apostrophes.SpellsAs(word, "D'") || Apostrophes.SpellsAs(word, "L'");

    /// <summary>Whether token <paramref name="t"/> is followed, one space apart, by a capitalized word other than a function word.</summary>
    private static bool Follows(string text, IReadOnlyList<Token> tokens, int t)
    {
        var next = tokens[t + 1];
        return next.Start == tokens[t].End + 1 && text[tokens[t].End] == ' ' && next.Kind == TokenKind.Word && char.IsUpper(text[next.Start])
            && !IsFunctionWord(next.GetSpan(text));
    }
}
