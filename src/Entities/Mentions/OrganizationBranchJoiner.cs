using Entities.Sentences;
using Entities.Tokenization;

namespace Entities.Mentions;

/// <summary>
/// Reads a known organization followed by a region or a country, with nothing but a space between, as one organization: the
/// branch of a union, an employer body, a bank or a company (<c>le Medef Charente</c>, <c>la CFDT Bretagne</c>, <c>Walt Disney
/// France</c>), which the tagger reads as a person or a place, or as the organization and the place apart. Immutable and
/// thread-safe.
/// </summary>
/// <remarks>
/// Precision first: the organization part is a name the caller knows as an organization, and the rest a name it knows as a
/// region or a country (not a city: <c>Airbus Toulouse</c> may be a site; nor a saint's name, <c>Saint-Martin</c>, which also
/// names districts and stations). A mention that spells the two is relabeled; an organization mention and a place mention one
/// space apart are joined, with the second region of a hyphenated pair (the result keeps the better score).
/// </remarks>
public sealed class OrganizationBranchJoiner : IMentionRefiner
{
    private readonly Func<string, bool> isOrganization;
    private readonly Func<string, bool> isRegion;

    /// <summary>Creates the joiner over the caller's tests for organization names and for region or country names.</summary>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public OrganizationBranchJoiner(Func<string, bool> isOrganization, Func<string, bool> isRegion)
    {
        ArgumentNullException.ThrowIfNull(isOrganization);
        ArgumentNullException.ThrowIfNull(isRegion);
        this.isOrganization = isOrganization;
        this.isRegion = isRegion;
    }

    /// <inheritdoc />
    public IReadOnlyList<EntityMention> Refine(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, IReadOnlyList<EntityMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(mentions);
        List<EntityMention>? result = null;
        int removed = 0;   // mentions joined into an earlier one: mention i is at i - removed in the result
        for (int i = 0; i < mentions.Count; i++)
        {
            var mention = mentions[i];
            if (mention.Label == EntityLabel.Miscellaneous) continue;

            // One mention over both: `Medef Charente` read as a person.
            if (mention.Label != EntityLabel.Organization && SpellsABranch(mention.Text))
            {
                (result ??= [.. mentions])[i - removed] = mention with { Label = EntityLabel.Organization };
                continue;
            }

            // An organization, one space, a place: `Ferrero` `France`.
            if (mention.Label != EntityLabel.Organization || i + 1 >= mentions.Count) continue;
            var next = mentions[i + 1];
            if (next.Label != EntityLabel.Location || next.Start != mention.End + 1 || text[mention.End] != ' ' || !char.IsUpper(text[next.Start])
                || !isOrganization(mention.Text) || !IsRegion(next.Text)) continue;

            // A pair of regions cut at its hyphen (`Crédit agricole Charente-Périgord`) is taken whole, or not at all.
            int last = i + 1;
            if (next.End < text.Length && text[next.End] == '-')
            {
                if (last + 1 >= mentions.Count || mentions[last + 1].Start != next.End + 1 || mentions[last + 1].Label != EntityLabel.Location || !IsRegion(mentions[last + 1].Text)) continue;
                last++;
            }

            result ??= [.. mentions];
            int at = i - removed;
            double score = mention.Score;
            for (int k = i + 1; k <= last; k++) score = Math.Max(score, mentions[k].Score);
            result[at] = mention with { End = mentions[last].End, Text = text[mention.Start..mentions[last].End], Score = score };
            result.RemoveRange(at + 1, last - i);
            removed += last - i;
            i = last;
        }

        return result ?? mentions;
    }

    /// <summary>Whether <paramref name="name"/> is a known organization, a space and a known region or country.</summary>
    private bool SpellsABranch(string name)
    {
        for (int space = name.IndexOf(' '); space > 0; space = name.IndexOf(' ', space + 1))
        {
            if (space + 1 < name.Length && char.IsUpper(name[space + 1]) && IsRegion(name[(space + 1)..]) && isOrganization(name[..space])) return true;
        }

        return false;
    }

    /// <summary>
    /// A region or a country the caller knows, not named after a saint: <c>Saint-Martin</c>, <c>Sainte-Lucie</c> also name
    /// districts, stations and streets (<c>la station Airbus Saint-Martin</c>).
    /// </summary>
    private bool IsRegion(string name) =>
        !name.StartsWith("Saint-", StringComparison.Ordinal) && !name.StartsWith("Sainte-", StringComparison.Ordinal) && isRegion(name);
}
