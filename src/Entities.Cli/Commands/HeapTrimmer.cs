namespace Entities.Cli.Commands;

/// <summary>
/// Keeps the memory of a long <c>extract</c> run flat. Every document leaves short-lived garbage (tokens, mentions, rendered
/// output), and the runtime lets the heap grow far beyond what is live before it runs a full collection: over a 10 MB corpus
/// the peak resident set was ~440 MB with ~55 MB live. A full collection after every <see cref="CharactersPerCollection"/>
/// characters of input keeps the peak under 200 MB on the same corpus (without <c>--graph</c>), and the run was no slower (measured with
/// <c>/usr/bin/time -v</c>; see benchmarks/results/scaling.md).
/// </summary>
internal sealed class HeapTrimmer
{
    /// <summary>Characters of input between two full collections (about 500 KB of text).</summary>
    public const long CharactersPerCollection = 500_000;

    private long sinceLastCollection;

    /// <summary>Counts a processed document's characters and runs a full collection when the threshold is passed.</summary>
    public void Processed(int characters)
    {
        sinceLastCollection += characters;
        if (sinceLastCollection < CharactersPerCollection) return;
        sinceLastCollection = 0;
        GC.Collect();
        GC.WaitForPendingFinalizers();
    }
}
