namespace Entities.Models;

/// <summary>A model file that cannot be loaded: missing, empty, truncated, corrupt, not a model, or of a newer format version.</summary>
public sealed class ModelFormatException : Exception
{
    /// <summary>Creates the exception for <paramref name="source"/>.</summary>
    /// <param name="source">The file path or stream name.</param>
    /// <param name="problem">What is wrong.</param>
    /// <param name="innerException">The underlying error, if any.</param>
    public ModelFormatException(string source, string problem, Exception? innerException = null)
        : base($"Cannot load model '{source}': {problem}", innerException)
    {
        Source = source;
        Problem = problem;
    }

    /// <summary>The file path or stream name.</summary>
    public new string Source { get; }

    /// <summary>What is wrong, without the file name.</summary>
    public string Problem { get; }
}
