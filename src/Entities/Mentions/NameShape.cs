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

    /// <summary>
    /// Whether only a list separator lies between two mentions, <paramref name="leftEnd"/> to <paramref name="rightStart"/>:
    /// <c>, </c>, <c> et </c> or <c>, et </c> (<c>MM. Bertoni, Micheli et Tissières</c>).
    /// </summary>
    public static bool IsListedWith(string text, int leftEnd, int rightStart) =>
        rightStart > leftEnd && rightStart - leftEnd <= 5 && text.AsSpan(leftEnd, rightStart - leftEnd) is ", " or " et " or ", et ";
}
