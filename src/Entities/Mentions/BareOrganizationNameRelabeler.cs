using System.Collections.Frozen;
using Entities.Sentences;
using Entities.Tokenization;

namespace Entities.Mentions;

/// <summary>
/// Gives a company its label back when the tagger read its bare name as a person's surname (<c>Michelin a annoncé la
/// fermeture</c>, <c>Hermès et Dior ont publié leurs résultats</c>): a one-word person mention that is a known
/// organization's name becomes that organization unless the document says it is a person — a person named in full whose
/// last word it is (<c>Vincent Bolloré</c>… <c>Bolloré</c>), a title or a person noun right before it (<c>M. Michelin</c>,
/// <c>l'industriel Dassault</c>, <c>les héritiers de Wagner</c>), a verb only people are the subject of right after it
/// (<c>Ford a plaisanté</c>), or people listed with it (<c>les Alix, Chanel, Lanvin, Lucien Lelong</c>). Spans
/// never change. Immutable and thread-safe.
/// </summary>
public sealed class BareOrganizationNameRelabeler : IMentionRefiner
{
    private readonly FrozenSet<string> organizations;
    private readonly PrecedingPhrases titles;
    private readonly FollowingPhrases personVerbs;

    /// <summary>
    /// Creates the relabeler over one-word <paramref name="organizations"/> (as written, or without their accents), the <paramref name="titles"/> and
    /// person nouns that introduce a person (lower case, compared at a word boundary, final period optional), and the
    /// <paramref name="personVerbs"/> only people are the subject of (see <see cref="PersonVerbRelabeler"/>).
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A title or verb phrase is empty or too long.</exception>
    public BareOrganizationNameRelabeler(IEnumerable<string> organizations, IEnumerable<string> titles, IEnumerable<string> personVerbs)
    {
        ArgumentNullException.ThrowIfNull(organizations);
        ArgumentNullException.ThrowIfNull(titles);
        // Also without their accents, as OCR and plain-ASCII pages write them (Citroen for Citroën).
        this.organizations = organizations.Where(name => name.Length > 1 && !name.Contains(' ', StringComparison.Ordinal))
            .SelectMany(name => new[] { name, Knowledge.TextFolding.WithoutDiacritics(name) }).ToFrozenSet(StringComparer.Ordinal);
        this.titles = new PrecedingPhrases(
            titles.Select(t => t.Trim().ToLowerInvariant()).SelectMany(t => new[] { t, t.TrimEnd('.') }).Where(t => t.Length > 0), nameof(titles));
        this.personVerbs = new FollowingPhrases(personVerbs, nameof(personVerbs));
    }

    /// <inheritdoc />
    public IReadOnlyList<EntityMention> Refine(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, IReadOnlyList<EntityMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(mentions);
        HashSet<string>? candidates = null;
        foreach (var mention in mentions)
        {
            if (mention.Label == EntityLabel.Person && organizations.Contains(mention.Text)) (candidates ??= new(StringComparer.Ordinal)).Add(mention.Text);
        }

        if (candidates is null) return mentions;

        // A name the document also calls a person is theirs everywhere in it: a full name ending with it, a title, a person verb.
        foreach (var mention in mentions)
        {
            if (mention.Label != EntityLabel.Person) continue;
            int space = mention.Text.LastIndexOf(' ');
            if (space > 0) candidates.Remove(mention.Text[(space + 1)..]);
            else if (candidates.Contains(mention.Text) && (titles.EndBefore(text, mention.Start) || personVerbs.StartAfter(text, mention.End))) candidates.Remove(mention.Text);
        }

        // A name listed with people is one of them (les Alix, Chanel, Lanvin, Lucien Lelong): until no candidate is left so.
        for (bool changed = candidates.Count > 0; changed;)
        {
            changed = false;
            for (int i = 0; i < mentions.Count; i++)
            {
                var mention = mentions[i];
                if (mention.Label != EntityLabel.Person || !candidates.Contains(mention.Text)) continue;
                if ((i > 0 && ListedPerson(text, mentions[i - 1], mention, candidates)) || (i + 1 < mentions.Count && ListedPerson(text, mention, mentions[i + 1], candidates)))
                {
                    candidates.Remove(mention.Text);
                    changed = true;
                }
            }
        }

        return candidates.Count == 0 ? mentions : MentionRelabeling.Apply(mentions, new Rule(candidates));
    }

    /// <summary>Whether <paramref name="left"/> and <paramref name="right"/> are listed together (<c>, </c>, <c> et </c>) and the other one is a person, no candidate.</summary>
    private static bool ListedPerson(string text, EntityMention left, EntityMention right, HashSet<string> candidates)
    {
        if (left.Label != EntityLabel.Person || right.Label != EntityLabel.Person || !NameShape.IsListedWith(text, left.End, right.Start)) return false;
        return !candidates.Contains(left.Text) || !candidates.Contains(right.Text);
    }

    private readonly struct Rule(HashSet<string> names) : MentionRelabeling.IRule
    {
        public EntityLabel? NewLabel(EntityMention mention) =>
            mention.Label == EntityLabel.Person && names.Contains(mention.Text) ? EntityLabel.Organization : null;
    }
}
