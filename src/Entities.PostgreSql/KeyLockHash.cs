using Entities;

namespace Entities.PostgreSql;

/// <summary>
/// The 64-bit advisory-lock id of a (label, key) pair: FNV-1a over the label code, a separator and the key's UTF-16 code units.
/// Stable across processes and machines (unlike <see cref="string.GetHashCode()"/>), so every worker locks the same id for
/// the same key; a collision only makes two unrelated keys wait for each other.
/// </summary>
internal static class KeyLockHash
{
    private const ulong Offset = 14695981039346656037;
    private const ulong Prime = 1099511628211;

    public static long Of(EntityLabel label, string key)
    {
        ulong hash = Offset;
        foreach (char c in label.ToCode()) hash = Mix(hash, c);
        hash = Mix(hash, '\u001f');
        foreach (char c in key) hash = Mix(hash, c);
        return unchecked((long)hash);
    }

    private static ulong Mix(ulong hash, char c)
    {
        hash = (hash ^ (byte)c) * Prime;
        return (hash ^ (byte)(c >> 8)) * Prime;
    }
}
