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
        bool firm = false;
        foreach (var mention in mentions)
        {
            if (mention.Label == EntityLabel.Organization && EndsWithFirmWord(mention.Text)) { firm = true; break; }
        }

        return firm ? MentionRelabeling.Apply(mentions, new Rule(this, mentions)) : mentions;
    }

    private static bool IsOneWord(string text) => text.Length >= 3 && char.IsUpper(text[0]) && NameShape.IsOneWord(text);

    /// <summary>Whether an organization of the document opens with <paramref name="word"/> and ends with a firm's word (no allocation: documents have few such persons).</summary>
    private bool OpensAFirm(IReadOnlyList<EntityMention> mentions, string word)
    {
        foreach (var other in mentions)
        {
            if (other.Label != EntityLabel.Organization || other.Text.Length <= word.Length + 1 || other.Text[word.Length] != ' '
                || !other.Text.StartsWith(word, StringComparison.Ordinal)) continue;
            if (EndsWithFirmWord(other.Text)) return true;
        }

        return false;
    }

    /// <summary>Whether a name of several words ends with a firm's word (<c>Kessler Automotive</c>).</summary>
    private bool EndsWithFirmWord(string name)
    {
        int space = name.LastIndexOf(' ');
        return space > 0 && firmWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name.AsSpan(space + 1));
    }

    /// <summary>Whether a person of several words in the document has <paramref name="word"/> among its words.</summary>
    private static bool InAPersonsName(IReadOnlyList<EntityMention> mentions, string word)
    {
        foreach (var other in mentions)
        {
            if (other.Label != EntityLabel.Person || !other.Text.Contains(' ', StringComparison.Ordinal)) continue;
            foreach (var part in other.Text.AsSpan().Split(' '))
            {
                if (other.Text.AsSpan(part).Equals(word, StringComparison.Ordinal)) return true;
            }
        }

        return false;
    }

    private readonly struct Rule(OrganizationWordRelabeler relabeler, IReadOnlyList<EntityMention> mentions) : MentionRelabeling.IRule
    {
        public EntityLabel? NewLabel(EntityMention mention) =>
            mention.Label == EntityLabel.Person && IsOneWord(mention.Text) && relabeler.OpensAFirm(mentions, mention.Text)
                && !InAPersonsName(mentions, mention.Text) && !relabeler.isGivenName(mention.Text)
                ? EntityLabel.Organization
                : null;
    }
}
