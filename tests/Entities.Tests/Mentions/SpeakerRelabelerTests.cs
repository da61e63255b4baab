using Entities.French.Data;
using Entities.French.Resolution;
using Entities.Mentions;

namespace Entities.Tests.Mentions;

public sealed class SpeakerRelabelerTests
{
    private static readonly HashSet<string> Known = ["Moscou", "Libération", "Genève"];

    private static readonly SpeakerRelabeler Relabeler = new(
        FrenchResolutionData.ReadWords("speaker-verbs.txt"), FrenchResolutionData.ReadWords("addressee-verbs.txt"),
        FrenchResolutionData.ReadWords("name-particles.txt"), FrenchWordLists.Honorifics(), Known.Contains, ["le", "la", "rose", "conseil"]);

    [Theory]
    [InlineData("« Nous manquons d'argent », a prévenu Tedros à Genève.", "", EntityLabel.Person, new[] { "Tedros/PER" })]
    [InlineData("« Nous resterons », a insisté Vauquelin, le maire.", "Vauquelin", EntityLabel.Location, new[] { "Vauquelin/PER" })]
    [InlineData("« C'est fini » , estime Okonjo.", "", EntityLabel.Person, new[] { "Okonjo/PER" })]                                        // spaces before the comma
    [InlineData("“It is over”, a déclaré Jean-Baptiste Okonjo hier.", "", EntityLabel.Person, new[] { "Jean-Baptiste Okonjo/PER" })]
    [InlineData("« Rien », a dit Charles de Gaulle.", "", EntityLabel.Person, new[] { "Charles de Gaulle/PER" })]                         // a particle inside
    [InlineData("— Entrez, dit Athos.", "", EntityLabel.Person, new[] { "Athos/PER" })]                                                     // an incise: any comma
    [InlineData("« C'est bon, répondit Porthos.", "Porthos", EntityLabel.Organization, new[] { "Porthos/PER" })]
    [InlineData("C'est bon, répondit Porthos.", "Porthos", EntityLabel.Organization, new[] { "Porthos/ORG" })]                                // no line of dialogue
    [InlineData("« Bien », ajouta Mme Lauter.", "", EntityLabel.Person, new[] { "Lauter/PER" })]                                           // the honorific stays out
    [InlineData("« Non », a prévenu Moscou.", "Moscou", EntityLabel.Location, new[] { "Moscou/LOC" })]                                      // a known place
    [InlineData("« Non », a prévenu Moscou.", "", EntityLabel.Person, new string[0])]
    [InlineData("La croissance, a déclaré Okonjo, reste faible.", "", EntityLabel.Person, new string[0])]                                   // no quotation: a press verb needs one
    [InlineData("« Bien », a déclaré Le Maire.", "", EntityLabel.Person, new string[0])]                                                    // an ordinary first word
    [InlineData("— Précisément, dit Conseil.", "", EntityLabel.Person, new string[0])]
    [InlineData("« Oui », a déclaré Jean Martin.", "Jean Martin", EntityLabel.Person, new[] { "Jean Martin/PER" })]                         // a person stays
    [InlineData("« Non », a dit la ministre.", "", EntityLabel.Person, new string[0])]                                                      // no capital
    [InlineData("« Oui », explique Libération.", "Libération", EntityLabel.Organization, new[] { "Libération/ORG" })]
    [InlineData("Le règlement général, dit Pinel, entre en vigueur.", "", EntityLabel.Person, new string[0])]                             // no dialogue: so-called
    [InlineData("« Le règlement », dit RGPD.", "RGPD", EntityLabel.Organization, new[] { "RGPD/ORG" })]                                       // an acronym
    [InlineData("« Yes », a dit Mr. Smith.", "", EntityLabel.Person, new[] { "Smith/PER" })]                                                 // an honorific with its period
    [InlineData("Vous ici ? dit Athos.", "", EntityLabel.Person, new string[0])]                                                             // no comma
    [InlineData("Vous ici !, dit Athos.", "", EntityLabel.Person, new[] { "Athos/PER" })]
    public void TheSpeakerAfterAQuotationIsAPerson(string text, string tagged, EntityLabel label, string[] expected)
    {
        var input = new RefinerInput(text);
        if (tagged.Length > 0) input.With(tagged, label);
        Assert.Equal(expected, input.Render(input.Run(Relabeler)));
    }

    [Fact]
    public void TheVerbListsAreLowerCaseAndLeaveOutWhatCompaniesSay()
    {
        var verbs = FrenchResolutionData.ReadWords("speaker-verbs.txt");
        Assert.True(verbs.Count >= 60);
        Assert.All(verbs, verb => Assert.Equal(verb.ToLowerInvariant(), verb));
        Assert.DoesNotContain("a annoncé", verbs);
        Assert.DoesNotContain("a indiqué", verbs);
        Assert.Equal(verbs.Count, verbs.Distinct(StringComparer.Ordinal).Count());
    }
}
