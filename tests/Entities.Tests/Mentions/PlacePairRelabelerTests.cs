using Entities.French.Data;
using Entities.Mentions;

namespace Entities.Tests.Mentions;

public sealed class PlacePairRelabelerTests
{
    private static readonly PlacePairRelabeler Relabeler = new(FrenchDataFiles.ReadEntries("place-route-nouns.txt"));

    [Theory]
    [InlineData("L'ÉTAPE BAYONNE-LUCHON", "BAYONNE", EntityLabel.Location, "LUCHON", EntityLabel.Person, new[] { "BAYONNE/LOC", "LUCHON/LOC" })]
    [InlineData("la ligne Aurillac-Brive", "Aurillac", EntityLabel.Person, "Brive", EntityLabel.Location, new[] { "Aurillac/LOC", "Brive/LOC" })]
    [InlineData("la route côtière Dieppe-Fécamp", "Dieppe", EntityLabel.Location, "Fécamp", EntityLabel.Person, new[] { "Dieppe/LOC", "Fécamp/LOC" })]   // an adjective between
    [InlineData("la ligne Aurillac-Brive", "Aurillac", EntityLabel.Organization, "Brive", EntityLabel.Location, new[] { "Aurillac/ORG", "Brive/LOC" })]  // an organization stays
    [InlineData("le duel Hamilton-Verstappen", "Hamilton", EntityLabel.Location, "Verstappen", EntityLabel.Person, new[] { "Hamilton/LOC", "Verstappen/PER" })] // no route noun
    [InlineData("la ligne Aurillac-Brive", "Aurillac", EntityLabel.Location, "Brive", EntityLabel.Location, new[] { "Aurillac/LOC", "Brive/LOC" })]
    [InlineData("le duo Dupont-Durand", "Dupont", EntityLabel.Person, "Durand", EntityLabel.Person, new[] { "Dupont/PER", "Durand/PER" })]    // no place side
    [InlineData("la ligne Paris - Lyon", "Paris", EntityLabel.Location, "Lyon", EntityLabel.Person, new[] { "Paris/LOC", "Lyon/PER" })]      // spaced dash: not one word cut
    public void BothSidesOfAHyphenatedPairArePlaces(string text, string left, EntityLabel leftLabel, string right, EntityLabel rightLabel, string[] expected)
    {
        var input = new RefinerInput(text).With(left, leftLabel).With(right, rightLabel);
        Assert.Equal(expected, input.Render(input.Run(Relabeler)));
    }

    /// <summary>The tokenizer reads route nouns only after a pair noun: every route noun must be a pair noun too.</summary>
    [Fact]
    public void EveryRouteNounIsAPairNoun()
    {
        var pairNouns = FrenchDataFiles.ReadEntries("place-pair-nouns.txt").ToHashSet(StringComparer.OrdinalIgnoreCase);
        var routeNouns = FrenchDataFiles.ReadEntries("place-route-nouns.txt").ToList();
        Assert.NotEmpty(routeNouns);
        Assert.All(routeNouns, noun => Assert.Contains(noun, pairNouns));
    }
}
