using Entities.Sentences;
using Entities.Tokenization;

namespace Entities.Mentions;

/// <summary>
/// Reads a one-word person that opens the name of a firm in the same document as that firm, the short form a text uses
/// after the full name: <c>le groupe Kessler Automotive</c>… <c>Kessler a confirmé</c>. Spans never change. Immutable and
/// thread-safe.
/// </summary>
/// <remarks>
/// Precision first: the word (three letters at least, capitalized) is the first word of an organization mention whose last
/// word is a firm's word (<c>Automotive</c>, <c>SA</c>, <c>Technologies</c>); a family firm (<c>Godard et Fils</c>, <c>les
/// Sjfgerier de Planta</c>) says nothing, its name being the family's too. The word is a word of no person mention of several
/// words (<c>Marcel Dassault</c>), and not a given name; places are never changed.
/// </remarks>
public sealed class OrganizationWordRelabeler : IMentionRefiner
{
    private readonly HashSet<string> firmWords;
    private readonly Func<string, bool> isGivenName;

    /// <summary>Creates the relabeler.</summary>
    /// <param name="firmWords">Words that end a firm's name, as written (<c>SA</c>, <c>Automotive</c>).</param>
    /// <param name="isGivenName">Whether a word is a given name.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public OrganizationWordRelabeler(IEnumerable<string> firmWords, Func<string, bool> isGivenName)
    {
        ArgumentNullException.ThrowIfNull(firmWords);
        ArgumentNullException.ThrowIfNull(isGivenName);
        this.firmWords = new HashSet<string>(firmWords, StringComparer.Ordinal);
        this.isGivenName = isGivenName;
    }

    /// <inheritdoc />
    public IReadOnlyList<EntityMention> Refine(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, IReadOnlyList<EntityMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(mentions);

        // Most documents name no firm with a firm's word: one look at the organizations before any person is compared.
        HashSet<string>? firmOpeners = null;
        foreach (var mention in mentions)
        {
            if (mention.Label != EntityLabel.Organization || !EndsWithFirmWord(mention.Text)) continue;
            int space = mention.Text.IndexOf(' ');
            (firmOpeners ??= new(StringComparer.Ordinal)).Add(mention.Text[..space]);
        }

        if (firmOpeners is null || !HasCandidate(mentions, firmOpeners)) return mentions;

        // The words of the persons of several words, read once for the document (a long document has thousands of persons).
        var personWords = new HashSet<string>(StringComparer.Ordinal);
        foreach (var mention in mentions)
        {
            if (mention.Label != EntityLabel.Person || !mention.Text.Contains(' ', StringComparison.Ordinal)) continue;
            foreach (var part in mention.Text.AsSpan().Split(' ')) personWords.Add(mention.Text[part]);
        }

        return MentionRelabeling.Apply(mentions, new Rule(this, firmOpeners, personWords));
    }

    /// <summary>Whether a person of the document is spelled as the first word of one of its firms (most documents have none).</summary>
    private static bool HasCandidate(IReadOnlyList<EntityMention> mentions, HashSet<string> firmOpeners)
    {
        foreach (var mention in mentions)
        {
            if (mention.Label == EntityLabel.Person && firmOpeners.Contains(mention.Text)) return true;
        }

        return false;
    }

    private static bool IsOneWord(string text) => text.Length >= 3 && char.IsUpper(text[0]) && NameShape.IsOneWord(text);

    /// <summary>Whether a name of several words ends with a firm's word (<c>Kessler Automotive</c>).</summary>
    private bool EndsWithFirmWord(string name)
    {
        int space = name.LastIndexOf(' ');
        return space > 0 && firmWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name.AsSpan(space + 1));
    }

    /// <summary>
    /// The rule over the document's first words of firms named with a firm's word (<c>Kessler</c> of <c>Kessler Automotive</c>)
    /// and the words of its persons of several words.
    /// </summary>
    private readonly struct Rule(OrganizationWordRelabeler relabeler, HashSet<string> firmOpeners, HashSet<string> personWords) : MentionRelabeling.IRule
    {
        public EntityLabel? NewLabel(EntityMention mention) =>
            mention.Label == EntityLabel.Person && IsOneWord(mention.Text) && firmOpeners.Contains(mention.Text)
                && !personWords.Contains(mention.Text) && !relabeler.isGivenName(mention.Text)
                ? EntityLabel.Organization
                : null;
    }
}
