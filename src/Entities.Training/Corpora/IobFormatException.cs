namespace Entities.Corpora;

/// <summary>A malformed line in an IOB2 corpus file; the message starts with <c>file:line:</c>.</summary>
public sealed class IobFormatException : FormatException
{
    /// <summary>Creates the exception for a problem at <paramref name="filePath"/>:<paramref name="lineNumber"/>.</summary>
    /// <param name="filePath">The file (or stream name) being read.</param>
    /// <param name="lineNumber">The 1-based line number.</param>
    /// <param name="problem">What is wrong with the line.</param>
    public IobFormatException(string filePath, int lineNumber, string problem)
        : base($"{filePath}:{lineNumber}: {problem}")
    {
        FilePath = filePath;
        LineNumber = lineNumber;
        Problem = problem;
    }

    /// <summary>The file (or stream name) being read.</summary>
    public string FilePath { get; }

    /// <summary>The 1-based line number of the problem.</summary>
    public int LineNumber { get; }

    /// <summary>The problem, without the location prefix.</summary>
    public string Problem { get; }
}
