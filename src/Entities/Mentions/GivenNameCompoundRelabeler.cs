using Entities.Resolution;
using Entities.Sentences;
using Entities.Tokenization;

namespace Entities.Mentions;

/// <summary>
/// Makes a person of a hyphenated compound of given names the tagger read as a place, an organization or left
/// miscellaneous (<c>par la grâce de Louis-Philippe</c>, <c>Marie-Christine a signé</c>), unless the name is a known place
/// (<c>Marie-Galante</c>). Spans never change. Immutable and thread-safe.
/// </summary>
public sealed class GivenNameCompoundRelabeler : IMentionRefiner
{
    private readonly GivenNameGenders givenNames;
    private readonly Func<string, bool> isKnownPlace;

    /// <summary>Creates the relabeler over <paramref name="givenNames"/>; <paramref name="isKnownPlace"/> says whether a name is a known place.</summary>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public GivenNameCompoundRelabeler(GivenNameGenders givenNames, Func<string, bool> isKnownPlace)
    {
        ArgumentNullException.ThrowIfNull(givenNames);
        ArgumentNullException.ThrowIfNull(isKnownPlace);
        this.givenNames = givenNames;
        this.isKnownPlace = isKnownPlace;
    }

    /// <inheritdoc />
    public IReadOnlyList<EntityMention> Refine(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, IReadOnlyList<EntityMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        return MentionRelabeling.Apply(mentions, new Rule(this));
    }

    /// <summary>
    /// Whether <paramref name="name"/> is a compound given name of the list (<c>Jean-Marie</c>) or two or three capitalized given
    /// names joined by hyphens (<c>Louis-Philippe</c>).
    /// </summary>
    internal bool IsCompound(string name)
    {
        if (name.Length < 5 || name.IndexOf('-', StringComparison.Ordinal) < 0 || !char.IsUpper(name[0])) return false;
        if (givenNames.GenderOf(name) != PersonGender.Unknown) return true;   // listed whole (Jean-Marie: Jean alone is not)
        int parts = 0;
        foreach (var range in name.AsSpan().Split('-'))
        {
            var part = name.AsSpan(range);
            if (part.Length < 2 || !char.IsUpper(part[0]) || ++parts > 3) return false;
            foreach (char c in part)
            {
                if (!char.IsLetter(c)) return false;
            }

            if (givenNames.GenderOf(part.ToString()) == PersonGender.Unknown) return false;
        }

        return parts >= 2;
    }

    private readonly struct Rule(GivenNameCompoundRelabeler relabeler) : MentionRelabeling.IRule
    {
        public EntityLabel? NewLabel(EntityMention mention) =>
            mention.Label is EntityLabel.Location or EntityLabel.Organization or EntityLabel.Miscellaneous
            && relabeler.IsCompound(mention.Text) && !relabeler.isKnownPlace(mention.Text)
                ? EntityLabel.Person
                : null;
    }
}
