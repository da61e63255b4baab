using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Entities.Benchmarks.Columns;
using Entities.Benchmarks.Corpus;

namespace Entities.Benchmarks;

/// <summary>
/// Runs the benchmarks through <see cref="BenchmarkSwitcher"/>: every BenchmarkDotNet option works
/// (<c>--filter '*'</c>, <c>--job short</c>, …). Extra options: <c>--quick</c> (same as <c>--job short</c>),
/// <c>--tokens N</c> (corpus size, default 100,000), <c>--generated</c> (ignore the shared NER corpora),
/// <c>--describe-corpus</c> (print the corpus size and samples, run nothing);
/// <c>--postgres-ingest CONNECTION [DOCUMENTS]</c> (PostgreSQL store ingest throughput, 1 and 4 workers; no BenchmarkDotNet).
/// Markdown reports are copied to <c>benchmarks/results/</c>.
/// </summary>
public static class Program
{
    /// <summary>Entry point.</summary>
    public static int Main(string[] args)
    {
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
            .AddColumn(PerTokenColumn.TokensPerSecond, PerTokenColumn.BytesPerToken);

        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run([.. benchmarkArgs], config).ToList();
        if (summaries.Count == 0) return 0;
        var perToken = PerTokenSummary(summaries);
        Console.WriteLine();
        Console.WriteLine("// * Per-token summary *");
        foreach (var line in perToken) Console.WriteLine(line);
        var results = Path.Combine(benchmarksFolder, "results");
        CopyReports(Path.Combine(artifacts, "results"), results);
        File.WriteAllLines(Path.Combine(results, "per-token-summary.md"), ["# Per-token summary of the last run", "", .. perToken.Select(l => "- " + l)]);
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
                if (!PerTokenFigures.TryGet(summary, benchmarkCase, out var figures)) continue;
                var corpusTokens = (int)benchmarkCase.Parameters[PerTokenFigures.CorpusParameter];
                var corpus = BenchmarkCorpus.Get(corpusTokens);
                lines.Add(string.Create(CultureInfo.InvariantCulture,
                    $"{benchmarkCase.Descriptor.Type.Name}.{benchmarkCase.Descriptor.WorkloadMethodDisplayInfo} ({benchmarkCase.Job.ResolvedId}): {PerTokenColumn.TokensPerSecond.Compute(summary, benchmarkCase):N0} tokens/s, " +
                    $"{PerTokenColumn.BytesPerToken.Compute(summary, benchmarkCase):N2} B/token " +
                    $"({figures.Tokens:N0} tokens, {corpus.Characters:N0} chars, {corpus.Documents.Count:N0} documents from {corpus.Origin})"));
            }
        }

        return lines;
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

    private static void CopyReports(string from, string to)
    {
        if (!Directory.Exists(from)) return;
        Directory.CreateDirectory(to);
        foreach (var report in Directory.GetFiles(from, "*-report-github.md"))
        {
            var target = Path.Combine(to, Path.GetFileName(report).Replace("-report-github", "", StringComparison.Ordinal));
            File.Copy(report, target, overwrite: true);
            Console.WriteLine($"// report: {target}");
        }
    }

    private static string FindBenchmarksFolder()
    {
        for (var directory = new DirectoryInfo(Environment.CurrentDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Entities.sln"))) return Path.Combine(directory.FullName, "benchmarks");
        }

        return Path.Combine(Environment.CurrentDirectory, "benchmarks");
    }
}
