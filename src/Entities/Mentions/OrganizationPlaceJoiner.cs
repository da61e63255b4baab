using Entities.Sentences;
using Entities.Tokenization;

namespace Entities.Mentions;

/// <summary>
/// Joins an organization and the place right after it, linked by <c>de</c>, <c>du</c> or <c>d'</c>, into one organization, the
/// way the annotated corpora write the names of bodies that end with their country or city (<c>l'Automobile-Club de France</c>
/// read as <c>Automobile-Club</c> + <c>France</c>; <c>les Flyers de Philadelphie</c>): in the training corpora an organization
/// followed by such a link and a capitalized word goes on through it 887 times out of 904. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// Precision first: the organization is a name of several words or a hyphenated one (a single word before a place names a
/// branch or where the body stands as often as not: <c>l'Insas de Bruxelles</c>, <c>la Fnac de Lyon</c>; but see the
/// constructor for regions), the link is one word
/// set apart by single spaces (or an elided <c>d'</c>), the organization has no complement of its own yet (<c>l'Académie de
/// médecine de France</c> is annotated as the academy and the country), and the place mention follows at once. The joined organization keeps
/// the better of the two scores.
/// </remarks>
public sealed class OrganizationPlaceJoiner : IMentionRefiner
{
    private readonly Func<string, bool> isRegion;

    /// <summary>Creates the joiner for organizations of several words only.</summary>
    public OrganizationPlaceJoiner()
        : this(static _ => false)
    {
    }

    /// <summary>
    /// Creates the joiner; a one-word organization joins a region or department <paramref name="isRegion"/> knows too, after
    /// <c>de</c>, <c>du</c>, <c>d'</c>, <c>de la</c>, <c>de l'</c> or <c>des</c>: a federation's branch is named so (<c>la FDSEA de
    /// l'Aveyron</c>, <c>la Capeb du Finistère</c>, <c>l'UFC-Que Choisir de la Gironde</c>), where a shop or a school names its town
    /// (<c>la Fnac de Lyon</c>, <c>l'Insas de Bruxelles</c>).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="isRegion"/> is <see langword="null"/>.</exception>
    public OrganizationPlaceJoiner(Func<string, bool> isRegion)
    {
        ArgumentNullException.ThrowIfNull(isRegion);
        this.isRegion = isRegion;
    }

    /// <inheritdoc />
    public IReadOnlyList<EntityMention> Refine(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, IReadOnlyList<EntityMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(mentions);
        return MentionPairJoining.Apply(text, mentions, new Rule(text, isRegion));
    }

    private readonly struct Rule(string text, Func<string, bool> isRegion) : MentionPairJoining.IRule
    {
        public bool Joins(EntityMention first, EntityMention next) =>
            first.Label == EntityLabel.Organization && next.Label == EntityLabel.Location
            && (first.Text.AsSpan().IndexOfAny(' ', '-') > 0
                ? !HasComplement(first.Text) && (IsLink(text, first.End, next.Start) || IsRegionOf(first, next))
                : IsRegionOf(first, next));

        /// <summary>Whether <paramref name="next"/> is a region linked to <paramref name="first"/> (<c>de la Gironde</c>).</summary>
        private bool IsRegionOf(EntityMention first, EntityMention next) => IsRegionLink(text, first.End, next.Start) && isRegion(next.Text);

        public double Score(EntityMention first, EntityMention next) => Math.Max(first.Score, next.Score);
    }

    /// <summary>Whether the text between <paramref name="end"/> and <paramref name="next"/> links a region: <c> de </c>, <c> du </c>, <c> d'</c>, <c> de la </c>, <c> de l'</c>, <c> des </c>.</summary>
    private static bool IsRegionLink(string text, int end, int next)
    {
        var between = text.AsSpan(end, next - end);
        return IsLink(text, end, next) || between is " de la " or " de l'" or " de l\u2019" or " des ";
    }

    /// <summary>Whether a name already has a complement (<c>Académie de médecine</c>): a second one is where it stands as often as not.</summary>
    private static bool HasComplement(string name) =>
        name.Contains(" de ", StringComparison.Ordinal) || name.Contains(" du ", StringComparison.Ordinal) || name.Contains(" des ", StringComparison.Ordinal)
        || name.Contains(" d'", StringComparison.Ordinal) || name.Contains(" d\u2019", StringComparison.Ordinal);

    /// <summary>Whether the text between <paramref name="end"/> and <paramref name="next"/> is <c> de </c>, <c> du </c> or <c> d'</c>.</summary>
    private static bool IsLink(string text, int end, int next)
    {
        var between = text.AsSpan(end, next - end);
        return between is " de " or " du " or " d'" or " d\u2019";
    }
}
