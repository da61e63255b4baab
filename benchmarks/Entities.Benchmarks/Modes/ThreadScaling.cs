using System.Diagnostics;
using System.Globalization;
using Entities.French.Extraction;

namespace Entities.Benchmarks.Modes;

/// <summary>
/// The threads part of <see cref="ScalingMode"/>: one shared extractor, 1 → N dedicated threads that take the documents one at
/// a time from a shared counter (so the threads end within one document of each other, and each keeps its own workspace), each
/// thread count warmed up first, then the thread counts measured in turn for <see cref="Rounds"/> rounds. Besides wall time it
/// records, per run, the process's CPU time (cores kept busy), the garbage collections and their pauses (which stop every
/// thread), and the allocations.
/// </summary>
internal static class ThreadScaling
{
    /// <summary>Measured runs per thread count.</summary>
    public const int Rounds = 7;

    private const double WarmupSeconds = 3;

    /// <summary>Measures <paramref name="threadCounts"/> over <paramref name="documents"/> and returns the table's lines (header included).</summary>
    public static IReadOnlyList<string> Measure(FrenchEntityExtractor extractor, IReadOnlyList<string> documents, long tokens, IReadOnlyList<int> threadCounts)
    {
        foreach (int threads in threadCounts)
        {
            // Warm-up with this many threads first: each thread that tags at once gets a word cache of its own, and a new
            // one starts small and cold; measured cold, the added thread would be charged for filling it.
            var warmupClock = Stopwatch.StartNew();
            do Run(extractor, documents, threads);
            while (warmupClock.Elapsed.TotalSeconds < WarmupSeconds);
        }

        // The thread counts take turns, so that a slow spell of the shared machine falls on all of them alike instead of
        // on whichever was being measured then (the speed-up is a ratio of two such measurements).
        var runsByThreads = threadCounts.ToDictionary(threads => threads, _ => new List<Measurement>());
        for (int round = 0; round < Rounds; round++)
            foreach (int threads in threadCounts) runsByThreads[threads].Add(Run(extractor, documents, threads));

        var c = CultureInfo.InvariantCulture;
        List<string> lines =
        [
            "| threads | runs | median time | tokens/s (median run) | speed-up | tokens/s (all runs) | speed-up (all runs) | cores busy | GCs per run | GC pause per run | B/token | mentions |",
            "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
        ];
        double? oneMedian = null, oneOverall = null;
        foreach (int threads in threadCounts)
        {
            var runs = runsByThreads[threads];
            var median = runs.OrderBy(r => r.Seconds).ElementAt(runs.Count / 2);
            double medianRate = tokens / median.Seconds;
            double overallRate = tokens * runs.Count / runs.Sum(r => r.Seconds);
            oneMedian ??= medianRate;
            oneOverall ??= overallRate;
            double busy = runs.Sum(r => r.CpuSeconds) / runs.Sum(r => r.Seconds);
            double collections = runs.Average(r => r.Collections);
            double pause = runs.Average(r => r.PauseSeconds) * 1000;
            double perToken = runs.Average(r => (double)r.AllocatedBytes) / tokens;
            lines.Add(string.Create(c, $"| {threads} | {runs.Count} | {median.Seconds:F3} s | {medianRate:N0} | {medianRate / oneMedian.Value:F2} | {overallRate:N0} | {overallRate / oneOverall.Value:F2} | {busy:F2} | {collections:F1} | {pause:F1} ms | {perToken:N0} | {median.Mentions:N0} |"));
        }

        return lines;
    }

    /// <summary>One pass over <paramref name="documents"/> with <paramref name="threads"/> threads.</summary>
    public static Measurement Run(FrenchEntityExtractor extractor, IReadOnlyList<string> documents, int threads)
    {
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        long allocated = GC.GetTotalAllocatedBytes(precise: true);
        int collections = GC.CollectionCount(0);
        var pause = GC.GetTotalPauseDuration();
        int next = -1, mentions = 0;
        void Work()
        {
            int own = 0;
            for (int d; (d = Interlocked.Increment(ref next)) < documents.Count;) own += extractor.ExtractEntities(documents[d]).Mentions.Count;
            Interlocked.Add(ref mentions, own);
        }

        var clock = Stopwatch.StartNew();
        OnThreads(threads, _ => Work());
        clock.Stop();
        process.Refresh();
        return new Measurement(
            clock.Elapsed.TotalSeconds,
            (process.TotalProcessorTime - cpu).TotalSeconds,
            GC.CollectionCount(0) - collections,
            (GC.GetTotalPauseDuration() - pause).TotalSeconds,
            GC.GetTotalAllocatedBytes(precise: true) - allocated,
            mentions);
    }

    /// <summary>
    /// Runs <paramref name="body"/> (given the thread's number, 0 to <paramref name="threads"/> − 1) on that many dedicated
    /// threads at once and waits for them all; one thread is the calling thread itself.
    /// </summary>
    public static void OnThreads(int threads, Action<int> body)
    {
        if (threads == 1)
        {
            body(0);
            return;
        }

        var workers = Enumerable.Range(0, threads).Select(k => new Thread(() => body(k)) { IsBackground = true }).ToList();
        workers.ForEach(worker => worker.Start());
        workers.ForEach(worker => worker.Join());
    }

    /// <summary>One run: wall and process CPU seconds, garbage collections (all generations) and their pauses, bytes allocated, mentions found.</summary>
    public readonly record struct Measurement(double Seconds, double CpuSeconds, int Collections, double PauseSeconds, long AllocatedBytes, int Mentions);
}
