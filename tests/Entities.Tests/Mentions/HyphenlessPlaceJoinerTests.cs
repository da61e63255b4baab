using Entities.French.Resolution;
using Entities.Mentions;

namespace Entities.Tests.Mentions;

public sealed class HyphenlessPlaceJoinerTests
{
    private static readonly HashSet<string> Places = ["Aix-en-Provence", "Boulogne-sur-Mer", "L'Isle-sur-la-Sorgue", "Saint-Rémy-de-Provence", "Provence"];

    private static readonly HyphenlessPlaceJoiner Joiner = new(FrenchResolutionData.ReadWords("place-name-links.txt"), Places.Contains);

    [Theory]
    [InlineData("Les hôtels d'Aix en Provence sont pleins.", new[] { "Aix/LOC", "Provence/LOC" }, new[] { "Aix en Provence/LOC" })]
    [InlineData("Les hôtels d'Aix en Provence sont pleins.", new[] { "Aix/LOC" }, new[] { "Aix en Provence/LOC" })]                       // the second part untagged
    [InlineData("Le port de Boulogne sur Mer attend.", new[] { "Boulogne/LOC" }, new[] { "Boulogne sur Mer/LOC" })]
    [InlineData("Le marché de L'Isle sur la Sorgue ouvre.", new[] { "L'Isle/LOC", "Sorgue/LOC" }, new[] { "L'Isle sur la Sorgue/LOC" })]   // two link words
    [InlineData("Le festival de Saint Rémy de Provence ouvre.", new[] { "Saint Rémy/LOC", "Provence/LOC" }, new[] { "Saint Rémy de Provence/LOC" })]
    [InlineData("Il part de Paris en Provence demain.", new[] { "Paris/LOC", "Provence/LOC" }, new[] { "Paris/LOC", "Provence/LOC" })]     // no such place
    [InlineData("Les hôtels d'Aix en Provence sont pleins.", new[] { "Aix/ORG", "Provence/LOC" }, new[] { "Aix/ORG", "Provence/LOC" })]    // a place only
    [InlineData("Les hôtels d'Aix en  Provence sont pleins.", new[] { "Aix/LOC", "Provence/LOC" }, new[] { "Aix/LOC", "Provence/LOC" })]  // one space each
    [InlineData("Les hôtels d'Aix en Provence-Alpes sont pleins.", new[] { "Aix/LOC", "Provence-Alpes/LOC" }, new[] { "Aix/LOC", "Provence-Alpes/LOC" })] // a mention running past
    [InlineData("Aix en provence, dit-il.", new[] { "Aix/LOC" }, new[] { "Aix/LOC" })]                                                       // no capital
    public void JoinsAPlaceWrittenWithoutItsHyphens(string text, string[] tagged, string[] expected)
    {
        var input = new RefinerInput(text);
        foreach (string spec in tagged)
        {
            var parts = spec.Split('/');
            input.With(parts[0], parts[1] switch { "LOC" => EntityLabel.Location, "ORG" => EntityLabel.Organization, _ => EntityLabel.Person });
        }

        Assert.Equal(expected, input.Render(input.Run(Joiner)));
    }

    private static readonly HyphenlessPlaceJoiner Spaced = new(
        [], new HashSet<string> { "Clermont-Ferrand", "Pierre-Bénite", "Saint-Louis", "Charleville-Mézières", "Vitry" }.Contains, new HashSet<string> { "Pierre" }.Contains);

    [Theory]
    [InlineData("Ils ont perdu à Clermont Ferrand samedi.", "Clermont Ferrand", EntityLabel.Person, "Clermont Ferrand/LOC")]
    [InlineData("Le club de Charleville Mézières recrute.", "Charleville Mézières", EntityLabel.Organization, "Charleville Mézières/LOC")]
    [InlineData("Il a vu Pierre Bénite hier.", "Pierre Bénite", EntityLabel.Person, "Pierre Bénite/PER")]            // a given name first
    [InlineData("Le roi Saint Louis rend la justice.", "Saint Louis", EntityLabel.Person, "Saint Louis/PER")]        // a saint's name
    [InlineData("Il a vu Clermont  Ferrand hier.", "Clermont  Ferrand", EntityLabel.Person, "Clermont  Ferrand/PER")] // one space each
    [InlineData("Il a vu Paul Vitry hier.", "Paul Vitry", EntityLabel.Person, "Paul Vitry/PER")]                     // no such place
    public void ReadsANameOfAPlaceWrittenWithoutItsHyphensAsThatPlace(string text, string surface, EntityLabel label, string expected)
    {
        var input = new RefinerInput(text).With(surface, label);
        Assert.Equal([expected], input.Render(input.Run(Spaced)));
    }

    [Fact]
    public void TheLinkWordsAreLowerCaseFunctionWords()
    {
        var links = FrenchResolutionData.ReadWords("place-name-links.txt");
        Assert.Contains("en", links);
        Assert.Contains("sur", links);
        Assert.All(links, word => Assert.Equal(word.ToLowerInvariant(), word));
        Assert.DoesNotContain("et", links);
    }

    [Fact]
    public void TheArgumentsAreChecked()
    {
        Assert.Throws<ArgumentNullException>(() => new HyphenlessPlaceJoiner(null!, _ => true));
        Assert.Throws<ArgumentNullException>(() => new HyphenlessPlaceJoiner([], null!));
        Assert.Throws<ArgumentNullException>(() => new HyphenlessPlaceJoiner([], _ => true, null!));
    }
}
