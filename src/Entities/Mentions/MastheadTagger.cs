using System.Collections.Frozen;
using Entities.Sentences;
using Entities.Tokenization;

namespace Entities.Mentions;

/// <summary>
/// Reads the masthead of a scraped web page, the site's name on its first line, as an organization: <c>Littoral 56 · L'info du
/// Morbihan</c>, <c>Éco Massif — L'actualité économique du Massif central</c>, <c>BasketZone</c> over a menu line. Immutable and
/// thread-safe.
/// </summary>
/// <remarks>
/// Precision first: the name opens the text's first line and ends at the line's end or at a separator set apart by spaces
/// (<c>—</c>, <c>–</c>, <c>·</c>, <c>›</c>, <c>&gt;</c>, <c>|</c>); the page is a web page (the separator itself, or a next line
/// with two menu separators at least: <c>Accueil › Recettes › Balades</c>); the name is one to <see cref="MaxWords"/> words
/// one space apart, each opening with a capital or a digit or one of the given function words, the first a capital, with a
/// lower-case letter somewhere (a rubric in capitals is no site), ending with a letter or a digit (an old paper's run-in head
/// ends with a period: <c>Section du Pré-Saint-Gervais. — La réunion…</c>), and it is no word of <c>isExcluded</c> (a menu's first item,
/// <c>Accueil</c>, <c>Politique</c>; a place), nor holds a person's mention after its first word (a byline: <c>By Jonathan
/// Keller · 5 min read</c>).
/// Mentions inside it are replaced; a mention across its edge leaves it alone. A new mention gets <see cref="Score"/>.
/// </remarks>
public sealed class MastheadTagger : IMentionRefiner
{
    /// <summary>The score of a site name this layer adds.</summary>
    public const double Score = 0.7;

    /// <summary>The most words of a site's name.</summary>
    public const int MaxWords = 5;

    /// <summary>The separators of a menu or breadcrumb line (<c>Accueil › Recettes › Balades</c>); declared first, as the next field reads it.</summary>
    private static readonly string[] MenuSeparators = [" · ", " › ", " > ", " | "];

    /// <summary>The separators that end a site's name on its line: dashes before a tagline, and the menu separators.</summary>
    private static readonly string[] Separators = [" — ", " – ", .. MenuSeparators];

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> functionWords;
    private readonly Func<string, bool> isExcluded;

    /// <summary>Creates the tagger.</summary>
    /// <param name="functionWords">Lower-case words that may stand inside a site's name (<c>de</c>, <c>du</c>, <c>&amp;</c>).</param>
    /// <param name="isExcluded">Whether a whole name is no site's: a menu item, an ordinary word, a place.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public MastheadTagger(IEnumerable<string> functionWords, Func<string, bool> isExcluded)
    {
        ArgumentNullException.ThrowIfNull(functionWords);
        ArgumentNullException.ThrowIfNull(isExcluded);
        this.functionWords = functionWords.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        this.isExcluded = isExcluded;
    }

    /// <inheritdoc />
    public IReadOnlyList<EntityMention> Refine(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, IReadOnlyList<EntityMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(mentions);
        int start = 0;
        while (start < text.Length && char.IsWhiteSpace(text[start])) start++;
        int lineEnd = text.IndexOf('\n', start);
        if (lineEnd < 0) return mentions;   // one line: no page
        var line = text.AsSpan(start, lineEnd - start).TrimEnd();
        int cut = line.Length;
        foreach (string separator in Separators)
        {
            int at = line.IndexOf(separator, StringComparison.Ordinal);
            if (at > 0 && at < cut) cut = at;
        }

        bool page = cut < line.Length || IsMenuLine(text, lineEnd + 1);
        var name = line[..cut].Trim();
        if (!page || !IsSiteName(name)) return mentions;
        int nameStart = start + (line.Length - line.TrimStart().Length);
        string surface = name.ToString();
        if (isExcluded(surface)) return mentions;
        var existing = MentionLookup.StartingAt(mentions, nameStart);
        if (existing is not null && existing.End == nameStart + name.Length && existing.Label == EntityLabel.Organization) return mentions;

        // A person named after the line's first word makes it a byline, no site's name (`By Jonathan Keller · 5 min read`); a
        // person from its first word is a site's name the tagger misread (`BasketZone`).
        for (int i = MentionLookup.FirstEndingAfter(mentions, nameStart); i < mentions.Count && mentions[i].Start < nameStart + name.Length; i++)
        {
            if (mentions[i].Label == EntityLabel.Person && mentions[i].Start > nameStart) return mentions;
        }

        return MentionInsertion.Over([.. mentions], text, nameStart, nameStart + name.Length, EntityLabel.Organization, Score);
    }

    /// <summary>Whether the next non-blank line from <paramref name="from"/> holds two menu separators at least.</summary>
    private static bool IsMenuLine(string text, int from)
    {
        while (from < text.Length && char.IsWhiteSpace(text[from])) from++;
        int end = text.IndexOf('\n', from);
        var line = text.AsSpan(from, (end < 0 ? text.Length : end) - from);
        int separators = 0;
        foreach (string separator in MenuSeparators)
        {
            for (int at = line.IndexOf(separator, StringComparison.Ordinal); at >= 0; at = NextIndex(line, separator, at)) separators++;
        }

        return separators >= 2;

        static int NextIndex(ReadOnlySpan<char> line, string separator, int at)
        {
            int next = line[(at + separator.Length)..].IndexOf(separator, StringComparison.Ordinal);
            return next < 0 ? -1 : at + separator.Length + next;
        }
    }

    /// <summary>Whether <paramref name="name"/> has the shape of a site's name (see the remarks).</summary>
    private bool IsSiteName(ReadOnlySpan<char> name)
    {
        // A run-in head of the old press ends with a period before its dash (Section du Pré-Saint-Gervais. — La réunion…).
        if (name.IsEmpty || !char.IsUpper(name[0]) || !char.IsLetterOrDigit(name[^1]) && name[^1] != '+') return false;
        int words = 0;
        bool lower = false;
        foreach (var range in name.Split(' '))
        {
            var word = name[range];
            if (word.IsEmpty || ++words > MaxWords) return false;
            if (!char.IsUpper(word[0]) && !char.IsDigit(word[0]) && !functionWords.Contains(word)) return false;
            foreach (char c in word)
            {
                if (char.IsLower(c)) lower = true;
                else if (!char.IsLetterOrDigit(c) && c is not ('-' or '\'' or '\u2019' or '&' or '.' or '+')) return false;
            }
        }

        return lower;
    }
}
