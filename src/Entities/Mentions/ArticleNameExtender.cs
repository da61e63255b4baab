using System.Collections.Frozen;
using Entities.Knowledge;
using Entities.Sentences;
using Entities.Tokenization;

namespace Entities.Mentions;

/// <summary>
/// Takes a capitalized article into a name when the name is known with it (<c>Le Monde</c>, <c>La France insoumise</c>, <c>Les
/// Républicains</c>, <c>Le Dauphiné libéré</c>, <c>La Rochelle</c>): the tagger left the article out, the convention keeps it
/// in. Scores never change, and labels only for the decisive names given, known under one label alone, when the tagger
/// read a person, a place or an organization, or a work (MISC) after an elided article (<c>Les titres de L'Oréal</c>, read as the place <c>Oréal</c>, give the organization <c>L'Oréal</c>; <c>selon L'Équipe</c>, read as a work, the paper <c>L'Équipe</c>; after a full article a work keeps its label: <c>La Marseillaise</c>).
/// Immutable and thread-safe.
/// </summary>
/// <remarks>
/// The article is the token right before the mention, written with a capital (<c>Le</c>, <c>La</c>, <c>Les</c>, <c>L'</c>);
/// the article and the mention together must be a name of the alias table with the mention's label, or one of the given
/// known names of that label (as written); or, whatever the mention's label, one of the given decisive names. An article
/// written with a capital inside a sentence, after a lower-case word, can only open a name, so it also joins a mention of
/// any label that is known neither with it nor without it (<c>présidente de l'association Les Vitrines d'Orléans</c>,
/// <c>à La Source</c>); at a sentence's start it stays out (<c>La Commission européenne a tranché</c>).
/// </remarks>
public sealed class ArticleNameExtender : IMentionRefiner
{
    private readonly AliasTable table;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> articles;
    private readonly IReadOnlySet<string> knownOrganizations;
    private readonly IReadOnlySet<string> knownPlaces;
    private readonly IReadOnlySet<string> decisiveNames;

    /// <summary>Creates the extender.</summary>
    /// <param name="table">The alias table whose names are known with their article.</param>
    /// <param name="articles">Capitalized articles, as written (<c>Le</c>, <c>L'</c>).</param>
    /// <param name="knownOrganizations">Other organizations known with their article, as written with straight apostrophes.</param>
    /// <param name="knownPlaces">Other places known with their article, as written with straight apostrophes.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public ArticleNameExtender(AliasTable table, IEnumerable<string> articles, IReadOnlySet<string> knownOrganizations, IReadOnlySet<string> knownPlaces)
        : this(table, articles, knownOrganizations, knownPlaces, new HashSet<string>())
    {
    }

    /// <summary>Creates the extender.</summary>
    /// <param name="table">The alias table whose names are known with their article.</param>
    /// <param name="articles">Capitalized articles, as written (<c>Le</c>, <c>L'</c>).</param>
    /// <param name="knownOrganizations">Other organizations known with their article, as written with straight apostrophes.</param>
    /// <param name="knownPlaces">Other places known with their article, as written with straight apostrophes.</param>
    /// <param name="decisiveNames">
    /// Names with their article (as written with straight apostrophes) that are an organization or a place whatever the tagger
    /// read (<c>L'Oréal</c>: not <c>Le Dauphiné</c>, whose bare name is also a region); their label is the one they are known
    /// under, when that is one label only.
    /// </param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public ArticleNameExtender(
        AliasTable table, IEnumerable<string> articles, IReadOnlySet<string> knownOrganizations, IReadOnlySet<string> knownPlaces, IReadOnlySet<string> decisiveNames)
    {
        ArgumentNullException.ThrowIfNull(decisiveNames);
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(knownOrganizations);
        ArgumentNullException.ThrowIfNull(knownPlaces);
        this.table = table;
        this.articles = articles.Select(Apostrophes.Straighten).ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        this.knownOrganizations = knownOrganizations;
        this.knownPlaces = knownPlaces;
        this.decisiveNames = decisiveNames;
    }

    /// <inheritdoc />
    public IReadOnlyList<EntityMention> Refine(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, IReadOnlyList<EntityMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(mentions);
        ArgumentNullException.ThrowIfNull(sentences);
        return MentionReplacement.Apply(mentions, new Rule(this, text, tokens, sentences));
    }

    private readonly struct Rule(ArticleNameExtender extender, string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences) : MentionReplacement.IRule
    {
        public EntityMention? Replace(IReadOnlyList<EntityMention> mentions, int index)
        {
            var mention = mentions[index];
            int first = TokenLookup.TokenStartingAt(tokens, mention.Start);
            if (first <= 0) return null;
            var article = tokens[first - 1];
            if ((index > 0 && mentions[index - 1].End > article.Start) || !char.IsUpper(text[article.Start])) return null;
            if (!Apostrophes.IsIn(article.GetSpan(text), extender.articles)) return null;
            if (article.End != mention.Start && (mention.Start - article.End != 1 || text[article.End] != ' ')) return null;
            string name = text[article.Start..mention.End];
            bool organization = IsKnown(name, EntityLabel.Organization), place = IsKnown(name, EntityLabel.Location);
            if (mention.Label is EntityLabel.Organization or EntityLabel.Location)
            {
                if (mention.Label == EntityLabel.Organization ? organization : place) return mention with { Start = article.Start, Text = name };
            }

            if (!organization && !place && IsInsideSentence(first - 1) && !IsKnown(mention.Text, mention.Label)) return mention with { Start = article.Start, Text = name };

            // A decisive name known with its article under one label only is that name, whatever the tagger read (L'Oréal, not the
            // place Oréal). A work (MISC) keeps its label after a full article (La Marseillaise, the anthem), not after an elided
            // one, which the tagger never takes in (selon L'Équipe, read as the work Équipe).
            bool elided = Apostrophes.SpellsAs(article.GetSpan(text), "L'");
            if (organization == place || (mention.Label == EntityLabel.Miscellaneous && !elided) || !extender.decisiveNames.Contains(Apostrophes.Straighten(name))) return null;
            return mention with { Start = article.Start, Text = name, Label = organization ? EntityLabel.Organization : EntityLabel.Location };
        }

        /// <summary>
        /// Whether the capitalized article at <paramref name="article"/> follows a lower-case word of its own sentence (<c>selon Le
        /// Télégraphe armoricain</c>, <c>à La Source</c>): there an article written with a capital can only open a name.
        /// </summary>
        private bool IsInsideSentence(int article)
        {
            if (article == 0) return false;
            var before = tokens[article - 1];
            // A lone letter other than `à` is rather a stray character of OCR than a word (`: c Le Conseil fédéral`).
            if (!char.IsLower(text[before.Start]) || !char.IsLetter(text[before.End - 1]) || (before.Length == 1 && text[before.Start] != 'à')) return false;
            int sentence = TokenLookup.SentenceOfToken(sentences, article);
            return sentence >= 0 && sentences[sentence].FirstToken < article;
        }

        private bool IsKnown(string name, EntityLabel label)
        {
            var knownNames = label == EntityLabel.Organization ? extender.knownOrganizations : extender.knownPlaces;
            return knownNames.Contains(Apostrophes.Straighten(name)) || extender.table.TryGetEntry(name, label, out _);
        }
    }
}
