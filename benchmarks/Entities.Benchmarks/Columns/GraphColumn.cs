using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Entities.Benchmarks.Graph;

namespace Entities.Benchmarks.Columns;

/// <summary>Columns of benchmarks that have a <c>Documents</c> parameter: documents per second, and the graph's size and memory per node.</summary>
internal sealed class GraphColumn : IColumn
{
    /// <summary>The parameter that names the document count.</summary>
    public const string DocumentsParameter = "Documents";

    private readonly Func<Summary, BenchmarkCase, int, double?> value;
    private readonly string format;

    private GraphColumn(string name, string legend, string format, Func<Summary, BenchmarkCase, int, double?> value)
    {
        ColumnName = name;
        Legend = legend;
        this.format = format;
        this.value = value;
    }

    /// <summary>Documents per second.</summary>
    public static GraphColumn DocumentsPerSecond { get; } = new("Docs/s", "Documents merged per second (Documents / mean time)", "N0",
        (summary, benchmarkCase, documents) => summary[benchmarkCase]?.ResultStatistics?.Mean is > 0 and var mean ? documents / (mean / 1e9) : null);

    /// <summary>Managed bytes held by the graph, per node.</summary>
    public static GraphColumn BytesPerNode { get; } = new("B/node", "Managed bytes held by the built graph per node (GC.GetTotalMemory before/after, host process)", "N0",
        (_, _, documents) => GraphMemory.Get(documents).BytesPerNode);

    /// <summary>Nodes of the built graph.</summary>
    public static GraphColumn Nodes { get; } = new("Nodes", "Nodes of the graph built from the documents", "N0", (_, _, documents) => GraphMemory.Get(documents).Nodes);

    /// <summary>Edges of the built graph.</summary>
    public static GraphColumn Edges { get; } = new("Edges", "Edges of the graph built from the documents", "N0", (_, _, documents) => GraphMemory.Get(documents).Edges);

    /// <inheritdoc />
    public string Id => nameof(GraphColumn) + "." + ColumnName;

    /// <inheritdoc />
    public string ColumnName { get; }

    /// <inheritdoc />
    public bool AlwaysShow => true;

    /// <inheritdoc />
    public ColumnCategory Category => ColumnCategory.Custom;

    /// <inheritdoc />
    public int PriorityInCategory => 1;

    /// <inheritdoc />
    public bool IsNumeric => true;

    /// <inheritdoc />
    public UnitType UnitType => UnitType.Dimensionless;

    /// <inheritdoc />
    public string Legend { get; }

    /// <summary>The raw figure, or <see langword="null"/> when the case has no <c>Documents</c> parameter or no result.</summary>
    public double? Compute(Summary summary, BenchmarkCase benchmarkCase) =>
        benchmarkCase.Parameters[DocumentsParameter] is int documents ? value(summary, benchmarkCase, documents) : null;

    /// <inheritdoc />
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) =>
        Compute(summary, benchmarkCase)?.ToString(format, CultureInfo.InvariantCulture) ?? "-";

    /// <inheritdoc />
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);

    /// <inheritdoc />
    public bool IsAvailable(Summary summary) => summary.BenchmarksCases.Any(c => c.Parameters[DocumentsParameter] is int);

    /// <inheritdoc />
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
