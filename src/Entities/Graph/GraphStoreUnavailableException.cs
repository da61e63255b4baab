namespace Entities.Graph;

/// <summary>
/// A graph store could not be reached (a database server gone, a network cut) for longer than it retries: nothing of the
/// document was merged. A batch should stop here rather than fail every remaining document one by one.
/// </summary>
public sealed class GraphStoreUnavailableException : Exception
{
    /// <summary>Creates the exception.</summary>
    public GraphStoreUnavailableException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public GraphStoreUnavailableException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the last connection error.</summary>
    public GraphStoreUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
