using Entities.Knowledge;
using System.Collections.Frozen;
using Entities.Sentences;
using Entities.Tokenization;

namespace Entities.Mentions;

/// <summary>
/// Splits an organization mention the tagger ran on into the name of a person: <c>le Rassemblement national de Jordan
/// Bardella</c> tagged as one ORG becomes the organization <c>Rassemblement national</c> and the person <c>Jordan
/// Bardella</c>. Applies when the mention starts with an organization name of the alias table, spelled exactly, followed by
/// <c>de</c>/<c>d'</c>/<c>du</c> and a run of at least two capitalized words (name particles allowed inside) that ends the
/// mention, or goes on past it over untagged capitalized words (<c>Rassemblement national de Marine</c> + <c>Le Pen</c>); one word after the particle (<c>Parti socialiste de Paris</c>, a federation) is left alone, and so is a mention that is
/// itself a name of the table. Without a link word, an organization name followed by a known given name and a surname is split
/// too, whatever the label the tagger gave the whole (<c>le patron de Nvidia Jensen Huang</c>, <c>la directrice de l'Institut
/// Pasteur Yasmine Belkaid</c>). Both parts keep the mention's score. Immutable and thread-safe.
/// </summary>
public sealed class OrganizationLeaderSplitter : IMentionRefiner
{
    private readonly FrozenSet<string> organizationNames;
    private readonly FrozenSet<string> allNames;
    private readonly FrozenSet<string> linkWords;
    private readonly FrozenSet<string> innerWords;
    private readonly Resolution.GivenNameGenders givenNames;

    /// <summary>Creates a splitter.</summary>
    /// <param name="table">The alias table whose organization names are recognized.</param>
    /// <param name="linkWords">The words between the organization and the person (<c>de</c>, <c>d'</c>, <c>du</c>).</param>
    /// <param name="innerWords">Lower-case words that may stand inside a person's name (<c>de</c>, <c>von</c>).</param>
    /// <param name="givenNames">Given names that start a person's name right after an organization's (none: that split is not made).</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <param name="organizations">More organization names (the knowledge tables) that a given name may follow.</param>
    public OrganizationLeaderSplitter(AliasTable table, IEnumerable<string> linkWords, IEnumerable<string> innerWords, Resolution.GivenNameGenders? givenNames = null, IEnumerable<string>? organizations = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(linkWords);
        ArgumentNullException.ThrowIfNull(innerWords);
        organizationNames = table.Entries.Where(entry => entry.Label == EntityLabel.Organization)
            .SelectMany(entry => entry.AllNames).Select(Apostrophes.Straighten).ToFrozenSet(StringComparer.Ordinal);
        allNames = table.Entries.SelectMany(entry => entry.AllNames).Select(Apostrophes.Straighten).ToFrozenSet(StringComparer.Ordinal);
        this.linkWords = linkWords.Select(Apostrophes.Straighten).ToFrozenSet(StringComparer.Ordinal);
        this.innerWords = innerWords.Select(Apostrophes.Straighten).ToFrozenSet(StringComparer.Ordinal);
        this.givenNames = givenNames ?? Resolution.GivenNameGenders.Empty;
        organizationsBeforeNames = organizationNames.Union((organizations ?? []).Select(Apostrophes.Straighten)).ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>The organization names a given name may follow directly (the table's and <c>organizations</c>).</summary>
    private readonly FrozenSet<string> organizationsBeforeNames;

    /// <inheritdoc />
    public IReadOnlyList<EntityMention> Refine(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, IReadOnlyList<EntityMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(mentions);
        return MentionSplitting.Apply(mentions, (int i, EntityMention mention, out EntityMention organization, out EntityMention? person) =>
        {
            organization = mention;
            person = null;
            int limit = i + 1 < mentions.Count ? mentions[i + 1].Start : text.Length;
            if (mention.Label is not (EntityLabel.Organization or EntityLabel.Person) || !TrySplit(text, tokens, mention, limit, out organization, out var leader)) return false;
            person = leader;
            return true;
        });
    }

    private bool TrySplit(string text, IReadOnlyList<Token> tokens, EntityMention mention, int limit, out EntityMention organization, out EntityMention person)
    {
        organization = person = mention;
        if (allNames.Contains(Apostrophes.Straighten(mention.Text))) return false;
        if (!MentionSplitting.TryGetTokens(tokens, mention, out int first, out int end)) return false;
        for (int given = first + 1; givenNames.Count > 0 && given + 1 < end; given++)
        {
            var word = tokens[given].GetSpan(text);
            if (word.Length == 0 || !char.IsUpper(word[0]) || givenNames.GenderOf(word.ToString()) == Resolution.PersonGender.Unknown) continue;
            if (!organizationsBeforeNames.Contains(Apostrophes.Straighten(text[mention.Start..tokens[given - 1].End])) || !IsPersonRun(text, tokens, given, end)) continue;
            organization = MentionSplitting.Part(text, mention, mention.Start, tokens[given - 1].End, EntityLabel.Organization);
            person = MentionSplitting.Part(text, mention, tokens[given].Start, tokens[end - 1].End, EntityLabel.Person);
            return true;
        }

        if (mention.Label != EntityLabel.Organization) return false;
        for (int link = first + 1; link + 1 < end; link++)
        {
            if (!linkWords.Contains(Apostrophes.Straighten(tokens[link].GetText(text)))) continue;
            string name = Apostrophes.Straighten(text[mention.Start..tokens[link - 1].End]);
            if (!organizationNames.Contains(name)) continue;
            int personEnd = ExtendOverName(text, tokens, end, limit);
            if (!IsPersonRun(text, tokens, link + 1, personEnd)) continue;
            organization = MentionSplitting.Part(text, mention, mention.Start, tokens[link - 1].End, EntityLabel.Organization);
            person = MentionSplitting.Part(text, mention, tokens[link + 1].Start, tokens[personEnd - 1].End, EntityLabel.Person);
            return true;
        }

        return false;
    }

    /// <summary>
    /// The end of the name the mention's last words start, when the tagger stopped inside it (<c>de Marine</c> + <c>Le Pen</c>):
    /// the following capitalized words, and the particles between them, that end before <paramref name="limit"/> (the next
    /// mention).
    /// </summary>
    private int ExtendOverName(string text, IReadOnlyList<Token> tokens, int end, int limit)
    {
        int extended = end;
        for (int k = end; k < tokens.Count && tokens[k].End <= limit; k++)
        {
            var word = tokens[k].GetSpan(text);
            if (word.Length > 0 && char.IsUpper(word[0]) && IsWord(word)) extended = k + 1;
            else if (!innerWords.Contains(Apostrophes.Straighten(word.ToString()))) break;
        }

        return extended;
    }

    /// <summary>Whether tokens <c>[from, end)</c> are at least two capitalized words, with only name particles between them.</summary>
    private bool IsPersonRun(string text, IReadOnlyList<Token> tokens, int from, int end)
    {
        int capitalized = 0;
        for (int k = from; k < end; k++)
        {
            var word = tokens[k].GetSpan(text);
            if (word.Length > 0 && char.IsUpper(word[0]) && IsWord(word)) capitalized++;
            else if (k == from || k == end - 1 || !innerWords.Contains(Apostrophes.Straighten(word.ToString()))) return false;
        }

        return capitalized >= 2;
    }

    private static bool IsWord(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
            if (!char.IsLetter(c) && c is not ('-' or '\'' or '\u2019')) return false;
        return true;
    }
}
