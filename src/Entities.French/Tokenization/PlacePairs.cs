using System.Collections.Frozen;
using Entities.French.Resolution;
using Entities.Knowledge;
using Entities.Resolution;

namespace Entities.French.Tokenization;

/// <summary>
/// Hyphenated pairs of places (<c>l'axe Paris-Berlin</c>, <c>le match France-Brésil</c>, <c>la liaison Valence-Montélimar</c>):
/// a word of two capitalized parts that are both one-word place names is cut into the two names and the hyphen, so that each
/// can be a mention. The places: the countries and cities of the alias tables (<c>countries.tsv</c>, <c>cities.tsv</c>) and the
/// embedded model's place gazetteers (GeoNames cities over 15,000 inhabitants, regions, the knowledge tables' places), less the
/// given names of <c>given-names.tsv</c> (<c>Jean-Pierre</c>). A word that is itself a place of those gazetteers or of the INSEE
/// communes (<c>Charleville-Mézières</c>, <c>Boulogne-Billancourt</c>) stays whole, and so do the names of
/// <c>unsplittable-words.txt</c> (<c>Autriche-Hongrie</c>) and a word right after a capitalized word, where it is more likely
/// a double surname (<c>Kristen Anderson-Lopez</c>). Right after a noun of <c>place-pair-nouns.txt</c> (<c>la ligne
/// Calais-Douvres</c>, <c>la route côtière Dieppe-Fécamp</c>) the INSEE communes are places too, and after a route noun of
/// <c>place-route-nouns.txt</c> one known place is enough when the other part is a capitalized word that is no given name nor
/// an acronym (<c>la liaison Aurillac-Brive</c>; not <c>le duel Hamilton-Verstappen</c>). Words in capitals are read
/// capitalized (<c>BAYONNE-BIARRITZ</c>). A part that opens or closes one place's name (<c>place-compound-words.txt</c>:
/// <c>Basse-Indre</c>, <c>la Croix-Rousse</c>) makes no pair. After a pair noun a chain of places is cut at each hyphen (<c>la
/// ligne Paris-Rouen-Le Havre</c>); elsewhere it stays whole, as the name of one thing (<c>l'aéroport de Tarbes-Lourdes-Pyrénées</c>).
/// </summary>
internal static class PlacePairs
{
    private static readonly string[] PlaceGazetteers = ["country", "region", "world-city", "known-LOC", "alias-LOC"];

    private static readonly Lazy<(HashSet<string> Parts, HashSet<string> Wholes, HashSet<string> ArticlePlaces, HashSet<string> ModelGivenNames)> Places =
        new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The nouns of <c>place-pair-nouns.txt</c> (<c>ligne</c>, <c>liaison</c>), after which communes are place parts too.</summary>
    private static readonly Lazy<HashSet<string>> PairNouns = new(
        () => new HashSet<string>(Data.FrenchDataFiles.ReadEntries("place-pair-nouns.txt"), StringComparer.OrdinalIgnoreCase), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The nouns of <c>place-route-nouns.txt</c> (<c>ligne</c>, <c>étape</c>), after which one known place makes a pair.</summary>
    private static readonly Lazy<HashSet<string>> RouteNouns = new(
        () => new HashSet<string>(Data.FrenchDataFiles.ReadEntries("place-route-nouns.txt"), StringComparer.OrdinalIgnoreCase), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The words of <c>place-compound-words.txt</c> (<c>Basse</c>, <c>Croix</c>), which open or close one place's name and are never one place of a pair.</summary>
    private static readonly Lazy<FrozenSet<string>> CompoundWords = new(
        () => Data.FrenchDataFiles.ReadEntries("place-compound-words.txt").ToFrozenSet(StringComparer.Ordinal), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The model's one-word communes, place parts after a pair noun only (<c>la ligne Calais-Douvres</c>).</summary>
    private static readonly Lazy<Tagging.Gazetteer?> Communes = new(
        () => Ner.FrenchModel.LoadDefault().Model.Features.Gazetteers.FirstOrDefault(g => g.Name == "commune"), LazyThreadSafetyMode.ExecutionAndPublication);

    private static (HashSet<string> Parts, HashSet<string> Wholes, HashSet<string> ArticlePlaces, HashSet<string> ModelGivenNames) Load()
    {
        var gazetteers = Ner.FrenchModel.LoadDefault().Model.Features.Gazetteers;
        var parts = new HashSet<string>(StringComparer.Ordinal);
        var tableNames = new[] { "countries.tsv", "cities.tsv" }
            .SelectMany(file => Data.FrenchDataFiles.ReadTable("aliases/" + file))
            .SelectMany(entry => entry.AllNames);
        foreach (string name in tableNames.Concat(gazetteers.Where(g => PlaceGazetteers.Contains(g.Name)).SelectMany(g => g.Entries)))
        {
            if (name.Length > 1 && char.IsUpper(name[0]) && name.AsSpan().IndexOfAny(" -'’") < 0) parts.Add(name);
        }

        // Given names are no place parts (Jean-Pierre): checked once per distinct name, the cheap set first.
        var modelGivenNames = gazetteers.Where(g => g.Name == "given-name").SelectMany(g => g.Entries).ToHashSet(StringComparer.Ordinal);
        parts.RemoveWhere(name => IsGivenName(name, modelGivenNames));
        // The hyphenated places that are one name (Charleville-Mézières), and the places that start with a capitalized article and
        // a space (Le Havre, La Rochelle: the second part of Rouen-Le Havre).
        var wholes = new HashSet<string>(StringComparer.Ordinal);
        var articlePlaces = new HashSet<string>(StringComparer.Ordinal);
        foreach (var gazetteer in gazetteers.Where(g => g.Name == "commune" || PlaceGazetteers.Contains(g.Name)))
        {
            foreach (string name in gazetteer.Entries)
            {
                if (name.Contains('-') && !name.Contains(' ')) wholes.Add(name);
                if (name.StartsWith("Le ", StringComparison.Ordinal) || name.StartsWith("La ", StringComparison.Ordinal) || name.StartsWith("Les ", StringComparison.Ordinal))
                    articlePlaces.Add(name);
            }
        }

        return (parts, wholes, articlePlaces, modelGivenNames);
    }

    /// <summary>
    /// Whether the word before <paramref name="start"/> (spaces between) starts with a capital letter, unless it is in capitals
    /// (in a headline in capitals every word is; an acronym is no given name).
    /// </summary>
    public static bool FollowsCapitalizedWord(string text, int start)
    {
        if (PreviousWord(text, start, withHyphens: true) is not { } previous || !char.IsUpper(text[previous.Start])) return false;
        var (wordStart, end) = previous;

        // A word in capitals before: a headline (LE DUEL BAYONNE-BIARRITZ) or an acronym (le TER Rouen-Le Havre), no given name
        // before a double surname (Jean Anderson-Lopez, Jean DUPONT-MORAND).
        return !IsCapitals(text.AsSpan(wordStart, end - wordStart));
    }

    /// <summary>
    /// Whether the word before <paramref name="start"/> (spaces between) is a pair noun (<c>ligne</c>, <c>liaison</c>, <c>axe</c>),
    /// or a lower-case word right after one (<c>la route côtière</c>, <c>la liaison aérienne</c>).
    /// </summary>
    public static bool FollowsPairNoun(string text, int start) => Follows(text, start, PairNouns.Value);

    /// <summary>Whether the word before <paramref name="start"/> is a route noun (<c>ligne</c>, <c>étape</c>), or a lower-case word right after one.</summary>
    public static bool FollowsRouteNoun(string text, int start) => Follows(text, start, RouteNouns.Value);

    private static bool Follows(string text, int start, HashSet<string> set)
    {
        if (PreviousWord(text, start, withHyphens: false) is not { } previous) return false;
        var nouns = set.GetAlternateLookup<ReadOnlySpan<char>>();
        if (nouns.Contains(text.AsSpan(previous.Start, previous.End - previous.Start))) return true;
        return char.IsLower(text[previous.Start]) && PreviousWord(text, previous.Start, withHyphens: false) is { } noun
            && char.IsLower(text[noun.Start]) && nouns.Contains(text.AsSpan(noun.Start, noun.End - noun.Start));
    }

    /// <summary>
    /// The word that ends before <paramref name="start"/> with spaces between (letters, and hyphens when
    /// <paramref name="withHyphens"/>), as [start, end); null when there are no spaces or no letter right before them.
    /// </summary>
    private static (int Start, int End)? PreviousWord(string text, int start, bool withHyphens)
    {
        int end = start;
        while (end > 0 && text[end - 1] is ' ' or '\u00A0' or '\u202F') end--;
        if (end == start || end == 0 || !char.IsLetter(text[end - 1])) return null;
        int wordStart = end;
        while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || (withHyphens && text[wordStart - 1] == '-'))) wordStart--;
        return (wordStart, end);
    }

    /// <summary>
    /// The position of the hyphen of <paramref name="word"/> that joins two place names, else -1; after a pair noun
    /// (<paramref name="afterPairNoun"/>) one-word communes are place names too. Either place may be a hyphenated place of the
    /// gazetteers (<c>Nantes-Saint-Nazaire</c>), and the second may be a capitalized article whose place ends with
    /// <paramref name="nextWord"/>, the word after one space (<c>Dieppe-Le Tréport</c>, <c>Rouen-Le Havre</c>). A word in
    /// capitals (<c>BAYONNE-BIARRITZ</c>) is looked up with each part capitalized.
    /// </summary>
    public static int HyphenOf(ReadOnlySpan<char> word, bool afterPairNoun = false, bool afterRouteNoun = false, ReadOnlySpan<char> nextWord = default)
    {
        if (word.Length < 3 || !char.IsUpper(word[0]) || word.Length > 64) return -1;
        Span<char> titled = stackalloc char[word.Length];
        bool capitals = IsCapitals(word);
        for (int i = 0; i < word.Length; i++)
            titled[i] = !capitals || i == 0 || word[i - 1] == '-' ? word[i] : char.ToLowerInvariant(word[i]);
        for (int hyphen = titled.IndexOf('-'); hyphen > 0 && hyphen < titled.Length - 1; hyphen = NextHyphen(titled, hyphen))
        {
            if (char.IsUpper(titled[hyphen + 1]) && IsPairAt(titled, hyphen, afterPairNoun, afterRouteNoun, capitals ? default : nextWord)) return hyphen;
        }

        return -1;

        static int NextHyphen(ReadOnlySpan<char> word, int hyphen)
        {
            int next = word[(hyphen + 1)..].IndexOf('-');
            return next < 0 ? -1 : hyphen + 1 + next;
        }
    }

    /// <summary>Whether the hyphen at <paramref name="hyphen"/> joins two place names (see <see cref="HyphenOf"/>).</summary>
    private static bool IsPairAt(ReadOnlySpan<char> word, int hyphen, bool afterPairNoun, bool afterRouteNoun, ReadOnlySpan<char> nextWord)
    {
        var (parts, wholes, articlePlaces, givenNames) = Places.Value;
        var left = word[..hyphen];
        var right = word[(hyphen + 1)..];
        var compounds = CompoundWords.Value.GetAlternateLookup<ReadOnlySpan<char>>();
        if (compounds.Contains(left) || compounds.Contains(right)) return false;
        bool first = IsPlace(left), second = IsPlace(right) || IsArticlePlace(right, nextWord, articlePlaces)
            || (afterPairNoun && first && right.Contains('-') && HyphenOf(right, afterPairNoun, afterRouteNoun, nextWord) > 0);   // a chain after a pair noun: la ligne Paris-Rouen-Le Havre

        // After a route noun one known place is enough (la ligne Aurillac-Brive, l'étape Bayonne-Luchon), the other part being a
        // capitalized word that is no given name nor an acronym (the route noun is a pair noun too).
        if (!(first && second) && !(afterRouteNoun && (first || second) && IsOtherPart(first ? right : left))) return false;
        return !wholes.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) && !(afterPairNoun && IsCommune(word));

        bool IsOtherPart(ReadOnlySpan<char> part) => part.Length >= 3 && !part.Contains('-') && !IsCapitals(part) && !IsGivenName(part.ToString(), givenNames);

        bool IsPlace(ReadOnlySpan<char> part) =>
            part.Contains('-')
                ? wholes.GetAlternateLookup<ReadOnlySpan<char>>().Contains(part)
                : parts.GetAlternateLookup<ReadOnlySpan<char>>().Contains(part) || (afterPairNoun && IsCommune(part));
    }

    /// <summary>Whether <paramref name="article"/> (<c>Le</c>, <c>La</c>, <c>Les</c>) and <paramref name="nextWord"/> name one of <paramref name="articlePlaces"/> (<c>Le Havre</c>).</summary>
    private static bool IsArticlePlace(ReadOnlySpan<char> article, ReadOnlySpan<char> nextWord, HashSet<string> articlePlaces)
    {
        if (nextWord.IsEmpty || article is not ("Le" or "La" or "Les") || !char.IsUpper(nextWord[0])) return false;
        int length = article.Length + 1 + nextWord.Length;   // NextWord reads 40 characters at most
        Span<char> name = stackalloc char[length];
        article.CopyTo(name);
        name[article.Length] = ' ';
        nextWord.CopyTo(name[(article.Length + 1)..]);
        return articlePlaces.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name);
    }

    /// <summary>The word after one space from <paramref name="end"/> (letters, hyphens and apostrophes inside), or empty.</summary>
    public static ReadOnlySpan<char> NextWord(string text, int end)
    {
        if (end + 1 >= text.Length || text[end] != ' ') return default;
        int stop = end + 1;
        while (stop < text.Length && stop - end <= 40 && (char.IsLetter(text[stop]) || (stop > end + 1 && text[stop] is '-' or '\'' or '\u2019' && stop + 1 < text.Length && char.IsLetter(text[stop + 1])))) stop++;
        return text.AsSpan(end + 1, stop - end - 1);
    }

    /// <summary>Whether <paramref name="name"/> is a one-word commune that is no given name (<c>Marie</c> is a commune too).</summary>
    private static bool IsCommune(ReadOnlySpan<char> name)
    {
        if (Communes.Value is not { } communes) return false;
        string word = name.ToString();
        return communes.Contains(word) && !IsGivenName(word, Places.Value.ModelGivenNames);
    }

    /// <summary>Whether <paramref name="name"/> is a given name of the model's gazetteer (<paramref name="modelGivenNames"/>) or of <c>given-names.tsv</c>.</summary>
    private static bool IsGivenName(string name, HashSet<string> modelGivenNames) =>
        modelGivenNames.Contains(name) || FrenchResolutionData.GivenNames.GenderOf(name) != PersonGender.Unknown;

    /// <summary>Whether every letter of <paramref name="word"/> is a capital.</summary>
    private static bool IsCapitals(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
        {
            if (char.IsLetter(c) && !char.IsUpper(c)) return false;
        }

        return true;
    }
}
