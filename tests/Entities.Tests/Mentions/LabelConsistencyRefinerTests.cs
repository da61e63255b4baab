using Entities.French.Resolution;
using Entities.Mentions;

namespace Entities.Tests.Mentions;

public sealed class LabelConsistencyRefinerTests
{
    /// <summary>Each mention as surface:LABEL:score, in text order; the expected labels in the same order.</summary>
    [Theory]
    [InlineData("Villefort entra. Villefort salua. Villefort partit.", "PER:0.9 PER:0.8 LOC:0.6", "PER PER PER")]          // 1.7 vs 0.6
    [InlineData("Villefort entra. Villefort salua.", "PER:0.9 LOC:0.6", "PER LOC")]                                            // 0.9 vs 0.6: no one dominates
    [InlineData("Washington parle. Washington vote.", "PER:0.5 LOC:0.5", "PER LOC")]                                           // split evenly
    [InlineData("Orsay ferme. Orsay ouvre. Orsay reste.", "ORG:0.9 ORG:0.9 MISC:0.9", "ORG ORG MISC")]                          // MISC keeps its label
    [InlineData("Lyon gagne. Lyon perd. Lyon joue.", "ORG:0.3 LOC:0.9 LOC:0.9", "LOC LOC LOC")]
    public void TheDominantLabelWins(string text, string mentions, string expected)
    {
        var input = new RefinerInput(text);
        var labels = mentions.Split(' ');
        string word = text.Split(' ')[0];
        int from = 0;
        foreach (string spec in labels)
        {
            var parts = spec.Split(':');
            int start = text.IndexOf(word, from, StringComparison.Ordinal);
            input.Add(new EntityMention(start, start + word.Length, word, (EntityLabels.TryParse(parts[0], out var label) ? label : throw new FormatException(parts[0])), double.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture), null));
            from = start + word.Length;
        }

        var refined = input.Run(LabelConsistencyRefiner.Instance);
        Assert.Equal(expected, string.Join(" ", refined.Select(m => m.Label.ToCode())));
        Assert.Equal(input.Mentions.Select(m => (m.Start, m.End)), refined.Select(m => (m.Start, m.End)));
    }

    /// <summary>A full name votes for its surname: mentions as surface/LABEL/score, the expected labels in order.</summary>
    [Theory]
    [InlineData("Barack Obama parle. À Honolulu, Obama sourit.", "Barack_Obama/PER/0.99 Honolulu/LOC/0.97 Obama/LOC/0.38", "PER LOC PER")]
    [InlineData("George Washington parle. À Washington, il vote.", "George_Washington/PER/0.99 Washington/LOC/0.98", "PER LOC")]        // no dominance
    [InlineData("Anne Lorient parle. Lorient gagne. Lorient perd.", "Anne_Lorient/PER/0.9 Lorient/LOC/0.8 Lorient/LOC/0.7", "PER LOC LOC")] // outvoted
    [InlineData("La maison Dior défile. Christian Dior créa le tailleur.", "Dior/ORG/0.3 Christian_Dior/PER/0.99", "ORG PER")]           // a firm keeps its founder's name
    [InlineData("Dior défile. À Dior, Christian Dior créa.", "Dior/ORG/0.3 Dior/LOC/0.3 Christian_Dior/PER/0.99", "ORG LOC PER")]        // never over an organization
    [InlineData("Barack Obama parle. Obama sourit.", "Barack_Obama/MISC/0.99 Obama/LOC/0.38", "MISC LOC")]                             // only a person votes
    [InlineData("Jean de La Fontaine écrit. La Fontaine coule.", "Jean_de_La_Fontaine/PER/0.99 La_Fontaine/LOC/0.4", "PER LOC")]        // one word only
    public void APersonsFullNameVotesForItsSurname(string text, string mentions, string expected) =>
        Assert.Equal(expected, Labels(LabelConsistencyRefiner.Instance, text, mentions));

    private static readonly LabelConsistencyRefiner KnowsPlaces = new(name => name is "Washington" or "Lorient" or "Honolulu");

    /// <summary>A full name decides for its surname when the surname is no known place.</summary>
    [Theory]
    [InlineData("Lucien Morand entra. Le neveu de ce Morand rougit. Morand salua.", "Lucien_Morand/PER/0.9 Morand/LOC/0.8 Morand/LOC/0.7", "PER PER PER")]
    [InlineData("Anne Lorient parle. Lorient gagne. Lorient perd.", "Anne_Lorient/PER/0.9 Lorient/LOC/0.8 Lorient/LOC/0.7", "PER LOC LOC")] // a known place: a vote only
    [InlineData("George Washington parle. À Washington, il vote.", "George_Washington/PER/0.99 Washington/LOC/0.98", "PER LOC")]
    [InlineData("La maison Morand ouvre. Lucien Morand entra. À Morand, il vote.", "Morand/ORG/0.3 Lucien_Morand/PER/0.9 Morand/LOC/0.5", "ORG PER LOC")] // never over an organization
    [InlineData("Lucien Morand entra. Morand brille.", "Lucien_Morand/MISC/0.9 Morand/LOC/0.5", "MISC LOC")]                               // only a person decides
    [InlineData("Grève à Montpellier. Ubisoft Montpellier recrute.", "Montpellier/LOC/0.99 Ubisoft_Montpellier/PER/0.27", "LOC PER")]      // a doubtful person only votes
    [InlineData("Lucien Morand entra. Morand salua.", "Lucien_Morand/PER/0.5 Morand/LOC/0.9", "PER PER")]                                 // from MinDecidingScore on
    public void APersonsFullNameDecidesForASurnameThatIsNoKnownPlace(string text, string mentions, string expected) =>
        Assert.Equal(expected, Labels(KnowsPlaces, text, mentions));

    private static readonly LabelConsistencyRefiner KnowsTitles = new(name => name is "Tours", ["M.", "Mme", "vicomte"], ["de", "d'"]);

    /// <summary>A one-word person after a title decides for its word when the word is no known place.</summary>
    [Theory]
    [InlineData("Le vicomte de Brézé se leva. Elle tendit la main à Brézé.", "Brézé/PER/0.75 Brézé/LOC/0.95", "PER PER")]
    [InlineData("M. Rochas entra. Elle alla à Rochas.", "Rochas/PER/0.75 Rochas/LOC/0.95", "PER PER")]
    [InlineData("Mme d’Aubrac entra. Elle alla à Aubrac.", "Aubrac/PER/0.75 Aubrac/LOC/0.95", "PER PER")]          // typographic apostrophe
    [InlineData("M. de Tours entra. Elle alla à Tours.", "Tours/PER/0.75 Tours/LOC/0.95", "PER LOC")]               // a known place: a vote only
    [InlineData("M. Rochas entra. Elle alla à Rochas.", "Rochas/PER/0.3 Rochas/LOC/0.95", "LOC LOC")]               // a doubtful person only votes, here outvoted
    [InlineData("Le voisin de Brézé se leva. Elle alla à Brézé.", "Brézé/PER/0.75 Brézé/LOC/0.95", "PER LOC")]      // no title
    [InlineData("M. Rochas entra. Rochas ouvre. Elle alla à Rochas.", "Rochas/PER/0.75 Rochas/ORG/0.5 Rochas/LOC/0.95", "PER ORG LOC")] // never over an organization
    public void APersonAfterATitleDecidesForItsWord(string text, string mentions, string expected) =>
        Assert.Equal(expected, Labels(KnowsTitles, text, mentions));

    private static readonly LabelConsistencyRefiner KnowsContexts =
        new(_ => true, ["M."], ["de", "d'"], ["maire de", "maire d'", "habitants de", "habitants d'", "centre-ville d'"], ["pdg d'"], ["à", "de", "d'", "dans", "l'"]);

    /// <summary>A one-word place right after a place context decides the name's other mentions.</summary>
    [Theory]
    [InlineData("À Orange, le festival ouvre. Le maire d'Orange sourit.", "Orange/ORG/0.51 Orange/LOC/0.65", "LOC LOC")]
    [InlineData("Orange accueille le congrès. Les habitants d’Orange votent.", "Orange/ORG/0.87 Orange/LOC/0.62", "LOC LOC")]            // typographic apostrophe
    [InlineData("Lens ouvre. Le maire de Lens parle. Lens ferme.", "Lens/PER/0.9 Lens/LOC/0.5 Lens/PER/0.9", "LOC LOC LOC")]
    [InlineData("À Orange, le festival ouvre. Le voisin d'Orange sourit.", "Orange/ORG/0.51 Orange/LOC/0.65", "ORG LOC")]               // no context
    [InlineData("Il habite dans Orange. Le maire d’Orange sourit.", "Orange/PER/0.51 Orange/LOC/0.65", "LOC LOC")]                    // a neutral word before
    [InlineData("Le PDG d'Orange parle. Le maire d'Orange sourit.", "Orange/ORG/0.51 Orange/LOC/0.65", "ORG LOC")]                     // an organization context too
    [InlineData("L'opérateur Orange recrute. Le maire d'Orange sourit.", "Orange/ORG/0.51 Orange/LOC/0.65", "ORG LOC")]                // another lower-case word before
    [InlineData("La boutique Orange du centre-ville d'Orange ferme.", "Orange/ORG/0.9 Orange/LOC/0.6", "ORG LOC")]
    [InlineData("Elle travaille chez Orange. Le maire d'Orange sourit.", "Orange/ORG/0.51 Orange/LOC/0.65", "ORG LOC")]
    [InlineData("M. Rochas entra. Le maire de Rochas sourit.", "Rochas/PER/0.75 Rochas/LOC/0.65", "PER LOC")]                          // a title vetoes the context: a vote only
    [InlineData("À Orange, le festival ouvre. Le maire d'Orange sourit.", "Orange/MISC/0.51 Orange/LOC/0.65", "MISC LOC")]              // MISC keeps its label
    public void APlaceContextDecidesAName(string text, string mentions, string expected) =>
        Assert.Equal(expected, Labels(KnowsContexts, text, mentions));

    [Fact]
    public void APlaceTestIsRequired() => Assert.Throws<ArgumentNullException>(() => new LabelConsistencyRefiner(null!));

    /// <summary>The labels the refiner gives to mentions written as surface/LABEL/score (spaces as _), in text order.</summary>
    private static string Labels(LabelConsistencyRefiner refiner, string text, string mentions)
    {
        var input = new RefinerInput(text);
        foreach (string spec in mentions.Split(' ').Select(s => s.Replace('_', ' ')))
        {
            var parts = spec.Split('/');
            int from = input.Mentions.Count == 0 ? 0 : input.Mentions[^1].End;
            int start = text.IndexOf(parts[0], from, StringComparison.Ordinal);
            input.Add(new EntityMention(start, start + parts[0].Length, parts[0], EntityLabels.TryParse(parts[1], out var label) ? label : throw new FormatException(parts[1]),
                double.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture), null));
        }

        return string.Join(" ", input.Run(refiner).Select(m => m.Label.ToCode()));
    }

    [Fact]
    public void ADocumentWithoutConflictIsReturnedAsIs()
    {
        var input = new RefinerInput("Paris et Lyon.").With("Paris", EntityLabel.Location).With("Lyon", EntityLabel.Location);
        Assert.Same(input.Mentions, input.Run(LabelConsistencyRefiner.Instance));
    }

    [Fact]
    public void TheFrenchNeutralWordsAreLowerCaseSingleWordsWithStraightApostrophes()
    {
        var words = FrenchResolutionData.ReadWords("place-vote-words.txt").ToList();
        Assert.Contains("d'", words);
        Assert.Equal(words.Count, words.Distinct(StringComparer.Ordinal).Count());
        Assert.All(words, word =>
        {
            Assert.Equal(word.ToLowerInvariant(), word);
            Assert.DoesNotContain(' ', word);
            Assert.DoesNotContain('’', word);
            Assert.InRange(word.Length, 1, 16);
        });
    }
}
