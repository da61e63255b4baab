namespace Entities.Resolution;

/// <summary>
/// Whether an acronym spells a long form loosely, as French acronyms of long names do (<c>Inrae</c> for <c>Institut national
/// de recherche pour l'agriculture, l'alimentation et l'environnement</c>: a content word may have no letter): the acronym's
/// letters are, in order, among the initials of the long form's content words, the first letter on the first word and the last
/// letter on the last word. Shared by the rule layer (<see cref="Mentions.AcronymDefinitionTagger"/>) and the resolver.
/// </summary>
internal static class AcronymSpelling
{
    /// <summary>Whether <paramref name="letters"/> (capitals) spell <paramref name="initials"/> (capitals, in reading order).</summary>
    public static bool Spells(ReadOnlySpan<char> letters, ReadOnlySpan<char> initials)
    {
        if (letters.Length < 2 || initials.Length < letters.Length) return false;
        if (initials[0] != letters[0] || initials[^1] != letters[^1]) return false;
        int l = 1;
        for (int w = 1; w < initials.Length - 1 && l < letters.Length - 1; w++)
            if (initials[w] == letters[l]) l++;
        return l == letters.Length - 1;
    }

    /// <summary>The letters of <paramref name="acronym"/> as capitals (digits and hyphens left out), written into <paramref name="buffer"/>.</summary>
    public static ReadOnlySpan<char> Letters(ReadOnlySpan<char> acronym, Span<char> buffer)
    {
        int count = 0;
        foreach (char c in acronym)
        {
            if (!char.IsLetter(c)) continue;
            if (count == buffer.Length) return [];
            buffer[count++] = char.ToUpperInvariant(c);
        }

        return buffer[..count];
    }
}
