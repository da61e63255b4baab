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

    /// <summary>Items in flight per worker at most when their sizes are given and small (<see cref="Run{TItem, TResult}(IEnumerable{TItem}, Func{int, TItem, CancellationToken, TResult}, Func{TItem, long}, long, int, CancellationToken)"/>):
    /// many short documents keep the consumer fed while it links and writes.</summary>
    public const int MaxWindowPerWorker = 16;

    /// <summary>
    /// Runs <paramref name="process"/> over <paramref name="items"/> like <see cref="Run{TItem, TResult}(IEnumerable{TItem}, Func{int, TItem, CancellationToken, TResult}, int, CancellationToken)"/>,
    /// with a window that grows past <see cref="WindowPerWorker"/> × N items, up to <see cref="MaxWindowPerWorker"/> × N, while
    /// the sizes of the items in flight (<paramref name="sizeOf"/>: bytes of a file, for instance) stay within
    /// <paramref name="maxInFlightSize"/>: many small items keep every thread busy, a few large ones stay bounded as before.
    /// </summary>
    /// <param name="items">The items; enumerated once, on the consuming thread.</param>
    /// <param name="process">The work of one item (see the other overload).</param>
    /// <param name="sizeOf">An item's size, known before it is processed (negative: unknown, counted as <paramref name="maxInFlightSize"/>).</param>
    /// <param name="maxInFlightSize">The most summed size in flight beyond the first <see cref="WindowPerWorker"/> × N items.</param>
    /// <param name="maxDegreeOfParallelism">How many items are processed at the same time.</param>
    /// <param name="cancellationToken">Cancels the batch.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDegreeOfParallelism"/> is less than 1 or <paramref name="maxInFlightSize"/> is negative.</exception>
    public static IEnumerable<TResult> Run<TItem, TResult>(
        IEnumerable<TItem> items,
        Func<int, TItem, CancellationToken, TResult> process,
        Func<TItem, long> sizeOf,
        long maxInFlightSize,
        int maxDegreeOfParallelism = 1,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(process);
        ArgumentNullException.ThrowIfNull(sizeOf);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxDegreeOfParallelism, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(maxInFlightSize);
        return maxDegreeOfParallelism == 1
            ? Sequential(items, process, cancellationToken)
            : Parallel(items, maxDegreeOfParallelism, process, cancellationToken, sizeOf, maxInFlightSize);
    }

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

    private static IEnumerable<TResult> Parallel<TItem, TResult>(
        IEnumerable<TItem> items, int workers, Func<int, TItem, CancellationToken, TResult> process, CancellationToken cancellationToken,
        Func<TItem, long>? sizeOf = null, long maxInFlightSize = 0)
    {
        int window = workers * WindowPerWorker;
        int maxWindow = sizeOf is null ? window : workers * MaxWindowPerWorker;
        var inFlight = new Queue<Task<TResult>>(maxWindow);
        var sizes = new Queue<long>(maxWindow);
        long inFlightSize = 0;
        using var gate = new SemaphoreSlim(workers);
        using var enumerator = items.GetEnumerator();
        int index = 0;
        bool pending = false, done = false;
        try
        {
            while (true)
            {
                while (inFlight.Count < maxWindow && !cancellationToken.IsCancellationRequested && (pending || (!done && (done = !enumerator.MoveNext()) == false)))
                {
                    var item = enumerator.Current;
                    long size = sizeOf is null ? 0 : sizeOf(item) is var s and >= 0 ? s : maxInFlightSize;

                    // Past the first window, an item starts only while the sizes in flight stay within the budget.
                    if (inFlight.Count >= window && inFlightSize + size > maxInFlightSize)
                    {
                        pending = true;
                        break;
                    }

                    pending = false;
                    inFlightSize += size;
                    sizes.Enqueue(size);
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
                inFlightSize -= sizes.Dequeue();
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
