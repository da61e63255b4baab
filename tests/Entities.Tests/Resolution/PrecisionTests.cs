namespace Entities.Tests.Resolution;

public sealed class PrecisionTests
{
    [Fact]
    public void PlaceAndPersonSharingAWordStayApart()
    {
        const string text = "Paris Hilton est passée par Paris. Paris l'a accueillie, et Paris Hilton a remercié Paris.";
        var entities = FrenchResolve.Run(text, "PER:Paris Hilton", "LOC:Paris", "LOC:Paris", "PER:Paris Hilton", "LOC:Paris");
        Assert.Equal(2, entities.Count);
        ResolverAssert.Together(entities, 0, 3);
        ResolverAssert.Together(entities, 1, 2, 4);
    }

    [Fact]
    public void CityAndPresidentNamedAfterItStayApart()
    {
        const string text = "George Washington n'a jamais vu Washington telle qu'elle est ; Washington a beaucoup changé.";
        var entities = FrenchResolve.Run(text, "PER:George Washington", "LOC:Washington", "LOC:Washington");
        Assert.Equal(2, entities.Count);
        ResolverAssert.Together(entities, 1, 2);
        Assert.Equal(EntityLabel.Location, ResolverAssert.EntityOf(entities, 1).Label);
    }

    [Fact]
    public void IdenticalNameWithAMinorityLabelIsRepaired()
    {
        const string text = "Le Groupe Helvar a annoncé des pertes. Helvar licencie ; Helvar ferme une usine, et Helvar reste silencieux.";
        var entities = FrenchResolve.Run(text, "ORG:Helvar", "ORG:Helvar", "LOC:Helvar", "ORG:Helvar");
        var entity = Assert.Single(entities);
        Assert.Equal(EntityLabel.Organization, entity.Label);
    }

    [Fact]
    public void IdenticalNameWithTiedLabelsStaysApart()
    {
        const string text = "Jordan est arrivé à Jordan.";
        Assert.Equal(2, FrenchResolve.Run(text, "PER:Jordan", "LOC:Jordan").Count);
    }

    [Fact]
    public void UnknownIdenticalNameWithTiedLabelsStaysApart()
    {
        const string text = "Helvar a signé ; on l'a vu à Helvar.";
        Assert.Equal(2, FrenchResolve.Run(text, "ORG:Helvar", "LOC:Helvar").Count);
    }

    [Fact]
    public void PersonTitleRepairsAPlaceLabel()
    {
        const string text = "Dorval a signé le texte. Mme Dorval l'a ensuite défendu.";
        var entity = Assert.Single(FrenchResolve.Run(text, "PER:Dorval", "LOC:Dorval"));
        Assert.Equal(EntityLabel.Person, entity.Label);
    }

    [Theory]
    [InlineData("Bill et Hillary Clinton sont venus avec leur fille Chelsea.", "ORG:Chelsea")]
    [InlineData("La jeune pianiste Chelsea a joué samedi.", "ORG:Chelsea")]
    public void APersonTitleMakesAnUnknownNameOfAnotherLabelAPerson(string text, string spec)
    {
        var entity = Assert.Single(FrenchResolve.Run(text, spec));
        Assert.Equal(EntityLabel.Person, entity.Label);
    }

    [Theory]
    [InlineData("Le club de Chelsea a gagné.", "ORG:Chelsea")]         // no person title
    [InlineData("Le président Renault a parlé.", "ORG:Renault")]       // the alias table knows Renault as a company
    [InlineData("La maison mère, Eagle Football Group, vend.", "ORG:Eagle Football Group")]   // several words: an apposition
    public void WithoutATitleOrWithATableEntryTheLabelIsKept(string text, string spec)
    {
        var entity = Assert.Single(FrenchResolve.Run(text, spec));
        Assert.Equal(EntityLabel.Organization, entity.Label);
    }

    [Fact]
    public void ATitledPersonMentionRelabelsTheSameNameElsewhereInTheDocument()
    {
        const string text = "La pianiste Chelsea a joué. Née à Manchester, Chelsea se produit seule.";
        var entity = Assert.Single(FrenchResolve.Run(text, "PER:Chelsea", "ORG:Chelsea"));
        Assert.Equal(EntityLabel.Person, entity.Label);
    }

    [Theory]
    [InlineData("M. Le Pen a parlé.", "PER:Le Pen", "surname:le pen")]
    [InlineData("Le général de Gaulle a parlé.", "PER:de Gaulle", "surname:de gaulle")]
    [InlineData("Marine Le Pen a parlé.", "PER:Marine Le Pen", "full:marine le pen")]
    public void ASurnameWithItsParticleIsAShortForm(string text, string spec, string key)
    {
        var entity = Assert.Single(FrenchResolve.Run(text, spec));
        Assert.Contains(key, entity.Keys);
    }

    [Fact]
    public void WithoutTitleATiedPlaceLabelIsKept()
    {
        const string text = "Dorval a signé le texte. À Dorval, on l'a ensuite défendu.";
        Assert.Equal(2, FrenchResolve.Run(text, "PER:Dorval", "LOC:Dorval").Count);
    }

    [Fact]
    public void TableLabelRepairsATaggerMistake()
    {
        const string text = "L'Otan s'agrandit ; l'OTAN compte de nouveaux membres.";
        var entities = FrenchResolve.Run(text, "LOC:Otan", "ORG:OTAN");
        var entity = Assert.Single(entities);
        Assert.Equal(EntityLabel.Organization, entity.Label);
    }

    [Fact]
    public void CountryVariantsJoinThroughTheTable()
    {
        const string text = "La Corée du Nord, que Washington appelle North Korea, se nomme RPDC ; la Corée du Sud observe.";
        var entities = FrenchResolve.Run(text, "LOC:Corée du Nord", "LOC:Washington", "LOC:North Korea", "LOC:RPDC", "LOC:Corée du Sud");
        Assert.Equal(3, entities.Count);
        ResolverAssert.Together(entities, 0, 2, 3);
        ResolverAssert.Apart(entities, 0, 4);
    }

    [Fact]
    public void CityVariantsJoinThroughTheTable()
    {
        const string text = "Kiev, ou Kyiv, a reçu une délégation de Moscou ; Moscow a démenti, et Koursk comme Kursk restent calmes.";
        var entities = FrenchResolve.Run(text, "LOC:Kiev", "LOC:Kyiv", "LOC:Moscou", "LOC:Moscow", "LOC:Koursk", "LOC:Kursk");
        Assert.Equal(3, entities.Count);
        ResolverAssert.Together(entities, 0, 1);
        ResolverAssert.Together(entities, 2, 3);
        ResolverAssert.Together(entities, 4, 5);
    }

    [Fact]
    public void EmptyInputGivesNoEntities() =>
        Assert.Empty(Entities.French.Resolution.FrenchAliasResolver.Default.Resolve("Rien.", []));

    [Fact]
    public void MentionOutsideTheTextIsRejected() =>
        Assert.Throws<ArgumentException>(() => Entities.French.Resolution.FrenchAliasResolver.Default.Resolve(
            "Court.", [new EntityMention(0, 40, "Court", EntityLabel.Location, 1, null)]));
}
