using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using Entities.French.Mentions;
using Entities.French.Ner;
using Entities.French.Resolution;
using Entities.French.Sentences;
using Entities.French.Tokenization;
using Entities.Graph;
using Entities.Mentions;
using Entities.Sentences;
using Entities.Tagging;
using Entities.Tokenization;

namespace Entities.Benchmarks.Modes;

internal static partial class ProfileMode
{
    /// <summary>The refiners of <see cref="FrenchMentionRefiner.Default"/>'s chain, each with its documents' inputs (the previous refiner's outputs).</summary>
    private static List<(IMentionRefiner Refiner, RefinerInput[] Inputs)> RefinerSteps(
        IReadOnlyList<string> documents, IReadOnlyList<Token>[] tokenLists, IReadOnlyList<Sentence>[] sentenceLists, IReadOnlyList<EntityMention>[] raw)
    {
        var chain = FrenchMentionRefiner.Steps;
        var steps = new List<(IMentionRefiner, RefinerInput[])>();
        var current = raw;
        foreach (var refiner in chain)
        {
            var inputs = documents.Select((d, i) => new RefinerInput(d, tokenLists[i], sentenceLists[i], current[i])).ToArray();
            steps.Add((refiner, inputs));
            current = inputs.Select(input => refiner.Refine(input.Text, input.Tokens, input.Sentences, input.Mentions)).ToArray();
        }

        return steps;
    }

    private static long RunRefiner(List<(IMentionRefiner Refiner, RefinerInput[] Inputs)> steps, int step)
    {
        var (refiner, inputs) = steps[step];
        long n = 0;
        foreach (var input in inputs) n += refiner.Refine(input.Text, input.Tokens, input.Sentences, input.Mentions).Count;
        return n;
    }

    private sealed record RefinerInput(string Text, IReadOnlyList<Token> Tokens, IReadOnlyList<Sentence> Sentences, IReadOnlyList<EntityMention> Mentions);

    private static IEnumerable<string> ProfileLoad()
    {
        var c = CultureInfo.InvariantCulture;
        var assembly = typeof(FrenchModel).Assembly;
        byte[] model;
        using (var stream = assembly.GetManifestResourceStream(FrenchModel.ResourceName)!)
        using (var copy = new MemoryStream())
        {
            stream.CopyTo(copy);
            model = copy.ToArray();
        }

        for (int i = 0; i < 2; i++) CrfTagger.Load(new MemoryStream(model));
        var cpuTimes = new List<double>();
        var wallTimes = new List<double>();
        var allocated = new List<long>();
        var process = Process.GetCurrentProcess();
        for (int i = 0; i < 7; i++)
        {
            GC.Collect();
            process.Refresh();
            var cpu0 = process.TotalProcessorTime;
            long bytes0 = GC.GetAllocatedBytesForCurrentThread();
            var wall = Stopwatch.StartNew();
            CrfTagger.Load(new MemoryStream(model));
            wall.Stop();
            process.Refresh();
            cpuTimes.Add((process.TotalProcessorTime - cpu0).TotalMilliseconds);
            wallTimes.Add(wall.Elapsed.TotalMilliseconds);
            allocated.Add(GC.GetAllocatedBytesForCurrentThread() - bytes0);
        }

        cpuTimes.Sort();
        wallTimes.Sort();
        var line = string.Create(c,
            $"model load (warm, {model.Length / 1048576.0:F1} MB): median {wallTimes[3]:F0} ms wall, {cpuTimes[3]:F0} ms CPU, {allocated.Min() / 1048576.0:F1} MB allocated");
        Console.WriteLine(line);
        return ["", line];
    }

    /// <summary>The tagging stage's mentions of one document.</summary>
    private static List<EntityMention> Decode(MentionTagging tagging, string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences)
    {
        var mentions = new List<EntityMention>();
        tagging.Tag(text, tokens, sentences, mentions, [], CancellationToken.None);
        return mentions;
    }
}
