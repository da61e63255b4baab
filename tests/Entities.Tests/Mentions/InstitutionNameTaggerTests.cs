using Entities.French.Resolution;
using Entities.French.Tokenization;
using Entities.Mentions;

namespace Entities.Tests.Mentions;

public sealed class InstitutionNameTaggerTests
{
    private static readonly InstitutionNameTagger Tagger = new(
        FrenchResolutionData.ReadWords("institution-place-heads.txt").Select(phrase => FrenchTokenizer.Default.Tokenize(phrase).Select(token => token.GetText(phrase)).ToArray()),
        FrenchResolutionData.ReadWords("connectors.txt"));

    /// <summary>Mentions as surface/LABEL (spaces as _), in text order; the expected mentions the same way.</summary>
    [Theory]
    [InlineData("La cour d'appel de Douai a confirmé.", "Douai/LOC", "cour_d'appel_de_Douai/ORG")]
    [InlineData("La cour d’appel d’Aix-en-Provence a confirmé.", "Aix-en-Provence/LOC", "cour_d’appel_d’Aix-en-Provence/ORG")]   // typographic apostrophes
    [InlineData("Le tribunal de commerce de Quimper a retenu son offre.", "", "tribunal_de_commerce_de_Quimper/ORG")]             // a place the tagger missed
    [InlineData("La chambre d'agriculture du Gers alerte.", "Gers/LOC", "chambre_d'agriculture_du_Gers/ORG")]
    [InlineData("La chambre de commerce et d'industrie du Morbihan rappelle.", "Morbihan/LOC", "chambre_de_commerce_et_d'industrie_du_Morbihan/ORG")] // the longest head
    [InlineData("L'agence régionale de santé d'Occitanie répond.", "Occitanie/ORG", "agence_régionale_de_santé_d'Occitanie/ORG")]
    [InlineData("Le Tribunal administratif de la Réunion statue.", "Réunion/LOC", "Tribunal_administratif_de_la_Réunion/ORG")]
    [InlineData("La cour d'appel de Paris a confirmé.", "cour_d'appel_de_Paris/ORG", "cour_d'appel_de_Paris/ORG")]                 // already read
    [InlineData("La cour d'appel a confirmé.", "", "")]                                                                         // no place
    [InlineData("Le roman paraît aux éditions du Seuil.", "Seuil/LOC", "éditions_du_Seuil/ORG")]                                   // a publisher
    [InlineData("La cour d'appel de Jean Dupont a confirmé.", "Jean_Dupont/PER", "Jean_Dupont/PER")]                             // a person is no place
    [InlineData("La cour de Versailles est pavée.", "Versailles/LOC", "Versailles/LOC")]                                          // a yard
    [InlineData("Le parquet de Paris a ouvert une enquête.", "Paris/LOC", "Paris/LOC")]                                           // not a head here
    [InlineData("Le tribunal correctionnel de Quimper a jugé.", "Quimper/LOC", "tribunal_correctionnel_de_Quimper/ORG")]
    [InlineData("Il est soigné au centre hospitalier de Landerneau.", "Landerneau/LOC", "centre_hospitalier_de_Landerneau/ORG")]
    [InlineData("La préfecture du Doubs interdit la baignade.", "Doubs/LOC", "préfecture_du_Doubs/ORG")]
    [InlineData("La préfecture maritime de l'Atlantique alerte.", "Atlantique/LOC", "préfecture_maritime_de_l'Atlantique/ORG")]   // the longer head
    [InlineData("La communauté de communes du Trièves vote.", "Trièves/LOC", "communauté_de_communes_du_Trièves/ORG")]
    [InlineData("La direction départementale des territoires du Doubs répond.", "Doubs/LOC", "direction_départementale_des_territoires_du_Doubs/ORG")]
    [InlineData("Le conseil départemental du Finistère finance.", "Finistère/LOC", "conseil_départemental_du_Finistère/ORG")]
    [InlineData("Le tribunal de commerce de la ville a statué.", "", "")]                                                       // lower case
    [InlineData("Le conseil départemental des Côtes-d’Armor finance.", "Côtes-d’Armor/LOC", "conseil_départemental_des_Côtes-d’Armor/ORG")]   // des
    [InlineData("La communauté de communes du Pays des Abers vote.", "communauté_de_communes_du_Pays_des_Abers/LOC", "communauté_de_communes_du_Pays_des_Abers/ORG")]   // read whole as a place
    [InlineData("Il vit dans la préfecture de Kumamoto.", "préfecture_de_Kumamoto/LOC", "préfecture_de_Kumamoto/LOC")]           // a head of one word: a place of Japan
    [InlineData("Il parle des élus des Vosges.", "Vosges/LOC", "Vosges/LOC")]                                                    // no head
    [InlineData("L'office de tourisme de Saint-Malo ouvre.", "Saint-Malo/LOC", "office_de_tourisme_de_Saint-Malo/ORG")]
    [InlineData("La cour d'appel de Douai-Lens Métropole confirme.", "cour_d'appel_de_Douai/ORG Lens_Métropole/ORG", "cour_d'appel_de_Douai/ORG Lens_Métropole/ORG")]
    public void ReadsInstitutionsWithTheirPlace(string text, string mentions, string expected)
    {
        var input = new RefinerInput(text).WithSpecs(mentions);

        Assert.Equal(expected, input.Specs(input.Run(Tagger)));
    }

    [Fact]
    public void RejectsAnEmptyHead() =>
        Assert.Throws<ArgumentException>(() => new InstitutionNameTagger([Array.Empty<string>()], []));
}
