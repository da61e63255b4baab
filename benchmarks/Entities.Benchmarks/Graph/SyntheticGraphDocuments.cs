using System.Text;
using Entities.Benchmarks.Corpus;
using Entities.French.Resolution;
using Entities.Resolution;

namespace Entities.Benchmarks.Graph;

/// <summary>
/// Synthetic documents for the graph-merge benchmark, already resolved by <see cref="FrenchAliasResolver.Default"/> (so their
/// matching keys are the real ones). Entities come from a seeded pool of made-up people, organizations and places
/// (<c>Data/graph-words.tsv</c>) drawn with a Zipf-like law, so popular entities recur across documents as in news;
/// a person's later mentions in a document use the surname alone.
/// </summary>
internal static class SyntheticGraphDocuments
{
    private const int Seed = 20260102;
    private const int PersonPool = 20_000;
    private const int OrganizationPool = 6_000;
    private const int PlacePool = 6_000;

    /// <summary>Generates and resolves <paramref name="count"/> documents (same count, same documents).</summary>
    public static IReadOnlyList<SyntheticDocument> Create(int count)
    {
        var random = new Random(Seed);
        var words = GeneratorData.ReadLines("graph-words.tsv").Select(l => l.Split('\t')).GroupBy(f => f[0])
            .ToDictionary(g => g.Key, g => g.Select(f => f.Length > 1 ? f[1] : "").ToArray());
        var firstNames = GeneratorData.Load().Words["FIRST"].Select(w => w.Text).ToArray();
        var pool = new List<(EntityLabel Label, string Full, string? Short)>();
        for (int i = 0; i < PersonPool; i++)
        {
            string surname = Name(random, words["SYLLABLE"]);
            pool.Add((EntityLabel.Person, firstNames[random.Next(firstNames.Length)] + " " + surname, surname));
        }

        for (int i = 0; i < OrganizationPool; i++) pool.Add((EntityLabel.Organization, Pick(random, words["ORGHEAD"]) + " " + Name(random, words["SYLLABLE"]), null));
        for (int i = 0; i < PlacePool; i++) pool.Add((EntityLabel.Location, Pick(random, words["LOCHEAD"]) + Name(random, words["SYLLABLE"]), null));
        Shuffle(random, pool);
        var cumulative = new double[pool.Count];
        double total = 0;
        for (int i = 0; i < pool.Count; i++) cumulative[i] = total += 1.0 / (i + 10);

        var documents = new List<SyntheticDocument>(count);
        var text = new StringBuilder();
        for (int d = 0; d < count; d++)
        {
            text.Clear();
            var mentions = new List<EntityMention>();
            var sentenceOfMention = new List<int>();
            int entities = random.Next(6, 15), sentence = 0;
            for (int e = 0; e < entities; e++)
            {
                int index = Array.BinarySearch(cumulative, random.NextDouble() * total);
                var entity = pool[index < 0 ? Math.Min(~index, pool.Count - 1) : index];
                int repeats = random.Next(1, 4);
                for (int r = 0; r < repeats; r++)
                {
                    string surface = r > 0 && entity.Short is not null ? entity.Short : entity.Full;
                    if (text.Length > 0) text.Append(mentions.Count % 3 == 0 ? ". " : " et ");
                    if (text.Length > 0 && mentions.Count % 3 == 0) sentence++;
                    int start = text.Length;
                    text.Append(surface);
                    mentions.Add(new EntityMention(start, text.Length, surface, entity.Label, 0.9, null));
                    sentenceOfMention.Add(sentence);
                }
            }

            string body = text.Append('.').ToString();
            documents.Add(new SyntheticDocument("doc" + d, mentions, sentenceOfMention, FrenchAliasResolver.Default.Resolve(body, mentions)));
        }

        return documents;
    }

    private static string Name(Random random, string[] syllables)
    {
        int parts = random.Next(2, 4);
        var name = new StringBuilder();
        for (int i = 0; i < parts; i++) name.Append(syllables[random.Next(syllables.Length)]);
        name[0] = char.ToUpperInvariant(name[0]);
        return name.ToString();
    }

    private static string Pick(Random random, string[] values) => values[random.Next(values.Length)];

    private static void Shuffle<T>(Random random, List<T> list)
    {
        for (int i = list.Count - 1; i > 0; i--)
        {
            int j = random.Next(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }
    }
}

/// <summary>One synthetic document ready for <see cref="Entities.Graph.EntityGraph.Merge"/>.</summary>
internal sealed record SyntheticDocument(
    string Id,
    IReadOnlyList<EntityMention> Mentions,
    IReadOnlyList<int> SentenceOfMention,
    IReadOnlyList<ResolvedEntity> Entities);
