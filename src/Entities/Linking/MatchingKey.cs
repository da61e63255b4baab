namespace Entities.Linking;

/// <summary>Splits a resolver key (<c>kind:value</c>) into its kind; a key without <c>:</c> has the empty kind.</summary>
public static class MatchingKey
{
    /// <summary>Returns the kind of <paramref name="key"/>: the text before its first <c>:</c>, or empty.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is <see langword="null"/>.</exception>
    public static string KindOf(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        int colon = key.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? string.Empty : key[..colon];
    }
}
