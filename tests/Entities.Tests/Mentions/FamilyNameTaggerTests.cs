using Entities.Mentions;

namespace Entities.Tests.Mentions;

/// <summary>A family named by the plural article and a surname.</summary>
public sealed class FamilyNameTaggerTests
{
    private static readonly HashSet<string> KnownNames = ["Vingt-Sept", "Français", "Landes", "Républicains", "Lorrain"];
    private static readonly FamilyNameTagger Tagger = new(KnownNames.Contains);

    [Theory]
    [InlineData("Il connaissait les Lhuillier depuis trente ans.", "Lhuillier/PER")]
    [InlineData("Le chevalier dîne chez les Fayolle ce soir.", "Fayolle/PER")]
    [InlineData("Il écrit aux Thénardier et les Thénardier répondent.", "Thénardier/PER")]   // only after les
    public void TagsAFamily(string text, string expected)
    {
        var input = new RefinerInput(text);
        Assert.Equal(expected, input.Specs(input.Run(Tagger)));
    }

    [Theory]
    [InlineData("Les Lhuillier sont partis.")]                          // first in the sentence: Les proves nothing
    [InlineData("Il soutient les Verts et les Bleus.")]                 // a plural mark: a party, a team
    [InlineData("Les ministres et les Vingt-Sept décident.")]           // a known name (here, of the caller)
    [InlineData("Il vit dans les Landes depuis mai.")]
    [InlineData("Il a visité les Chantiers Navals hier.")]              // a longer name
    [InlineData("Il a rencontré les Lorrain hier.")]                    // a nationality word
    [InlineData("Il a vu les lhuillier hier.")]                         // not capitalized
    public void AddsNothingElsewhere(string text)
    {
        var input = new RefinerInput(text);
        Assert.Empty(input.Run(Tagger));
    }

    [Fact]
    public void LeavesTheTaggersMentionsAlone()
    {
        var input = new RefinerInput("Il connaissait les Lhuillier depuis trente ans.").With("Lhuillier", EntityLabel.Location);
        Assert.Same(input.Mentions, input.Run(Tagger));
    }

    [Theory]
    [InlineData("Au Conseil, où les Vingt-Sept devront s'entendre, rien ne bouge.", "")]  // number words: a group of members
    [InlineData("Il connaissait les Lhuillier depuis trente ans.", "Lhuillier/PER")]
    public void TheFrenchRuleLayerReadsFamilies(string text, string expected)
    {
        var input = new RefinerInput(text);
        var found = input.Render(input.Run(Entities.French.Mentions.FrenchMentionRefiner.Default)).Where(m => m.EndsWith("/PER", StringComparison.Ordinal));
        Assert.Equal(expected, string.Join(" ", found));
    }
}
