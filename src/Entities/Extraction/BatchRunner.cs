namespace Entities;

/// <summary>
/// Runs a per-document function over a sequence of requests, sequentially or on up to N worker tasks, and yields the results
/// lazily in input order. Cancellation stops new documents from starting, waits for the ones in progress (which check the token
/// themselves) and then throws <see cref="OperationCanceledException"/>.
/// </summary>
internal static class BatchRunner
{
    public delegate DocumentResult ExtractOne(int index, ExtractionRequest? request, CancellationToken cancellationToken);

    public static IEnumerable<DocumentResult> Run(IEnumerable<ExtractionRequest> documents, int maxDegreeOfParallelism, ExtractOne extract, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxDegreeOfParallelism, 1);
        return maxDegreeOfParallelism == 1
            ? Sequential(documents, extract, cancellationToken)
            : Parallel(documents, maxDegreeOfParallelism, extract, cancellationToken);
    }

    private static IEnumerable<DocumentResult> Sequential(IEnumerable<ExtractionRequest> documents, ExtractOne extract, CancellationToken cancellationToken)
    {
        int index = 0;
        foreach (var request in documents)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return extract(index++, request, cancellationToken);
        }
    }

    private static IEnumerable<DocumentResult> Parallel(IEnumerable<ExtractionRequest> documents, int workers, ExtractOne extract, CancellationToken cancellationToken)
    {
        var inFlight = new Queue<Task<DocumentResult>>(workers);
        using var enumerator = documents.GetEnumerator();
        int index = 0;
        try
        {
            while (true)
            {
                while (inFlight.Count < workers && !cancellationToken.IsCancellationRequested && enumerator.MoveNext())
                {
                    var request = enumerator.Current;
                    int position = index++;
                    inFlight.Enqueue(Task.Run(() => extract(position, request, cancellationToken), CancellationToken.None));
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
                    // Cancelled documents: nothing of them was merged.
                }
            }
        }
    }
}
