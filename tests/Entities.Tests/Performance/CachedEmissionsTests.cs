using Entities.Corpora;
using Entities.French.Ner;
using Entities.Tagging;
using Entities.Tests.Support;

namespace Entities.Tests.Performance;

/// <summary>
/// The tagger's cached emissions (<see cref="CachedEmissions"/>: intrinsic and neighbor feature sums cached per word) must equal,
/// bit for bit, the plain computation where every feature of <see cref="FeatureExtractor.Extract"/> is looked up. A template put in
/// a cached group while it depends on other tokens makes these tests fail.
/// </summary>
public sealed class CachedEmissionsTests
{
    private static readonly CrfTagger Tagger = FrenchModel.LoadDefault();

    public static TheoryData<string> Sentences => new()
    {
        "Hier , Marie Lefèvre a visité Strasbourg avec des élus de l' Unesco .",
        "M . Dupont a reçu Mme Borne au ministère de la Justice , rue de la Paix .",
        "« Le Monde » cite l’ OTAN , l' ONU et le Service national de renseignement sud-coréen ( NIS ) .",
        "Paris",
        "Paris Paris",
        "Le président Le Pen et le président",
        "LA RÉPUBLIQUE DU CONGO ET LE 1er MAI 2024 : 12,5 % .",
        "Le Le Le Le Le le le le",
    };

    [Theory]
    [MemberData(nameof(Sentences))]
    public void CachedEmissionsEqualTheUncachedOnes(string sentence)
    {
        var tokens = sentence.Split(' ');
        var workspace = new FeatureExtractor.Workspace();
        AssertSame(tokens, workspace); // cold cache
        AssertSame(tokens, workspace); // warm cache
        AssertSame(tokens.Reverse().ToArray(), workspace); // warm, the first token now seen elsewhere
    }

    [Fact]
    public void EvictionsAndCollisionsInATinyCacheChangeNothing()
    {
        var vocabulary = "le la Paris Marie de l' ONU . , Dupont Lyon à « » Le M".Split(' ');
        var random = new Random(5);
        // "la" and "." have neighbor sums beyond 16 bits: with one side slot for such sums, each evicts the other.
        foreach (var (capacity, maxCapacity, wideCapacity) in new[] { (4, 4, 1), (8, 8, 64), (16, 16, 1), (4, 64, 64), (64, 64, 1) })
        {
            var workspace = new FeatureExtractor.Workspace { Cached = new CachedEmissions(Tagger.Model, capacity, maxCapacity, wideCapacity) };
            for (int trial = 0; trial < 300; trial++)
            {
                var tokens = Enumerable.Range(0, random.Next(1, 12)).Select(_ => vocabulary[random.Next(vocabulary.Length)]).ToArray();
                AssertSame(tokens, workspace);
            }

            Assert.True(workspace.Cached.Cache.Misses > 0 && workspace.Cached.Cache.Hits > 0);
            Assert.True(workspace.Cached.Cache.WideStores > 0);
            Assert.InRange(workspace.Cached.Cache.Capacity, capacity, maxCapacity);
            if (maxCapacity > capacity) Assert.True(workspace.Cached.Cache.Capacity > capacity); // grown when allowed
        }
    }

    [Fact]
    public void TagReturnsTheSameMentionsWithAColdOrWarmCache()
    {
        var tokens = "Hier , Marie Lefèvre a visité Strasbourg avec des élus de l' Unesco .".Split(' ');
        var cold = new CrfTagger(Tagger.Model).Tag(tokens);
        Assert.NotEmpty(cold);
        Assert.Equal(cold, Tagger.Tag(tokens));
        Assert.Equal(cold, Tagger.Tag(tokens));
    }

    [Theory]
    [InlineData("L’OTAN et l'Union européenne : M. Jean-Luc Mélenchon a rencontré 12 500 élus à Saint-Étienne.")]
    [InlineData("« Le ministère de la Justice », dit-il… Puis Mme Dupont partit pour New York, via l’aéroport Charles-de-Gaulle.")]
    public void TaggingTokensOverTheTextEqualsTaggingTheirStrings(string text)
    {
        var tokens = Entities.French.Tokenization.FrenchTokenizer.Default.Tokenize(text);
        Assert.Contains(tokens, token => token.HasNormalizedForm);
        for (int first = 0; first < tokens.Count; first += 7)
        {
            int count = Math.Min(11, tokens.Count - first);
            var strings = Enumerable.Range(first, count).Select(i => tokens[i].GetNormalized(text)).ToArray();
            var expected = Tagger.Tag(strings);
            var actual = new List<TaggedSpan>();
            Tagger.Tag(text, tokens, first, count, actual);
            Assert.Equal(expected, actual);
        }
    }

    [SharedDataFact]
    public void DevCorporaGiveTheSameEmissions()
    {
        var workspace = new FeatureExtractor.Workspace();
        int sentences = 0;
        foreach (var file in Directory.GetFiles(Path.Combine(SharedData.Directory!, "ner", "dev"), "*.iob2"))
        {
            foreach (var sentence in IobReader.ReadFile(file))
            {
                AssertSame(sentence.Tokens, workspace);
                sentences++;
            }
        }

        Assert.True(sentences > 1000, $"{sentences} sentences");
    }

    private static void AssertSame(IReadOnlyList<string> tokens, FeatureExtractor.Workspace workspace)
    {
        int size = tokens.Count * Tagger.Model.TagSet.Count;
        var expected = new float[size];
        var actual = new float[size];
        Tagger.UncachedEmissions(tokens, expected);
        workspace.Cached ??= new CachedEmissions(Tagger.Model);
        workspace.Cached.Compute(tokens, workspace, actual);
        for (int k = 0; k < size; k++)
        {
            if (BitConverter.SingleToInt32Bits(expected[k]) != BitConverter.SingleToInt32Bits(actual[k]))
                Assert.Fail($"Emission {k} of \"{string.Join(' ', tokens)}\": {actual[k]} instead of {expected[k]}.");
        }
    }
}
