using Entities.French.Resolution;
using Entities.French.Sentences;
using Entities.French.Tokenization;
using Entities.Graph;
using Entities.Tagging;

namespace Entities.Fuzz;

/// <summary>
/// Runs one input through three extractors sharing one model: the default one (twice, for determinism), one bound to a
/// shared graph, and one with a small <see cref="EntityExtractorOptions.MaxDocumentLength"/> (chunked processing), and lists what went wrong.
/// </summary>
internal sealed class InputChecker
{
    private const int GraphDocumentsBeforeReset = 20_000;
    private readonly CrfTagger tagger;
    private readonly EntityExtractor plain;
    private readonly EntityExtractor chunked;
    private EntityExtractor withGraph;
    private int graphDocuments;

    public InputChecker(CrfTagger tagger)
    {
        this.tagger = tagger;
        plain = Create(new EntityExtractorOptions());
        chunked = Create(new EntityExtractorOptions { MaxDocumentLength = EntityExtractorOptions.MinMaxDocumentLength, MaxSentenceTokens = 16 });
        withGraph = Create(new EntityExtractorOptions { Graph = new EntityGraph() });
    }

    /// <summary>The problems found with <paramref name="text"/> (exceptions included); empty when every invariant holds.</summary>
    public List<string> Check(string text, bool everything)
    {
        var problems = new List<string>();
        try
        {
            var first = plain.ExtractEntities(text);
            problems.AddRange(ExtractionInvariants.Violations(text, first));
            string? difference = ExtractionInvariants.Difference(first, plain.ExtractEntities(text));
            if (difference is not null) problems.Add(difference);
            if (!everything) return problems;

            var small = chunked.ExtractEntities(text);
            problems.AddRange(ExtractionInvariants.Violations(text, small).Select(p => "chunked: " + p));

            if (++graphDocuments > GraphDocumentsBeforeReset)
            {
                withGraph = Create(new EntityExtractorOptions { Graph = new EntityGraph() });
                graphDocuments = 0;
            }

            var linked = withGraph.ExtractEntities(text);
            problems.AddRange(ExtractionInvariants.Violations(text, linked).Select(p => "graph: " + p));
            foreach (var entity in linked.Entities)
            {
                if (!withGraph.Graph!.TryGetNode(entity.Id, out _)) problems.Add($"graph: entity '{entity.Id}' is not a node of the graph");
            }
        }
        catch (Exception e)
        {
            problems.Add("exception: " + e);
        }

        return problems;
    }

    private EntityExtractor Create(EntityExtractorOptions options) =>
        new(FrenchTokenizer.Default, FrenchSentenceSplitter.Default, tagger, FrenchAliasResolver.Default, options);
}
