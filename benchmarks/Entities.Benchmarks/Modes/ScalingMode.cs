using System.Diagnostics;
using System.Globalization;
using Entities.French.Extraction;

namespace Entities.Benchmarks.Modes;

/// <summary>
/// <c>scaling</c>: throughput of the full pipeline (<see cref="FrenchEntityExtractor.ExtractEntities"/>) against corpus size
/// (10k → 10M tokens by default) and against threads (1 → 2, one shared extractor, <see cref="Parallel.ForEach{TSource}(IEnumerable{TSource}, ParallelOptions, Action{TSource})"/>),
/// after a warm-up (for each thread count: every thread that tags at once has its own word cache, which starts cold); then the peak RSS of a CLI <c>extract</c> run over a folder of 10 MB of text. Writes
/// <c>benchmarks/results/scaling.md</c>.
/// Options: <c>--sizes 10000,100000,…</c>, <c>--threads 1,2</c>, <c>--thread-tokens N</c>, <c>--rss-mb N</c> (0 skips), <c>--cli-threads 1,2</c> (the CLI's <c>--threads</c> values, default 1),
/// <c>--cli PATH/Entities.Cli.dll</c> (default: build src/Entities.Cli in Release), <c>--out FILE</c>.
/// </summary>
internal static class ScalingMode
{
    private const double MinSecondsPerSize = 3;
    private const int MaxRunsPerSize = 15;

    /// <summary>Runs the mode; returns the exit code.</summary>
    public static int Run(IReadOnlyList<string> args, string repository)
    {
        var options = Options.Parse(args);
        var c = CultureInfo.InvariantCulture;
        List<string> report = ["# Scaling of the full pipeline", "", .. MachineInfo.Describe(), ""];
        Console.WriteLine("building the base corpus…");
        var corpus = new ScalingCorpus(1_000_000);
        report.Add(string.Create(c, $"Base corpus: {corpus.BaseTokens:N0} tokenizer tokens from {corpus.Origin}, documents in a seeded shuffled order; smaller sizes take a prefix of that order, larger ones cycle through it."));
        report.Add("");

        var extractor = new FrenchEntityExtractor();
        var (warmup, warmupTokens) = corpus.Take(200_000);
        var clock = Stopwatch.StartNew();
        int warmupMentions = 0;
        while (clock.Elapsed.TotalSeconds < 3) warmupMentions = Extract(extractor, warmup, 1).Mentions;
        Console.WriteLine(string.Create(c, $"warm-up: {clock.Elapsed.TotalSeconds:F1} s on {warmupTokens:N0} tokens ({warmupMentions:N0} mentions per pass)"));
        if (warmupMentions == 0) report.Add("**Warning: the extractor returned no mentions (pipeline not wired?): these figures measure tokenization and splitting only.**\n");

        report.Add("## Corpus size (1 thread)");
        report.Add("");
        report.Add("| tokens | documents | runs | median time | tokens/s | relative to smallest | time ratio to previous size | B/token allocated | mentions |");
        report.Add("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        double? firstRate = null;
        double? previousSeconds = null;
        foreach (long size in options.Sizes)
        {
            var (documents, tokens) = corpus.Take(size);
            var runs = new List<Measurement>();
            var sizeClock = Stopwatch.StartNew();
            do runs.Add(Extract(extractor, documents, 1));
            while (sizeClock.Elapsed.TotalSeconds < MinSecondsPerSize && runs.Count < MaxRunsPerSize);
            var median = runs.OrderBy(r => r.Seconds).ElementAt(runs.Count / 2);
            double rate = tokens / median.Seconds;
            firstRate ??= rate;
            string ratio = previousSeconds is { } previous ? (median.Seconds / previous).ToString("F2", c) + "×" : "–";
            previousSeconds = median.Seconds;
            report.Add(string.Create(c, $"| {tokens:N0} | {documents.Count:N0} | {runs.Count} | {median.Seconds:F3} s | {rate:N0} | {rate / firstRate.Value:F2} | {ratio} | {(double)median.AllocatedBytes / tokens:N0} | {median.Mentions:N0} |"));
            Console.WriteLine(report[^1]);
        }

        report.Add("");
        report.Add("Linear cost means tokens/s stays flat (relative ≈ 1) and the time ratio follows the size ratio (≈ 10× per row).");
        report.Add("");
        report.Add(string.Create(c, $"## Threads (one shared extractor, Parallel.ForEach over documents, {options.ThreadTokens:N0} tokens; each thread count warmed up for 3 s, then {ThreadRuns} rounds of one run per thread count, in turn)"));
        report.Add("");
        report.Add("| threads | runs | median time | tokens/s | speed-up | mentions |");
        report.Add("|---:|---:|---:|---:|---:|---:|");
        var (threadDocuments, threadTokens) = corpus.Take(options.ThreadTokens);
        int[] threadCounts = [.. options.Threads.Distinct()];
        foreach (int threads in threadCounts)
        {
            // Warm-up with this many threads first: each thread that tags at once gets a word cache of its own, and a new
            // one starts small and cold; measured cold, the added thread would be charged for filling it.
            var warmupClock = Stopwatch.StartNew();
            do Extract(extractor, threadDocuments, threads);
            while (warmupClock.Elapsed.TotalSeconds < 3);
        }

        // The thread counts take turns, so that a slow spell of the shared machine falls on all of them alike instead of
        // on whichever was being measured then (the speed-up is a ratio of two such measurements).
        var runsByThreads = threadCounts.ToDictionary(threads => threads, _ => new List<Measurement>());
        for (int round = 0; round < ThreadRuns; round++)
            foreach (int threads in threadCounts) runsByThreads[threads].Add(Extract(extractor, threadDocuments, threads));
        double? oneThread = null;
        foreach (int threads in threadCounts)
        {
            var runs = runsByThreads[threads].OrderBy(r => r.Seconds).ToList();
            var median = runs[ThreadRuns / 2];
            double rate = threadTokens / median.Seconds;
            oneThread ??= rate;
            report.Add(string.Create(c, $"| {threads} | {runs.Count} | {median.Seconds:F3} s | {rate:N0} | {rate / oneThread.Value:F2} | {median.Mentions:N0} |"));
            Console.WriteLine(report[^1]);
        }

        report.Add("");
        report.Add("The machine has 2 cores shared with other jobs: a speed-up below 2 can come from the neighbours as much as from contention.");
        if (options.RssMegabytes > 0)
        {
            report.Add("");
            report.AddRange(MeasureCli(options, corpus, repository));
        }

        var output = options.Output ?? Path.Combine(repository, "benchmarks", "results", "scaling.md");
        Directory.CreateDirectory(Path.GetDirectoryName(output)!);
        File.WriteAllLines(output, report);
        Console.WriteLine($"// report: {output}");
        return 0;
    }

    private static IEnumerable<string> MeasureCli(Options options, ScalingCorpus corpus, string repository)
    {
        var c = CultureInfo.InvariantCulture;
        string cli = options.Cli ?? BuildCli(repository);
        string folder = Path.Combine(Path.GetTempPath(), $"entities-bench-{options.RssMegabytes}mb");
        var (files, bytes, tokens) = CliPeakMemory.WriteFolder(corpus, folder, options.RssMegabytes * 1024L * 1024L);
        Console.WriteLine(string.Create(c, $"CLI run over {files:N0} files, {bytes:N0} bytes…"));
        var lines = new List<string>
        {
            string.Create(c, $"## CLI streaming run: `entities extract FOLDER` ({files:N0} files, {bytes / 1048576.0:F1} MB, {tokens:N0} tokens, JSON lines to a pipe)"),
            "",
            "| threads | peak RSS | wall time (process) | tokens/s (incl. start-up and model load) | output lines | exit code | measured with |",
            "|---:|---:|---:|---:|---:|---:|---|",
        };
        foreach (int threads in options.CliThreads)
        {
            var run = CliPeakMemory.Run(cli, folder, threads);
            lines.Add(string.Create(c, $"| {threads} | {run.PeakRssBytes / 1048576.0:F1} MB | {run.Elapsed.TotalSeconds:F2} s | {tokens / run.Elapsed.TotalSeconds:N0} | {run.OutputLines:N0} | {run.ExitCode} | {run.Method} |"));
            Console.WriteLine(lines[^1]);
        }

        Directory.Delete(folder, recursive: true);
        return lines;
    }

    private static string BuildCli(string repository)
    {
        string project = Path.Combine(repository, "src", "Entities.Cli");
        Console.WriteLine("building src/Entities.Cli (Release)…");
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true };
        foreach (var arg in new[] { "build", project, "-c", "Release", "-v", "quiet", "-nologo" }) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        string log = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException("dotnet build src/Entities.Cli failed:\n" + log);
        var dll = Directory.GetFiles(Path.Combine(project, "bin", "Release"), "Entities.Cli.dll", SearchOption.AllDirectories).FirstOrDefault();
        return dll ?? throw new FileNotFoundException("Entities.Cli.dll not found under src/Entities.Cli/bin/Release.");
    }

    /// <summary>Measured runs per thread count (the median is reported).</summary>
    private const int ThreadRuns = 7;

    private static Measurement Extract(FrenchEntityExtractor extractor, IReadOnlyList<string> documents, int threads)
    {
        long allocated = GC.GetTotalAllocatedBytes(precise: true);
        int mentions = 0;
        var clock = Stopwatch.StartNew();
        if (threads == 1)
        {
            foreach (var document in documents) mentions += extractor.ExtractEntities(document).Mentions.Count;
        }
        else
        {
            Parallel.ForEach(documents, new ParallelOptions { MaxDegreeOfParallelism = threads },
                document => Interlocked.Add(ref mentions, extractor.ExtractEntities(document).Mentions.Count));
        }

        clock.Stop();
        return new Measurement(clock.Elapsed.TotalSeconds, GC.GetTotalAllocatedBytes(precise: true) - allocated, mentions);
    }

    private readonly record struct Measurement(double Seconds, long AllocatedBytes, int Mentions);

    private sealed record Options(IReadOnlyList<long> Sizes, IReadOnlyList<int> Threads, long ThreadTokens, int RssMegabytes, IReadOnlyList<int> CliThreads, string? Cli, string? Output)
    {
        public static Options Parse(IReadOnlyList<string> args)
        {
            var options = new Options([10_000, 100_000, 1_000_000, 10_000_000], [1, 2], 1_000_000, 10, [1], null, null);
            for (int i = 0; i + 1 < args.Count; i += 2)
            {
                string value = args[i + 1];
                options = args[i] switch
                {
                    "--sizes" => options with { Sizes = value.Split(',').Select(s => long.Parse(s, CultureInfo.InvariantCulture)).ToArray() },
                    "--threads" => options with { Threads = value.Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray() },
                    "--thread-tokens" => options with { ThreadTokens = long.Parse(value, CultureInfo.InvariantCulture) },
                    "--rss-mb" => options with { RssMegabytes = int.Parse(value, CultureInfo.InvariantCulture) },
                    "--cli-threads" => options with { CliThreads = value.Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray() },
                    "--cli" => options with { Cli = value },
                    "--out" => options with { Output = value },
                    _ => throw new ArgumentException($"scaling: unknown option {args[i]}"),
                };
            }

            return options;
        }
    }
}
