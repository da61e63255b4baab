namespace Entities;

/// <summary>
/// The batch engine of the library (used by <see cref="EntityExtractor.ExtractAll"/>, the dependency-injection batch processor
/// and the <c>entities extract</c> command): runs a per-item function over a sequence, sequentially or on up to N worker
/// tasks, and yields the results lazily, in input order.
/// </summary>
/// <remarks>
/// <para>Memory is bounded: the sequence is read as results are consumed, and at most <see cref="WindowPerWorker"/> × N items
/// are in flight (started and not yet yielded), however long the sequence; a slow item holds back the yield of later ones,
/// never their number.</para>
/// <para>Cancellation stops new items from starting, waits for the ones in progress (which should check the token
/// themselves) and then throws <see cref="OperationCanceledException"/>. When the caller stops enumerating early, the items
/// already started are finished first. An exception thrown by <c>process</c> is rethrown when its item's turn comes.</para>
/// </remarks>
public static class OrderedBatch
{
    /// <summary>Items in flight per worker: enough to keep every worker busy past one slow item.</summary>
    public const int WindowPerWorker = 2;

    /// <summary>Runs <paramref name="process"/> over <paramref name="items"/> and yields its results in input order.</summary>
    /// <param name="items">The items; enumerated once, on the consuming thread, as results are consumed.</param>
    /// <param name="process">The work of one item: its index in the sequence, the item and the cancellation token. Must be thread-safe when <paramref name="maxDegreeOfParallelism"/> is above 1.</param>
    /// <param name="maxDegreeOfParallelism">How many items are processed at the same time; 1 processes them on the consuming thread.</param>
    /// <param name="cancellationToken">Cancels the batch.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDegreeOfParallelism"/> is less than 1.</exception>
    public static IEnumerable<TResult> Run<TItem, TResult>(
        IEnumerable<TItem> items,
        Func<int, TItem, CancellationToken, TResult> process,
        int maxDegreeOfParallelism = 1,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(process);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxDegreeOfParallelism, 1);
        return maxDegreeOfParallelism == 1
            ? Sequential(items, process, cancellationToken)
            : Parallel(items, maxDegreeOfParallelism, process, cancellationToken);
    }

    private static IEnumerable<TResult> Sequential<TItem, TResult>(IEnumerable<TItem> items, Func<int, TItem, CancellationToken, TResult> process, CancellationToken cancellationToken)
    {
        int index = 0;
        foreach (var item in items)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return process(index++, item, cancellationToken);
        }
    }

    private static IEnumerable<TResult> Parallel<TItem, TResult>(IEnumerable<TItem> items, int workers, Func<int, TItem, CancellationToken, TResult> process, CancellationToken cancellationToken)
    {
        int window = workers * WindowPerWorker;
        var inFlight = new Queue<Task<TResult>>(window);
        using var gate = new SemaphoreSlim(workers);
        using var enumerator = items.GetEnumerator();
        int index = 0;
        try
        {
            while (true)
            {
                while (inFlight.Count < window && !cancellationToken.IsCancellationRequested && enumerator.MoveNext())
                {
                    var item = enumerator.Current;
                    int position = index++;
                    inFlight.Enqueue(Task.Run(
                        async () =>
                        {
                            await gate.WaitAsync(CancellationToken.None).ConfigureAwait(false);
                            try
                            {
                                return process(position, item, cancellationToken);
                            }
                            finally
                            {
                                gate.Release();
                            }
                        },
                        CancellationToken.None));
                }

                if (inFlight.Count == 0) break;
                yield return inFlight.Dequeue().GetAwaiter().GetResult();
            }

            cancellationToken.ThrowIfCancellationRequested();
        }
        finally
        {
            // Never leave work running behind the caller's back (when cancelled, or when the caller stops enumerating early).
            foreach (var task in inFlight)
            {
                try
                {
                    task.Wait(CancellationToken.None);
                }
                catch (AggregateException)
                {
                    // Cancelled or failed items that were never yielded.
                }
            }
        }
    }
}
