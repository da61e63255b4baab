using Entities.Cli.Output;

namespace Entities.Cli.Commands;

/// <summary>The options of one <c>entities extract</c> run.</summary>
/// <param name="Paths">Files, folders or <c>-</c>.</param>
/// <param name="Format">The output format.</param>
/// <param name="Threads">Documents processed in parallel (1 = sequential, reproducible entity ids).</param>
/// <param name="GraphPath">Where to write the run's entity graph at the end (format from the extension), or <see langword="null"/>.</param>
/// <param name="OutputPath">A file to write the results to (through a temporary file and a rename) instead of standard output, or <see langword="null"/>.</param>
/// <param name="Quiet">No progress bar and no summary.</param>
/// <param name="Summary">Always print the summary line, even when standard error is not a terminal.</param>
/// <param name="Queue">Work on the store's queue instead of <paramref name="Paths"/>, or <see langword="null"/>.</param>
internal sealed record ExtractSettings(
    IReadOnlyList<string> Paths,
    ExtractionFormat Format,
    int Threads = 1,
    string? GraphPath = null,
    string? OutputPath = null,
    bool Quiet = false,
    bool Summary = false,
    QueueSettings? Queue = null);

/// <summary>How an <c>extract --from-queue</c> worker claims documents.</summary>
/// <param name="Worker">Its name in the queue.</param>
/// <param name="Lease">How long a claim stays its own.</param>
/// <param name="ClaimCount">Documents claimed at a time.</param>
internal sealed record QueueSettings(string Worker, TimeSpan Lease, int ClaimCount);
