using Entities.French.Resolution;
using Entities.Mentions;

namespace Entities.Tests.Mentions;

public sealed class AppositionOrganizationTaggerTests
{
    private static readonly AppositionOrganizationTagger Tagger = new(
        FrenchResolutionData.ReadWords("organization-apposition-nouns.txt"),
        ["le", "la", "les", "l'"],
        ["pourtant", "ainsi", "enfin"],
        name => name is "Lyon" or "Pierre Martin");

    [Theory]
    [InlineData("Les bornes ont été posées par Izivia, filiale d'EDF.", "Izivia/PER", "Izivia/ORG")]
    [InlineData("Les bornes ont été posées par Izivia, filiale d’EDF.", "Izivia/LOC", "Izivia/ORG")]
    [InlineData("On cite la Cofreth, entreprise de chauffage, et d'autres.", "Cofreth/LOC", "Cofreth/ORG")]
    [InlineData("L'étude est confiée à Altimétrie Conseil, un cabinet lyonnais.", "", "Altimétrie_Conseil/ORG")]    // untagged: tagged
    [InlineData("Il rachète Thermiflux, une entreprise lyonnaise. Thermiflux emploie cent personnes.", "Thermiflux/LOC Thermiflux/PER", "Thermiflux/ORG Thermiflux/ORG")]   // the name in the whole document
    [InlineData("Il rachète Thermiflux, une entreprise lyonnaise. Thermiflux Martin emploie cent personnes.", "Thermiflux_Martin/PER", "Thermiflux/ORG Thermiflux_Martin/PER")]   // exactly the name
    [InlineData("Le repreneur est Brunel, une PME de Rodez.", "Brunel/PER Rodez/LOC", "Brunel/ORG Rodez/LOC")]
    [InlineData("Le repreneur est Brunel , une PME de Rodez.", "Brunel/PER", "Brunel/ORG")]                       // a space before the comma
    [InlineData("Parmi elles figurent Tecni, filiale de Vivendi.", "Vivendi/ORG", "Tecni/ORG Vivendi/ORG")]
    [InlineData("On cite la SAR, entreprise de travaux.", "SAR/ORG", "SAR/ORG")]                                   // already an organization
    [InlineData("Une réunion à Lyon, société civile et élus.", "Lyon/LOC", "Lyon/LOC")]                             // a known place keeps its label
    [InlineData("Il a vu Pierre Martin, société de conseil.", "Pierre_Martin/PER", "Pierre_Martin/PER")]            // a known person too
    [InlineData("Le client est Orvanne, la société de Paul.", "Orvanne/PER", "Orvanne/PER")]                       // a definite article: the next name's
    [InlineData("Le client est Orvanne, entreprises et syndicats.", "Orvanne/PER", "Orvanne/PER")]                 // a plural is not listed
    [InlineData("Le client est Orvanne, groupe les dossiers.", "Orvanne/PER", "Orvanne/PER")]                      // a verb: an article follows
    [InlineData("Pourtant, entreprise et mairie s'accordent.", "", "")]                                            // a sentence's first ordinary word
    [InlineData("Le chef de Corvex Haute Vallée Nord, filiale de Vivendi.", "", "")]                                 // more than three words: not read
    [InlineData("Le rachat de Castel Frères, filiale de Vivendi.", "Castel/PER", "Castel_Frères/ORG")]             // a mention inside the name: replaced
    [InlineData("Le rachat chez de Gaulle Frères, filiale de Vivendi.", "de_Gaulle/PER", "de_Gaulle/PER")]         // a mention across its edge: left alone
    [InlineData("Le rachat de la Fonderie Castel Frères et Fils, filiale de Vivendi.", "Fonderie_Castel_Frères_et_Fils/ORG", "Fonderie_Castel_Frères_et_Fils/ORG")]
    [InlineData("Le rachat de Maison Hervé Castel Lambert, filiale d'Alba.", "Maison_Hervé_Castel_Lambert/PER", "Maison_Hervé_Castel_Lambert/PER")]  // more than three words
    public void AnAppositionThatDescribesAnOrganizationMakesOne(string text, string specs, string expected)
    {
        var input = new RefinerInput(text).WithSpecs(specs);
        Assert.Equal(expected, input.Specs(input.Run(Tagger)));
    }

    [Fact]
    public void TheNounsAreLowerCaseSingularsOrAcronymsWithoutRepeats()
    {
        var nouns = FrenchResolutionData.ReadWords("organization-apposition-nouns.txt");
        Assert.Equal(nouns.Count, nouns.Distinct(StringComparer.Ordinal).Count());
        Assert.All(nouns, noun => Assert.True(noun.All(c => char.IsLower(c) || c == '-') || noun.All(char.IsUpper), noun));
        Assert.DoesNotContain("parti", nouns);      // also the participle (parti de Marseille)
        Assert.DoesNotContain("enseigne", nouns);   // enseigne de vaisseau, a person
    }
}
