using System.Collections.Frozen;
using Entities.Knowledge;
using Entities.Sentences;
using Entities.Tokenization;

namespace Entities.Mentions;

/// <summary>
/// Tags names that are also ordinary words, given names or places (<c>Carrefour</c>, <c>Renaissance</c>, <c>Visa</c>,
/// <c>Action</c>: organizations the alias table leaves out for that reason) where the writing alone shows a name: <c>Quant à
/// Renaissance, elle…</c>, <c>l'entrepôt d'Action</c>, <c>commander sur Amazon</c>. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// Precision first: the name is written as given (case-sensitive, apostrophes of either kind) over whole tokens the tagger
/// left untagged, inside a sentence that has a lower-case word (not a title-case headline); it is not the sentence's first token,
/// the token before it is neither one of the given determiners (<c>la Renaissance</c>, <c>un Carrefour</c>) nor a capitalized
/// word (<c>Léonard de Vinci</c>, <c>Pierre Renaissance</c>), and no capitalized word follows it, right after it or after
/// <c>de</c> (<c>Carrefour Market</c>, <c>Carrefour de l'Arbre</c>: longer names). A new mention gets <see cref="Score"/>.
/// </remarks>
public sealed class BareNameTagger : IMentionRefiner
{
    /// <summary>The score of a name this layer adds.</summary>
    public const double Score = 0.6;

    private readonly EntityLabel label;
    private readonly FrozenDictionary<string, string[][]> byFirstToken;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> firstTokens;
    private readonly FrozenSet<string> determiners;
    private readonly SurfaceFilter filter;

    /// <summary>Creates the tagger giving <paramref name="label"/> to <paramref name="names"/>, split by <paramref name="tokenizer"/>.</summary>
    /// <param name="names">The names, as written.</param>
    /// <param name="label">Their label.</param>
    /// <param name="tokenizer">The documents' tokenizer.</param>
    /// <param name="determiners">Lower-case words after which a name is a common noun (<c>la</c>, <c>un</c>, <c>l'</c>).</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public BareNameTagger(IEnumerable<string> names, EntityLabel label, ITokenizer tokenizer, IEnumerable<string> determiners)
    {
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(tokenizer);
        ArgumentNullException.ThrowIfNull(determiners);
        this.label = label;
        var split = new Dictionary<string, List<string[]>>(StringComparer.Ordinal);
        foreach (string name in names)
        {
            if (string.IsNullOrWhiteSpace(name)) continue;
            string straight = Apostrophes.Straighten(name.Trim());
            string[] words = [.. tokenizer.Tokenize(straight).Select(token => token.GetNormalized(straight))];
            if (words.Length == 0 || !char.IsUpper(words[0][0])) continue;
            if (!split.TryGetValue(words[0], out var list)) split[words[0]] = list = [];
            if (!list.Exists(w => w.SequenceEqual(words))) list.Add(words);
        }

        byFirstToken = split.ToFrozenDictionary(pair => pair.Key, pair => pair.Value.OrderByDescending(w => w.Length).ToArray(), StringComparer.Ordinal);
        firstTokens = byFirstToken.Keys.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        this.determiners = determiners.Select(Apostrophes.Straighten).ToFrozenSet(StringComparer.Ordinal);
        filter = new SurfaceFilter([.. byFirstToken.Keys]);
    }

    /// <inheritdoc />
    public IReadOnlyList<EntityMention> Refine(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, IReadOnlyList<EntityMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(mentions);
        if (byFirstToken.Count == 0) return mentions;
        List<EntityMention>? result = null;
        var span = TokenLookup.AsSpan(tokens);
        int sentence = 0;
        for (int t = 1; t < tokens.Count; t++)
        {
            if ((t = filter.FirstMayContain(text, span, t, tokens.Count)) >= tokens.Count) break;
            string first = Apostrophes.Straighten(tokens[t].GetNormalized(text));
            if (!firstTokens.Contains(first)) continue;
            while (sentence < sentences.Count && sentences[sentence].EndToken <= t) sentence++;
            if (sentence >= sentences.Count || sentences[sentence].FirstToken == t) continue;
            var current = sentences[sentence];
            if (NameEnd(text, tokens, t, current.EndToken, byFirstToken[first]) is not int last) continue;
            if (!Stands(text, tokens, t, last, current.EndToken) || MentionLookup.Overlaps(result ?? mentions, tokens[t].Start, tokens[last].End)) continue;
            if (!NameShape.HasLowerCaseWord(text, tokens, current)) continue;
            int start = tokens[t].Start, end = tokens[last].End;
            result ??= [.. mentions];
            int at = MentionLookup.FirstEndingAfter(result, start);
            result.Insert(at, new EntityMention(start, end, text[start..end], label, Score, null));
            t = last;
        }

        return result ?? mentions;
    }

    /// <summary>The last token of the longest name that starts at token <paramref name="t"/> (one space or nothing between its tokens), or null.</summary>
    private static int? NameEnd(string text, IReadOnlyList<Token> tokens, int t, int endToken, string[][] names)
    {
        foreach (string[] words in names)
        {
            int last = t + words.Length - 1;
            if (last >= endToken) continue;
            bool match = true;
            for (int k = 1; k < words.Length && match; k++)
            {
                var token = tokens[t + k];
                int gap = token.Start - tokens[t + k - 1].End;
                match = gap <= 1 && (gap == 0 || text[token.Start - 1] == ' ') && Apostrophes.Straighten(token.GetNormalized(text)) == words[k];
            }

            if (match) return last;
        }

        return null;
    }

    /// <summary>
    /// Whether the name [<paramref name="t"/>, <paramref name="last"/>] stands alone: no determiner or capitalized word before
    /// it (an apostrophe alone is read with the letter before it: <c>l ' Action</c> in old print), nor a dash, a colon or an
    /// opening quote, after which a capital opens a sentence the splitter may not have cut (<c>— Voici</c>); no capitalized word
    /// after it.
    /// </summary>
    private bool Stands(string text, IReadOnlyList<Token> tokens, int t, int last, int endToken)
    {
        var before = tokens[t - 1].GetSpan(text);
        if (before is "'" or "\u2019" && t >= 2) before = text.AsSpan(tokens[t - 2].Start, tokens[t - 1].End - tokens[t - 2].Start).ToString().Replace(" ", "", StringComparison.Ordinal);
        if (char.IsUpper(before[0]) || before is "\u2014" or "\u2013" or "-" or ":" or "«" or "\"" or "\u201C") return false;
        if (determiners.Contains(Apostrophes.Straighten(before.ToString()).ToLowerInvariant())) return false;
        if (last + 1 >= endToken) return true;
        if (char.IsUpper(text[tokens[last + 1].Start])) return false;

        // Carrefour de l'Arbre, Action de Grâce: a complement with a capital makes a longer name.
        int next = last + 1;
        if (!NameShape.IsComplementPreposition(tokens[next].GetSpan(text)) && tokens[next].GetSpan(text) is not "des") return true;
        next++;
        if (next < endToken && tokens[next].GetSpan(text) is var article && (article is "la" or "les" || Apostrophes.SpellsAs(article, "l'"))) next++;
        return next >= endToken || !char.IsUpper(text[tokens[next].Start]);
    }
}
