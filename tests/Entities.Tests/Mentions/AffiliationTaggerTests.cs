using Entities.Mentions;

namespace Entities.Tests.Mentions;

public sealed class AffiliationTaggerTests
{
    private static readonly HashSet<string> Organizations = ["Renaissance", "Horizons", "LR", "CFDT"];

    private static readonly AffiliationTagger Tagger = new(Organizations.Contains);

    [Theory]
    [InlineData("Hélène Morvan (Renaissance) a dénoncé la hausse.", new string[0], new[] { "Hélène Morvan/PER", "Renaissance/ORG" })]
    [InlineData("Marc Dupont (LR, Savoie) a voté contre.", new[] { "Savoie/LOC" }, new[] { "Marc Dupont/PER", "LR/ORG", "Savoie/LOC" })]   // the part before the comma
    [InlineData("Paul Girard(Horizons) a voté.", new string[0], new[] { "Paul Girard/PER", "Horizons/ORG" })]                               // no space
    [InlineData("Lucie Caron (CFDT) signe.", new[] { "CFDT/LOC" }, new[] { "Lucie Caron/PER", "CFDT/ORG" })]                                // relabeled
    [InlineData("Jean Martin (Paris) a voté.", new[] { "Paris/LOC" }, new[] { "Jean Martin/PER", "Paris/LOC" })]                           // no organization
    [InlineData("Hélène Morvan (Renaissance ou pas) rit.", new string[0], new[] { "Hélène Morvan/PER" })]                                   // more than a name
    [InlineData("Le parti (Renaissance) a voté.", new string[0], new string[0])]                                                             // after no person
    [InlineData("Hélène Morvan, Renaissance, a voté.", new string[0], new[] { "Hélène Morvan/PER" })]                                        // no parenthesis
    [InlineData("Hélène Morvan (Renaissance a voté.", new string[0], new[] { "Hélène Morvan/PER" })]                                         // never closed
    public void TheOrganizationInParenthesesAfterAPersonIsTagged(string text, string[] others, string[] expected)
    {
        var input = new RefinerInput(text);
        if (text.Contains("Morvan", StringComparison.Ordinal)) input.With("Hélène Morvan", EntityLabel.Person);
        foreach (string person in new[] { "Marc Dupont", "Paul Girard", "Lucie Caron", "Jean Martin" })
            if (text.Contains(person, StringComparison.Ordinal)) input.With(person, EntityLabel.Person);
        foreach (string spec in others)
        {
            var parts = spec.Split('/');
            input.With(parts[0], parts[1] == "LOC" ? EntityLabel.Location : EntityLabel.Organization);
        }

        Assert.Equal(expected, input.Render(input.Run(Tagger)));
    }
}
