namespace Entities.French.Tokenization;

/// <summary>Builds the key under which a surface form is looked up in the data tables.</summary>
internal static class LookupKey
{
    /// <summary>Longest surface form that is looked up; longer ones are in no table.</summary>
    public const int MaxLength = 48;

    /// <summary>
    /// Copies <paramref name="surface"/> into <paramref name="buffer"/> with apostrophe variants replaced by <c>'</c>,
    /// hyphen variants by <c>-</c> and zero-width characters dropped. Case is kept (tables compare ignoring case where needed).
    /// </summary>
    /// <returns>The key's length, or -1 when the surface is longer than <paramref name="buffer"/>.</returns>
    public static int Fold(ReadOnlySpan<char> surface, Span<char> buffer)
    {
        if (surface.Length > buffer.Length)
        {
            return -1;
        }

        int n = 0;
        foreach (char c in surface)
        {
            CharClass cls = CharClasses.Of(c);
            if ((cls & CharClass.Ignorable) != 0)
            {
                continue;
            }

            buffer[n++] = (cls & CharClass.Apostrophe) != 0 ? '\'' : (cls & CharClass.Joiner) != 0 ? '-' : c;
        }

        return n;
    }
}
