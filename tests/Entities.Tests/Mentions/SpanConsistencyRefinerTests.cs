using Entities.Mentions;

namespace Entities.Tests.Mentions;

public sealed class SpanConsistencyRefinerTests
{
    /// <summary>Mentions as surface/LABEL (spaces as _), in text order; the expected mentions the same way.</summary>
    [Theory]
    [InlineData(
        "L'Institut de recherche sur le Maghreb de Tunis recrute. L'Institut de recherche sur le Maghreb de Tunis publie.",
        "Institut_de_recherche_sur_le_Maghreb_de_Tunis/ORG Institut_de_recherche_sur_le_Maghreb/ORG Tunis/LOC",
        "Institut_de_recherche_sur_le_Maghreb_de_Tunis/ORG Institut_de_recherche_sur_le_Maghreb_de_Tunis/ORG")]          // pieces replaced
    [InlineData(
        "La Banque de France Ouest prête. La Banque de France Ouest emprunte.",
        "Banque_de_France_Ouest/ORG",
        "Banque_de_France_Ouest/ORG Banque_de_France_Ouest/ORG")]                                                       // an occurrence left out
    [InlineData(
        "La Banque de France Ouest prête. La Banque de France Ouest emprunte.",
        "Banque_de_France_Ouest/ORG Banque_de_France_Ouest/LOC",
        "Banque_de_France_Ouest/ORG Banque_de_France_Ouest/LOC")]                                                       // two labels: left alone
    [InlineData(
        "Le Conseil de Paris siège. Le Conseil de Paris Centre vote.",
        "Conseil_de_Paris/ORG Conseil_de_Paris_Centre/ORG",
        "Conseil_de_Paris/ORG Conseil_de_Paris_Centre/ORG")]                                                            // a longer name across the edge
    [InlineData(
        "Sa Majesté arrive. Sa Majesté repart.",
        "Sa_Majesté/PER",
        "Sa_Majesté/PER")]                                                                                               // two words: not spread
    [InlineData(
        "les grands travaux de Paris commencent; Les Grands Travaux de Paris",
        "Grands_Travaux_de_Paris/ORG",
        "Grands_Travaux_de_Paris/ORG")]                                                                                  // the text compared as written
    public void SpreadsANameOfSeveralWordsToItsOtherOccurrences(string text, string mentions, string expected)
    {
        var input = new RefinerInput(text).WithSpecs(mentions);

        Assert.Equal(expected, input.Specs(input.Run(SpanConsistencyRefiner.Instance)));
    }
}
