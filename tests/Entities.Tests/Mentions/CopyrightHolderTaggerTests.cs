using Entities.Mentions;

namespace Entities.Tests.Mentions;

public sealed class CopyrightHolderTaggerTests
{
    [Theory]
    [InlineData("© Le Fanal des Côtes 2025 – Mentions légales", "", "", "Le Fanal des Côtes/ORG")]                          // then a year
    [InlineData("© 2025 Rivage Info. Tous droits réservés.", "", "", "Rivage Info/ORG")]                                  // a year first, then a period
    [InlineData("© Pixel & Code 2024", "", "", "Pixel & Code/ORG")]                                                      // an ampersand
    [InlineData("© Le Courrier vellave · Impressum", "", "", "Le Courrier vellave/ORG")]                                   // a lower-case word inside
    [InlineData("Copyright L'Écho du Lac", "", "", "L'Écho du Lac/ORG")]                                                 // the line's end
    [InlineData("© Rivage Info 2025", "Rivage", "LOC", "Rivage Info/ORG")]                                               // a piece inside replaced
    [InlineData("© Jean Dupont", "Jean Dupont", "PER", "Jean Dupont/PER")]                                               // a photographer stays a person
    [InlineData("© 2025 Tous droits réservés", "", "", "")]                                                             // a rights notice
    [InlineData("© 2025 All rights reserved.", "", "", "")]
    [InlineData("Le copyright de la chanson expire.", "", "", "")]                                                      // no capital after it
    [InlineData("© Rivage Info vous informe chaque jour.", "", "", "")]                                                 // the sentence goes on
    [InlineData("©\nRivage Info", "", "", "")]                                                                            // another line
    [InlineData("© Un Deux Trois Quatre Cinq Six 2025", "", "", "")]                                                    // too many words
    [InlineData("Rivage Info\nSuivez Rivage Info sur X.\n© Rivage Info 2025", "", "", "Rivage Info/ORG|Rivage Info/ORG|Rivage Info/ORG")] // elsewhere too
    [InlineData("Lisez Rivage Infos.\n© Rivage Info 2025", "", "", "Rivage Info/ORG")]                                   // whole tokens only
    public void ReadsTheHolderAfterACopyrightSign(string text, string surface, string label, string expected)
    {
        var input = new RefinerInput(text);
        if (surface.Length > 0) input = input.With(surface, label == "PER" ? EntityLabel.Person : EntityLabel.Location);
        Assert.Equal(expected.Length == 0 ? [] : expected.Split('|'), input.Render(input.Run(CopyrightHolderTagger.Instance)));
    }
}
