using Entities.French.Extraction;
using Entities.French.Resolution;
using Entities.French.Sentences;
using Entities.French.Tokenization;
using Entities.Graph;
using Entities.Resolution;
using Entities.Sentences;

namespace Entities.Extensibility.Tests.Stores;

/// <summary>A document ready to merge into any store: mentions, their sentences and the resolver's entities.</summary>
public sealed record ContractDocument(string Id, IReadOnlyList<EntityMention> Mentions, IReadOnlyList<int> Sentences, IReadOnlyList<ResolvedEntity> Entities)
{
    public IReadOnlyList<EntityLink> MergeInto(IEntityGraphStore store) => store.MergeLinked(Id, Mentions, Sentences, Entities);

    /// <summary>Merges the document with a role: its first person is the <c>directeur</c> of its first organization (or of France).</summary>
    public IReadOnlyList<EntityLink> MergeWithRoleInto(IEntityGraphStore store)
    {
        int person = Entities.ToList().FindIndex(e => e.Label == EntityLabel.Person);
        int organization = Entities.ToList().FindIndex(e => e.Label == EntityLabel.Organization);
        GraphRole[] roles = person < 0 ? [] : [new GraphRole(person, "directeur", organization < 0 ? null : organization, organization < 0 ? "France" : null)];
        return store.MergeLinked(Id, Mentions, Sentences, Entities, roles);
    }
}

/// <summary>Short French documents written from name pools (full names, lone surnames, acronyms, places), seeded.</summary>
public static class ContractDocuments
{
    private static readonly string[] People = ["Hélène Roux", "Paul Girard", "Claire Durand", "Marc Durand", "Ursula von der Leyen", "Mark Rutte", "Kim Jong-un"];
    private static readonly string[] Organizations = ["l'OTAN", "la Banque centrale européenne", "la BCE", "l'Unesco", "la SNCF", "Airbus"];
    private static readonly string[] Places = ["Lyon", "Bruxelles", "Séoul", "Nantes", "la Corée du Nord", "Berlin"];
    private static readonly FrenchEntityExtractor Extractor = new();

    public static IReadOnlyList<ContractDocument> Create(int count, int seed = 1)
    {
        var random = new Random(seed);
        var documents = new List<ContractDocument>();
        for (int d = 0; d < count; d++)
        {
            string person = Pick(random, People);
            string surname = person.Split(' ')[^1];
            string text = $"{person} a rencontré les dirigeants de {Pick(random, Organizations)} à {Pick(random, Places)}. "
                + $"Selon {Pick(random, Organizations)}, {surname} reviendra à {Pick(random, Places)} avec {Pick(random, People)}.";
            documents.Add(Build("doc-" + d, text));
        }

        return documents;
    }

    private static ContractDocument Build(string id, string text)
    {
        var mentions = Extractor.ExtractEntities(text).Mentions.Select(m => m with { EntityId = null }).ToArray();
        var tokens = FrenchTokenizer.Default.Tokenize(text);
        var sentences = FrenchSentenceSplitter.Default.Split(text, tokens);
        var sentenceOf = mentions.Select(m => sentences.Select((s, i) => (s, i)).Last(x => tokens[x.s.FirstToken].Start <= m.Start).i).ToArray();
        return new ContractDocument(id, mentions, sentenceOf, FrenchAliasResolver.Default.Resolve(text, mentions));
    }

    private static string Pick(Random random, string[] items) => items[random.Next(items.Length)];
}
