using System.Diagnostics;
using Entities.Corpora;
using Entities.Tagging;

namespace Entities.Cli.Commands;

/// <summary>
/// Stopwatch harness for the tagger alone (feature extraction, Viterbi, mention scores): tags pre-read sentences
/// into a reused list, after one second of warm-up (tiered JIT), for at least the given time; single thread.
/// Reports the best and median pass over the sentences (the best pass is the least disturbed by other processes
/// competing for the cores), the overall wall-clock rate and the rate per second of process CPU time.
/// </summary>
internal static class TaggerSpeed
{
    public static SpeedReport Measure(CrfTagger tagger, IReadOnlyList<CorpusSentence> sentences, TimeSpan minimum)
    {
        var output = new List<TaggedSpan>(64);
        long tokens = 0;
        var clock = Stopwatch.StartNew();
        do
        {
            foreach (var s in sentences) { output.Clear(); tagger.Tag(s.Tokens, output); }
        }
        while (clock.Elapsed < TimeSpan.FromSeconds(1));

        var process = Process.GetCurrentProcess();
        process.Refresh();
        var cpuStart = process.TotalProcessorTime;
        clock.Restart();
        var passes = new List<double>();
        long passTokens = 0;
        foreach (var s in sentences) passTokens += s.Count;
        do
        {
            long start = Stopwatch.GetTimestamp();
            foreach (var s in sentences)
            {
                output.Clear();
                tagger.Tag(s.Tokens, output);
            }

            passes.Add(Stopwatch.GetElapsedTime(start).TotalSeconds);
            tokens += passTokens;
        }
        while (clock.Elapsed < minimum);

        clock.Stop();
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuStart;
        passes.Sort();
        return new SpeedReport(tokens, clock.Elapsed, cpu, passTokens / passes[0], passTokens / passes[passes.Count / 2]);
    }

    public sealed record SpeedReport(long Tokens, TimeSpan Wall, TimeSpan Cpu, double BestPassTokensPerSecond, double MedianPassTokensPerSecond)
    {
        public double WallTokensPerSecond => Tokens / Wall.TotalSeconds;

        public double CpuTokensPerSecond => Tokens / Cpu.TotalSeconds;

        public override string ToString() =>
            $"best pass {BestPassTokensPerSecond:F0} tokens/s, median pass {MedianPassTokensPerSecond:F0}, overall {WallTokensPerSecond:F0} tokens/s wall, {CpuTokensPerSecond:F0} tokens/s CPU ({Tokens} tokens, {Wall.TotalSeconds:F2} s wall, {Cpu.TotalSeconds:F2} s CPU)";
    }
}
