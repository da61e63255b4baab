using Entities.French.Resolution;
using Entities.Mentions;

namespace Entities.Tests.Mentions;

public sealed class TableLabelRelabelerTests
{
    private static readonly TableLabelRelabeler Relabeler = new(TestTables.Institutions);

    [Theory]
    [InlineData("Selon l'Insee, le chômage recule.", "Insee", "LOC", "Insee/ORG")]
    [InlineData("Selon l'INSEE, le chômage recule.", "INSEE", "LOC", "INSEE/ORG")]
    [InlineData("Il a quitté Matignon hier.", "Matignon", "PER", "Matignon/ORG")]
    [InlineData("Le Conseil d’État a tranché.", "Conseil d’État", "LOC", "Conseil d’État/ORG")]
    [InlineData("Emmanuel Macron a parlé.", "Emmanuel Macron", "ORG", "Emmanuel Macron/PER")]
    [InlineData("Sommet de l’Otan à Vilnius.", "Otan", "LOC", "Otan/ORG")]
    [InlineData("Les rédactions de Franceinfo votent.", "Franceinfo", "LOC", "Franceinfo/ORG")]   // a lower-case brand, capitalized
    [InlineData("L’Onu s’alarme.", "Onu", "LOC", "Onu/ORG")]
    [InlineData("Selon Macron, rien ne presse.", "Macron", "LOC", "Macron/PER")]
    public void TakesTheTablesOrganizationOrPersonLabel(string text, string surface, string label, string expected)
    {
        var input = new RefinerInput(text).With(surface, Parse(label));
        Assert.Equal([expected], input.Render(input.Run(Relabeler)));
    }

    [Theory]
    [InlineData("Elle court la Route du Rhum.", "Route du Rhum", "LOC", "Route du Rhum/MISC")]        // an event of the French table
    [InlineData("Le film passe à la Mostra de Venise.", "Mostra de Venise", "ORG", "Mostra de Venise/MISC")]
    [InlineData("Il a remporté Liège-Bastogne-Liège.", "Liège-Bastogne-Liège", "LOC", "Liège-Bastogne-Liège/MISC")]
    public void TakesTheFrenchTablesEventLabel(string text, string surface, string label, string expected)
    {
        var input = new RefinerInput(text).With(surface, Parse(label));
        Assert.Equal([expected], input.Render(input.Run(new TableLabelRelabeler(FrenchAliasTable.Default))));
    }

    [Theory]
    [InlineData("Le directeur de la Caisse des depots parle.", "Caisse des depots", "PER", "Caisse des depots/ORG")] // typed without accents
    [InlineData("Le directeur de la Caisse des Dépôts parle.", "Caisse des Dépôts", "PER", "Caisse des Dépôts/ORG")] // capitalized where the table writes dépôts
    [InlineData("Le patron d'Electricite de France parle.", "Electricite de France", "LOC", "Electricite de France/ORG")]
    [InlineData("La Cour des Comptes a tranché.", "Cour des Comptes", "LOC", "Cour des Comptes/ORG")]
    [InlineData("La séance de l'Assemblee nationale reprend.", "Assemblee nationale", "LOC", "Assemblee nationale/ORG")]
    [InlineData("La Federation francaise de football sanctionne.", "Federation francaise de football", "MISC", "Federation francaise de football/ORG")]
    public void TakesTheLabelOfANameSpelledOtherwise(string text, string surface, string label, string expected)
    {
        var input = new RefinerInput(text).With(surface, Parse(label));
        Assert.Equal([expected], input.Render(input.Run(new TableLabelRelabeler(FrenchAliasTable.Default))));
    }

    [Theory]
    [InlineData("Le Conseil d'état a tranché.", "Conseil d'état", "LOC")] // a word of three letters keeps its case
    [InlineData("La cour des comptes a tranché.", "cour des comptes", "LOC")] // the first word keeps its case
    [InlineData("La COUR DES COMPTES a tranché.", "COUR DES COMPTES", "LOC")] // capitals are another rule
    public void LeavesOtherSpellingsAlone(string text, string surface, string label)
    {
        var input = new RefinerInput(text).With(surface, Parse(label));
        Assert.Same(input.Mentions, input.Run(Relabeler));
    }

    [Theory]
    [InlineData("Paris a répondu sèchement.", "Paris", "ORG")] // never towards LOC: a capital acting as a government
    [InlineData("La France a voté contre.", "France", "ORG")]
    [InlineData("Le siège de Georgia est loin.", "Georgia", "PER")] // the table gives the name two labels
    [InlineData("Selon l'insee, rien.", "insee", "LOC")] // not spelled as the table spells it
    [InlineData("Selon l'Insee Lyon, rien.", "Insee Lyon", "LOC")] // the mention is more than the name
    [InlineData("Il a quitté Matignon hier.", "Matignon", "ORG")] // already right
    [InlineData("Il a vu Dupont hier.", "Dupont", "LOC")] // unknown
    public void LeavesOtherMentionsAlone(string text, string surface, string label)
    {
        var input = new RefinerInput(text).With(surface, Parse(label));
        Assert.Same(input.Mentions, input.Run(Relabeler));
    }

    [Fact]
    public void RelabelsWithTheFrenchTable()
    {
        var input = new RefinerInput("Il a quitté la Banque de France hier.").With("Banque de France", EntityLabel.Person);
        Assert.Equal(["Banque de France/ORG"], input.Render(input.Run(new TableLabelRelabeler(FrenchAliasTable.Default))));
    }

    private static EntityLabel Parse(string code) => EntityLabels.TryParse(code, out var label) ? label : throw new ArgumentException(code);
}
