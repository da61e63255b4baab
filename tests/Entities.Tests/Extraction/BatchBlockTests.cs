using Entities.French.Extraction;
using Entities.French.Mentions;
using Entities.French.Resolution;
using Entities.French.Sentences;
using Entities.French.Tokenization;
using Entities.Mentions;
using Entities.Sentences;
using Entities.Tests.Reliability;
using Entities.Tokenization;

namespace Entities.Tests.Extraction;

/// <summary>
/// A batch reads its documents in blocks, stage by stage (each rule over every document of the block before the next rule):
/// a document's result is the one it gets alone, whatever the block holds, and a document that fails fails alone.
/// </summary>
public sealed class BatchBlockTests
{
    // Documents written for these tests.
    private static readonly string[] Pool =
    [
        "Mark Rutte a rencontré les dirigeants de l’Otan à Bruxelles.",
        "M. Rutte a ensuite reçu la presse. Le secrétaire général de l'OTAN a publié un communiqué.",
        "La boulangerie Le Moal a rouvert ses portes à Plouguerneau, selon la mairie.",
        "Selon le NIS, des soldats nord-coréens ont été déployés dans la région de Koursk.",
        "   ",
        "",
        "il pleut depuis ce matin sur la ville.",
        "Airbus et Safran ont signé un accord avec la CGT et FO, a annoncé Guillaume Faury.",
        "PLOUGUERNEAU – Le conseil municipal s'est réuni jeudi sous la présidence d'Yves Le Bras.",
        "Le Stade rennais a battu l'Olympique de Marseille (2-1) au Roazhon Park.",
        "Abdel Fattah al-Sissi a reçu Emmanuel Macron au Caire. Al-Sissi a salué la visite.",
        "Updated March 12 · 5 min read — By Jonathan Keller. Thermiflux, une entreprise de Lorient, recrute.",
    ];

    private static string Describe(ExtractionResult result) => string.Join(" | ",
        result.Mentions.Select(m => $"{m.Start}-{m.End} {m.Text} {m.Label.ToCode()} {m.Score:R} {m.EntityId}"))
        + " || " + string.Join(" | ", result.Entities.Select(e => $"{e.Id} {e.CanonicalName} {e.Label.ToCode()} {string.Join(",", e.Aliases)}"))
        + " || " + string.Join(" | ", result.Roles.Select(r => r.ToString()))
        + " || " + result.TokenCount;

    public static TheoryData<int> Seeds => new() { 1, 2, 3, 4, 5 };

    [Theory]
    [MemberData(nameof(Seeds))]
    public void A_batch_gives_each_document_the_result_it_gets_alone(int seed)
    {
        var random = new Random(seed);
        var documents = Enumerable.Range(0, 40 + random.Next(60)).Select(_ => Pool[random.Next(Pool.Length)]).ToList();
        // Now and then a document of several chunks and many sentences, which makes a block of its own or shares one.
        documents.Insert(random.Next(documents.Count), string.Concat(Enumerable.Repeat(Pool[0] + " " + Pool[2] + "\n", 200 + random.Next(3000))));

        var batch = Extractors.Default.ExtractAll(documents.Select(d => new ExtractionRequest(d))).ToList();

        Assert.Equal(documents.Count, batch.Count);
        for (int i = 0; i < documents.Count; i++)
        {
            Assert.Equal(i, batch[i].Index);
            Assert.True(batch[i].Succeeded);
            Assert.Equal(Describe(Extractors.Default.ExtractEntities(documents[i])), Describe(batch[i].Result!));
        }
    }

    [Fact]
    public void Long_documents_of_many_pieces_give_the_result_they_get_alone()
    {
        // Pieces of 1,000 characters at most: the block's budget is reached inside the long documents, which are then refined
        // a part at a time, their sentences and offsets carried over.
        var small = new FrenchEntityExtractor(new FrenchEntityExtractorOptions { MaxDocumentLength = 1000 });
        var documents = new List<string>
        {
            Pool[0],
            string.Concat(Enumerable.Repeat(Pool[1] + " " + Pool[3] + "\n", EntityExtractor.MaxBlockCharacters / (Pool[1].Length + Pool[3].Length + 2) + 500)),
            Pool[7],
            string.Concat(Enumerable.Repeat(Pool[9] + " " + Pool[10] + "\n", 2000)),
            Pool[2],
        };

        var batch = small.ExtractAll(documents.Select(d => new ExtractionRequest(d))).ToList();
        for (int i = 0; i < documents.Count; i++) Assert.Equal(Describe(small.ExtractEntities(documents[i])), Describe(batch[i].Result!));
        Assert.True(documents[1].Length > EntityExtractor.MaxBlockCharacters);

        // Up to linking, the sentence of each mention too (counted over the document's pieces).
        var read = small.ExtractUnlinkedAll(documents);
        for (int i = 0; i < documents.Count; i++)
        {
            var alone = small.ExtractUnlinked(documents[i]);
            Assert.Equal(alone.Mentions, read[i].Extraction!.Mentions);
            Assert.Equal(alone.SentenceOfMention, read[i].Extraction!.SentenceOfMention);
        }
    }

    [Fact]
    public void Threads_give_each_document_the_result_it_gets_alone()
    {
        var documents = Enumerable.Range(0, 150).Select(i => Pool[i % Pool.Length]).ToList();
        var parallel = Extractors.Default.ExtractAll(documents.Select(d => new ExtractionRequest(d)), maxDegreeOfParallelism: 3).ToList();
        for (int i = 0; i < documents.Count; i++) Assert.Equal(Describe(Extractors.Default.ExtractEntities(documents[i])), Describe(parallel[i].Result!));
    }

    [Fact]
    public void Reading_several_documents_up_to_linking_gives_each_what_it_gets_alone()
    {
        var texts = Enumerable.Range(0, 90).Select(i => Pool[(i * 7) % Pool.Length]).Append(null!).ToList();
        var read = Extractors.Default.ExtractUnlinkedAll(texts);

        Assert.Equal(texts.Count, read.Count);
        Assert.IsType<ArgumentNullException>(read[^1].Error);
        for (int i = 0; i < texts.Count - 1; i++)
        {
            Assert.Equal(i, read[i].Index);
            var alone = Extractors.Default.ExtractUnlinked(texts[i]);
            var batch = read[i].Extraction!;
            Assert.Equal(alone.Mentions, batch.Mentions);
            Assert.Equal(alone.SentenceOfMention, batch.SentenceOfMention);
            Assert.Equal(alone.TokenCount, batch.TokenCount);
            Assert.Equal(alone.Resolved.Select(e => e.CanonicalName + "/" + string.Join(",", e.MentionIndices)), batch.Resolved.Select(e => e.CanonicalName + "/" + string.Join(",", e.MentionIndices)));
        }
    }

    [Fact]
    public void A_document_whose_rule_throws_fails_alone()
    {
        var refiner = new MentionRefinerChain(FrenchMentionRefiner.Default, new ThrowingRefiner("Koursk"));
        var extractor = new EntityExtractor(FrenchTokenizer.Default, FrenchSentenceSplitter.Default, Extractors.Default.Tagger, FrenchAliasResolver.Default, null, refiner);
        var reference = new EntityExtractor(FrenchTokenizer.Default, FrenchSentenceSplitter.Default, Extractors.Default.Tagger, FrenchAliasResolver.Default, null, FrenchMentionRefiner.Default);
        var results = extractor.ExtractAll(Pool.Select(d => new ExtractionRequest(d))).ToList();

        for (int i = 0; i < Pool.Length; i++)
        {
            if (Pool[i].Contains("Koursk", StringComparison.Ordinal))
            {
                Assert.False(results[i].Succeeded);
                Assert.IsType<FormatException>(results[i].Error);
            }
            else
            {
                Assert.True(results[i].Succeeded);
                Assert.Equal(Describe(reference.ExtractEntities(Pool[i])), Describe(results[i].Result!));
            }
        }

        // Alone, the document's call throws the rule's own exception.
        Assert.Throws<FormatException>(() => extractor.ExtractEntities(Pool[3]));
    }

    [Fact]
    public void A_document_whose_rule_breaks_the_contract_fails_alone()
    {
        var extractor = new EntityExtractor(FrenchTokenizer.Default, FrenchSentenceSplitter.Default, Extractors.Default.Tagger, FrenchAliasResolver.Default, null, new OverlappingRefiner("Rutte"));
        var results = extractor.ExtractAll(Pool.Select(d => new ExtractionRequest(d))).ToList();
        for (int i = 0; i < Pool.Length; i++)
        {
            Assert.Equal(!Pool[i].Contains("Rutte", StringComparison.Ordinal), results[i].Succeeded);
            if (!results[i].Succeeded) Assert.IsType<InvalidOperationException>(results[i].Error);
        }
    }

    [Fact]
    public void A_refiner_that_is_no_chain_refines_each_document_of_a_block()
    {
        var lone = new EntityExtractor(FrenchTokenizer.Default, FrenchSentenceSplitter.Default, Extractors.Default.Tagger, FrenchAliasResolver.Default, null, new LabelRefiner());
        var results = lone.ExtractAll(Pool.Select(d => new ExtractionRequest(d))).ToList();
        Assert.Contains(results, r => r.Result!.Mentions.Any(m => m.Label == EntityLabel.Organization && m.Text == "Koursk"));   // the refiner's label
        for (int i = 0; i < Pool.Length; i++) Assert.Equal(Describe(lone.ExtractEntities(Pool[i])), Describe(results[i].Result!));
    }

    /// <summary>Throws when a mention reads <c>name</c>.</summary>
    private sealed class ThrowingRefiner(string name) : IMentionRefiner
    {
        public IReadOnlyList<EntityMention> Refine(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, IReadOnlyList<EntityMention> mentions) =>
            mentions.Any(m => m.Text == name) ? throw new FormatException("a rule failed on " + name) : mentions;
    }

    /// <summary>Returns a mention of <c>name</c> twice (overlapping: against the contract).</summary>
    private sealed class OverlappingRefiner(string name) : IMentionRefiner
    {
        public IReadOnlyList<EntityMention> Refine(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, IReadOnlyList<EntityMention> mentions) =>
            [.. mentions.SelectMany(m => m.Text.EndsWith(name, StringComparison.Ordinal) ? new[] { m, m } : [m])];
    }

    /// <summary>Makes every mention an organization.</summary>
    private sealed class LabelRefiner : IMentionRefiner
    {
        public IReadOnlyList<EntityMention> Refine(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, IReadOnlyList<EntityMention> mentions) =>
            [.. mentions.Select(m => m with { Label = EntityLabel.Organization })];
    }
}
