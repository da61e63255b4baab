using Entities.Knowledge;
using Entities.Resolution;

namespace Entities.Tests.Resolution;

/// <summary>Names cut at the end of a printed line (OCR'd newspapers): one key, a joined display name.</summary>
public sealed class LineEndCutTests
{
    [Theory]
    [InlineData("Poin-\ncaré", "poincare")]
    [InlineData("Poin-\r\ncaré", "poincare")]
    [InlineData("Poin- \t\n  caré", "poincare")]
    [InlineData("Lau¬\nrent", "laurent")]
    [InlineData("Lau\u2010\nrent", "laurent")]
    [InlineData("Saint-\nDenis", "saint denis")]
    [InlineData("Jean¬\nPierre", "jean pierre")]
    [InlineData("Jean-\n12", "jean 12")]
    [InlineData("Jean -\nmarc", "jean marc")]
    [InlineData("Jean-marc", "jean marc")]
    [InlineData("Jean- marc", "jeanmarc")]                 // a cut whose line break was lost
    [InlineData("pro- et anti-", "pro et anti")]           // a suspended hyphen
    [InlineData("Lau¬rent", "laurent")]
    [InlineData("Lau¬ rent", "laurent")]
    [InlineData("Lau¬ Rent", "lau rent")]
    [InlineData("Lau ¬ rent", "lau rent")]
    [InlineData("la\nsuite", "la suite")]
    public void FoldJoinsOnlyACutBeforeALowerCaseLetter(string input, string expected) =>
        Assert.Equal(expected, TextFolding.Fold(input));

    [Theory]
    [InlineData("Poin-\ncaré", "Poincaré")]
    [InlineData("Cham-\r\nbre des députés", "Chambre des députés")]
    [InlineData("Lau¬ \n rent", "Laurent")]
    [InlineData("Saint-\nDenis", "Saint-Denis")]
    [InlineData("Jean¬\nPierre", "Jean-Pierre")]
    [InlineData("Raymond\nPoincaré", "Raymond Poincaré")]
    [InlineData("Raymond \r\n Poin-\ncaré", "Raymond Poincaré")]
    [InlineData("Jean -\nmarc", "Jean - marc")]
    [InlineData("Jean-Pierre", "Jean-Pierre")]
    [InlineData("Poin- caré", "Poincaré")]
    [InlineData("pro- et anti-", "pro- et anti-")]
    [InlineData("Saint- Denis", "Saint- Denis")]
    [InlineData("Poin¬ caré", "Poincaré")]
    [InlineData("Constan¬tinople", "Constantinople")]
    [InlineData("Saint¬ Denis", "Saint-Denis")]
    [InlineData("Ré¬ 12", "Ré¬ 12")]
    public void JoinGluesCutsAndTurnsOtherLineBreaksIntoSpaces(string input, string expected) =>
        Assert.Equal(expected, LineEndCuts.Join(input));

    [Fact]
    public void JoinReturnsTheSameInstanceWithoutALineBreak()
    {
        const string name = "Raymond Poincaré";
        Assert.Same(name, LineEndCuts.Join(name));
    }

    [Fact]
    public void BrokenAndWholeFormsAreOneEntityNamedByTheWholeForm()
    {
        const string text = "M. Poin-\ncaré a reçu les ministres ; Poincaré a parlé ensuite.";
        var entity = Assert.Single(FrenchResolve.Run(text, "PER:Poin-\ncaré", "PER:Poincaré"));
        Assert.Equal("Poincaré", entity.CanonicalName);
        Assert.Equal(2, entity.MentionIndices.Count);
    }

    [Fact]
    public void OnlyBrokenFormsGiveTheJoinedName()
    {
        const string text = "La Cham-\nbre a voté ; la Cham¬\nbre a ensuite levé la séance.";
        var entity = Assert.Single(FrenchResolve.Run(text, "ORG:Cham-\nbre", "ORG:Cham¬\nbre"));
        Assert.Equal("Chambre", entity.CanonicalName);
        Assert.DoesNotContain(entity.Aliases, a => a.Alias.Contains('\n', StringComparison.Ordinal));
    }
}
