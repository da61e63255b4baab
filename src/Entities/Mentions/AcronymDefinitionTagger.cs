using System.Collections.Frozen;
using Entities.Sentences;
using Entities.Tokenization;

namespace Entities.Mentions;

/// <summary>
/// Reads an acronym's definition, <c>Long Form (ACR)</c>, as two mentions of one organization: <c>le Syndicat intercommunal
/// d'assainissement de la vallée de l'Arve (Siava)</c>, which the tagger read as a place <c>Arve</c> and a place <c>Siava</c>,
/// becomes the organization <c>Syndicat intercommunal d'assainissement de la vallée de l'Arve</c> and the organization
/// <c>Siava</c>; <c>l'Institut national de recherche pour l'agriculture, l'alimentation et l'environnement (Inrae)</c>, cut
/// at its comma by the tagger, gets its whole span. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// <para>Precision first. The acronym: one word in parentheses, 2 to 10 letters (digits and hyphens allowed), the first one
/// a capital and another one too, or four letters at least (<c>Inrae</c>). The long form: the words right before the parenthesis, back to a capitalized word that
/// is one of the organization heads (<c>Syndicat</c>, <c>Institut</c>, <c>Association</c>), or, for an acronym of
/// <see cref="MinExactLetters"/> letters or more, to a capitalized word or a head written in lower case from which the content
/// words' initials spell the acronym exactly, one letter a word (<c>Tunnel Euralpin Lyon Turin (TELT)</c>, <c>le comité
/// interministériel de restructuration industrielle (CIRI)</c>; not <c>la taxe sur la valeur ajoutée (TVA)</c>); at most three words per letter,
/// with nothing but spaces, elided articles, commas and hyphens between them; the initials of its content words (the
/// connectors skipped) must contain the acronym's letters in order, the first and the last matching the first and the last
/// content words (<c>Inrae</c> in <c>Institut national de recherche pour l'agriculture, l'alimentation et
/// l'environnement</c>).</para>
/// <para>The long form replaces the mentions inside it; a mention that overlaps its edge leaves the definition alone, and one
/// equal to it stays, its acronym taking its label when it is an organization or a place and no mention covers the acronym.
/// Otherwise the acronym becomes an organization (a new mention when the tagger left it out). Scores: the tagger's
/// best inside the long form, else <see cref="Score"/>.</para>
/// </remarks>
public sealed class AcronymDefinitionTagger : IMentionRefiner
{
    /// <summary>The score of a mention this layer adds without a tagger score to keep.</summary>
    public const double Score = 0.8;

    /// <summary>The fewest letters of an acronym whose long form has no head noun, read when its initials spell it exactly.</summary>
    public const int MinExactLetters = 3;

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> heads;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> connectors;

    /// <summary>Creates the tagger.</summary>
    /// <param name="heads">Head nouns of organizations, capitalized as written (<c>Institut</c>, <c>Syndicat</c>).</param>
    /// <param name="connectors">Function words skipped when initials are read, lower case (<c>de</c>, <c>l</c>, <c>et</c>).</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public AcronymDefinitionTagger(IEnumerable<string> heads, IEnumerable<string> connectors)
    {
        ArgumentNullException.ThrowIfNull(heads);
        ArgumentNullException.ThrowIfNull(connectors);
        this.heads = heads.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        this.connectors = connectors.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <inheritdoc />
    public IReadOnlyList<EntityMention> Refine(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, IReadOnlyList<EntityMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(mentions);
        List<EntityMention>? result = null;
        for (int open = text.IndexOf('('); open >= 0; open = text.IndexOf('(', open + 1))
        {
            if (!TryReadAcronym(text, open, out int acronymStart, out int acronymEnd)) continue;
            int longStart = LongFormStart(text, open, text.AsSpan(acronymStart, acronymEnd - acronymStart));
            if (longStart < 0) continue;
            int longEnd = open;
            while (longEnd > longStart && char.IsWhiteSpace(text[longEnd - 1])) longEnd--;
            if (!CoversTokens(tokens, longStart, longEnd) || !CoversTokens(tokens, acronymStart, acronymEnd)) continue;   // a letter joined to a mark or a symbol
            result = Apply(result ?? [.. mentions], text, longStart, longEnd, acronymStart, acronymEnd);
        }

        return result ?? mentions;
    }

    /// <summary>The mentions with the definition applied (unchanged when a mention crosses the long form's edge or equals it).</summary>
    private static List<EntityMention> Apply(List<EntityMention> mentions, string text, int longStart, int longEnd, int acronymStart, int acronymEnd)
    {
        double score = 0;
        foreach (var m in mentions)
        {
            bool inside = m.Start >= longStart && m.End <= longEnd;
            bool crosses = m.Start < longEnd && m.End > longStart && !inside;
            if (crosses) return mentions;
            if (m.Start == longStart && m.End == longEnd) return WithAcronymOf(m, mentions, text, acronymStart, acronymEnd);
            if (inside) score = Math.Max(score, m.Score);
        }

        var result = new List<EntityMention>(mentions.Count + 2);
        EntityMention? acronym = null;
        foreach (var m in mentions)
        {
            if (m.Start >= longStart && m.End <= longEnd) continue;
            if (m.Start == acronymStart && m.End == acronymEnd) { acronym = m; continue; }
            if (m.Start < acronymEnd && m.End > acronymStart) return mentions;   // a mention over the acronym and more: leave it
            result.Add(m);
        }

        result.Add(new EntityMention(longStart, longEnd, text[longStart..longEnd], EntityLabel.Organization, score > 0 ? score : Score, null));
        result.Add(acronym is null
            ? new EntityMention(acronymStart, acronymEnd, text[acronymStart..acronymEnd], EntityLabel.Organization, Score, null)
            : acronym with { Label = EntityLabel.Organization });
        result.Sort((a, b) => a.Start.CompareTo(b.Start));
        return result;
    }

    /// <summary>Whether <paramref name="word"/> is a head noun written in lower case (<c>comité</c> for <c>Comité</c>).</summary>
    private bool IsLowerCaseHead(ReadOnlySpan<char> word)
    {
        if (word.Length > 32 || !char.IsLower(word[0])) return false;
        Span<char> capitalized = stackalloc char[word.Length];
        word.CopyTo(capitalized);
        capitalized[0] = char.ToUpperInvariant(word[0]);
        return heads.Contains(capitalized);
    }

    /// <summary>Whether [<paramref name="start"/>, <paramref name="end"/>) starts and ends on token boundaries.</summary>
    private static bool CoversTokens(IReadOnlyList<Token> tokens, int start, int end)
    {
        int t = TokenLookup.TokenStartingAt(tokens, start);
        return t >= 0 && TokenLookup.TokenEndingAt(tokens, t, end) >= 0;
    }

    /// <summary>
    /// The mentions with the acronym of a long form the tagger already read whole as an organization or a place (<c>République
    /// démocratique du Congo (RDC)</c>): the acronym, when no mention covers it, becomes a mention of that label.
    /// </summary>
    private static List<EntityMention> WithAcronymOf(EntityMention longForm, List<EntityMention> mentions, string text, int acronymStart, int acronymEnd)
    {
        if (longForm.Label is not (EntityLabel.Organization or EntityLabel.Location) || MentionLookup.Overlaps(mentions, acronymStart, acronymEnd)) return mentions;
        int at = MentionLookup.FirstEndingAfter(mentions, acronymStart);
        mentions.Insert(at, new EntityMention(acronymStart, acronymEnd, text[acronymStart..acronymEnd], longForm.Label, Score, null));
        return mentions;
    }

    /// <summary>Reads <c>(ACR)</c> at <paramref name="open"/>: one acronym-like word between the parentheses.</summary>
    private static bool TryReadAcronym(string text, int open, out int start, out int end)
    {
        start = open + 1;
        end = start;
        while (end < text.Length && end - start <= 12 && (char.IsLetterOrDigit(text[end]) || text[end] == '-')) end++;
        if (end >= text.Length || text[end] != ')' || end - start < 2 || end - start > 10) return false;
        int capitals = 0, letters = 0;
        for (int i = start; i < end; i++)
        {
            if (char.IsLetter(text[i])) letters++;
            if (char.IsUpper(text[i])) capitals++;
        }

        return letters >= 2 && char.IsUpper(text[start]) && (capitals >= 2 || letters >= 4);
    }

    /// <summary>Where the long form of <paramref name="acronym"/> before <paramref name="open"/> starts, or -1.</summary>
    private int LongFormStart(string text, int open, ReadOnlySpan<char> acronym)
    {
        var letters = Resolution.AcronymSpelling.Letters(acronym, stackalloc char[12]);
        if (letters.Length < 2) return -1;

        // The words before the parenthesis, nearest first: the initials of the content words, kept in reading order at the end
        // of the buffer as they are read backwards.
        Span<char> initials = stackalloc char[3 * 12 + 2];
        int first = initials.Length, position = open;
        while (position > 0 && char.IsWhiteSpace(text[position - 1])) position--;
        while (first > 0 && position > 0)
        {
            int wordEnd = position, wordStart = position;
            while (wordStart > 0 && (char.IsLetterOrDigit(text[wordStart - 1]) || text[wordStart - 1] == '-')) wordStart--;
            if (wordStart == wordEnd) break;
            var word = text.AsSpan(wordStart, wordEnd - wordStart);
            if (!connectors.Contains(word))
            {
                initials[--first] = char.ToUpperInvariant(word[0]);
                if (char.IsUpper(word[0]) && heads.Contains(word) && Resolution.AcronymSpelling.Spells(letters, initials[first..])) return wordStart;
                if ((char.IsUpper(word[0]) || IsLowerCaseHead(word)) && letters.Length >= MinExactLetters && initials[first..].SequenceEqual(letters)) return wordStart;
            }

            // What separates this word from the one before: a space, an elided article's apostrophe, a comma and a space.
            position = wordStart;
            if (position > 0 && text[position - 1] is '\'' or '\u2019') position--;
            else if (position > 1 && text[position - 1] == ' ' && text[position - 2] == ',') position -= 2;
            else if (position > 0 && text[position - 1] == ' ') position--;
            else break;
        }

        return -1;
    }
}
