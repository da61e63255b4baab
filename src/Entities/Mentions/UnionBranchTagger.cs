using System.Collections.Frozen;
using Entities.Sentences;
using Entities.Tokenization;

namespace Entities.Mentions;

/// <summary>
/// Reads the branches of a union confederation as one organization: the confederation's name followed by its sector, written
/// capitalized (<c>FO Justice</c>, <c>la CFDT Banques et Assurances</c>, <c>SUD Commerces et Services</c>), where the tagger
/// stops at the confederation; and a union whose name joins a confederation's with a hyphen (<c>SNUDI-FO</c>,
/// <c>FO-DGFiP</c>, <c>SNUipp-FSU</c>), which the tagger reads as a place or a person. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// Precision first: the confederation is a mention whose whole text is one of the names given (as written); the sector is one
/// or two capitalized words one space apart whose lower-case form is an ordinary word and which are no given name
/// (<c>la CGT Renault</c>, <c>la CFDT Marie Dupont</c> are left alone), the second after <c>et</c>; a title-case headline,
/// where every word is capitalized, is not read. A mention across the sector leaves the name alone; mentions inside it are
/// replaced. A hyphenated mention is relabeled only when one of its parts is a confederation's name and it has no space.
/// </remarks>
public sealed class UnionBranchTagger : IMentionRefiner
{
    private readonly FrozenSet<string> confederations;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ordinaryWords;
    private readonly Func<string, bool> isGivenName;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> sectorAdjectives;

    /// <summary>Creates the tagger.</summary>
    /// <param name="confederations">Confederations' names, as written (<c>CGT</c>, <c>FO</c>, <c>Solidaires</c>).</param>
    /// <param name="ordinaryWords">Lower-case words of the language (a sector is one: <c>justice</c>, <c>métaux</c>).</param>
    /// <param name="isGivenName">Whether a word is a given name (<c>Marie</c>: a person, not a sector).</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public UnionBranchTagger(IEnumerable<string> confederations, IEnumerable<string> ordinaryWords, Func<string, bool> isGivenName)
        : this(confederations, ordinaryWords, isGivenName, [])
    {
    }

    /// <summary>
    /// Creates the tagger; a sector may end with one of <paramref name="sectorAdjectives"/> in lower case (<c>la CGT Finances
    /// publiques</c>, <c>FO Services publics</c>).
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public UnionBranchTagger(IEnumerable<string> confederations, IEnumerable<string> ordinaryWords, Func<string, bool> isGivenName, IEnumerable<string> sectorAdjectives)
    {
        ArgumentNullException.ThrowIfNull(confederations);
        ArgumentNullException.ThrowIfNull(ordinaryWords);
        ArgumentNullException.ThrowIfNull(isGivenName);
        ArgumentNullException.ThrowIfNull(sectorAdjectives);
        this.confederations = confederations.ToFrozenSet(StringComparer.Ordinal);
        this.ordinaryWords = ordinaryWords.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        this.isGivenName = isGivenName;
        this.sectorAdjectives = sectorAdjectives.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <inheritdoc />
    public IReadOnlyList<EntityMention> Refine(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, IReadOnlyList<EntityMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(mentions);
        List<EntityMention>? result = null;
        for (int i = 0; i < (result ?? mentions).Count; i++)
        {
            var m = (result ?? mentions)[i];
            if (m.Label != EntityLabel.Organization && IsHyphenatedUnion(m.Text))
            {
                (result ??= [.. mentions])[i] = m with { Label = EntityLabel.Organization };
            }
            else if (m.Label == EntityLabel.Organization && confederations.Contains(m.Text) && SectorEnd(text, tokens, sentences, m.End) is int end and > 0)
            {
                result = MentionInsertion.Over(result ?? [.. mentions], text, m.Start, end, EntityLabel.Organization, m.Score);
            }
        }

        return result ?? mentions;
    }

    /// <summary>Whether <paramref name="surface"/> has no space and one of its hyphen-joined parts is a confederation's name.</summary>
    private bool IsHyphenatedUnion(string surface)
    {
        if (surface.Contains(' ') || !surface.Contains('-')) return false;
        foreach (var part in surface.Split('-'))
        {
            if (confederations.Contains(part)) return true;
        }

        return false;
    }

    /// <summary>The end of the sector written after the name that ends at <paramref name="end"/>, or -1 when there is none.</summary>
    private int SectorEnd(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, int end)
    {
        int t = TokenLookup.TokenStartingAt(tokens, end + 1);
        if (t < 0 || text[end] != ' ' || !IsSectorWord(text, tokens[t])) return -1;
        int sentence = TokenLookup.SentenceOfToken(sentences, t);
        if (sentence < 0 || !NameShape.HasLowerCaseWord(text, tokens, sentences[sentence])) return -1;
        int last = t;
        if (t + 2 < tokens.Count && tokens[t + 1].GetSpan(text) is "et" && Follows(text, tokens, t) && Follows(text, tokens, t + 1) && IsSectorWord(text, tokens[t + 2]))
            last = t + 2;
        else if (t + 1 < tokens.Count && Follows(text, tokens, t) && IsSectorWord(text, tokens[t + 1]))
            last = t + 1;
        if (last + 1 < tokens.Count && Follows(text, tokens, last) && sectorAdjectives.Contains(tokens[last + 1].GetSpan(text)))
            last++;   // la CGT Finances publiques
        return tokens[last].End;
    }

    private bool IsSectorWord(string text, Token token)
    {
        if (token.Kind != TokenKind.Word || token.Length < 3 || !char.IsUpper(text[token.Start]) || !char.IsLower(text[token.Start + 1])) return false;
        string word = token.GetText(text);
        return ordinaryWords.Contains(word.ToLowerInvariant()) && !isGivenName(word);
    }

    /// <summary>Whether token <paramref name="t"/> is followed by the next one after exactly one space.</summary>
    private static bool Follows(string text, IReadOnlyList<Token> tokens, int t) =>
        tokens[t + 1].Start == tokens[t].End + 1 && text[tokens[t].End] == ' ';
}
