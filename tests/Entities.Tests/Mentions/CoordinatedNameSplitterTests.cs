using Entities.French.Resolution;
using Entities.Mentions;

namespace Entities.Tests.Mentions;

public sealed class CoordinatedNameSplitterTests
{
    private static readonly CoordinatedNameSplitter Splitter = new(TestTables.Institutions);

    [Theory]
    [InlineData("Insee et Cour des comptes publient.", "Insee_et_Cour_des_comptes/ORG", "Insee/ORG Cour_des_comptes/ORG")]
    [InlineData("Orange et la Banque de France signent.", "Orange_et_la_Banque_de_France/ORG", "Orange/ORG Banque_de_France/ORG")]   // an article before the second
    [InlineData("Paris et Matignon discutent.", "Paris_et_Matignon/PER", "Paris/LOC Matignon/ORG")]                                  // each part takes its table label
    [InlineData("Insee et Cour des comptes publient.", "Insee_et_Cour_des/ORG", "Insee/ORG Cour_des_comptes/ORG")]                   // the second name runs past the end
    [InlineData("Insee et Cour des Alpes publient.", "Insee_et_Cour_des/ORG", "Insee_et_Cour_des/ORG")]                              // the second part is no known name
    [InlineData("Insee et Dupont publient.", "Insee_et_Dupont/ORG", "Insee_et_Dupont/ORG")]
    [InlineData("Georgia et Orange signent.", "Georgia_et_Orange/ORG", "Georgia_et_Orange/ORG")]                                      // a name of two labels
    [InlineData("Insee et cour des comptes publient.", "Insee_et_cour_des_comptes/ORG", "Insee_et_cour_des_comptes/ORG")]            // a lower-case second part
    [InlineData("Insee et Cour des comptes, Orange.", "Insee_et_Cour_des/ORG Orange/ORG", "Insee/ORG Cour_des_comptes/ORG Orange/ORG")]
    [InlineData("Insee et Cour des Orange publient.", "Insee_et_Cour_des/ORG Orange/ORG", "Insee_et_Cour_des/ORG Orange/ORG")]      // never over the next mention
    public void SplitsTwoKnownNamesReadAsOne(string text, string specs, string expected)
    {
        var input = new RefinerInput(text).WithSpecs(specs);
        Assert.Equal(expected, input.Specs(input.Run(Splitter)));
    }

    [Theory]
    [InlineData("Le Rassemblement national et La France insoumise votent contre.", "Rassemblement_national_et_La_France/ORG", "Rassemblement_national/ORG La_France_insoumise/ORG")]
    [InlineData("Les Arts et Métiers recrutent.", "Arts_et_Métiers/ORG", "Arts_et_Métiers/ORG")]                   // the whole is a name
    public void SplitsWithTheFrenchTable(string text, string specs, string expected)
    {
        var input = new RefinerInput(text).WithSpecs(specs);
        Assert.Equal(expected, input.Specs(input.Run(new CoordinatedNameSplitter(FrenchAliasTable.Default))));
    }
}
