using Entities.French.Resolution;
using Entities.Mentions;
using Entities.Resolution;

namespace Entities.Tests.Mentions;

public sealed class AcronymDefinitionTaggerTests
{
    private static readonly AcronymDefinitionTagger Tagger = new(FrenchResolutionData.ReadWords("organization-heads.txt"), FrenchResolutionData.ReadWords("connectors.txt"));

    /// <summary>Mentions as surface/LABEL (spaces as _), in text order; the expected mentions the same way.</summary>
    [Theory]
    [InlineData("Le Syndicat intercommunal d'assainissement de la vallée de l'Arve (Siava) investit.", "Arve/LOC Siava/LOC",
        "Syndicat_intercommunal_d'assainissement_de_la_vallée_de_l'Arve/ORG Siava/ORG")]
    [InlineData("L'Institut national de recherche pour l'agriculture, l'alimentation et l'environnement (Inrae) publie.", "Institut_national_de_recherche_pour_l'agriculture/ORG",
        "Institut_national_de_recherche_pour_l'agriculture,_l'alimentation_et_l'environnement/ORG Inrae/ORG")]
    [InlineData("L'Association des constructeurs européens d'automobiles (ACEA) proteste.", "",
        "Association_des_constructeurs_européens_d'automobiles/ORG ACEA/ORG")]
    [InlineData("La rue de la Paix (Paris) brille.", "rue_de_la_Paix/LOC Paris/LOC", "rue_de_la_Paix/LOC Paris/LOC")]                          // no head, no spelling
    [InlineData("L'Association des amis du musée (ADM) vote.", "", "")]                                                                    // the letters do not spell it
    [InlineData("Le Conseil régional de Bretagne (CRB) vote.", "Conseil_régional_de_Bretagne/ORG CRB/ORG", "Conseil_régional_de_Bretagne/ORG CRB/ORG")] // already whole
    [InlineData("Selon le Centre national de la recherche scientifique (CNRS), tout va bien.", "Centre_national/ORG",
        "Centre_national_de_la_recherche_scientifique/ORG CNRS/ORG")]
    [InlineData("La Banque de France (BDF) publie.", "La_Banque/ORG", "La_Banque/ORG")]                                                    // a mention across the edge
    [InlineData("La société Provence Habitat Services (PHS) gère des logements.", "", "Provence_Habitat_Services/ORG PHS/ORG")]              // no head: initials one a word
    [InlineData("Le chantier du Tunnel Euralpin Lyon Turin (TELT) avance.", "Lyon/LOC Turin/LOC", "Tunnel_Euralpin_Lyon_Turin/ORG TELT/ORG")]
    [InlineData("Le comité interministériel de restructuration industrielle (CIRI) siège.", "",
        "comité_interministériel_de_restructuration_industrielle/ORG CIRI/ORG")]                                                           // a head in lower case
    [InlineData("La taxe sur la valeur ajoutée (TVA) augmente.", "", "")]                                                                  // no capital nor head to start from
    [InlineData("La République démocratique du Congo (RDC) vote.", "République_démocratique_du_Congo/LOC", "République_démocratique_du_Congo/LOC RDC/LOC")] // read whole: its label
    [InlineData("La Fondation Abbé Pierre (FAP) alerte.", "Fondation_Abbé_Pierre/MISC", "Fondation_Abbé_Pierre/MISC")]                  // read whole, neither ORG nor LOC
    public void ReadsADefinitionAsTwoMentionsOfAnOrganization(string text, string mentions, string expected)
    {
        var input = new RefinerInput(text).WithSpecs(mentions);

        string rendered = input.Specs(input.Run(Tagger));
        Assert.Equal(expected, rendered);
    }

    [Theory]
    [InlineData("INRAE", "INNRAAE", true)]
    [InlineData("INRAE", "INRAAE", true)]
    [InlineData("INRAE", "INRAE", true)]
    [InlineData("INRAE", "NRAE", false)]       // the first letter on the first word
    [InlineData("INRAE", "INRAEX", false)]     // the last letter on the last word
    [InlineData("CARENE", "CARNE", false)]
    [InlineData("AB", "AB", true)]
    [InlineData("A", "A", false)]
    public void SpellsChecksTheLettersInOrder(string letters, string initials, bool spells) =>
        Assert.Equal(spells, AcronymSpelling.Spells(letters, initials));

    /// <summary>A long form whose first letter is joined to a mark (one token with it) is no definition: the property tests' shrunk case.</summary>
    [Theory]
    [InlineData("\u0C63O t'a n(OTAN)")]
    [InlineData("\u0301Organisation du traité de l'Atlantique nord (OTAN)")]
    public void ALongFormThatStartsInsideATokenIsLeftAlone(string text)
    {
        var result = new Entities.French.Extraction.FrenchEntityExtractor().ExtractEntities(text);

        Assert.All(result.Mentions, m => Assert.Equal(text[m.Start..m.End], m.Text));
    }
}
