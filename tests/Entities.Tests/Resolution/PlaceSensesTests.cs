using Entities.French.Resolution;
using Entities.Knowledge;
using Entities.Resolution;

namespace Entities.Tests.Resolution;

/// <summary>A place name two places share is keyed apart when a cue of the less usual one stands near it (place-senses.tsv).</summary>
public sealed class PlaceSensesTests
{
    [Theory]
    [InlineData("Le meeting s'est tenu à Atlanta, en Géorgie, devant dix mille personnes.", "Géorgie", "état américain")]
    [InlineData("Le gouverneur de Géorgie a signé la loi électorale.", "Géorgie", "état américain")]
    [InlineData("Le FC Valence a battu le Real au stade de Mestalla.", "Valence", "Espagne")]
    [InlineData("Des heurts ont éclaté à Tripoli, dans le nord du Liban.", "Tripoli", "Liban")]
    [InlineData("Le cyclone a frôlé Saint-Denis, le chef-lieu de La Réunion.", "Saint-Denis", "La Réunion")]
    [InlineData("Le film Paris, Texas ressort en salles.", "Paris", "Texas")]
    [InlineData("En Géorgie, des milliers de manifestants ont défilé à Tbilissi.", "Géorgie", null)]          // the country
    [InlineData("Le soutien américain à la Géorgie inquiète Moscou.", "Géorgie", null)]                      // américain is no cue
    [InlineData("Valence accueille le salon de l'agriculture de la Drôme.", "Valence", null)]
    [InlineData("Des heurts ont éclaté à Tripoli, la capitale libyenne.", "Tripoli", null)]
    [InlineData("Le Texas a voté. Paris observe.", "Paris", null)]                                          // the phrase, not the state alone
    [InlineData("Le festival de jazz de Vienne, en Isère, a refusé du monde.", "Vienne", "Isère")]
    [InlineData("Le préfet a visité Châtellerault puis le nord de la Vienne.", "Vienne", "département")]
    [InlineData("Le chancelier autrichien a reçu ses homologues à Vienne.", "Vienne", null)]              // the capital
    [InlineData("Le village de Montréal, près de Carcassonne, restaure sa collégiale.", "Montréal", "Aude")]
    [InlineData("Le métro de Montréal sera gratuit pour les jeunes Québécois.", "Montréal", null)]
    [InlineData("Un tribunal de Brest, en Biélorussie, a condamné un opposant.", "Brest", "Biélorussie")]
    [InlineData("Le port de Brest accueille les grands voiliers.", "Brest", null)]
    public void APlaceNameIsKeyedApartOnlyNearACueOfTheOtherPlace(string text, string name, string? sense)
    {
        var entity = Assert.Single(FrenchResolve.Run(text, "LOC:" + name), e => e.CanonicalName == name || e.MentionIndices.Contains(0));
        Assert.Equal(EntityLabel.Location, entity.Label);
        string apart = MatchKeys.Full + TextFolding.Fold(name + " " + (sense ?? string.Empty)).Trim();
        if (sense is null) Assert.DoesNotContain(entity.Keys, key => key.StartsWith(MatchKeys.Full + TextFolding.Fold(name) + " ", StringComparison.Ordinal));
        else
        {
            Assert.Contains(apart, entity.Keys);
            Assert.DoesNotContain(entity.Keys, key => key.StartsWith(MatchKeys.Table, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void TheTableIsReadAndEveryNameIsAPlaceTheTablesOrGazetteersKnow()
    {
        var senses = FrenchResolutionData.Read("place-senses.tsv", PlaceSenses.Parse);
        Assert.True(senses.Names.Count() >= 10);
        var table = FrenchAliasTable.Default;
        var gazetteers = Entities.French.Ner.FrenchModel.LoadDefault().Model.Features.Gazetteers;
        Assert.All(senses.Names, name => Assert.True(
            table.GetEntries(name).Any(e => e.Label == EntityLabel.Location) || gazetteers.Any(g => g.Contains(name)),
            $"{name} is no known place"));
    }

    [Theory]
    [InlineData("Géorgie\tétat américain\n")]                  // no cues column
    [InlineData("Géorgie\t\tAtlanta\n")]                      // no qualifier
    [InlineData("Géorgie\tétat américain\t|\n")]              // no cue
    public void AMalformedLineIsReportedWithItsFileAndLine(string content)
    {
        var error = Assert.Throws<FormatException>(() => PlaceSenses.Parse(new StringReader("# comment\nname\tqualifier\tcues\n" + content), "senses.tsv"));
        Assert.StartsWith("senses.tsv:3:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheArgumentsAreChecked()
    {
        Assert.Throws<ArgumentNullException>(() => new PlaceSenses(null!));
        Assert.Throws<ArgumentException>(() => new PlaceSenses([("Géorgie", "état", [])]));
        Assert.Throws<ArgumentException>(() => new PlaceSenses([("", "état", ["Atlanta"])]));
        Assert.Throws<ArgumentException>(() => new PlaceSenses([("Géorgie", "état", [new string('a', 61)])]));
    }

    /// <summary>The cue search reads a bounded window: a cue far away does not count.</summary>
    [Fact]
    public void ACueBeyondTheWindowDoesNotCount()
    {
        var senses = new PlaceSenses([("Géorgie", "état américain", ["Atlanta"])]);
        string far = "Atlanta. " + new string('x', PlaceSenses.Window) + " Géorgie";
        int start = far.LastIndexOf("Géorgie", StringComparison.Ordinal);
        Assert.Null(senses.SenseOf("Géorgie", far, start, start + 7));
        string near = "Atlanta, Géorgie";
        Assert.Equal("état américain", senses.SenseOf("Géorgie", near, 9, 16));
    }
}
