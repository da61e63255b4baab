using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Entities.Benchmarks.Columns;
using Entities.Benchmarks.Corpus;
using Entities.Benchmarks.Modes;

namespace Entities.Benchmarks;

/// <summary>
/// Runs the benchmarks through <see cref="BenchmarkSwitcher"/>: every BenchmarkDotNet option works
/// (<c>--filter '*'</c>, <c>--job short</c>, …). Extra options: <c>--quick</c> (same as <c>--job short</c>),
/// <c>--tokens N</c> (corpus size, default 1,000,000), <c>--generated</c> (ignore the shared NER corpora),
/// <c>--describe-corpus</c> (print the corpus size and samples, run nothing).
/// Other modes, chosen by the first argument: <c>profile</c> (per-stage CPU and allocations, see <see cref="ProfileMode"/>), <c>trace FILE…</c> (what each rule of the French rule layer changes, see <see cref="TraceMode"/>), <c>fingerprint</c> (a dump of every output, see <see cref="FingerprintMode"/>), <c>scaling</c> (see <see cref="ScalingMode"/>) and <c>opennlp-…</c>
/// (see <see cref="OpenNlpMode"/>, used by <c>benchmarks/opennlp/compare.sh</c>);
/// <c>--postgres-ingest CONNECTION [DOCUMENTS]</c> (PostgreSQL store ingest throughput, 1 and 4 workers; no BenchmarkDotNet).
/// Markdown reports are copied to <c>benchmarks/results/</c>.
/// </summary>
public static class Program
{
    /// <summary>Entry point.</summary>
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "profile") return ProfileMode.Run(args[1..]);
        if (args.Length > 0 && args[0] == "fingerprint") return FingerprintMode.Run(args[1..]);
        if (args.Length > 0 && args[0] == "trace") return TraceMode.Run(args[1..]);
        if (args.Length > 0 && args[0] == "ner-test") return HeldOut.NerTestMode.Run(args[1..], FindRepository());
        if (args.Length > 0 && args[0] == "linking-test") return HeldOut.LinkingTestMode.Run(args[1..], FindRepository());
        if (args.Length > 0 && args[0] == "roles-test") return HeldOut.RolesTestMode.Run(args[1..], FindRepository());
        if (args.Length > 0 && args[0] == "scaling") return ScalingMode.Run(args[1..], FindRepository());
        if (args.Length > 0 && args[0] == "workers") return WorkersMode.Run(args[1..]);
        if (args.Length > 0 && args[0] == "machine-scaling") return MachineScalingMode.Run(args[1..], FindRepository());
        if (args.Length > 0 && args[0].StartsWith("opennlp-", StringComparison.Ordinal)) return OpenNlpMode.Run(args[0], args[1..]);
        if (args.Length >= 2 && args[0] == "--postgres-ingest")
        {
            return Storage.PostgresIngest.Run(args[1], args.Length >= 3 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 2000);
        }

        var benchmarkArgs = new List<string>();
        bool describeCorpus = false;
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--quick":
                    benchmarkArgs.AddRange(["--job", "short"]);
                    break;
                case "--tokens" when i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out int tokens) && tokens > 0:
                    Environment.SetEnvironmentVariable(BenchmarkCorpus.SizeVariable, tokens.ToString(CultureInfo.InvariantCulture));
                    i++;
                    break;
                case "--describe-corpus":
                    describeCorpus = true;
                    break;
                case "--generated":
                    Environment.SetEnvironmentVariable(BenchmarkCorpus.GeneratedOnlyVariable, "1");
                    break;
                default:
                    benchmarkArgs.Add(args[i]);
                    break;
            }
        }

        if (describeCorpus)
        {
            DescribeCorpus(BenchmarkCorpus.Get(BenchmarkCorpus.RequestedTokens));
            return 0;
        }

        var benchmarksFolder = FindBenchmarksFolder();
        var artifacts = Path.Combine(benchmarksFolder, "BenchmarkDotNet.Artifacts");
        var config = ManualConfig.Create(DefaultConfig.Instance)
            .WithArtifactsPath(artifacts)
            .AddColumn(PerTokenColumn.TokensPerSecond, PerTokenColumn.BytesPerToken)
            .AddColumn(GraphColumn.DocumentsPerSecond, GraphColumn.BytesPerNode, GraphColumn.Nodes, GraphColumn.Edges);

        var started = DateTime.UtcNow;
        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run([.. benchmarkArgs], config).ToList();
        if (summaries.Count == 0) return 0;
        var perToken = PerTokenSummary(summaries);
        Console.WriteLine();
        Console.WriteLine("// * Per-token summary *");
        foreach (var line in perToken) Console.WriteLine(line);
        var results = Path.Combine(benchmarksFolder, "results");
        CopyReports(Path.Combine(artifacts, "results"), results, started);
        WritePerTokenSummary(Path.Combine(results, "per-token-summary.md"), perToken);
        return summaries.Any(s => s.HasCriticalValidationErrors) ? 1 : 0;
    }

    private static List<string> PerTokenSummary(IEnumerable<Summary> summaries)
    {
        var lines = new List<string>();
        foreach (var summary in summaries)
        {
            foreach (var report in summary.Reports)
            {
                var benchmarkCase = report.BenchmarkCase;
                string name = $"{benchmarkCase.Descriptor.Type.Name}.{benchmarkCase.Descriptor.WorkloadMethodDisplayInfo} ({benchmarkCase.Job.ResolvedId})";
                if (GraphColumn.DocumentsPerSecond.Compute(summary, benchmarkCase) is { } documentsPerSecond)
                {
                    var graph = Graph.GraphMemory.Get((int)benchmarkCase.Parameters[GraphColumn.DocumentsParameter]);
                    lines.Add(string.Create(CultureInfo.InvariantCulture,
                        $"{name}: {documentsPerSecond:N0} documents/s, {graph.BytesPerNode:N0} B/node ({graph.Nodes:N0} nodes, {graph.Edges:N0} edges, {graph.Bytes / 1048576.0:F1} MB)"));
                    continue;
                }

                if (report.ResultStatistics is { } statistics && benchmarkCase.Parameters[PerTokenFigures.CorpusParameter] is null)
                {
                    lines.Add(string.Create(CultureInfo.InvariantCulture, $"{name}: {statistics.Mean / 1e6:N1} ms per operation"));
                    continue;
                }

                if (!PerTokenFigures.TryGet(summary, benchmarkCase, out var figures)) continue;
                var corpusTokens = (int)benchmarkCase.Parameters[PerTokenFigures.CorpusParameter];
                var corpus = BenchmarkCorpus.Get(corpusTokens);
                lines.Add(string.Create(CultureInfo.InvariantCulture,
                    $"{name}: {PerTokenColumn.TokensPerSecond.Compute(summary, benchmarkCase):N0} tokens/s, " +
                    $"{PerTokenColumn.BytesPerToken.Compute(summary, benchmarkCase):N2} B/token " +
                    $"({figures.Tokens:N0} tokens, {corpus.Characters:N0} chars, {corpus.Documents.Count:N0} documents from {corpus.Origin})"));
            }
        }

        return lines;
    }

    /// <summary>
    /// Writes the per-token summary, keeping the lines of benchmarks this run did not execute (so runs of different classes,
    /// e.g. with different <c>--tokens</c>, add up to one file); a line's key is the text before its first <c>: </c>.
    /// </summary>
    private static void WritePerTokenSummary(string path, IReadOnlyList<string> lines)
    {
        static string Key(string line) => line.Split(": ", 2)[0];
        var entries = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (File.Exists(path))
        {
            foreach (var line in File.ReadLines(path).Where(l => l.StartsWith("- ", StringComparison.Ordinal))) entries[Key(line[2..])] = line[2..];
        }

        foreach (var line in lines) entries[Key(line)] = line;
        File.WriteAllLines(path, ["# Per-token summary (latest run of each benchmark)", "", .. entries.Values.Select(l => "- " + l)]);
    }

    private static void DescribeCorpus(BenchmarkCorpus corpus)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{corpus.SourceTokens:N0} corpus tokens, {CorpusTokenCounts.Get(BenchmarkCorpus.RequestedTokens):N0} tokenizer tokens, {corpus.Characters:N0} chars, {corpus.Documents.Count:N0} documents from {corpus.Origin}"));
        foreach (var document in corpus.Documents.Take(2).Concat(corpus.Documents.TakeLast(1)))
        {
            Console.WriteLine("----");
            Console.WriteLine(document.Length > 700 ? document[..700] + " …" : document);
        }
    }

    private static void CopyReports(string from, string to, DateTime since)
    {
        if (!Directory.Exists(from)) return;
        Directory.CreateDirectory(to);
        foreach (var report in Directory.GetFiles(from, "*-report-github.md"))
        {
            if (File.GetLastWriteTimeUtc(report) < since) continue; // a report of an earlier run
            var target = Path.Combine(to, Path.GetFileName(report).Replace("-report-github", "", StringComparison.Ordinal));
            File.Copy(report, target, overwrite: true);
            Console.WriteLine($"// report: {target}");
        }
    }

    private static string FindBenchmarksFolder() => Path.Combine(FindRepository(), "benchmarks");

    /// <summary>The repository root: the nearest parent of the working or base directory that holds Entities.sln.</summary>
    private static string FindRepository()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "Entities.sln"))) return directory.FullName;
            }
        }

        return Environment.CurrentDirectory;
    }
}
