using Entities.French.Resolution;
using Entities.Mentions;

namespace Entities.Tests.Mentions;

/// <summary>A heading line in capitals that is, whole or up to a separator, an organization of the table.</summary>
public sealed class CapitalsHeadingTaggerTests
{
    private static readonly CapitalsHeadingTagger Tagger = new(TestTables.Institutions);

    [Theory]
    [InlineData("COUR DES COMPTES\n\nRapport public annuel.", "COUR DES COMPTES/ORG")]
    [InlineData("  BANQUE DE FRANCE  \nBulletin du mois.", "BANQUE DE FRANCE/ORG")]              // blanks around the name
    [InlineData("Compte rendu.\n\nCONSEIL D'ÉTAT\n\nAudience du 3 mai.", "CONSEIL D'ÉTAT/ORG")]
    [InlineData("INSEE\nNote de conjoncture.", "INSEE/ORG")]
    [InlineData("BANQUE DE FRANCE", "BANQUE DE FRANCE/ORG")]                                    // the whole text
    [InlineData("COUR DES COMPTES – Séance du 6 novembre\nLa séance est ouverte.", "COUR DES COMPTES/ORG")]   // up to a separator
    [InlineData("BANQUE DE FRANCE : bulletin du mois", "BANQUE DE FRANCE/ORG")]
    [InlineData("INSEE - NOTE DE CONJONCTURE DU MOIS DE JUIN, AVEC LES PRÉVISIONS DE CROISSANCE POUR LES DEUX ANNÉES À VENIR ET LES RISQUES", "INSEE/ORG")] // a long line after the separator
    public void TagsAHeadingThatIsAnOrganization(string text, string expected)
    {
        var input = new RefinerInput(text);
        Assert.Equal([expected], input.Render(input.Run(Tagger)));
    }

    [Theory]
    [InlineData("LA COUR DES COMPTES ALERTE\n\nRapport.")]     // a headline that contains the name
    [InlineData("Cour des comptes\n\nRapport.")]               // not in capitals
    [InlineData("PARIS\n\nLa séance est ouverte.")]            // a place
    [InlineData("GEORGIA\n\nLa séance est ouverte.")]          // a name the table gives two labels
    [InlineData("Rapport de la COUR DES COMPTES\nsur la dette.")] // not the whole line
    [InlineData("COUR DES COMPTES-Séance du 6 novembre")]   // the separator must stand apart
    [InlineData("LA COUR DES COMPTES – Rapport")]              // not the name alone before the separator
    [InlineData("INSEE                                                                                   \nNote.")] // blanks past the longest line read
    public void LeavesOtherLinesAlone(string text)
    {
        var input = new RefinerInput(text);
        Assert.Empty(input.Run(Tagger));
    }

    [Fact]
    public void ReplacesWhatTheTaggerReadInTheHeading()
    {
        var input = new RefinerInput("COUR DES COMPTES\n\nRapport public.").With("COUR", EntityLabel.Location).With("Rapport", EntityLabel.Miscellaneous);
        Assert.Equal(["COUR DES COMPTES/ORG", "Rapport/MISC"], input.Render(input.Run(Tagger)));
    }

    [Theory]
    [InlineData("SÉNAT\n\nSéance du mardi 4 mars.", "SÉNAT/ORG")]
    [InlineData("ASSEMBLÉE NATIONALE\n\nQuestions au Gouvernement.", "ASSEMBLÉE NATIONALE/ORG")]
    public void TheFrenchRuleLayerReadsAssemblyHeadings(string text, string expected)
    {
        var input = new RefinerInput(text);
        Assert.Contains(expected, input.Render(input.Run(new CapitalsHeadingTagger(FrenchAliasTable.Default))));
    }
}
