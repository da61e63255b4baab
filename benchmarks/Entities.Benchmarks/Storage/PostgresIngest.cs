using System.Diagnostics;
using System.Globalization;
using Entities.French.Extraction;
using Entities.Graph;
using Entities.PostgreSql;
using Entities.Resolution;

namespace Entities.Benchmarks.Storage;

/// <summary>
/// Ingest throughput of the PostgreSQL graph store (documents per second) with 1 and 4 workers: (a) the store alone, replaying
/// pre-extracted documents; (b) the whole pipeline (<see cref="FrenchEntityExtractor"/> linking through the store). Each run
/// writes into a fresh schema, dropped afterwards. Documents are generated short French texts over a fixed pool of names, so
/// workers keep linking to the same entities (the contended case).
/// </summary>
internal static class PostgresIngest
{
    private static readonly string[] People = ["Claire Lefèvre", "Mme Lefèvre", "Paul Martin", "M. Martin", "Sophie Bernard", "Jean Dubois", "Lucie Moreau", "Hugo Laurent", "Emma Girard", "Louis Roux", "Chloé Fournier", "Thomas Mercier"];
    private static readonly string[] Places = ["Lyon", "Marseille", "Toulouse", "Nantes", "Bordeaux", "Lille", "Rennes", "Grenoble", "Dijon", "Brest"];
    private static readonly string[] Organizations = ["la SNCF", "l'Unesco", "Airbus", "le CNRS", "Orange", "l'Insee", "la Croix-Rouge", "Renault"];

    public static int Run(string connectionString, int documents)
    {
        var texts = Generate(documents);
        var recorder = new RecordingStore();
        var extractor = new FrenchEntityExtractor(new FrenchEntityExtractorOptions { Store = recorder });
        for (int i = 0; i < texts.Count; i++) extractor.ExtractEntities(texts[i], "d" + i.ToString(CultureInfo.InvariantCulture));
        var recorded = recorder.Documents.OrderBy(d => d.Id, StringComparer.Ordinal).ToArray();
        Console.WriteLine($"{documents} documents, {recorded.Sum(d => d.Mentions.Count)} mentions, {recorder.Graph.NodeCount} nodes in memory");

        foreach (int workers in new[] { 1, 4 })
        {
            double seconds = Measure(connectionString, workers, recorded.Length, (store, i) =>
            {
                var d = recorded[i];
                store.MergeLinked(d.Id, d.Mentions, d.Sentences, d.Entities);
            });
            Console.WriteLine($"store only,    {workers} worker(s): {recorded.Length / seconds,8:F0} documents/s ({seconds:F2} s)");
        }

        foreach (int workers in new[] { 1, 4 })
        {
            var extractors = new Dictionary<PostgreSqlEntityGraphStore, FrenchEntityExtractor>();
            double seconds = Measure(connectionString, workers, texts.Count, (store, i) =>
            {
                FrenchEntityExtractor e;
                lock (extractors)
                {
                    if (!extractors.TryGetValue(store, out e!)) extractors[store] = e = new FrenchEntityExtractor(new FrenchEntityExtractorOptions { Store = store });
                }

                e.ExtractEntities(texts[i], "d" + i.ToString(CultureInfo.InvariantCulture));
            });
            Console.WriteLine($"full pipeline, {workers} worker(s): {texts.Count / seconds,8:F0} documents/s ({seconds:F2} s)");
        }

        return 0;
    }

    /// <summary>Runs <paramref name="count"/> items over <paramref name="workers"/> workers, each with its own store (connection pool) on a fresh schema.</summary>
    private static double Measure(string connectionString, int workers, int count, Action<PostgreSqlEntityGraphStore, int> work)
    {
        string schema = "bench_" + Guid.NewGuid().ToString("N")[..12];
        var options = new PostgreSqlEntityGraphStoreOptions { Schema = schema };
        var stores = Enumerable.Range(0, workers).Select(_ => new PostgreSqlEntityGraphStore(connectionString, options)).ToArray();
        try
        {
            stores[0].EnsureSchemaAsync().GetAwaiter().GetResult();
            int next = -1;
            var clock = Stopwatch.StartNew();
            var threads = stores.Select(store => new Thread(() =>
            {
                for (int i = Interlocked.Increment(ref next); i < count; i = Interlocked.Increment(ref next)) work(store, i);
            })).ToList();
            threads.ForEach(t => t.Start());
            threads.ForEach(t => t.Join());
            return clock.Elapsed.TotalSeconds;
        }
        finally
        {
            stores[0].DropSchemaAsync().GetAwaiter().GetResult();
            foreach (var store in stores) store.Dispose();
        }
    }

    private static List<string> Generate(int count)
    {
        var random = new Random(42);
        string Pick(string[] pool) => pool[random.Next(pool.Length)];
        var texts = new List<string>(count);
        for (int i = 0; i < count; i++)
        {
            texts.Add($"{Pick(People)} a rencontré {Pick(People)} à {Pick(Places)} pour parler du projet de {Pick(Organizations)}. "
                + $"Selon {Pick(People)}, la réunion de {Pick(Places)} a été utile. {Pick(Organizations)} n'a pas commenté.");
        }

        return texts;
    }

    private sealed record Recorded(string Id, IReadOnlyList<EntityMention> Mentions, IReadOnlyList<int> Sentences, IReadOnlyList<ResolvedEntity> Entities);

    /// <summary>An in-memory store that also keeps what each document brought, to replay it into PostgreSQL.</summary>
    private sealed class RecordingStore : IEntityGraphStore
    {
        public EntityGraph Graph { get; } = new();

        public System.Collections.Concurrent.ConcurrentBag<Recorded> Documents { get; } = [];

        public EntityGraphOptions Options => Graph.Options;

        public int NodeCount => Graph.NodeCount;

        public IReadOnlyList<EntityLink> MergeLinked(string documentId, IReadOnlyList<EntityMention> mentions, IReadOnlyList<int> sentenceIndexOfMention, IReadOnlyList<ResolvedEntity> resolvedEntities)
        {
            Documents.Add(new Recorded(documentId, mentions.ToArray(), sentenceIndexOfMention.ToArray(), resolvedEntities.ToArray()));
            return Graph.MergeLinked(documentId, mentions, sentenceIndexOfMention, resolvedEntities);
        }

        public bool ContainsDocument(string documentId) => Graph.ContainsDocument(documentId);

        public string NewDocumentId() => Graph.NewDocumentId();

        public EntityGraphSnapshot Snapshot() => Graph.Snapshot();
    }
}
