using Entities.Knowledge;
using System.Collections.Frozen;
using Entities.Sentences;
using Entities.Tokenization;

namespace Entities.Mentions;

/// <summary>
/// Adds the names of the alias table that the tagger left untagged (<c>selon la Haute Autorité de santé</c>, <c>la Cour des
/// comptes</c>, <c>TotalEnergies</c>): a run of untagged tokens that spells a name of the table exactly becomes a mention
/// with the table's label and the score <see cref="Score"/>. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// <para>Precision first. The run must spell the name as <see cref="TableSpelling"/> says (case-sensitive, but apostrophes
/// of either kind, accents that may be missing, <c>Societe Generale</c>, and after the first word the case of the first letter of
/// a word of <see cref="MinCapitalizedWordLength"/> letters or more: <c>Haute Autorité de Santé</c>), over whole tokens of one sentence, with no existing mention inside but a capitalized place at the
/// end of an organization's or an event's (MISC) name of <see cref="MinAbsorbingWords"/> words or more, or inside it, which it takes in (<c>les Domaines
/// skiables de France</c> tagged <c>France</c>, <c>Le Dauphiné libéré</c> tagged <c>Dauphiné</c>); every entry of the table
/// whose name folds like it must have the same label. The name must look like a name: several words with a capitalized one
/// (<c>Conseil d'État</c>), or one word with an internal capital or a digit (<c>BFMTV</c>), or one plain word
/// (<c>Matignon</c>) away from the start of a sentence (or of a quotation), where a capital proves nothing, unless a dash or a
/// colon follows it as the label opening a title (<c>Sénat – Séance du 22 janvier</c>). A lower-case
/// one-word name is taken only if it is not a word of the table's longer names (<c>gendarmerie</c> of <c>Gendarmerie
/// nationale</c> is a common noun). Runs next to an all-capitals word (a headline) are skipped, as in
/// <see cref="TableAcronymTagger"/>, and so are organizations right before a model's number (<see cref="ModelNumbers"/>:
/// <c>Motorola 6800</c>). A one-word name the table writes in lower case (<c>franceinfo</c>) is also read capitalized away
/// from a sentence start. At each token the longest name wins; the text is read left to right.</para>
/// <para>The table's names are split once, at construction, by the same tokenizer as the documents and indexed by their
/// first token, so a document costs one dictionary lookup per untagged token.</para>
/// </remarks>
public sealed class TableNameTagger : IMentionRefiner
{
    /// <summary>The score given to the mentions this layer adds (as <see cref="TableAcronymTagger.Score"/>).</summary>
    public const double Score = TableAcronymTagger.Score;

    /// <summary>First token (straight apostrophes) → the names starting with it, longest first.</summary>
    private readonly FrozenDictionary<string, NameList> byFirstToken;

    /// <summary>Rejects at once the tokens that cannot be a key of <see cref="byFirstToken"/> (typographic apostrophes read as straight).</summary>
    private readonly SurfaceFilter firstTokenFilter;

    /// <summary>The phrases one of which must stand right before a name, or <see langword="null"/> for none.</summary>
    private readonly PrecedingPhrases? precedingPhrases;

    /// <summary>Creates the layer over the names of <paramref name="table"/>, split by <paramref name="tokenizer"/>.</summary>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public TableNameTagger(AliasTable table, ITokenizer tokenizer)
        : this(table, tokenizer, [])
    {
    }

    /// <summary>
    /// Creates the layer over the names of <paramref name="table"/>, split by <paramref name="tokenizer"/>; a one-word name
    /// whose lower-case form is none of <paramref name="ordinaryWords"/> (the language's lower-case words: for a
    /// <see cref="Tagging.CrfTagger"/>, its model's) is also taken at the start of a sentence, where its capital cannot come
    /// from the sentence (<c>Atos a annoncé…</c>; not <c>Orange a annoncé…</c>, <c>orange</c> being a word).
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public TableNameTagger(AliasTable table, ITokenizer tokenizer, IEnumerable<string> ordinaryWords)
        : this(table, tokenizer, ordinaryWords, [])
    {
    }

    /// <summary>
    /// Creates the layer as <see cref="TableNameTagger(AliasTable, ITokenizer, IEnumerable{string})"/>, that tags a name only
    /// right after one of <paramref name="precedingPhrases"/> when there are any (lower case, straight apostrophes, each
    /// ending with its preposition: <c>pdg de</c>, <c>secrétaire général d'</c>; compared case-insensitively at a word
    /// boundary): for names that only such a context makes safe (<c>le PDG de Carrefour</c>, <c>président des Républicains</c>).
    /// A name coordinated (<c>et</c>, <c>ou</c>, a comma) with a mention of its label is taken too (<c>l'Unsa et Solidaires</c>).
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A phrase is empty or longer than 60 characters.</exception>
    public TableNameTagger(AliasTable table, ITokenizer tokenizer, IEnumerable<string> ordinaryWords, IEnumerable<string> precedingPhrases)
    {
        ArgumentNullException.ThrowIfNull(ordinaryWords);
        var phrases = new PrecedingPhrases(precedingPhrases, nameof(precedingPhrases));
        this.precedingPhrases = phrases.IsEmpty ? null : phrases;
        var ordinary = ordinaryWords as IReadOnlySet<string> ?? ordinaryWords.ToHashSet(StringComparer.Ordinal);
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(tokenizer);
        var split = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var labels = new Dictionary<string, EntityLabel?>(StringComparer.Ordinal);
        foreach (var entry in table.Entries)
        {
            foreach (string name in entry.AllNames)
            {
                string straight = Apostrophes.Straighten(name);
                if (!split.ContainsKey(straight)) split[straight] = Split(straight, tokenizer);
                labels[straight] = LabelOf(table, name);
            }
        }

        var commonWords = CommonWords(split.Values);
        var index = new Dictionary<string, List<TableName>>(StringComparer.Ordinal);
        foreach (var (name, tokens) in split)
        {
            if (tokens.Length == 0 || labels[name] is not { } label) continue;
            var shape = TableNameShapes.Of(tokens, commonWords);
            if (shape == TableNameShape.Never) continue;
            if (shape == TableNameShape.NotSentenceInitial && tokens.Length == 1 && ordinary.Count > 0 && !ordinary.Contains(tokens[0].ToLowerInvariant()))
                shape = TableNameShape.Anywhere;
            Add(new TableName(tokens, label, shape));

            // Text typed without accents (web pages in plain ASCII, OCR that lost them) spells the name too (`Societe Generale`,
            // `Citroen`): the first word is also looked up bare, the next ones are compared by TableSpelling. A bare
            // one-word name must not be a word of the language (`Sante`, `Energie`).
            string bare = TextFolding.WithoutDiacritics(tokens[0]);
            if (!ReferenceEquals(bare, tokens[0]) && (tokens.Length > 1 || (ordinary.Count > 0 && !ordinary.Contains(bare.ToLowerInvariant()) && !split.ContainsKey(bare))))
                Add(new TableName([bare, .. tokens[1..]], label, shape));

            // A one-word brand written in lower case (`franceinfo`, `leboncoin`) is also read capitalized, as editors and
            // sentence starts write it (`les rédactions de Franceinfo`); away from a sentence start only, where a capital proves
            // nothing, and unless the capitalized form is a name of its own.
            if (tokens.Length == 1 && char.IsLower(tokens[0][0]))
            {
                string capitalized = char.ToUpperInvariant(tokens[0][0]) + tokens[0][1..];
                if (!split.ContainsKey(capitalized)) Add(new TableName([capitalized], label, TableNameShape.NotSentenceInitial));
            }

            // A long name also in lower case at its head, as the press writes bodies (`la direction générale de la police
            // nationale`): four words at least, so that no generic phrase of two or three words is read as a name, and a head
            // of five letters or more, a noun rather than an article (`Les Amis de la Terre` is not `les amis de la terre`).
            if (tokens.Length >= MinLowerCaseHeadWords && tokens[0].Length >= MinLowerCaseHeadLength && IsCapitalizedWord(tokens[0]))
                Add(new TableName([char.ToLowerInvariant(tokens[0][0]) + tokens[0][1..], .. tokens[1..]], label, TableNameShape.Anywhere));
        }

        byFirstToken = index.ToFrozenDictionary(
            pair => pair.Key, pair => new NameList([.. pair.Value.OrderByDescending(n => n.Tokens.Length)]), StringComparer.Ordinal);
        firstTokenFilter = new SurfaceFilter(byFirstToken.Keys);

        void Add(TableName name)
        {
            if (!index.TryGetValue(name.Tokens[0], out var list)) index[name.Tokens[0]] = list = [];
            list.Add(name);
        }
    }

    /// <inheritdoc />
    public IReadOnlyList<EntityMention> Refine(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, IReadOnlyList<EntityMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(mentions);
        var lookup = byFirstToken.GetAlternateLookup<ReadOnlySpan<char>>();
        var span = TokenLookup.AsSpan(tokens);
        var known = TokenLookup.AsSpan(mentions);
        List<EntityMention>? added = null;
        HashSet<int>? absorbed = null;
        int nextMention = 0;
        foreach (var sentence in TokenLookup.AsSpan(sentences))
        {
            int t = sentence.FirstToken;
            while ((t = firstTokenFilter.FirstMayContain(text, span, t, sentence.EndToken)) < sentence.EndToken)
            {
                var token = span[t];
                var surface = token.GetSpan(text);
                while (nextMention < known.Length && known[nextMention].End <= token.Start) nextMention++;
                int freeUntil = nextMention < known.Length ? known[nextMention].Start : int.MaxValue;

                // A place the tagger found inside an organization's name or at its end (`les Domaines skiables de France` read as
                // `France`, `Le Dauphiné libéré` as `Dauphiné`) is taken into the name, which must end before the next mention.
                int absorbEnd = nextMention < known.Length && known[nextMention].Label == EntityLabel.Location && char.IsUpper(text[known[nextMention].Start])
                    ? known[nextMention].End
                    : -1;
                int absorbLimit = nextMention + 1 < known.Length ? known[nextMention + 1].Start : int.MaxValue;
                NameList? names = null;
                bool found = token.End <= freeUntil && (Apostrophes.HasTypographic(surface)
                    ? byFirstToken.TryGetValue(Apostrophes.Straighten(surface.ToString()), out names)
                    : lookup.TryGetValue(surface, out names));
                if (!found || Match(text, span, sentence, t, freeUntil, absorbEnd, absorbLimit, names!) is not { } name
                    || (precedingPhrases is not null && !precedingPhrases.EndBefore(text, token.Start)
                        && !IsCoordinated(text, span, sentence, mentions, t, t + name.Tokens.Length - 1, name.Label)))
                {
                    t++;
                    continue;
                }

                int matched = name.Tokens.Length;
                int end = span[t + matched - 1].End;
                if (end > freeUntil) (absorbed ??= []).Add(nextMention);
                (added ??= []).Add(new EntityMention(token.Start, end, text[token.Start..end], name.Label, Score, null));
                t += matched;
            }
        }

        if (added is null) return mentions;
        return SortedMentions.Merge(absorbed is null ? mentions : [.. mentions.Where((_, i) => !absorbed.Contains(i))], added);
    }

    /// <summary>
    /// Whether tokens <paramref name="first"/> to <paramref name="last"/> are coordinated (<c>et</c>, <c>ou</c>, a comma, then
    /// perhaps a lower-case article) with a mention of <paramref name="label"/> right before or right after them in the sentence
    /// (<c>l'Unsa et Solidaires</c>, <c>Solidaires et la CGT</c>): a list names things of one kind.
    /// </summary>
    private static bool IsCoordinated(string text, ReadOnlySpan<Token> tokens, Sentence sentence, IReadOnlyList<EntityMention> mentions, int first, int last, EntityLabel label)
    {
        // Before: mention, link, (article), name.
        int t = first - 1;
        if (t >= sentence.FirstToken && IsLowerCaseArticle(tokens[t].GetSpan(text))) t--;
        if (t > sentence.FirstToken && IsCoordinator(tokens[t].GetSpan(text)))
        {
            int end = tokens[t - 1].End;
            int index = MentionLookup.FirstEndingAfter(mentions, end - 1);
            if (index < mentions.Count && mentions[index].End == end && mentions[index].Label == label) return true;
        }

        // After: name, link, (article), mention.
        t = last + 1;
        if (t + 1 >= sentence.EndToken || !IsCoordinator(tokens[t].GetSpan(text))) return false;
        t++;
        if (IsLowerCaseArticle(tokens[t].GetSpan(text)) && t + 1 < sentence.EndToken) t++;
        return MentionLookup.StartingAt(mentions, tokens[t].Start) is { } next && next.Label == label;

        static bool IsCoordinator(ReadOnlySpan<char> word) => word is "et" or "ou" or ",";

        static bool IsLowerCaseArticle(ReadOnlySpan<char> word) => word is "la" or "le" or "les" or "l'" or "l’";
    }

    /// <summary>The fewest words of an organization's or an event's name that may take in a place found at its end.</summary>
    public const int MinAbsorbingWords = 3;

    /// <summary>The longest name of <paramref name="names"/> spelled from token <paramref name="first"/> that may become a mention there, or <see langword="null"/>.</summary>
    /// <remarks>
    /// A name may run past <paramref name="freeUntil"/> only to take in a place whole, ending at or after <paramref name="absorbEnd"/>
    /// (the place's end) and no later than <paramref name="absorbLimit"/> (the next mention's start): an organization or an event
    /// of <see cref="MinAbsorbingWords"/> words or more, spelled with its capital (`le tribunal correctionnel de Paris`, read with a
    /// lower-case head, is annotated as a court and a place in the corpora).
    /// </remarks>
    private static TableName? Match(string text, ReadOnlySpan<Token> tokens, Sentence sentence, int first, int freeUntil, int absorbEnd, int absorbLimit, NameList names)
    {
        int secondLength = first + 1 < sentence.EndToken ? tokens[first + 1].Length : -1;
        var counts = names.Counts;
        var secondLengths = names.SecondLengths;
        for (int i = 0; i < counts.Length; i++)
        {
            int count = counts[i];
            int last = first + count - 1;
            if (last >= sentence.EndToken || (count > 1 && secondLengths[i] != secondLength)) continue;
            var name = names.Names[i];
            if (tokens[last].End > freeUntil
                && (absorbEnd < 0 || tokens[last].End < absorbEnd || tokens[last].End > absorbLimit
                    || name.Label is not (EntityLabel.Organization or EntityLabel.Miscellaneous) || !char.IsUpper(name.Tokens[0][0])
                    || CountWords(name.Tokens) < MinAbsorbingWords)) continue;
            bool spelled = true;
            for (int k = 1; k < count && spelled; k++) spelled = TableSpelling.SpellsWord(tokens[first + k].GetSpan(text), name.Tokens[k], firstWord: false);
            if (!spelled) continue;
            if (name.Shape == TableNameShape.NotSentenceInitial && IsSentenceInitial(text, tokens, sentence, first) && !OpensALabel(text, tokens, sentence, last)) continue;
            if (Capitals.IsCapitalsWord(text, tokens, first - 1) || Capitals.IsCapitalsWord(text, tokens, last + 1)) continue;
            if (name.Label == EntityLabel.Organization && ModelNumbers.Follows(text, tokens, last + 1, sentence.EndToken)) continue;
            return name;
        }

        return null;
    }

    /// <summary>The fewest letters of a word the text may capitalize where the table's name writes it in lower case (<see cref="TableSpelling"/>).</summary>
    public const int MinCapitalizedWordLength = TableSpelling.MinCapitalizedWordLength;

    /// <summary>
    /// Whether the name that ends at token <paramref name="last"/> is followed by a dash or a colon, as the label that opens a
    /// headline or a transcript's title (<c>Sénat – Séance du 22 janvier</c>, <c>Carrefour : les caisses automatiques</c>): there
    /// the name is meant as a name even at the sentence's start.
    /// </summary>
    private static bool OpensALabel(string text, ReadOnlySpan<Token> tokens, Sentence sentence, int last) =>
        last + 1 < sentence.EndToken && tokens[last + 1].Length == 1 && text[tokens[last + 1].Start] is '–' or '—' or ':'
        && tokens[last + 1].Start > tokens[last].End;

    /// <summary>
    /// Whether token <paramref name="index"/> opens its sentence or a quotation: no word before it in the sentence, or right
    /// after an opening quote or a dash.
    /// </summary>
    private static bool IsSentenceInitial(string text, ReadOnlySpan<Token> tokens, Sentence sentence, int index)
    {
        if (index > sentence.FirstToken && tokens[index - 1].Length == 1 && text[tokens[index - 1].Start] is '«' or '“' or '"' or '‹' or '—' or '–' or '-') return true;
        for (int t = index - 1; t >= sentence.FirstToken; t--)
        {
            if (TableNameShapes.HasLetterOrDigit(tokens[t].GetSpan(text))) return false;
        }

        return true;
    }

    /// <summary>The fewest words of a table name that is also read with its first word in lower case.</summary>
    public const int MinLowerCaseHeadWords = 4;

    /// <summary>The shortest first word read in lower case: a noun (<c>direction</c>, <c>agence</c>), never an article (<c>Les</c>, <c>La</c>).</summary>
    public const int MinLowerCaseHeadLength = 5;

    /// <summary>A capital followed by lower-case letters only (<c>Direction</c>; not <c>DGPN</c>, not <c>McKinsey</c>).</summary>
    private static bool IsCapitalizedWord(string word)
    {
        if (word.Length < 2 || !char.IsUpper(word[0])) return false;
        for (int i = 1; i < word.Length; i++)
        {
            if (!char.IsLower(word[i])) return false;
        }

        return true;
    }

    private static int CountWords(string[] tokens) => tokens.Count(token => TableNameShapes.HasLetterOrDigit(token));

    /// <summary>The name's tokens as <paramref name="tokenizer"/> splits it, with straight apostrophes.</summary>
    private static string[] Split(string name, ITokenizer tokenizer) =>
        [.. tokenizer.Tokenize(name).Select(token => Apostrophes.Straighten(token.GetText(name)))];

    /// <summary>The one label of every entry whose name folds like <paramref name="name"/>, or <see langword="null"/> when they disagree.</summary>
    private static EntityLabel? LabelOf(AliasTable table, string name) => table.TryGetEntry(name, out var entry) ? entry.Label : null;

    /// <summary>The lower-case forms of the words of the table's multi-word names.</summary>
    private static HashSet<string> CommonWords(IEnumerable<string[]> names)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (string[] tokens in names)
        {
            var nameWords = tokens.Where(token => TableNameShapes.HasLetterOrDigit(token)).ToArray();
            if (nameWords.Length < 2) continue;
            foreach (string word in nameWords) words.Add(word.ToLowerInvariant());
        }

        return words;
    }

    /// <summary>A name of the table split into tokens (straight apostrophes), with its label and when it may be tagged.</summary>
    private sealed record TableName(string[] Tokens, EntityLabel Label, TableNameShape Shape);

    /// <summary>
    /// The names that start with one token, longest first, with what <see cref="Match"/> checks before reading a name: its
    /// number of tokens and the length of its second token (−1 for none), which a token must have to spell it
    /// (<see cref="TableSpelling.SpellsWord"/>).
    /// </summary>
    private sealed class NameList(TableName[] names)
    {
        public TableName[] Names { get; } = names;

        public int[] Counts { get; } = [.. names.Select(name => name.Tokens.Length)];

        public int[] SecondLengths { get; } = [.. names.Select(name => name.Tokens.Length > 1 ? name.Tokens[1].Length : -1)];
    }
}
