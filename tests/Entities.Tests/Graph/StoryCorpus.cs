using Entities.French.Extraction;
using Entities.Graph;

namespace Entities.Tests.Graph;

/// <summary>
/// The story corpus (tests/Entities.Tests/Documents/story): three short articles about one story, run in file order through one
/// <see cref="FrenchEntityExtractor"/> sharing one <see cref="EntityGraph"/>, with the hand-written gold clustering of gold.tsv.
/// </summary>
internal sealed class StoryCorpus
{
    private static readonly Lazy<StoryCorpus> LazyInstance = new(() => new StoryCorpus(), LazyThreadSafetyMode.ExecutionAndPublication);

    private StoryCorpus()
    {
        string directory = Path.Combine(AppContext.BaseDirectory, "Documents", "story");
        Texts = Directory.GetFiles(directory, "*.txt").OrderBy(path => path, StringComparer.Ordinal)
            .ToDictionary(path => Path.GetFileName(path), File.ReadAllText, StringComparer.Ordinal);
        Gold = ReadGold(Path.Combine(directory, "gold.tsv"));
        Graph = new EntityGraph();
        var extractor = new FrenchEntityExtractor(new FrenchEntityExtractorOptions { Graph = Graph });
        foreach (var (name, text) in Texts) extractor.ExtractEntities(text, name);
    }

    public static StoryCorpus Instance => LazyInstance.Value;

    /// <summary>Document name → text.</summary>
    public IReadOnlyDictionary<string, string> Texts { get; }

    /// <summary>Gold mentions (document, start, surface) → gold entity.</summary>
    public IReadOnlyDictionary<StoryMention, string> Gold { get; }

    public EntityGraph Graph { get; }

    /// <summary>Every mention of the graph → the id of its node.</summary>
    public Dictionary<StoryMention, string> Predicted() =>
        Graph.Nodes.SelectMany(node => node.Mentions.Select(m => (Key: new StoryMention(m.DocumentId, m.Start, Texts[m.DocumentId].Substring(m.Start, m.End - m.Start)), node.Id)))
            .ToDictionary(pair => pair.Key, pair => pair.Id);

    private static Dictionary<StoryMention, string> ReadGold(string path)
    {
        var gold = new Dictionary<StoryMention, string>();
        foreach (string line in File.ReadLines(path).Where(l => l.Length > 0 && !l.StartsWith('#')).Skip(1))
        {
            string[] fields = line.Split('\t');
            gold.Add(new StoryMention(fields[0], int.Parse(fields[1], System.Globalization.CultureInfo.InvariantCulture), fields[2]), fields[3]);
        }

        return gold;
    }
}

/// <summary>A mention of the story corpus: its document, start offset and surface (so its end too).</summary>
internal readonly record struct StoryMention(string Document, int Start, string Surface)
{
    public override string ToString() => $"{Document}@{Start} \"{Surface}\"";
}
