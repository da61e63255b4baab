namespace Entities.Resolution;

/// <summary>
/// Whether one of a set of cue phrases stands in the text around a name: lower case with straight apostrophes, compared at word
/// boundaries, in a bounded window (bounded work per name however long the document). Shared by <see cref="TeamContext"/>,
/// <see cref="PlaceSenses"/> and <see cref="Mentions.ResultsListTagger"/> (the team words before a rank).
/// </summary>
internal static class CueWindow
{
    /// <summary>The longest cue phrase, in characters.</summary>
    public const int MaxCueLength = 60;

    /// <summary>Checks and normalizes cue phrases (trimmed, lower case, straight apostrophes, no duplicates).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="cues"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A cue is empty or longer than <see cref="MaxCueLength"/>.</exception>
    public static string[] Normalize(IEnumerable<string> cues, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(cues, parameterName);
        string[] normalized = [.. cues.Select(c => c.Trim().ToLowerInvariant().Replace('\u2019', '\'')).Distinct(StringComparer.Ordinal)];
        if (normalized.Any(c => c.Length == 0 || c.Length > MaxCueLength)) throw new ArgumentException($"Cues must be 1 to {MaxCueLength} characters.", parameterName);
        return normalized;
    }

    /// <summary>Windows up to this length (a team's 600 characters each side and its name) are lowered on the stack, longer ones in a pooled array.</summary>
    private const int StackChars = 2 * TeamContext.Window + 80;

    /// <summary>Whether one of <paramref name="cues"/> (normalized) stands within <paramref name="window"/> characters of [<paramref name="start"/>, <paramref name="end"/>).</summary>
    public static bool AnyAround(string text, int start, int end, int window, ReadOnlySpan<string> cues) =>
        cues.Length > 0 && Search(text, start, end, window, [], cues) == 0;

    /// <summary>
    /// The index of the first of <paramref name="cueSets"/> (each normalized) one of whose cues stands within
    /// <paramref name="window"/> characters of [<paramref name="start"/>, <paramref name="end"/>), or -1; the window is lowered
    /// once for all the sets.
    /// </summary>
    public static int FirstAround(string text, int start, int end, int window, ReadOnlySpan<string[]> cueSets) =>
        cueSets.Length == 0 ? -1 : Search(text, start, end, window, cueSets, []);

    /// <summary>The first of <paramref name="cueSets"/>, or of the one set <paramref name="cues"/> when there are none, found in the window; -1 when none is.</summary>
    private static int Search(string text, int start, int end, int window, ReadOnlySpan<string[]> cueSets, ReadOnlySpan<string> cues)
    {
        int from = Math.Max(0, start - window), to = Math.Min(text.Length, end + window);

        // The window in lower case once (straight apostrophes), then ordinal searches, which are vectorized.
        char[]? rented = null;
        int length = to - from;
        Span<char> lower = length <= StackChars ? stackalloc char[length] : (rented = System.Buffers.ArrayPool<char>.Shared.Rent(length)).AsSpan(0, length);
        try
        {
            text.AsSpan(from, length).ToLowerInvariant(lower);
            lower.Replace('\u2019', '\'');
            if (cueSets.IsEmpty) return Holds(lower, cues) ? 0 : -1;
            for (int set = 0; set < cueSets.Length; set++)
            {
                if (Holds(lower, cueSets[set])) return set;
            }

            return -1;
        }
        finally
        {
            if (rented is not null) System.Buffers.ArrayPool<char>.Shared.Return(rented);
        }
    }

    /// <summary>Whether one of <paramref name="cues"/> stands in <paramref name="lower"/> at word boundaries.</summary>
    private static bool Holds(ReadOnlySpan<char> lower, ReadOnlySpan<string> cues)
    {
        foreach (string cue in cues)
        {
            for (int at = lower.IndexOf(cue, StringComparison.Ordinal), skipped = 0; at >= 0;)
            {
                int begin = skipped + at, stop = begin + cue.Length;
                if ((begin == 0 || !char.IsLetterOrDigit(lower[begin - 1])) && (stop == lower.Length || !char.IsLetterOrDigit(lower[stop]))) return true;
                skipped = begin + 1;
                at = lower[skipped..].IndexOf(cue, StringComparison.Ordinal);
            }
        }

        return false;
    }
}
