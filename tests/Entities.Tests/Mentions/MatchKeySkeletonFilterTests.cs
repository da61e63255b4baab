using Entities.Knowledge;
using Entities.Corpora;
using Entities.French.Resolution;
using Entities.French.Tokenization;
using Entities.Mentions;
using Entities.Resolution;
using Entities.Tests.Support;

namespace Entities.Tests.Mentions;

public sealed class MatchKeySkeletonFilterTests
{
    private static readonly AliasTable French = FrenchAliasTable.Default;

    /// <summary>The keys <see cref="AliasTableSpanExtender"/> looks up: every word prefix of every name's key.</summary>
    private static readonly HashSet<string> FrenchNamePrefixes = NamePrefixes(French);

    private static readonly MatchKeySkeletonFilter FrenchFilter = new(French.KeyBuilder, FrenchNamePrefixes);

    [Fact]
    public void EveryNameOfTheFrenchTableAndEachOfItsWordPrefixesPasses()
    {
        var buffer = new CharBuffer();
        int names = 0;
        foreach (var entry in French.Entries)
        {
            foreach (string name in entry.AllNames)
            {
                Assert.True(FrenchFilter.MayMatch(name, buffer), name);
                Assert.True(FrenchFilter.MayMatch(name.ToUpperInvariant(), buffer), name);
                var words = name.Split(' ');
                for (int count = 1; count < words.Length; count++)
                {
                    string prefix = string.Join(' ', words, 0, count);
                    if (FrenchNamePrefixes.Contains(French.KeyBuilder.Build(prefix))) Assert.True(FrenchFilter.MayMatch(prefix, buffer), prefix);
                }

                names++;
            }
        }

        Assert.True(names > 100, $"{names} names");
    }

    [Theory]
    [InlineData("Organisation du traité de l’Atlantique")]
    [InlineData("KIM Jong-Un")]
    [InlineData("Kim Jong Un")]
    [InlineData("Nations  unies")]
    [InlineData("Corée du\u00A0Nord")]
    public void SpellingsOfTableNamesPass(string surface)
    {
        Assert.Contains(French.KeyBuilder.Build(surface), FrenchNamePrefixes);
        Assert.True(FrenchFilter.MayMatch(surface, new CharBuffer()));
    }

    [Theory]
    [InlineData("Zbrwmplnd")]
    [InlineData("Jean Valjean regarda Cosette")]
    [InlineData("Marcel Proust")]
    public void RejectsSurfacesWhoseKeyIsNoName(string surface)
    {
        Assert.DoesNotContain(French.KeyBuilder.Build(surface), FrenchNamePrefixes);
        Assert.False(FrenchFilter.MayMatch(surface, new CharBuffer()));
    }

    /// <summary>Keys written by transliteration rules: the surface's spelling differs from the key's, the filter still lets it through.</summary>
    [Theory]
    [InlineData("Philippe", "filippe")]
    [InlineData("PHILIPPE Martin", "filippe martin")]
    [InlineData("Mouammar Kadhafi", "muammar kadafi")]
    [InlineData("Moammar Kaddafy", "muammar kadafi")]
    [InlineData("Kaddafi", "kadafi")]
    public void PassesSurfacesThatTransliterateToAKey(string surface, string key)
    {
        var builder = new MatchKeyBuilder(new TransliterationRules(
        [
            new TransliterationRule("ph", "f", TransliterationPosition.Anywhere),
            new TransliterationRule("ou", "u", TransliterationPosition.Anywhere),
            new TransliterationRule("moa", "mua", TransliterationPosition.WordStart),
            new TransliterationRule("dd", "d", TransliterationPosition.Anywhere),
            new TransliterationRule("dh", "d", TransliterationPosition.Anywhere),
            new TransliterationRule("y", "i", TransliterationPosition.WordEnd),
        ]));
        Assert.Equal(key, builder.Build(surface));
        var filter = new MatchKeySkeletonFilter(builder, [key]);
        Assert.True(filter.MayMatch(surface, new CharBuffer()));
        Assert.False(filter.MayMatch("Pierre", new CharBuffer()));
    }

    [Fact]
    public void ARuleHoldingASpaceLetsEverythingThrough()
    {
        var builder = new MatchKeyBuilder(new TransliterationRules([new TransliterationRule("abc", "a c", TransliterationPosition.Anywhere)]));
        var filter = new MatchKeySkeletonFilter(builder, ["paris"]);
        Assert.True(filter.MayMatch("Zbrwmplnd", new CharBuffer()));
    }

    /// <summary>Spans of my own sentences (line-end cuts, ligatures, apostrophes, no-break spaces): the filter never rejects a key the table holds.</summary>
    [Theory]
    [InlineData("Les alliés de l’Organisation du traité de l'Atlantique nord se sont réunis à Bruxelles.")]
    [InlineData("Le dirigeant nord-coréen Kim Jong-un a reçu Vladimir Poutine à Pyongyang.")]
    [InlineData("La Corée du\u00A0Nord et la Corée du Sud, selon l'Agence France-\nPresse, se parlent.")]
    [InlineData("L'Œuvre de Mouammar Kadhafi et de Moustapha, à la Cour des comp-\ntes et au Conseil d’État.")]
    [InlineData("Les NATIONS UNIES, l'U.N.E.S.C.O., l'Unesco et l'Insee ont publié un rapport à Saint-\nDenis.")]
    public void NeverRejectsAKeyOfTheTableInMySentences(string text) => AssertNoFalseNegative([text], maxTokens: 12);

    /// <summary>Spans of the shared corpora (skipped without them): the filter never rejects a key the table holds.</summary>
    [SharedDataFact]
    public void NeverRejectsAKeyOfTheTableInRealText()
    {
        var texts = new List<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(SharedData.Directory!, "ner", "dev"), "*.iob2"))
        {
            // Sentences as their tokens joined by spaces, by pairs joined by a line break.
            var sentences = IobReader.ReadFile(file).Take(4000).Select(s => string.Join(' ', s.Tokens)).ToList();
            for (int i = 0; i + 1 < sentences.Count; i += 2) texts.Add(sentences[i] + "\n" + sentences[i + 1]);
        }

        var (spans, keys) = AssertNoFalseNegative(texts, maxTokens: 8);
        Assert.True(spans > 100_000, $"{spans} spans");
        Assert.True(keys > 100, $"{keys} spans whose key is in the table");
    }

    private static (int Spans, int Keys) AssertNoFalseNegative(IEnumerable<string> texts, int maxTokens)
    {
        var buffer = new CharBuffer();
        int spans = 0, keys = 0, passed = 0;
        foreach (string text in texts)
        {
            var tokens = FrenchTokenizer.Default.Tokenize(text);
            for (int first = 0; first < tokens.Count; first++)
            {
                for (int last = first; last < Math.Min(tokens.Count, first + maxTokens); last++)
                {
                    string surface = text[tokens[first].Start..tokens[last].End];
                    bool isKey = FrenchNamePrefixes.Contains(French.KeyBuilder.Build(surface));
                    bool mayMatch = FrenchFilter.MayMatch(surface, buffer);
                    if (isKey && !mayMatch) Assert.Fail($"The filter rejects '{surface}', whose key {French.KeyBuilder.Build(surface)} is in the table.");
                    spans++;
                    if (isKey) keys++;
                    if (mayMatch) passed++;
                }
            }
        }

        Assert.True(passed < spans, "The filter rejects nothing.");
        return (spans, keys);
    }

    private static HashSet<string> NamePrefixes(AliasTable table)
    {
        var prefixes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in table.Entries)
        {
            foreach (string name in entry.AllNames)
            {
                string[] words = table.KeyBuilder.BuildWords(name);
                for (int count = 1; count <= words.Length; count++) prefixes.Add(string.Join(' ', words, 0, count));
            }
        }

        return prefixes;
    }
}
