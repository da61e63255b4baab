using System.Diagnostics;
using System.Globalization;
using Entities.French.Extraction;

namespace Entities.Benchmarks.Modes;

/// <summary>
/// <c>scaling</c>: throughput of the full pipeline (<see cref="FrenchEntityExtractor.ExtractEntities"/>) against corpus size
/// (10k → 10M tokens by default) and against threads (1 → 2, one shared extractor, see <see cref="ThreadScaling"/>), under
/// workstation then server GC (server GC, and workstation GC when this process runs under server GC, are measured by a
/// child process); then the peak
/// RSS of a CLI <c>extract</c> run over a folder of 10 MB of text. Writes <c>benchmarks/results/scaling.md</c>.
/// Options: <c>--sizes 10000,100000,…</c>, <c>--threads 1,2</c>, <c>--thread-tokens N</c>, <c>--gc workstation,server</c>,
/// <c>--rss-mb N</c> (0 skips), <c>--cli-threads 1,2</c> (the CLI's <c>--threads</c> values, default 1),
/// <c>--cli PATH/Entities.Cli.dll</c> (default: build src/Entities.Cli in Release), <c>--out FILE</c>; <c>--threads-table FILE</c>
/// (used for the child process) writes the threads table alone.
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
        if (options.ThreadsTable is { } tableFile)
        {
            // A child run (see MeasureInChild): the threads table alone, under the GC this process was started with.
            var (documentsForThreads, tokensForThreads) = new ScalingCorpus(1_000_000).Take(options.ThreadTokens);
            File.WriteAllLines(tableFile, ThreadScaling.Measure(new FrenchEntityExtractor(), documentsForThreads, tokensForThreads, options.Threads));
            return 0;
        }

        List<string> report = ["# Scaling of the full pipeline", "", .. MachineInfo.Describe(), ""];
        Console.WriteLine("building the base corpus…");
        var corpus = new ScalingCorpus(1_000_000);
        report.Add(string.Create(c, $"Base corpus: {corpus.BaseTokens:N0} tokenizer tokens from {corpus.Origin}, documents in a seeded shuffled order; smaller sizes take a prefix of that order, larger ones cycle through it."));
        report.Add("");

        var extractor = new FrenchEntityExtractor();
        var (warmup, warmupTokens) = corpus.Take(200_000);
        var clock = Stopwatch.StartNew();
        int warmupMentions = 0;
        while (clock.Elapsed.TotalSeconds < 3) warmupMentions = ThreadScaling.Run(extractor, warmup, 1).Mentions;
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
            var runs = new List<ThreadScaling.Measurement>();
            var sizeClock = Stopwatch.StartNew();
            do runs.Add(ThreadScaling.Run(extractor, documents, 1));
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
        var (threadDocuments, threadTokens) = corpus.Take(options.ThreadTokens);
        foreach (string mode in options.GcModes)
        {
            report.Add(string.Create(c, $"## Threads, {mode} GC (one shared extractor, {options.ThreadTokens:N0} tokens, documents handed out one at a time to dedicated threads; each thread count warmed up for 3 s, then {ThreadScaling.Rounds} rounds of one run per thread count, in turn)"));
            report.Add("");
            Console.WriteLine($"threads, {mode} GC…");
            var table = IsCurrentGc(mode) ? ThreadScaling.Measure(extractor, threadDocuments, threadTokens, options.Threads) : MeasureInChild(mode, options);
            report.AddRange(table);
            foreach (var line in table.Skip(2)) Console.WriteLine(line);
            report.Add("");
        }

        report.Add("Median run: the run in the middle by time. All runs: the tokens of every run over their total time, so a run that had a garbage collection counts as often as it happens. Cores busy: the process's CPU time over wall time (below the thread count: threads waiting, chiefly while a collection stops them). Workstation GC is .NET's default: one heap and one collecting thread, while every other thread waits. Server GC is what a multi-threaded batch process would choose (`<ServerGarbageCollection>true</ServerGarbageCollection>` with `<GarbageCollectionAdaptationMode>0</GarbageCollectionAdaptationMode>`, or `DOTNET_gcServer=1` and `DOTNET_GCDynamicAdaptationMode=0` as here): one heap and one collecting thread per core.");
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

    /// <summary>Whether this process runs under GC <paramref name="mode"/> as measured (server GC is always measured in a child, where its heaps are fixed).</summary>
    private static bool IsCurrentGc(string mode) => mode == "workstation" && !System.Runtime.GCSettings.IsServerGC;

    /// <summary>The threads table measured by a child process of this program under GC <paramref name="mode"/>.</summary>
    private static IReadOnlyList<string> MeasureInChild(string mode, Options options)
    {
        string table = Path.Combine(Path.GetTempPath(), $"entities-threads-{Environment.ProcessId}-{mode}.md");
        string program = typeof(ScalingMode).Assembly.Location;
        bool viaHost = Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet";
        var start = new ProcessStartInfo(viaHost ? Environment.ProcessPath! : Path.ChangeExtension(program, null)) { UseShellExecute = false };
        if (viaHost) start.ArgumentList.Add(program);
        string threads = string.Join(',', options.Threads.Select(t => t.ToString(CultureInfo.InvariantCulture)));
        foreach (var arg in new[] { "scaling", "--threads", threads, "--thread-tokens", options.ThreadTokens.ToString(CultureInfo.InvariantCulture), "--threads-table", table })
            start.ArgumentList.Add(arg);
        start.Environment["DOTNET_gcServer"] = mode == "server" ? "1" : "0";
        if (mode == "server") start.Environment["DOTNET_GCDynamicAdaptationMode"] = "0"; // a fixed heap per core, as a batch process would set it
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the child process for the " + mode + " GC measurement");
        process.WaitForExit();
        if (process.ExitCode != 0 || !File.Exists(table)) throw new InvalidOperationException($"the {mode} GC measurement failed (exit code {process.ExitCode})");
        var lines = File.ReadAllLines(table);
        File.Delete(table);
        return lines;
    }

    private sealed record Options(IReadOnlyList<long> Sizes, IReadOnlyList<int> Threads, long ThreadTokens, int RssMegabytes, IReadOnlyList<int> CliThreads, string? Cli, string? Output, IReadOnlyList<string> GcModes, string? ThreadsTable)
    {
        public static Options Parse(IReadOnlyList<string> args)
        {
            var options = new Options([10_000, 100_000, 1_000_000, 10_000_000], [1, 2], 1_000_000, 10, [1], null, null, ["workstation", "server"], null);
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
                    "--gc" => options with { GcModes = ParseGcModes(value) },
                    "--threads-table" => options with { ThreadsTable = value },
                    _ => throw new ArgumentException($"scaling: unknown option {args[i]}"),
                };
            }

            return options;
        }

        private static string[] ParseGcModes(string value)
        {
            var modes = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var unknown = modes.FirstOrDefault(m => m is not ("workstation" or "server"));
            return unknown is null && modes.Length > 0 ? modes : throw new ArgumentException($"scaling: --gc takes workstation, server or both (comma-separated), not '{value}'");
        }
    }
}
