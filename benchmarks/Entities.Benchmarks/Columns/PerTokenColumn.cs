using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Entities.Benchmarks.Columns;

/// <summary>A column derived from a benchmark's mean time or allocation divided by the tokens of its corpus (the <c>CorpusTokens</c> parameter).</summary>
internal sealed class PerTokenColumn : IColumn
{
    private readonly Func<PerTokenFigures, double?> value;
    private readonly string format;

    private PerTokenColumn(string name, string legend, string format, Func<PerTokenFigures, double?> value)
    {
        ColumnName = name;
        Legend = legend;
        this.format = format;
        this.value = value;
    }

    /// <summary>Tokens per second: tokens of the corpus divided by the mean time of one pass.</summary>
    public static PerTokenColumn TokensPerSecond { get; } = new(
        "Tokens/s", "Tokens produced per second (corpus tokens / mean time of one pass over the corpus)", "N0",
        f => f.MeanNanoseconds is > 0 ? f.Tokens / (f.MeanNanoseconds.Value / 1e9) : null);

    /// <summary>Bytes allocated per token.</summary>
    public static PerTokenColumn BytesPerToken { get; } = new(
        "B/token", "Managed bytes allocated per token produced (Allocated / tokens)", "N2",
        f => f.AllocatedBytes is { } bytes ? (double)bytes / f.Tokens : null);

    /// <inheritdoc />
    public string Id => nameof(PerTokenColumn) + "." + ColumnName;

    /// <inheritdoc />
    public string ColumnName { get; }

    /// <inheritdoc />
    public bool AlwaysShow => true;

    /// <inheritdoc />
    public ColumnCategory Category => ColumnCategory.Custom;

    /// <inheritdoc />
    public int PriorityInCategory => 0;

    /// <inheritdoc />
    public bool IsNumeric => true;

    /// <inheritdoc />
    public UnitType UnitType => UnitType.Dimensionless;

    /// <inheritdoc />
    public string Legend { get; }

    /// <summary>Computes the raw figure for a benchmark case, or <see langword="null"/> when it is not available.</summary>
    public double? Compute(Summary summary, BenchmarkCase benchmarkCase) =>
        PerTokenFigures.TryGet(summary, benchmarkCase, out var figures) ? value(figures) : null;

    /// <inheritdoc />
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) =>
        Compute(summary, benchmarkCase)?.ToString(format, CultureInfo.InvariantCulture) ?? "-";

    /// <inheritdoc />
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);

    /// <inheritdoc />
    public bool IsAvailable(Summary summary) => summary.BenchmarksCases.Any(c => c.Parameters[PerTokenFigures.CorpusParameter] is int);

    /// <inheritdoc />
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}

/// <summary>The measured figures of one benchmark case and the token count of its corpus.</summary>
internal readonly record struct PerTokenFigures(long Tokens, double? MeanNanoseconds, long? AllocatedBytes)
{
    /// <summary>The parameter that names the corpus size.</summary>
    public const string CorpusParameter = "CorpusTokens";

    /// <summary>Gets the figures of <paramref name="benchmarkCase"/>; false when it has no corpus parameter or no result.</summary>
    public static bool TryGet(Summary summary, BenchmarkCase benchmarkCase, out PerTokenFigures figures)
    {
        figures = default;
        var report = summary[benchmarkCase];
        if (report is null || benchmarkCase.Parameters[CorpusParameter] is not int corpusTokens) return false;
        long tokens = CorpusTokenCounts.Get(corpusTokens);
        if (tokens == 0) return false;
        long? allocated = report.GcStats.GetBytesAllocatedPerOperation(benchmarkCase);
        figures = new PerTokenFigures(tokens, report.ResultStatistics?.Mean, allocated);
        return true;
    }
}
