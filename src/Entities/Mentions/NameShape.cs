namespace Entities.Mentions;

/// <summary>Shapes of a mention's text that several rules test.</summary>
internal static class NameShape
{
    /// <summary>Whether <paramref name="surface"/> is one word: not empty, no white space (<c>Villefort</c>, <c>Saint-Malo</c>, <c>L'Oréal</c>).</summary>
    public static bool IsOneWord(string surface)
    {
        foreach (char c in surface)
        {
            if (char.IsWhiteSpace(c)) return false;
        }

        return surface.Length > 0;
    }
}
