using Entities.Knowledge;
using Entities.Resolution;

namespace Entities.Tests.Resolution;

public sealed class AcronymTests
{
    [Fact]
    public void DefinitionLongFormThenAcronymJoins()
    {
        const string text = "Le Bureau central des enquêtes maritimes (BCEM) a publié un rapport. Le BCEM le présentera lundi.";
        var entities = FrenchResolve.Run(text, "ORG:Bureau central des enquêtes maritimes", "ORG:BCEM", "ORG:BCEM");
        var entity = Assert.Single(entities);
        Assert.Equal("Bureau central des enquêtes maritimes", entity.CanonicalName);
        Assert.Contains(MatchKeys.Acronym + "bcem", entity.Keys);
        Assert.Contains(MatchKeys.Full + "bureau central des enquetes maritimes", entity.Keys);
    }

    [Fact]
    public void DefinitionWhoseLettersDoNotMatchStillJoins()
    {
        const string text = "Selon l'Agence régionale de veille côtière (ARVEC), la tempête approche ; l'ARVEC recommande la prudence.";
        var entities = FrenchResolve.Run(text, "ORG:Agence régionale de veille côtière", "ORG:ARVEC");
        ResolverAssert.Together(entities, 0, 1, 2 - 1);
        Assert.Single(entities);
    }

    [Fact]
    public void AHyphenatedSingleNameBeforeParenthesesIsNotADefinition()
    {
        // The parenthesis names an agreement, not the country before it.
        const string text = "L'accord signé avec les États-Unis (CAFTA) a été ratifié ; le CAFTA entre en vigueur en mars.";
        var entities = FrenchResolve.Run(text, "LOC:États-Unis", "LOC:CAFTA", "LOC:CAFTA");
        Assert.Equal(2, entities.Count);
        Assert.Equal("États-Unis", entities[0].CanonicalName);
    }

    [Fact]
    public void DefinitionWithoutAcronymMentionStillLinksLaterMentions()
    {
        const string text = "Le Service national de renseignement sud-coréen (NIS) a alerté Séoul. Le NIS affirme que le Nord prépare un essai.";
        var entities = FrenchResolve.Run(text, "ORG:Service national de renseignement sud-coréen", "LOC:Séoul", "ORG:NIS");
        ResolverAssert.Together(entities, 0, 2);
    }

    [Fact]
    public void AcronymThenLongFormInParenthesesJoins()
    {
        const string text = "Le CRAM (Collectif régional des artisans du meuble) manifeste. Le CRAM réclame des aides.";
        var entities = FrenchResolve.Run(text, "ORG:CRAM", "ORG:Collectif régional des artisans du meuble", "ORG:CRAM");
        Assert.Single(entities);
        Assert.Equal("Collectif régional des artisans du meuble", entities[0].CanonicalName);
    }

    [Fact]
    public void DefinitionRepairsTheAcronymLabel()
    {
        const string text = "L'Office fédéral des archives sonores (OFAS) ouvre ses portes. L'OFAS accueille le public.";
        var entities = FrenchResolve.Run(text, "ORG:Office fédéral des archives sonores", "MISC:OFAS#2");
        var entity = Assert.Single(entities);
        Assert.Equal(EntityLabel.Organization, entity.Label);
    }

    [Fact]
    public void AcronymMatchingInitialsJoins()
    {
        const string text = "La Fédération nationale des pêcheurs côtiers s'inquiète. La FNPC demande une réunion.";
        ResolverAssert.Together(FrenchResolve.Run(text, "ORG:Fédération nationale des pêcheurs côtiers", "ORG:FNPC"), 0, 1);
    }

    [Fact]
    public void AcronymMatchingInitialsOfHyphenatedPartsJoins()
    {
        const string text = "L'Union sud-américaine des transporteurs proteste ; l'USAT bloque les routes.";
        ResolverAssert.Together(FrenchResolve.Run(text, "ORG:Union sud-américaine des transporteurs", "ORG:USAT"), 0, 1);
    }

    [Fact]
    public void AcronymMatchingInitialsOfALongFormPastTheStackBuffersJoins()
    {
        // 140 characters: the initials are read in arrays rather than stack buffers.
        const string longForm = "Confédération internationale professionnelle des transporteurs maritimes fluviaux ferroviaires interrégionaux européens et intercontinentaux";
        const string text = "La " + longForm + " se réunit. La CIPTMFFIEI vote demain.";
        ResolverAssert.Together(FrenchResolve.Run(text, "ORG:" + longForm, "ORG:CIPTMFFIEI"), 0, 1);
    }

    [Fact]
    public void AcronymWithOtherInitialsStaysApart()
    {
        const string text = "La Fédération nationale des pêcheurs côtiers s'inquiète. La CGPM demande une réunion.";
        Assert.Equal(2, FrenchResolve.Run(text, "ORG:Fédération nationale des pêcheurs côtiers", "ORG:CGPM").Count);
    }

    [Fact]
    public void AcronymMatchingTwoLongFormsStaysApart()
    {
        const string text = "L'Association des parents d'élèves et l'Agence de protection de l'environnement ont écrit. L'APE attend.";
        var entities = FrenchResolve.Run(text, "ORG:Association des parents d'élèves", "ORG:Agence de protection de l'environnement", "ORG:APE");
        Assert.Equal(3, entities.Count);
    }

    [Fact]
    public void AcronymOfAnotherLabelDoesNotJoinByInitials()
    {
        const string text = "La Fédération nationale des pêcheurs côtiers s'inquiète. FNPC est aussi un surnom.";
        Assert.Equal(2, FrenchResolve.Run(text, "ORG:Fédération nationale des pêcheurs côtiers", "PER:FNPC").Count);
    }

    [Fact]
    public void AcronymJoinsThroughTheAliasTable()
    {
        const string text = "L'OTAN renforce son flanc est. NATO officials, dit-on, et l'Organisation du traité de l'Atlantique nord approuvent ; l'Otan confirme.";
        var entities = FrenchResolve.Run(text, "ORG:OTAN", "ORG:NATO", "ORG:Organisation du traité de l'Atlantique nord", "ORG:Otan");
        var entity = Assert.Single(entities);
        Assert.Equal("Organisation du traité de l'Atlantique nord", entity.CanonicalName);
        Assert.Contains(MatchKeys.Table + "organisation du traite de l atlantique nord", entity.Keys);
        Assert.Contains(MatchKeys.Acronym + "otan", entity.Keys);
        Assert.Contains(MatchKeys.Acronym + "nato", entity.Keys);
    }

    [Fact]
    public void TableCanonicalNameIsUsedEvenWhenOnlyTheAcronymAppears()
    {
        const string text = "L'OMS publie ses chiffres.";
        var entity = Assert.Single(FrenchResolve.Run(text, "ORG:OMS"));
        Assert.Equal("Organisation mondiale de la santé", entity.CanonicalName);
        Assert.Equal(new AliasCount("Organisation mondiale de la santé", 0), entity.Aliases[0]);
        Assert.Equal(new AliasCount("OMS", 1), entity.Aliases[1]);
    }

    [Fact]
    public void DifferentTableEntriesNeverMerge()
    {
        const string text = "L'Union africaine (UE) a écrit.";
        var entities = FrenchResolve.Run(text, "ORG:Union africaine", "ORG:UE");
        Assert.Equal(2, entities.Count);
    }

    /// <summary>A long form of the document whose initials spell a table acronym of another organization wins, as a definition does.</summary>
    [Fact]
    public void TheDocumentsOwnLongFormWinsOverTheTablesAcronym()
    {
        const string text = "Un colloque revient sur le programme du CNR. Le Conseil national de la Résistance l'avait adopté en 1944.";
        var entity = Assert.Single(FrenchResolve.Run(text, "ORG:CNR", "ORG:Conseil national de la Résistance"));
        Assert.DoesNotContain(MatchKeys.Table + "compagnie nationale du rhone", entity.Keys);
        Assert.DoesNotContain(MatchKeys.Acronym + "cnr", entity.Keys);
        Assert.Contains(MatchKeys.Full + "conseil national de la resistance", entity.Keys);
    }

    [Theory]
    [InlineData("L'AS Monaco s'est qualifiée. Menée à la pause, l'ASM a renversé la situation.", "AS Monaco", "ASM", true)]   // an acronym inside the name gives its letters
    [InlineData("Le RC Vannes a gagné. Le RCV reste invaincu.", "RC Vannes", "RCV", true)]
    [InlineData("L'AS Monaco s'est qualifiée. Le club de l'AM a souri.", "AS Monaco", "AM", false)]                         // its first letter alone no longer
    public void AnAcronymInsideALongFormSpellsAllItsLetters(string text, string longForm, string acronym, bool together)
    {
        var entities = FrenchResolve.Run(text, "ORG:" + longForm, "ORG:" + acronym);
        if (together) ResolverAssert.Together(entities, 0, 1);
        else ResolverAssert.Apart(entities, 0, 1);
    }

    [Fact]
    public void WithoutALongFormTheTablesAcronymStands()
    {
        const string text = "La CNR exploite dix-neuf centrales sur le Rhône.";
        var entity = Assert.Single(FrenchResolve.Run(text, "ORG:CNR"));
        Assert.Contains(MatchKeys.Table + "compagnie nationale du rhone", entity.Keys);
    }
}
