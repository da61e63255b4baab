using Entities.French.Extraction;

namespace Entities.Tests.Extraction;

/// <summary>OCR'd newspapers cut words at line ends (<c>Poin-\ncaré</c>): one mention over the raw text, one entity.</summary>
public sealed class LineEndCutExtractionTests
{
    private static readonly FrenchEntityExtractor Extractor = new();

    [Theory]
    [InlineData("Hier soir, M. Raymond Poin-\ncaré a reçu à l'Élysée les ministres du cabinet. Le président Poincaré a ensuite quitté Paris.", "Raymond Poin-\ncaré", "Poincaré")]
    [InlineData("Hier soir, M. Raymond Poin¬\r\ncaré a reçu à l'Élysée les ministres du cabinet. Le président Poincaré a ensuite quitté Paris.", "Raymond Poin¬\r\ncaré", "Poincaré")]
    [InlineData("Hier soir, M. Raymond Poin¬ caré a reçu à l'Élysée les ministres du cabinet. Le président Poincaré a ensuite quitté Paris.", "Raymond Poin¬ caré", "Poincaré")]
    public void CutNameIsOnePersonMentionLinkedToItsWholeForm(string text, string cut, string whole)
    {
        var result = Extractor.ExtractEntities(text);
        int start = text.IndexOf(cut, StringComparison.Ordinal);
        var broken = Assert.Single(result.Mentions, m => m.Start == start && m.End == start + cut.Length);
        Assert.Equal(cut, broken.Text);
        Assert.Equal(EntityLabel.Person, broken.Label);

        int later = text.IndexOf(whole, start + cut.Length, StringComparison.Ordinal);
        var unbroken = Assert.Single(result.Mentions, m => m.Start <= later && m.End >= later + whole.Length);
        Assert.NotNull(broken.EntityId);
        Assert.Equal(broken.EntityId, unbroken.EntityId);

        var entity = Assert.Single(result.Entities, e => e.Id == broken.EntityId);
        Assert.DoesNotContain('\n', entity.CanonicalName);
        Assert.Equal("Raymond Poincaré", entity.CanonicalName);
    }

    [Fact]
    public void NoMentionEndsInsideACutWord()
    {
        const string text = "La séance de la Cham-\nbre des députés fut agitée ; M. Lau¬\nrent répondit au ministre de Constan-\ntinople.";
        var result = Extractor.ExtractEntities(text);
        foreach (var mention in result.Mentions)
        {
            Assert.Equal(text[mention.Start..mention.End], mention.Text);
            Assert.False(mention.End < text.Length && char.IsLetter(text[mention.End]), $"mention '{mention.Text}' ends inside a word");
            Assert.False(mention.Text.EndsWith('-') || mention.Text.EndsWith('¬'), $"mention '{mention.Text}' ends on a cut");
        }

        Assert.Contains(result.Mentions, m => m.Text == "Lau¬\nrent" && m.Label == EntityLabel.Person);
    }
}
