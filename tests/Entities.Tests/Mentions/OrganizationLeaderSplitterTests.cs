using Entities.French.Resolution;
using Entities.Mentions;

namespace Entities.Tests.Mentions;

public sealed class OrganizationLeaderSplitterTests
{
    private static readonly OrganizationLeaderSplitter Splitter = new(
        FrenchAliasTable.Default,
        FrenchResolutionData.ReadWords("organization-person-links.txt"),
        FrenchResolutionData.ReadWords("person-name-inner-words.txt"));

    [Theory]
    [InlineData("Le Rassemblement national de Jordan Bardella progresse.", "Rassemblement national de Jordan Bardella", "Rassemblement national/ORG|Jordan Bardella/PER")]
    [InlineData("Le Rassemblement national de Marine Le Pen progresse.", "Rassemblement national de Marine", "Rassemblement national/ORG|Marine Le Pen/PER")]
    [InlineData("Le Parti socialiste d'Olivier Faure recule.", "Parti socialiste d'Olivier Faure", "Parti socialiste/ORG|Olivier Faure/PER")]
    [InlineData("Le Parti socialiste d’Olivier Faure recule.", "Parti socialiste d’Olivier Faure", "Parti socialiste/ORG|Olivier Faure/PER")]
    public void SplitsTheOrganizationFromItsLeader(string text, string surface, string expected)
    {
        var input = new RefinerInput(text).With(surface, EntityLabel.Organization);
        Assert.Equal(expected.Split('|'), input.Render(input.Run(Splitter)));
    }

    [Theory]
    [InlineData("Le Parti socialiste de Paris recule.", "Parti socialiste de Paris", "ORG")] // one word: a federation
    [InlineData("La Banque de France de Villeneuve ferme.", "Banque de France de Villeneuve", "ORG")]
    [InlineData("L'Union des Jeunes Agriculteurs manifeste.", "Union des Jeunes Agriculteurs", "ORG")] // not a table name before the link
    [InlineData("Le Rassemblement national de Jordan Bardella progresse.", "Rassemblement national de Jordan Bardella", "LOC")] // only organizations
    [InlineData("La Cour des comptes publie.", "Cour des comptes", "ORG")] // a name of the table
    [InlineData("Le Rassemblement national de Jordan a voté.", "Rassemblement national de Jordan", "ORG")] // one capitalized word only
    public void LeavesOtherMentionsAlone(string text, string surface, string label)
    {
        var input = new RefinerInput(text).With(surface, EntityLabels.TryParse(label, out var l) ? l : throw new ArgumentException(label));
        Assert.Same(input.Mentions, input.Run(Splitter));
    }

    private static readonly OrganizationLeaderSplitter WithGivenNames = new(
        FrenchAliasTable.Default,
        FrenchResolutionData.ReadWords("organization-person-links.txt"),
        FrenchResolutionData.ReadWords("person-name-inner-words.txt"),
        FrenchResolutionData.LoadProfile().GivenNames,
        ["Institut Pasteur"]);

    [Theory]
    [InlineData("Le patron de Twitter Jack Dorsey parle.", "Twitter Jack Dorsey", "PER", "Twitter/ORG|Jack Dorsey/PER")]
    [InlineData("La directrice de l'Institut Pasteur Yasmine Belkaid parle.", "Institut Pasteur Yasmine Belkaid", "ORG", "Institut Pasteur/ORG|Yasmine Belkaid/PER")]
    public void SplitsAnOrganizationFollowedByAGivenNameAndASurname(string text, string surface, string label, string expected)
    {
        var input = new RefinerInput(text).With(surface, EntityLabels.TryParse(label, out var l) ? l : throw new ArgumentException(label));
        Assert.Equal(expected.Split('|'), input.Render(input.Run(WithGivenNames)));
    }

    [Theory]
    [InlineData("Le patron de Twitter Jack parle.", "Twitter Jack", "PER")]                       // no surname
    [InlineData("Le patron de Zorblax Jack Dorsey parle.", "Zorblax Jack Dorsey", "PER")]         // no known organization before
    [InlineData("Le patron de Twitter Camille Dorsey parle.", "Twitter Camille Dorsey", "PER")]   // Camille: not in the table (both sexes)
    public void LeavesANameWithoutAKnownOrganizationAndGivenNameAlone(string text, string surface, string label)
    {
        var input = new RefinerInput(text).With(surface, EntityLabels.TryParse(label, out var l) ? l : throw new ArgumentException(label));
        Assert.Same(input.Mentions, input.Run(WithGivenNames));
    }

    [Fact]
    public void NeverExtendsOverTheNextMention()
    {
        var input = new RefinerInput("Le Rassemblement national de Marine Le Pen.")
            .With("Rassemblement national de Marine", EntityLabel.Organization).With("Le Pen", EntityLabel.Person);
        Assert.Same(input.Mentions, input.Run(Splitter));
    }

    [Fact]
    public void LinkWordsAreLowerCase() =>
        Assert.All(FrenchResolutionData.ReadWords("organization-person-links.txt"), word => Assert.Equal(word.ToLowerInvariant(), word));
}
