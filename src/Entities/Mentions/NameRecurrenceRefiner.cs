using Entities.Sentences;
using Entities.Tokenization;

namespace Entities.Mentions;

/// <summary>
/// One label per name in a document: when the tagger labels a capitalized single-word name (<c>Villefort</c> after <c>le
/// comte de</c>), its other occurrences that the tagger left out (<c>Villefort salua Mercédès.</c>) become mentions with the
/// same label and score. The document-level consistency of Ratinov and Roth (2009), as a rule over the tagger's output.
/// Immutable and thread-safe.
/// </summary>
/// <remarks>
/// The words of a longer person name count too (<c>Clémence</c> and <c>Aubry</c> after <c>Clémence Aubry</c>; <c>Xi</c> after
/// <c>Xi Jinping</c> when two-letter words are allowed), after the one-word names. Precision first: single tokens of at least
/// three characters (two for a word of a longer name never written in lower case), a capital followed by lower-case letters, compared exactly
/// (ordinal); only the labels given; a name tagged with different labels in the document is left alone; an occurrence next to
/// another capitalized word (part of a longer name, or a title-case headline) is not added, unless that word opens the sentence
/// (<c>Puis Rodolphe partit</c>; so <c>Gérard Villefort</c> opening a sentence untagged gives <c>Villefort</c>); existing
/// mentions never change.
/// </remarks>
public sealed class NameRecurrenceRefiner : IMentionRefiner
{
    private readonly EntityLabel[] labels;
    private readonly HashSet<string> partExclusions;
    private readonly HashSet<string> articles;
    private readonly HashSet<string> lowercaseWords;

    /// <summary>Creates the refiner for names of <paramref name="labels"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="labels"/> is <see langword="null"/>.</exception>
    public NameRecurrenceRefiner(params IEnumerable<EntityLabel> labels)
        : this([], [], labels)
    {
    }

    /// <summary>
    /// Creates the refiner for names of <paramref name="labels"/>; the words of <paramref name="partExclusions"/> are not taken
    /// from longer names (organizations named after a person: <c>Tesla</c> of <c>Nikola Tesla</c>, <c>Renault</c>), and a word
    /// taken from a longer name is not tagged right after one of <paramref name="articles"/> (compared case-insensitively,
    /// straight apostrophes: <c>Marine Le Pen</c> … <c>la Marine a démenti</c>).
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public NameRecurrenceRefiner(IEnumerable<string> partExclusions, IEnumerable<string> articles, params IEnumerable<EntityLabel> labels)
        : this(partExclusions, articles, [], labels)
    {
    }

    /// <summary>
    /// As <see cref="NameRecurrenceRefiner(IEnumerable{string}, IEnumerable{string}, IEnumerable{EntityLabel})"/>; a word of two
    /// letters of a longer person name is taken too when its lower-case form is not one of <paramref name="lowercaseWords"/>, the
    /// words the training text writes in lower case (<c>Xi</c> of <c>Xi Jinping</c>; never <c>Le</c> of <c>Marine Le Pen</c>).
    /// With no such words, none is.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public NameRecurrenceRefiner(IEnumerable<string> partExclusions, IEnumerable<string> articles, IEnumerable<string> lowercaseWords, params IEnumerable<EntityLabel> labels)
    {
        ArgumentNullException.ThrowIfNull(partExclusions);
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(lowercaseWords);
        ArgumentNullException.ThrowIfNull(labels);
        this.labels = [.. labels];
        this.partExclusions = new HashSet<string>(partExclusions, StringComparer.Ordinal);
        this.articles = new HashSet<string>(articles.Select(Apostrophes.Straighten), StringComparer.OrdinalIgnoreCase);
        this.lowercaseWords = new HashSet<string>(lowercaseWords, StringComparer.Ordinal);
    }

    /// <inheritdoc />
    public IReadOnlyList<EntityMention> Refine(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, IReadOnlyList<EntityMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(mentions);
        if (TaggedNames(text, tokens, mentions) is not { } tagged) return mentions;
        return IsolatedTokenMentions.Add(text, tokens, mentions, new SurfaceFilter(tagged.Keys), new Rule(tagged.GetAlternateLookup<ReadOnlySpan<char>>(), text, tokens, articles));
    }

    /// <summary>Whether <paramref name="word"/> looks like a name: a capital, then only lower-case letters (hyphens and apostrophes allowed).</summary>
    private static bool IsCapitalizedName(ReadOnlySpan<char> word, int minLength = 3)
    {
        if (word.Length < minLength || !char.IsUpper(word[0])) return false;
        bool lower = false;
        foreach (char c in word[1..])
        {
            if (char.IsLower(c)) lower = true;
            else if (c is not ('-' or '\'' or '’') && !char.IsUpper(c)) return false;
        }

        return lower;
    }

    /// <summary>Whether token <paramref name="t"/> opens a sentence (nothing before it, or a sentence-final mark), where a capital says nothing.</summary>
    private static bool OpensSentence(string text, IReadOnlyList<Token> tokens, int t) =>
        t == 0 || (tokens[t - 1].Kind == TokenKind.Punctuation && text[tokens[t - 1].End - 1] is '.' or '!' or '?' or '…' or ':' or '«' or '"');

    private static bool IsCapitalized(string text, Token token) => token.Length > 0 && char.IsUpper(text[token.Start]);

    /// <summary>A copy of the tagged mention of a token's surface, over that token, when no neighbour is capitalized.</summary>
    private readonly struct Rule(
        Dictionary<string, EntityMention?>.AlternateLookup<ReadOnlySpan<char>> lookup, string text, IReadOnlyList<Token> tokens, HashSet<string> articles) : IsolatedTokenMentions.IRule
    {
        public EntityMention? Propose(int t)
        {
            var token = tokens[t];
            if (!lookup.TryGetValue(token.GetSpan(text), out var source) || source is null) return null;

            // A word taken from a longer name (its source spells more) is a common noun after an article (la Marine).
            if (source.Text.Length != token.Length && t > 0 && IsArticle(tokens[t - 1])) return null;
            if (t > 0 && IsCapitalized(text, tokens[t - 1]) && tokens[t - 1].Kind == TokenKind.Word && !OpensSentence(text, tokens, t - 1)) return null;
            if (t + 1 < tokens.Count && IsCapitalized(text, tokens[t + 1]) && tokens[t + 1].Kind == TokenKind.Word) return null;
            return source with { Start = token.Start, End = token.End, Text = token.GetText(text) };
        }

        private bool IsArticle(Token token) =>
            articles.Count > 0 && articles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(Apostrophes.HasTypographic(token.GetSpan(text))
                ? Apostrophes.Straighten(token.GetText(text)) : token.GetSpan(text));
    }

    /// <summary>Single-token capitalized name mentions of the chosen labels by surface, <see langword="null"/> for a surface with several labels.</summary>
    private Dictionary<string, EntityMention?>? TaggedNames(string text, IReadOnlyList<Token> tokens, IReadOnlyList<EntityMention> mentions)
    {
        Dictionary<string, EntityMention?>? tagged = null;
        var span = TokenLookup.AsSpan(tokens);
        List<(int Token, EntityMention Mention)>? longer = null;
        foreach (var mention in mentions)
        {
            int token = TokenLookup.TokenStartingAt(span, mention.Start);
            if (token < 0) continue;
            if (span[token].End != mention.End)
            {
                if (mention.Label == EntityLabel.Person && Array.IndexOf(labels, EntityLabel.Person) >= 0) (longer ??= []).Add((token, mention));
                continue;
            }

            if (!IsCapitalizedName(mention.Text)) continue;
            tagged ??= new Dictionary<string, EntityMention?>(StringComparer.Ordinal);
            bool wanted = Array.IndexOf(labels, mention.Label) >= 0;
            if (!tagged.TryGetValue(mention.Text, out var previous)) tagged[mention.Text] = wanted ? mention : null;
            else if (previous is not null && (previous.Label != mention.Label || !wanted)) tagged[mention.Text] = null;
        }

        // The words of a longer person name (Clémence and Aubry of Clémence Aubry) after the one-word names, which they never
        // override: a word that is also a one-word name of another label is left alone.
        foreach (var (first, mention) in longer ?? [])
        {
            for (int t = first; t < span.Length && span[t].End <= mention.End; t++)
            {
                if (span[t].Kind != TokenKind.Word || !IsCapitalizedName(span[t].GetSpan(text), lowercaseWords.Count > 0 ? 2 : 3)) continue;
                string word = span[t].GetText(text);
                if (partExclusions.Contains(word) || (word.Length == 2 && lowercaseWords.Contains(word.ToLowerInvariant()))) continue;
                tagged ??= new Dictionary<string, EntityMention?>(StringComparer.Ordinal);
                if (!tagged.TryGetValue(word, out var previous)) tagged[word] = mention;
                else if (previous is not null && previous.Label != mention.Label) tagged[word] = null;
            }
        }

        return tagged;
    }
}
