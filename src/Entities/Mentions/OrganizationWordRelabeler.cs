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

        // Most documents have no one-word person and no organization of several words: look before building anything.
        bool person = false, organization = false;
        foreach (var mention in mentions)
        {
            if (mention.Label == EntityLabel.Person && IsOneWord(mention.Text)) person = true;
            else if (mention.Label == EntityLabel.Organization && mention.Text.Contains(' ', StringComparison.Ordinal)) organization = true;
        }

        if (!person || !organization) return mentions;
        var organizationWords = new HashSet<string>(StringComparer.Ordinal);
        var personWords = new HashSet<string>(StringComparer.Ordinal);
        foreach (var mention in mentions)
        {
            int space = mention.Text.IndexOf(' ', StringComparison.Ordinal);
            if (space <= 0) continue;
            string first = mention.Text[..space];
            if (mention.Label == EntityLabel.Person) personWords.UnionWith(mention.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries));
            else if (mention.Label == EntityLabel.Organization && firmWords.Contains(mention.Text[(mention.Text.LastIndexOf(' ') + 1)..])) organizationWords.Add(first);
        }

        if (organizationWords.Count == 0) return mentions;
        return MentionRelabeling.Apply(mentions, new Rule(organizationWords, personWords, isGivenName));
    }

    private static bool IsOneWord(string text) => text.Length >= 3 && char.IsUpper(text[0]) && !text.Contains(' ', StringComparison.Ordinal);

    private readonly struct Rule(HashSet<string> organizationWords, HashSet<string> personWords, Func<string, bool> isGivenName) : MentionRelabeling.IRule
    {
        public EntityLabel? NewLabel(EntityMention mention) =>
            mention.Label == EntityLabel.Person && IsOneWord(mention.Text) && organizationWords.Contains(mention.Text) && !personWords.Contains(mention.Text) && !isGivenName(mention.Text)
                ? EntityLabel.Organization
                : null;
    }
}
