namespace Entities.Graph.Persistence;

/// <summary>A saved graph file is malformed, inconsistent or of an unsupported format version.</summary>
public sealed class GraphFormatException : IOException
{
    /// <summary>Creates the exception for <paramref name="filePath"/>; the message names the file and the problem.</summary>
    /// <param name="filePath">The file (or stream name) that could not be read.</param>
    /// <param name="problem">What is wrong with it.</param>
    /// <param name="innerException">The underlying error, if any.</param>
    public GraphFormatException(string filePath, string problem, Exception? innerException = null)
        : base($"Cannot load entity graph '{filePath}': {problem}", innerException)
    {
        FilePath = filePath;
        Problem = problem;
    }

    /// <summary>The file (or stream name) that could not be read.</summary>
    public string FilePath { get; }

    /// <summary>What is wrong with the file, without the file name (e.g. <c>not valid JSON (…)</c>).</summary>
    public string Problem { get; }
}
