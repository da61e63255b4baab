using System.Globalization;
using Entities.French.Extraction;
using Entities.Graph;

namespace Entities.Benchmarks.HeldOut;

/// <summary>
/// <c>linking-test [--data benchmarks/data/linking/corpus.txt] [--orders N] [--threads 1,2,4] [--errors]</c>: links our own
/// trap corpus (short documents, each gold mention with the key of its real-world entity) into one shared graph and scores
/// the partition of the gold mentions into graph nodes: B-cubed precision, recall and F1, wrong-merge pairs (two gold
/// entities sharing a node) and split entities (one gold entity over several nodes), overall and per trap tag. A gold
/// mention the extractor did not find with its exact span is a node of its own. Then the same documents in N shuffled
/// orders and with each thread count: how many give a different partition.
/// </summary>
public static class LinkingTestMode
{
    private sealed record Document(string Id, string[] Tags, string Text, IReadOnlyList<GoldMention> Gold);

    public static int Run(IReadOnlyList<string> args, string repository)
    {
        string data = Path.Combine(repository, "benchmarks", "data", "linking", "corpus.txt");
        int orders = 20;
        int[] threads = [1, 2, 4];
        bool errors = false;
        for (int i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--data" when i + 1 < args.Count: data = args[++i]; break;
                case "--orders" when i + 1 < args.Count: orders = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--threads" when i + 1 < args.Count: threads = [.. args[++i].Split(',').Select(t => int.Parse(t, CultureInfo.InvariantCulture))]; break;
                case "--errors": errors = true; break;
                default:
                    Console.Error.WriteLine($"linking-test: unknown option '{args[i]}' (--data FILE, --orders N, --threads 1,2,4, --errors)");
                    return 2;
            }
        }

        var documents = Read(data);
        var c = CultureInfo.InvariantCulture;
        var partition = Partition(documents, 1);
        Console.WriteLine(string.Create(c, $"{documents.Count} documents, {documents.Sum(d => d.Gold.Count)} gold mentions, {documents.SelectMany(d => d.Gold).Select(g => g.Key).Distinct().Count()} gold entities ({data})"));
        Console.WriteLine("| documents | B-cubed P | B-cubed R | B-cubed F1 | wrong-merge pairs | split entities |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        Console.WriteLine(Score("all", documents, partition, c, errors));
        foreach (string tag in documents.SelectMany(d => d.Tags).Distinct().Order(StringComparer.Ordinal))
        {
            Console.WriteLine(Score("tag " + tag, documents, partition, c, errors: false, tag));
        }

        string reference = Canonical(partition);
        var random = new Random(17);
        int differentOrders = 0;
        for (int o = 0; o < orders; o++)
        {
            var shuffled = documents.OrderBy(_ => random.Next()).ToList();
            if (Canonical(Partition(shuffled, 1)) != reference) differentOrders++;
        }

        Console.WriteLine(string.Create(c, $"document orders giving another partition: {differentOrders} of {orders}"));
        foreach (int t in threads.Where(t => t > 1))
        {
            Console.WriteLine(string.Create(c, $"threads {t}: {(Canonical(Partition(documents, t)) == reference ? "same partition" : "another partition")}"));
        }

        return 0;
    }

    /// <summary>Gold mention (document, start, end) → the graph node it was linked to, or a node of its own when not found.</summary>
    private static Dictionary<(string, int, int), string> Partition(IReadOnlyList<Document> documents, int threads)
    {
        var graph = new EntityGraph();
        var extractor = new FrenchEntityExtractor(new FrenchEntityExtractorOptions { Graph = graph });
        var results = extractor.ExtractAll(documents.Select(d => new ExtractionRequest(d.Text, d.Id)), threads).ToList();
        var nodes = new Dictionary<(string, int, int), string>();
        for (int i = 0; i < documents.Count; i++)
        {
            var document = documents[results[i].Index];
            // A document's entity id names its linking node; the graph's node is the consolidated one (it may list the id as merged).
            var found = results[i].Result!.Mentions.ToDictionary(m => (m.Start, m.End), m => graph.TryGetNode(m.EntityId!, out var node) ? node.Id : m.EntityId!);
            foreach (var gold in document.Gold)
            {
                nodes[(document.Id, gold.Start, gold.End)] = found.TryGetValue((gold.Start, gold.End), out string? node) ? node : $"missed:{document.Id}:{gold.Start}";
            }
        }

        return nodes;
    }

    /// <summary>The partition as text, independent of node names: each group's sorted members, groups sorted.</summary>
    private static string Canonical(Dictionary<(string, int, int), string> partition) =>
        string.Join("\n", partition.GroupBy(p => p.Value)
            .Select(g => string.Join(" ", g.Select(p => $"{p.Key.Item1}@{p.Key.Item2}").Order(StringComparer.Ordinal)))
            .Order(StringComparer.Ordinal));

    private static string Score(string name, IReadOnlyList<Document> documents, Dictionary<(string, int, int), string> partition, CultureInfo c, bool errors, string? tag = null)
    {
        var all = documents.SelectMany(d => d.Gold.Select(g => (Id: (d.Id, g.Start, g.End), Key: g.Key!, g.Text, Doc: d))).ToList();
        var scored = tag is null ? all : all.Where(m => m.Doc.Tags.Contains(tag)).ToList();
        var byNode = all.GroupBy(m => partition[m.Id]).ToDictionary(g => g.Key, g => g.ToList());
        var byKey = all.GroupBy(m => m.Key).ToDictionary(g => g.Key, g => g.ToList());
        double precision = 0, recall = 0;
        foreach (var m in scored)
        {
            var node = byNode[partition[m.Id]];
            var key = byKey[m.Key];
            int both = node.Count(x => x.Key == m.Key);
            precision += (double)both / node.Count;
            recall += (double)both / key.Count;
        }

        precision /= Math.Max(1, scored.Count);
        recall /= Math.Max(1, scored.Count);
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        var scoredKeys = scored.Select(m => m.Key).ToHashSet(StringComparer.Ordinal);
        var wrongPairs = byNode.Values.SelectMany(node => node.Select(x => x.Key).Distinct(StringComparer.Ordinal).Where(scoredKeys.Contains).Order(StringComparer.Ordinal).ToList() is var keys
            ? keys.SelectMany((a, i) => keys.Skip(i + 1).Select(b => (a, b, Node: node))) : []).ToList();
        int splits = byKey.Where(k => scoredKeys.Contains(k.Key)).Count(k => k.Value.Select(x => partition[x.Id]).Distinct().Count() > 1);
        if (errors)
        {
            foreach (var (a, b, node) in wrongPairs.DistinctBy(p => (p.a, p.b)))
                Console.WriteLine($"  wrong merge: {a} + {b} ({string.Join(", ", node.Select(x => $"{x.Doc.Id}:{x.Text}").Distinct())})");
            foreach (var (key, mentions) in byKey.Where(k => k.Value.Select(x => partition[x.Id]).Distinct().Count() > 1))
                Console.WriteLine($"  split: {key} ({string.Join(", ", mentions.Select(x => $"{x.Doc.Id}:{x.Text}->{partition[x.Id]}"))})");
        }

        return string.Create(c, $"| {name} ({scored.Select(m => m.Doc.Id).Distinct().Count()}) | {precision * 100:F2} | {recall * 100:F2} | {f1 * 100:F2} | {wrongPairs.DistinctBy(p => (p.a, p.b)).Count()} | {splits} |");
    }

    private static List<Document> Read(string path)
    {
        var documents = new List<Document>();
        string? header = null;
        var body = new List<string>();
        void Flush()
        {
            if (header is null) return;
            var parts = header[3..].Split(' ', 2, StringSplitOptions.RemoveEmptyEntries);
            var (text, gold) = InlineAnnotations.Parse(string.Join("\n", body).Trim());
            documents.Add(new Document(parts[0], parts.Length > 1 ? parts[1].Split(',') : [], text, gold));
            body.Clear();
        }

        foreach (string line in File.ReadLines(path))
        {
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                Flush();
                header = line;
            }
            else if (header is not null)
            {
                body.Add(line);
            }
        }

        Flush();
        return documents;
    }
}
