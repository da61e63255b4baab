using System.Collections.Frozen;
using Entities.Tokenization;

namespace Entities.Tagging;

/// <summary>
/// Reads title-case sentences (web headlines: <c>Bruxelles Inquiet Face Au Rapprochement Entre Ankara Et Le Hamas</c>) the
/// way the wrapped tagger was trained to read text: in such a sentence, a capitalized word whose lower-case form is an
/// ordinary word of the language (<c>Inquiet</c>, <c>Face</c>, <c>Au</c>, <c>Le</c>), or a feminine or plural form of one
/// (<c>Alarmée</c>), is given to the tagger in lower case, so its capital no longer looks like a name's. Other sentences go to
/// the tagger unchanged. Offsets never change: only the normalized forms the tagger reads. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// A sentence (or tagging window) is title case when it has at least <see cref="MinWords"/> words, at least
/// <see cref="MinCapitalizedShare"/> of them start with a capital, and at least <see cref="MinCapitalizedOrdinaryWords"/> of
/// those after the first are ordinary words, which running text never does.
/// </remarks>
public sealed class TitleCaseTagger : ITagger
{
    /// <summary>The fewest words a title-case sentence has.</summary>
    public const int MinWords = 4;

    /// <summary>The share of capitalized words from which a sentence is title case.</summary>
    public const double MinCapitalizedShare = 0.75;

    /// <summary>The fewest capitalized ordinary words after the first word of a title-case sentence.</summary>
    public const int MinCapitalizedOrdinaryWords = 2;

    private readonly ITagger inner;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ordinaryWords;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> names;

    /// <summary>Wraps <paramref name="inner"/>; <paramref name="ordinaryWords"/> are the lower-case words of the language (for a <see cref="CrfTagger"/>, its model's <see cref="FeatureConfiguration.LowercaseWords"/>).</summary>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public TitleCaseTagger(ITagger inner, IEnumerable<string> ordinaryWords)
        : this(inner, ordinaryWords, [])
    {
    }

    /// <summary>
    /// As <see cref="TitleCaseTagger(ITagger, IEnumerable{string})"/>; the words of <paramref name="names"/>, as written
    /// (<c>Bourgogne</c>, <c>Champagne</c>), keep their capital even when their lower-case form is an ordinary word: names
    /// of places a headline uses (<c>300 Postes En Bourgogne</c>).
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public TitleCaseTagger(ITagger inner, IEnumerable<string> ordinaryWords, IEnumerable<string> names)
        : this(inner, ordinaryWords, names, [])
    {
    }

    /// <summary>
    /// As <see cref="TitleCaseTagger(ITagger, IEnumerable{string}, IEnumerable{string})"/>; a run of words that spells one of
    /// <paramref name="phrases"/> in any case (names of several words, as written: <c>Real Madrid</c>, <c>Chantiers de
    /// l'Atlantique</c>) is given to the tagger as the phrase writes it (<c>Le Real Madrid</c>, <c>Chantiers De L'Atlantique</c>
    /// in a headline), so that neither its name words lose their capital nor its small words keep the headline's. A phrase
    /// counts only when one of its words is a name: not an ordinary word, or one of <paramref name="names"/> (not <c>Le
    /// Monde</c>, which a headline may mean as the world).
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public TitleCaseTagger(ITagger inner, IEnumerable<string> ordinaryWords, IEnumerable<string> names, IEnumerable<string> phrases)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentNullException.ThrowIfNull(ordinaryWords);
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(phrases);
        this.inner = inner;
        this.ordinaryWords = ordinaryWords.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        this.names = names.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        var given = phrases as IReadOnlyCollection<string> ?? [.. phrases];
        phrasesByFirstWord = new(() => IndexPhrases(given));   // built at the first headline: most documents have none
    }

    /// <summary>First word (lower case, straight apostrophes) → the phrases starting with it, as written, longest first.</summary>
    private readonly Lazy<FrozenDictionary<string, string[][]>> phrasesByFirstWord;

    private FrozenDictionary<string, string[][]> IndexPhrases(IEnumerable<string> phrases)
    {
        var byFirstWord = new Dictionary<string, List<string[]>>(StringComparer.Ordinal);
        foreach (string phrase in phrases)
        {
            string[] words = [.. Gazetteer.TokenizeEntry(phrase)];   // as the tagger's gazetteer matcher cuts an entry
            if (words.Length < 2 || !words.Any(IsNameWord)) continue;
            string key = words[0].ToLowerInvariant();
            if (!byFirstWord.TryGetValue(key, out var list)) byFirstWord[key] = list = [];
            list.Add(words);
        }

        return byFirstWord.ToFrozenDictionary(
            pair => pair.Key, pair => pair.Value.DistinctBy(words => string.Join(' ', words)).OrderByDescending(words => words.Length).ToArray(), StringComparer.Ordinal);

        bool IsNameWord(string word) => names.Contains(word) || !ordinaryWords.Contains(word.ToLowerInvariant());
    }

    /// <summary>
    /// The phrase spellings of the window's tokens (<see langword="null"/> where no phrase is spelled), matching each token's
    /// text folded to lower case with straight apostrophes; at each token the longest phrase wins, read left to right.
    /// </summary>
    private string?[]? PhraseSpellings(string text, IReadOnlyList<Token> tokens, int first, int count)
    {
        string?[]? spellings = null;
        var index = phrasesByFirstWord.Value;
        if (index.Count == 0) return null;
        for (int i = 0; i < count; i++)
        {
            if (!index.TryGetValue(Folded(text, tokens[first + i]), out var candidates)) continue;
            foreach (var words in candidates)
            {
                if (i + words.Length > count) continue;
                bool spelled = true;
                for (int k = 1; k < words.Length && spelled; k++) spelled = Folded(text, tokens[first + i + k]) == words[k].ToLowerInvariant();
                if (!spelled) continue;
                spellings ??= new string?[count];
                for (int k = 0; k < words.Length; k++) spellings[i + k] = words[k];
                i += words.Length - 1;
                break;
            }
        }

        return spellings;

        static string Folded(string text, Token token) => token.GetSpan(text).ToString().Replace('\u2019', '\'').ToLowerInvariant();
    }

    /// <summary>Wraps a CRF tagger with its model's own vocabulary of ordinary words (<see cref="FeatureConfiguration.OrdinaryWords"/>, else its lower-case lexicon).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="tagger"/> is <see langword="null"/>.</exception>
    public static TitleCaseTagger For(CrfTagger tagger) => For(tagger, []);

    /// <summary>
    /// Wraps a CRF tagger with its model's own vocabulary of ordinary words, keeping the one-word entries of its gazetteers
    /// named in <paramref name="nameGazetteers"/> capitalized (see <see cref="TitleCaseTagger(ITagger, IEnumerable{string}, IEnumerable{string})"/>).
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static TitleCaseTagger For(CrfTagger tagger, IEnumerable<string> nameGazetteers) => For(tagger, nameGazetteers, []);

    /// <summary>
    /// As <see cref="For(CrfTagger, IEnumerable{string})"/>; the entries of several words of the gazetteers named in
    /// <paramref name="phraseGazetteers"/> are read as they are written wherever a headline spells them (see
    /// <see cref="TitleCaseTagger(ITagger, IEnumerable{string}, IEnumerable{string}, IEnumerable{string})"/>).
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static TitleCaseTagger For(CrfTagger tagger, IEnumerable<string> nameGazetteers, IEnumerable<string> phraseGazetteers)
    {
        ArgumentNullException.ThrowIfNull(tagger);
        ArgumentNullException.ThrowIfNull(nameGazetteers);
        ArgumentNullException.ThrowIfNull(phraseGazetteers);
        var features = tagger.Model.Features;
        var wanted = nameGazetteers.ToHashSet(StringComparer.Ordinal);
        var names = features.Gazetteers.Where(g => wanted.Contains(g.Name)).SelectMany(g => g.Entries).Where(entry => !entry.Contains(' ', StringComparison.Ordinal));
        var phraseNames = phraseGazetteers.ToHashSet(StringComparer.Ordinal);
        var phrases = features.Gazetteers.Where(g => phraseNames.Contains(g.Name)).SelectMany(g => g.Entries).Where(entry => entry.Contains(' ', StringComparison.Ordinal));
        return new TitleCaseTagger(tagger, features.OrdinaryWords.Count > 0 ? features.OrdinaryWords : features.LowercaseWords, names, phrases);
    }

    /// <summary>The wrapped tagger.</summary>
    public ITagger Inner => inner;

    /// <inheritdoc />
    public IReadOnlyList<EntityLabel> Labels => inner.Labels;

    /// <inheritdoc />
    public void Tag(string text, IReadOnlyList<Token> tokens, int first, int count, List<TaggedSpan> output)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        if (!IsTitleCase(text, tokens, first, count) || !HasCapitalizedOrdinaryWords(text, tokens, first, count))
        {
            inner.Tag(text, tokens, first, count, output);
            return;
        }

        var window = new Token[count];
        var phraseSpellings = PhraseSpellings(text, tokens, first, count);
        Span<char> lower = stackalloc char[64];
        for (int i = 0; i < count; i++)
        {
            var token = tokens[first + i];
            window[i] = token;
            if (phraseSpellings?[i] is { } spelling)
            {
                window[i] = new Token(token.Start, token.Length, token.Kind, spelling);
                continue;
            }

            bool capital = token.Kind == TokenKind.Elision ? char.IsUpper(text[token.Start]) : token.Kind == TokenKind.Word && StartsCapitalized(text, token);
            if (!capital || token.Length > lower.Length || names.Contains(token.GetSpan(text))) continue;
            string normalized = token.GetNormalized(text);
            if (normalized.Length > lower.Length) continue;
            int length = normalized.AsSpan().ToLowerInvariant(lower);
            if (length <= 0) continue;
            if (!ordinaryWords.TryGetValue(lower[..length], out string? word))
            {
                if (!IsInflectionOfOrdinaryWord(lower[..length])) continue;
                word = new string(lower[..length]);
            }

            window[i] = new Token(token.Start, token.Length, token.Kind, word);
        }

        inner.Tag(text, window, 0, count, output);
    }

    /// <summary>
    /// The endings of a feminine or plural form and what they replace in the base form (<c>alarmée</c> of <c>alarmé</c>,
    /// <c>anciennes</c> of <c>ancien</c>). Not a bare <c>-e</c>, <c>-s</c> or <c>-es</c>, which names end with as often (<c>Buttes</c>
    /// in a list of names read as a headline).
    /// </summary>
    private static readonly (string Ending, string Base)[] Inflections =
    [
        ("ées", "é"), ("ée", "é"), ("és", "é"), ("nnes", "n"), ("nne", "n"), ("lles", "l"), ("lle", "l"), ("euses", "eur"), ("euse", "eur"),
        ("ives", "if"), ("ive", "if"), ("ères", "er"), ("ère", "er"), ("aux", "al"),
    ];

    /// <summary>
    /// Whether <paramref name="word"/> (lower case) is a feminine or plural form of an ordinary word that the vocabulary lacks
    /// (<c>alarmée</c>, <c>perturbées</c>, <c>anciennes</c>: the vocabulary keeps the words seen often enough, and the rarer forms
    /// of common words miss it). The base form must be an ordinary word of three letters or more.
    /// </summary>
    private bool IsInflectionOfOrdinaryWord(ReadOnlySpan<char> word)
    {
        Span<char> candidate = stackalloc char[64];
        foreach (var (ending, baseEnding) in Inflections)
        {
            if (!word.EndsWith(ending, StringComparison.Ordinal)) continue;
            int stem = word.Length - ending.Length;
            if (stem + baseEnding.Length < 3 || stem + baseEnding.Length > candidate.Length) continue;
            word[..stem].CopyTo(candidate);
            baseEnding.AsSpan().CopyTo(candidate[stem..]);
            if (ordinaryWords.Contains(candidate[..(stem + baseEnding.Length)])) return true;
        }

        return false;
    }

    /// <summary>
    /// Whether at least <see cref="MinCapitalizedOrdinaryWords"/> words after the first are ordinary words written with a capital
    /// (<c>Face</c>, <c>Au</c>): what tells a headline from a sentence dense with names (<c>Le président Emmanuel Macron a reçu
    /// Olaf Scholz à Paris</c>).
    /// </summary>
    private bool HasCapitalizedOrdinaryWords(string text, IReadOnlyList<Token> tokens, int first, int count)
    {
        int found = 0;
        Span<char> lower = stackalloc char[64];
        for (int i = first + 1; i < first + count; i++)
        {
            var token = tokens[i];
            if (token.Kind != TokenKind.Word || token.Length > lower.Length || !StartsCapitalized(text, token)) continue;
            int length = token.GetSpan(text).ToLowerInvariant(lower);
            if (length > 0 && ordinaryWords.Contains(lower[..length]) && ++found >= MinCapitalizedOrdinaryWords) return true;
        }

        return false;
    }

    /// <summary>Whether the window is a title-case sentence.</summary>
    private static bool IsTitleCase(string text, IReadOnlyList<Token> tokens, int first, int count)
    {
        int words = 0, capitalized = 0;
        for (int i = first; i < first + count; i++)
        {
            var token = tokens[i];
            if (token.Kind != TokenKind.Word || token.Length < 2 || !char.IsLetter(text[token.Start])) continue;
            words++;
            if (StartsCapitalized(text, token)) capitalized++;
        }

        return words >= MinWords && capitalized >= MinCapitalizedShare * words;
    }

    /// <summary>A capital followed by at least one lower-case letter (not a word in capitals, which is an acronym or shouting).</summary>
    private static bool StartsCapitalized(string text, Token token)
    {
        var span = token.GetSpan(text);
        if (span.Length == 0 || !char.IsUpper(span[0])) return false;
        foreach (char c in span[1..])
        {
            if (char.IsLower(c)) return true;
        }

        return false;
    }
}
