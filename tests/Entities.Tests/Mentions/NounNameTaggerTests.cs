using Entities.French.Resolution;
using Entities.Mentions;

namespace Entities.Tests.Mentions;

public sealed class NounNameTaggerTests
{
    private static readonly NounNameTagger Tagger = new(FrenchResolutionData.ReadWords("organization-nouns.txt"));

    [Theory]
    [InlineData("(Applaudissements sur les bancs du groupe SOC.)", "", "SOC/ORG")]
    [InlineData("(Applaudissements sur les bancs du groupe LFI-NFP.)", "", "LFI-NFP/ORG")]
    [InlineData("Il siège au groupe Les Républicains depuis mai.", "Républicains/ORG", "Républicains/ORG")]     // a mention inside: left alone
    [InlineData("Le parti Horizons tient congrès.", "Horizons/PER", "Horizons/ORG")]
    [InlineData("L'enseigne Carrefour ferme un magasin.", "", "Carrefour/ORG")]
    [InlineData("Le groupe de M. Dupont vote.", "Dupont/PER", "Dupont/PER")]                                 // a lower-case word between
    [InlineData("Le groupe Renault Trucks Defense recrute.", "Renault_Trucks_Defense/ORG", "Renault_Trucks_Defense/ORG")]
    [InlineData("Le groupe, Renault en tête, recrute.", "Renault/ORG", "Renault/ORG")]
    [InlineData("Le Groupe Renault recrute.", "", "")]                                                       // the noun as written
    [InlineData("Le cabinet Mazars a conseillé l'acheteur.", "cabinet_Mazars/ORG", "Mazars/ORG")]              // the noun tagged with the name: out
    [InlineData("Le cabinet Lemoine Conseil plaide.", "cabinet_Lemoine/PER", "Lemoine_Conseil/ORG")]         // and the rest of the name in
    [InlineData("Le groupe Renault de Flins recrute.", "groupe_Renault_de_Flins/ORG", "groupe_Renault_de_Flins/ORG")]   // more than the name: left alone
    [InlineData("Des achats d'actions Transalpe ont précédé l'annonce.", "", "Transalpe/ORG")]                 // shares of a company
    [InlineData("La conserverie Kerlaouen a été reprise.", "Kerlaouen/LOC", "Kerlaouen/ORG")]                  // a trade noun
    [InlineData("Le feu a pris dans la boulangerie Le Moal.", "Le_Moal/PER", "Le_Moal/ORG")]                   // a shop named after its owner
    [InlineData("Le garage Le Bras entretient la flotte.", "Le_Bras/PER", "Le_Bras/ORG")]
    [InlineData("Les riverains, réunis dans l'association Rhin Vivant, s'inquiètent.", "Rhin_Vivant/PER", "Rhin_Vivant/ORG")]
    [InlineData("La société Ubisoft recrute.", "Ubisoft/LOC", "Ubisoft/ORG")]
    [InlineData("Elles se vendent dans les hypermarchés Carrefour de la ville.", "", "Carrefour/ORG")]         // a shop's brand
    [InlineData("Les verreries Daum et Baccarat exposent.", "Baccarat/LOC", "Daum/ORG Baccarat/ORG")]
    [InlineData("Sa filiale Dacia vend bien.", "Dacia/LOC", "Dacia/ORG")]
    [InlineData("L'éditeur Gallimard publie son roman.", "Gallimard/PER", "Gallimard/ORG")]
    [InlineData("(Applaudissements sur les bancs des groupes EcoS et SOC.)", "", "EcoS/ORG SOC/ORG")]             // a plural noun lists names
    [InlineData("Les syndicats CFDT, Unsa et Solidaires signent.", "Solidaires/LOC", "CFDT/ORG Unsa/ORG Solidaires/ORG")]
    [InlineData("Le groupe EPR et Paul Martin votent.", "Paul_Martin/PER", "EPR/ORG Paul_Martin/PER")]             // a singular noun lists none
    [InlineData("Les groupes EPR et le Sénat votent.", "", "EPR/ORG")]
    [InlineData("LES ÉLECTIONS La répartition des partis La campagne a commencé.", "", "")]                     // an article alone is no name                                         // a lower-case word after et
    public void ANameAfterAnOrganizationNounIsAnOrganization(string text, string mentions, string expected)
    {
        var input = new RefinerInput(text).WithSpecs(mentions);
        Assert.Equal(expected, input.Specs(input.Run(Tagger)));
    }

    private static readonly NounNameTagger Qualified = new(FrenchResolutionData.ReadWords("organization-nouns.txt"), ["pharmaceutique", "sud-coréen", "portugais", "belge"]);

    [Theory]
    [InlineData("Le groupe pharmaceutique Sanofi recrute.", "", "Sanofi/ORG")]
    [InlineData("Le constructeur sud-coréen Hyundai investit.", "Hyundai/LOC", "Hyundai/ORG")]
    [InlineData("Le groupe de transport Transalpe a annoncé le rachat.", "Transalpe/PER", "Transalpe/ORG")]
    [InlineData("L'assureur d'origine Covéa recrute.", "", "Covéa/ORG")]                                    // d' and a noun
    [InlineData("Le groupe de transport sud-coréen Hanjin recrute.", "", "Hanjin/ORG")]                      // then a qualifier
    [InlineData("Le groupe de M. Dupont vote.", "Dupont/PER", "Dupont/PER")]                                  // a title, not a noun
    [InlineData("Le groupe de Marseille chante.", "Marseille/LOC", "Marseille/LOC")]                          // de right before the name
    [InlineData("Le groupe de la ville Lens vote.", "Lens/LOC", "Lens/LOC")]                                  // an article after de
    [InlineData("Le groupe a nommé Jean Dupont.", "Jean_Dupont/PER", "Jean_Dupont/PER")]                      // no qualifier
    [InlineData("Le groupe de presse Jean Dupont vote.", "Jean_Dupont/PER", "Jean_Dupont/PER")]               // after de and a noun, a person of several words stays
    [InlineData("Le groupe portugais Conservas Atlântico rachète.", "Conservas_Atlântico/PER", "Conservas_Atlântico/ORG")]   // after a qualifier it does not
    [InlineData("Sur la chaîne belge Plug RTL ce soir.", "Plug_RTL/PER", "Plug_RTL/ORG")]
    [InlineData("Le groupe pharmaceutique Sanofi recrute.", "Sanofi/ORG", "Sanofi/ORG")]
    [InlineData("Le groupe pharmaceutique Sanofi recrute.", "groupe_pharmaceutique_Sanofi/ORG", "Sanofi/ORG")]
    public void ANameAfterAnOrganizationNounAndItsQualifiersIsAnOrganization(string text, string mentions, string expected)
    {
        var input = new RefinerInput(text).WithSpecs(mentions);
        Assert.Equal(expected, input.Specs(input.Run(Qualified)));
    }

    private static readonly NounNameTagger Storms = new(EntityLabel.Miscellaneous, FrenchResolutionData.ReadWords("miscellaneous-nouns.txt"), [], wholeDocument: true);

    [Theory]
    [InlineData("La tempête Léonie a frappé. Léonie a laissé des dégâts.", "Léonie/PER Léonie/PER", "Léonie/MISC Léonie/MISC")]   // the other mention too
    [InlineData("L'opération Barkhane a pris fin.", "", "Barkhane/MISC")]
    [InlineData("La loi Vauquelin a été votée.", "Vauquelin/PER", "Vauquelin/MISC")]                                               // a named law
    [InlineData("Elle a reçu le prix Goncourt en 2020.", "Goncourt/PER", "Goncourt/MISC")]                                      // an award
    [InlineData("Léonie Martin a vu la tempête Léonie.", "Léonie_Martin/PER Léonie/PER", "Léonie_Martin/PER Léonie/MISC")]          // another name stays
    [InlineData("Léonie a vu la tempête.", "Léonie/PER", "Léonie/PER")]                                                                 // no name after the noun
    public void ANameAfterAMiscellaneousNounIsMiscellaneousInTheWholeDocument(string text, string mentions, string expected)
    {
        var input = new RefinerInput(text).WithSpecs(mentions);
        Assert.Equal(expected, input.Specs(input.Run(Storms)));
    }

    private static readonly NounNameTagger Ships = new(EntityLabel.Miscellaneous, FrenchResolutionData.ReadWords("ship-nouns.txt"), [], wholeDocument: false);

    [Theory]
    [InlineData("Le paquebot Normandie part. La Normandie pleure.", "Normandie/LOC Normandie/LOC", "Normandie/MISC Normandie/LOC")]   // only the ship
    [InlineData("Le vapeur Ville-de-Tunis est à quai.", "Ville-de-Tunis/LOC", "Ville-de-Tunis/MISC")]
    [InlineData("Le croiseur Suchet appareille.", "Suchet/PER", "Suchet/MISC")]
    [InlineData("Le navire de Marseille appareille.", "Marseille/LOC", "Marseille/LOC")]                                             // not a name right after
    public void ANameAfterAShipNounIsTheShip(string text, string mentions, string expected)
    {
        var input = new RefinerInput(text).WithSpecs(mentions);
        Assert.Equal(expected, input.Specs(input.Run(Ships)));
    }

    private static readonly NounNameTagger FileQualified = new(FrenchResolutionData.ReadWords("organization-nouns.txt"), FrenchResolutionData.ReadWords("organization-qualifiers.txt"));

    [Theory]
    [InlineData("Dont l'enseigne familiale Électro Kerjean, à Lorient.", "Électro_Kerjean/PER", "Électro_Kerjean/ORG")]   // a feminine qualifier
    [InlineData("Le groupe familial Roussel recrute.", "Roussel/PER", "Roussel/ORG")]
    [InlineData("La coopérative laitière régionale Sodiaal collecte.", "", "")]                                            // one qualifier only
    public void TheQualifiersOfTheFileHaveBothGenders(string text, string mentions, string expected)
    {
        var input = new RefinerInput(text).WithSpecs(mentions);
        Assert.Equal(expected, input.Specs(input.Run(FileQualified)));
    }

    private static readonly NounNameTagger Firms = new(EntityLabel.Organization, FrenchResolutionData.ReadWords("organization-nouns.txt"), [], wholeDocument: true);

    [Theory]
    [InlineData("Les coursiers de la plateforme Koursier manifestent. Koursier refuse. À Koursier, rien.", "Koursier/LOC Koursier/PER Koursier/LOC", "Koursier/ORG Koursier/ORG Koursier/ORG")]
    [InlineData("La plateforme Koursier recrute. Paul Koursier sourit.", "Koursier/LOC Paul_Koursier/PER", "Koursier/ORG Paul_Koursier/PER")]   // another name stays
    [InlineData("La marque Vichy ouvre un centre à Vichy, dans l'Allier.", "Vichy/LOC Vichy/LOC Allier/LOC", "Vichy/ORG Vichy/LOC Allier/LOC")]   // a place set in its département
    [InlineData("La marque Vichy ouvre un centre à Vichy (Allier).", "Vichy/LOC Vichy/LOC Allier/LOC", "Vichy/ORG Vichy/LOC Allier/LOC")]
    [InlineData("La marque Vichy ouvre un centre à Vichy, Allier.", "Vichy/LOC Vichy/LOC Allier/LOC", "Vichy/ORG Vichy/ORG Allier/LOC")]          // a bare comma tells nothing
    public void ANameAfterAnOrganizationNounIsThatOrganizationInTheWholeDocument(string text, string mentions, string expected)
    {
        var input = new RefinerInput(text).WithSpecs(mentions);
        Assert.Equal(expected, input.Specs(input.Run(Firms)));
    }
}
