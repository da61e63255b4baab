using System.Collections.Frozen;
using Entities.Sentences;
using Entities.Tokenization;

namespace Entities.Mentions;

/// <summary>
/// Keeps titles, and a bare particle after a title, out of a person's span (the library's convention): <c>Mgr de Mauvezin</c>
/// tagged whole becomes <c>Mauvezin</c>, <c>le comte de Villefort</c> tagged <c>de Villefort</c> becomes <c>Villefort</c>,
/// <c>Madame d'Estrelle</c> tagged <c>d'Estrelle</c> becomes <c>Estrelle</c>. A particle inside a full name stays
/// (<c>Charles de Gaulle</c>, <c>Ursula von der Leyen</c>). Labels and scores never change. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// Titles are compared case-insensitively, without a final period (<c>M.</c>, <c>mgr</c>, <c>comte</c>); particles as written
/// (<c>de</c>, <c>d'</c>, <c>du</c>). Inside the span honorifics are moved out (<c>Mgr</c>, <c>Madame</c>), and
/// other titles written in lower case right before a capitalized word (<c>major Guérin</c> → <c>Guérin</c>): a span that opens
/// with a capitalized title may be a person named by the title (<c>l'Empereur du Japon</c>). A particle is moved out only
/// when a title comes right before it, a moved honorific or any title just before the span, and a capitalized word follows
/// it; a span is never left empty.
/// </remarks>
public sealed class PersonTitleTrimmer : IMentionRefiner
{
    private readonly HashSet<string> honorifics;
    private readonly HashSet<string> titles;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> particles;

    /// <summary>Creates a trimmer.</summary>
    /// <param name="honorifics">Honorifics, moved out of a span (any case, final period optional: <c>M.</c>, <c>Mgr</c>).</param>
    /// <param name="titles">Titles and honorifics before a span (any case, final period optional).</param>
    /// <param name="particles">Name particles as written (<c>de</c>, <c>d'</c>, <c>du</c>).</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public PersonTitleTrimmer(IEnumerable<string> honorifics, IEnumerable<string> titles, IEnumerable<string> particles)
    {
        ArgumentNullException.ThrowIfNull(honorifics);
        ArgumentNullException.ThrowIfNull(titles);
        ArgumentNullException.ThrowIfNull(particles);
        this.honorifics = new HashSet<string>(honorifics.Select(t => t.TrimEnd('.')), StringComparer.OrdinalIgnoreCase);
        this.titles = new HashSet<string>(titles.Select(t => t.TrimEnd('.')).Concat(this.honorifics), StringComparer.OrdinalIgnoreCase);
        this.particles = particles.Select(Apostrophes.Straighten).ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <inheritdoc />
    public IReadOnlyList<EntityMention> Refine(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, IReadOnlyList<EntityMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(mentions);
        return MentionReplacement.Apply(mentions, new Rule(this, text, tokens));
    }

    private readonly struct Rule(PersonTitleTrimmer trimmer, string text, IReadOnlyList<Token> tokens) : MentionReplacement.IRule
    {
        public EntityMention? Replace(IReadOnlyList<EntityMention> mentions, int index) =>
            mentions[index].Label == EntityLabel.Person ? trimmer.Trim(text, tokens, mentions[index]) : null;
    }

    private EntityMention? Trim(string text, IReadOnlyList<Token> tokens, EntityMention mention)
    {
        int first = TokenLookup.TokenStartingAt(tokens, mention.Start);
        if (first < 0) return null;
        int t = first;
        bool title = first > 0 && IsTitle(titles, text, tokens, first - 1);
        while (t + 1 < tokens.Count && tokens[t + 1].End <= mention.End
            && (IsTitle(honorifics, text, tokens, t) || (char.IsLower(text[tokens[t].Start]) && char.IsUpper(text[tokens[t + 1].Start]) && IsTitle(titles, text, tokens, t))))
        {
            title = true;
            t++;
            if (t < tokens.Count && text[tokens[t].Start] == '.' && tokens[t].Length == 1 && t + 1 < tokens.Count && tokens[t + 1].End <= mention.End) t++;
        }

        if (title && t + 1 < tokens.Count && tokens[t + 1].End <= mention.End && IsParticle(text, tokens[t]) && char.IsUpper(text[tokens[t + 1].Start])) t++;
        if (t == first || tokens[t].Start >= mention.End) return null;
        int start = tokens[t].Start;
        return mention with { Start = start, Text = text[start..mention.End] };
    }

    private static bool IsTitle(HashSet<string> words, string text, IReadOnlyList<Token> tokens, int t)
    {
        var word = text.AsSpan(tokens[t].Start, tokens[t].Length).TrimEnd('.');
        return word.Length > 0 && char.IsLetter(word[0]) && words.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
    }

    private bool IsParticle(string text, Token token) => Apostrophes.IsIn(token.GetSpan(text), particles);
}
