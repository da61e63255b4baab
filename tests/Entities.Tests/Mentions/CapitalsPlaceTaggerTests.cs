using Entities.Mentions;

namespace Entities.Tests.Mentions;

public sealed class CapitalsPlaceTaggerTests
{
    private static readonly CapitalsPlaceTagger Tagger = new(
        ["Russie", "Suisse", "Lausanne", "Tours", "Tel-Aviv", "Brèves", "Antoine", "Nouvelle-Calédonie"],
        ["tours", "brèves", "chambres", "fédérales"],
        name => name == "Antoine");

    [Theory]
    [InlineData("RUSSIE. PETERSBOURG, 3 août. La flotte est partie.", "", "RUSSIE/LOC")]
    [InlineData("SUISSE Chambres fédérales. Le Conseil a siégé.", "", "SUISSE/LOC")]
    [InlineData("TEL-AVIV, 25 (Reuter). Calme.", "", "TEL-AVIV/LOC")]
    [InlineData("NOUVELLE-CALEDONIE. Le gouverneur est arrivé.", "", "NOUVELLE-CALEDONIE/LOC")]   // accents folded
    [InlineData("LES TOURS DE LA CATHÉDRALE", "", "")]                                              // an ordinary word
    [InlineData("NOUVELLES BREVES du jour", "", "")]                                                 // an ordinary word, accent lost
    [InlineData("ANTOINE, 8 h 45, Amis comme avant.", "", "")]                                       // a given name
    [InlineData("Russie et Suisse ont signé.", "", "")]                                              // not in capitals
    [InlineData("LAUSANNE On nous prie d'annoncer.", "LAUSANNE/ORG", "LAUSANNE/ORG")]               // a mention already there
    public void PlacesInCapitalsAreFound(string text, string specs, string expected)
    {
        var input = new RefinerInput(text).WithSpecs(specs);
        Assert.Equal(expected, input.Specs(input.Run(Tagger)));
    }

    private static readonly CapitalsPlaceTagger Datelines = new(
        ["Russie", "Haye"],
        ["Plouguerneau", "Audincourt", "Châteaulin", "Saint-Jean-de-Maurienne", "Pont", "Onnaing", "La Rochelle", "La Haye"],
        ["pont"],
        name => name == "Antoine");

    [Theory]
    [InlineData("PLOUGUERNEAU – Le ton monte entre les élus.", "", "PLOUGUERNEAU/LOC")]                     // a commune in a dateline
    [InlineData("AUDINCOURT (Doubs) – Les salariés ont voté.", "Doubs/LOC", "AUDINCOURT/LOC Doubs/LOC")]
    [InlineData("SAINT-JEAN-DE-MAURIENNE — Le tunnelier avance.", "", "SAINT-JEAN-DE-MAURIENNE/LOC")]
    [InlineData("CHÂTEAULIN\n\nAu lycée, les élèves répètent.", "CHÂTEAULIN/PER", "CHÂTEAULIN/LOC")]   // a line of its own; the person it was read as
    [InlineData("Les élus de PLOUGUERNEAU ont voté.", "", "")]                                             // not first on its line
    [InlineData("PLOUGUERNEAU vote le budget.", "", "")]                                                   // no dash nor line end after it
    [InlineData("PONT – Le pont est fermé.", "", "")]                                                       // an ordinary word
    [InlineData("RUSSIE – La flotte part.", "RUSSIE/ORG", "RUSSIE/ORG")]                                  // an organization stays
    [InlineData("ONNAING : TOYOTA VA RECRUTER", "", "ONNAING/LOC")]                                          // a colon
    [InlineData("LA HAYE, 2 octobre (AFP) – Les juges ont tranché.", "AFP/ORG", "LA_HAYE/LOC AFP/ORG")]       // a comma; an article and a word
    [InlineData("LA ROCHELLE – Le port ferme.", "ROCHELLE/LOC", "LA_ROCHELLE/LOC")]                           // the word after the article read alone
    [InlineData("LA ROCHELLE EST BELLE", "", "")]                                                           // no dateline's end after it
    [InlineData("LA HAYE – Les juges ont tranché.", "", "LA_HAYE/LOC")]                                     // the word after the article a place too: the longer name
    public void CommunesAreFoundInDatelines(string text, string specs, string expected)
    {
        var input = new RefinerInput(text).WithSpecs(specs);
        Assert.Equal(expected, input.Specs(input.Run(Datelines)));
    }
}
