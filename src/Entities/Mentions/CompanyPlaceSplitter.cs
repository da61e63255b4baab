using System.Collections.Frozen;
using Entities.Sentences;
using Entities.Tokenization;

namespace Entities.Mentions;

/// <summary>
/// Splits a company read together with the place of one of its sites: <c>l'usine Renault de Flins</c> tagged as one mention
/// becomes the company <c>Renault</c> and the place <c>Flins</c>, as <c>le site Airbus de Saint-Nazaire</c> is read.
/// Immutable and thread-safe.
/// </summary>
/// <remarks>
/// Precision first: a mention of any label (the tagger reads <c>ArcelorMittal de Dunkerque</c> as a product too) made of a known company's name, <c>de</c> or <c>d'</c>, and a
/// known place, both exactly (straight apostrophes); a mention that is itself a known name (<c>Olympique de Marseille</c>,
/// <c>Société générale de Belgique</c> when the tables know it) is left alone. Both parts keep the mention's score.
/// </remarks>
public sealed class CompanyPlaceSplitter : IMentionRefiner
{
    private readonly FrozenSet<string> companies;
    private readonly Func<string, bool> isPlace;
    private readonly Func<string, bool> isKnownName;

    /// <summary>Creates the splitter.</summary>
    /// <param name="companies">Company names, as written with straight apostrophes (<c>Renault</c>, <c>Airbus</c>).</param>
    /// <param name="isPlace">Whether a name is a known place (<c>Flins</c>, <c>Saint-Nazaire</c>).</param>
    /// <param name="isKnownName">Whether a whole mention is a known name of its own, which is never split.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public CompanyPlaceSplitter(IEnumerable<string> companies, Func<string, bool> isPlace, Func<string, bool> isKnownName)
    {
        ArgumentNullException.ThrowIfNull(companies);
        ArgumentNullException.ThrowIfNull(isPlace);
        ArgumentNullException.ThrowIfNull(isKnownName);
        this.companies = companies.Select(Apostrophes.Straighten).ToFrozenSet(StringComparer.Ordinal);
        this.isPlace = isPlace;
        this.isKnownName = isKnownName;
    }

    /// <inheritdoc />
    public IReadOnlyList<EntityMention> Refine(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, IReadOnlyList<EntityMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(mentions);
        var lookup = companies.GetAlternateLookup<ReadOnlySpan<char>>();
        return MentionSplitting.Apply(mentions, (int _, EntityMention mention, out EntityMention first, out EntityMention? second) =>
        {
            first = mention;
            second = null;
            if (!MentionSplitting.TryGetTokens(tokens, mention, out int start, out int end)) return false;
            int preposition = start + 1;
            while (preposition < end - 1 && tokens[preposition].GetSpan(text) is not ("de" or "d'" or "d\u2019")) preposition++;
            if (preposition >= end - 1 || !char.IsUpper(text[tokens[preposition + 1].Start])) return false;
            var company = text.AsSpan(mention.Start, tokens[preposition - 1].End - mention.Start);
            if (!Apostrophes.IsIn(company, lookup)) return false;
            string place = text[tokens[preposition + 1].Start..mention.End];
            if (!isPlace(place) || isKnownName(mention.Text)) return false;
            first = MentionSplitting.Part(text, mention, mention.Start, tokens[preposition - 1].End, EntityLabel.Organization);
            second = MentionSplitting.Part(text, mention, tokens[preposition + 1].Start, mention.End, EntityLabel.Location);
            return true;
        });
    }
}
