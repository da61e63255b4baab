using System.Collections.Frozen;
using Entities.Sentences;
using Entities.Tokenization;

namespace Entities.Mentions;

/// <summary>
/// Makes a person of any mention that an honorific introduces: <c>M. Renault</c> tagged ORG (the carmaker's name) becomes
/// PER, and so does <c>Mme de Merteuil</c> tagged LOC. The honorific is the word just before the mention, or just before a
/// name particle (<c>de</c>, <c>d'</c>, <c>du</c>) that is. Spans never change. Immutable and thread-safe.
/// </summary>
public sealed class HonorificPersonRelabeler : IMentionRefiner
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> honorifics;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> particles;
    private readonly Func<string, bool> applies;

    /// <summary>Creates a relabeler.</summary>
    /// <param name="honorifics">Honorifics, matched case-sensitively with or without a final period (<c>M.</c>, <c>Mme</c>).</param>
    /// <param name="particles">Name particles allowed between the honorific and the mention (<c>de</c>, <c>d'</c>).</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public HonorificPersonRelabeler(IEnumerable<string> honorifics, IEnumerable<string> particles)
        : this(honorifics, particles, static _ => true)
    {
    }

    /// <summary>
    /// Creates a relabeler for the mentions <paramref name="applies"/> accepts only: titles that also precede places take a
    /// name that is no known place (<c>le cardinal de Tencin</c>, not <c>l'archevêque de Narbonne</c>).
    /// </summary>
    /// <param name="honorifics">Titles, matched case-sensitively with or without a final period.</param>
    /// <param name="particles">Name particles allowed between the title and the mention (<c>de</c>, <c>d'</c>).</param>
    /// <param name="applies">Whether a mention's text may be relabeled.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public HonorificPersonRelabeler(IEnumerable<string> honorifics, IEnumerable<string> particles, Func<string, bool> applies)
    {
        ArgumentNullException.ThrowIfNull(honorifics);
        ArgumentNullException.ThrowIfNull(particles);
        ArgumentNullException.ThrowIfNull(applies);
        this.applies = applies;
        this.honorifics = honorifics.Select(h => h.TrimEnd('.')).Where(h => h.Length > 0).ToFrozenSet(StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();
        this.particles = particles.Select(Apostrophes.Straighten).ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <inheritdoc />
    public IReadOnlyList<EntityMention> Refine(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, IReadOnlyList<EntityMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(mentions);
        return MentionRelabeling.Apply(mentions, new Rule(this, text));
    }

    /// <summary>A person when an honorific comes just before the mention.</summary>
    private readonly struct Rule(HonorificPersonRelabeler relabeler, string text) : MentionRelabeling.IRule
    {
        public EntityLabel? NewLabel(EntityMention mention) =>
            mention.Label != EntityLabel.Person && relabeler.FollowsHonorific(text, mention.Start) && relabeler.applies(mention.Text) ? EntityLabel.Person : null;
    }

    private bool FollowsHonorific(string text, int start)
    {
        int wordStart = WordStartBefore(text, start, out int wordEnd);
        if (wordStart == wordEnd) return false;
        var word = text.AsSpan(wordStart, wordEnd - wordStart);
        if (IsHonorific(word)) return true;
        if (!Apostrophes.IsIn(word, particles)) return false;
        int beforeStart = WordStartBefore(text, wordStart, out int beforeEnd);
        return beforeStart < beforeEnd && IsHonorific(text.AsSpan(beforeStart, beforeEnd - beforeStart));
    }

    private bool IsHonorific(ReadOnlySpan<char> word) => honorifics.Contains(word.TrimEnd('.'));

    /// <summary>
    /// The start of the word that ends at <paramref name="end"/>, or before the white space there (letters, periods and
    /// apostrophes: <c>M.</c>, <c>d'</c> glued to the mention); <paramref name="wordEnd"/> receives its end.
    /// </summary>
    private static int WordStartBefore(string text, int end, out int wordEnd)
    {
        int e = end;
        while (e > 0 && char.IsWhiteSpace(text[e - 1])) e--;
        int s = e;
        while (s > 0 && (char.IsLetter(text[s - 1]) || text[s - 1] is '.' or '\'' or '\u2019')) s--;
        wordEnd = e;
        return s;
    }
}
