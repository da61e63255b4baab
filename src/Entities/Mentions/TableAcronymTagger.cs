using Entities.Knowledge;
using Entities.Sentences;
using Entities.Tokenization;

namespace Entities.Mentions;

/// <summary>
/// Adds the well-known acronyms the tagger left out (<c>la Banque centrale européenne (BCE)</c>, <c>selon l'ONU</c>): an
/// untagged token written exactly as an all-capitals alias of the table (<c>BCE</c>, <c>OTAN</c>, <c>G20</c>) becomes a
/// mention with the table's label and the score <see cref="Score"/>. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// Precision first: the token must equal, ordinal and case-sensitive, an alias that the table itself spells in capitals
/// (so <c>PARIS</c> in a headline never matches <c>Paris</c>); every entry that has the name must agree on the label; a token
/// next to another all-capitals word (a headline, a shouted phrase) is skipped; existing mentions are never changed.
/// </remarks>
public sealed class TableAcronymTagger : IMentionRefiner
{
    /// <summary>The score given to the mentions this layer adds: a table hit without the tagger's support.</summary>
    public const double Score = 0.8;

    private readonly Dictionary<string, EntityLabel> acronyms = new(StringComparer.Ordinal);

    /// <summary>Rejects at once the tokens that cannot be one of <see cref="acronyms"/>.</summary>
    private readonly SurfaceFilter filter;

    /// <summary>Creates the layer over the all-capitals aliases of <paramref name="table"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is <see langword="null"/>.</exception>
    public TableAcronymTagger(AliasTable table)
        : this(table, [])
    {
    }

    /// <summary>
    /// Creates the layer over the all-capitals aliases of <paramref name="table"/>, and over their one-capital spellings
    /// (<c>Onu</c>, <c>Otan</c>, <c>Unesco</c>, as the press writes acronyms read as words) for acronyms of three letters or
    /// more whose one-capital spelling, in lower case, is none of <paramref name="ordinaryWords"/> and names nothing of another label in the table
    /// (so <c>Ars</c> never stands for <c>ARS</c> when the language has the word); none when the list is empty.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public TableAcronymTagger(AliasTable table, IEnumerable<string> ordinaryWords)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(ordinaryWords);
        var ordinary = ordinaryWords as IReadOnlySet<string> ?? ordinaryWords.ToHashSet(StringComparer.Ordinal);
        var conflicting = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in table.Entries)
        {
            foreach (string name in entry.AllNames)
            {
                if (!IsAcronym(name)) continue;
                if (acronyms.TryGetValue(name, out var label) && label != entry.Label) conflicting.Add(name);
                else acronyms[name] = entry.Label;
            }
        }

        foreach (string name in conflicting) acronyms.Remove(name);
        if (ordinary.Count > 0)
        {
            foreach (var (name, label) in acronyms.ToArray())
            {
                if (name.Length < 3 || !name.All(char.IsLetter)) continue;
                string word = name[0] + name[1..].ToLowerInvariant();
                if (!ordinary.Contains(word.ToLowerInvariant()) && table.GetEntries(word).All(entry => entry.Label == label)) acronyms.TryAdd(word, label);
            }
        }

        filter = new SurfaceFilter(acronyms.Keys);
    }

    /// <inheritdoc />
    public IReadOnlyList<EntityMention> Refine(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, IReadOnlyList<EntityMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(mentions);
        return IsolatedTokenMentions.Add(text, tokens, mentions, filter, new Rule(acronyms.GetAlternateLookup<ReadOnlySpan<char>>(), text, tokens));
    }

    /// <summary>A mention over a token the table knows as an acronym.</summary>
    private readonly struct Rule(Dictionary<string, EntityLabel>.AlternateLookup<ReadOnlySpan<char>> lookup, string text, IReadOnlyList<Token> tokens) : IsolatedTokenMentions.IRule
    {
        public EntityMention? Propose(int t)
        {
            var token = tokens[t];
            if (token.Length < 2 || !char.IsUpper(text[token.Start])) return null;
            if (ModelNumbers.Follows(text, TokenLookup.AsSpan(tokens), t + 1, tokens.Count)) return null;   // `la RN 88`, `le CAC 40`
            var surface = token.GetSpan(text);
            return lookup.TryGetValue(surface, out var label) ? new EntityMention(token.Start, token.End, surface.ToString(), label, Score, null) : null;
        }
    }

    /// <summary>Whether <paramref name="name"/> is an acronym as this tagger reads one: one word of 2 to 8 characters, capitals and digits, at least one capital.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    public static bool IsAcronym(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Length is < 2 or > 8) return false;
        bool capital = false;
        foreach (char c in name)
        {
            if (char.IsUpper(c)) capital = true;
            else if (!char.IsAsciiDigit(c)) return false;
        }

        return capital;
    }
}
