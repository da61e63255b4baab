namespace Entities.Graph;

/// <summary>Splits a resolver key (<c>kind:value</c>) into its kind; a key without <c>:</c> has the empty kind.</summary>
internal static class MatchingKey
{
    /// <summary>Returns the kind of <paramref name="key"/>: the text before its first <c>:</c>, or empty.</summary>
    public static string KindOf(string key)
    {
        int colon = key.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? string.Empty : key[..colon];
    }
}
