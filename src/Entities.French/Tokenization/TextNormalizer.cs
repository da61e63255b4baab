namespace Entities.French.Tokenization;

/// <summary>
/// Computes a token's normalized form: ’ → ', hyphen variants → -, the long s of old prints ſ → s, zero-width characters
/// and (in numbers) digit-group spaces removed.
/// </summary>
internal static class TextNormalizer
{
    /// <summary>The normalized form of <paramref name="surface"/>, or <see langword="null"/> when it equals the surface.</summary>
    public static string? Normalize(ReadOnlySpan<char> surface, bool numberGroups)
    {
        int i = 0;
        for (; i < surface.Length; i++)
        {
            if (Changes(surface[i], numberGroups))
            {
                break;
            }
        }

        if (i == surface.Length)
        {
            return null;
        }

        Span<char> buffer = surface.Length <= 256 ? stackalloc char[surface.Length] : new char[surface.Length];
        surface[..i].CopyTo(buffer);
        int n = i;
        for (; i < surface.Length; i++)
        {
            char c = surface[i];
            CharClass cls = CharClasses.Of(c);
            if ((cls & CharClass.Ignorable) != 0 || (numberGroups && (cls & CharClass.GroupSpace) != 0))
            {
                continue;
            }

            buffer[n++] = (cls & CharClass.Apostrophe) != 0 ? '\'' : (cls & CharClass.Joiner) != 0 ? '-' : c == LongS ? 's' : c;
        }

        return new string(buffer[..n]);
    }

    /// <summary>The long s (U+017F) of prints before the 19th century, read as an ordinary s.</summary>
    private const char LongS = '\u017F';

    private static bool Changes(char c, bool numberGroups)
    {
        if (c < 0x80)
        {
            return numberGroups && c == ' ';
        }

        if (c == LongS)
        {
            return true;
        }

        CharClass cls = CharClasses.Of(c);
        return (cls & (CharClass.Ignorable | CharClass.Apostrophe | CharClass.Joiner)) != 0
            || (numberGroups && (cls & CharClass.GroupSpace) != 0);
    }
}
