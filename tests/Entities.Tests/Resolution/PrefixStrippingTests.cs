namespace Entities.Tests.Resolution;

public sealed class PrefixStrippingTests
{
    [Fact]
    public void ElidedArticleInsideTheMentionIsStripped()
    {
        const string text = "Les membres de l’Otan se réunissent ; l'OTAN publiera un communiqué et l'Otan répondra.";
        var entities = FrenchResolve.Run(text, "ORG:l’Otan", "ORG:l'OTAN", "ORG:Otan");
        ResolverAssert.Together(entities, 0, 1, 2);
        var entity = Assert.Single(entities);
        Assert.DoesNotContain(entity.Aliases, alias => alias.Count > 0 && (alias.Alias.Contains('\'') || alias.Alias.Contains('’')));
        Assert.Contains(entity.Aliases, alias => alias.Alias == "Otan" && alias.Count == 2);
    }

    [Fact]
    public void TitlesInsideAPersonMentionAreStripped()
    {
        const string text = "M. Rutte a parlé hier. Le président Zelensky et Mark Rutte ont ensuite rencontré le président Zelensky.";
        var entities = FrenchResolve.Run(text, "PER:M. Rutte", "PER:Le président Zelensky", "PER:Mark Rutte", "PER:Zelensky");
        ResolverAssert.Together(entities, 0, 2);
        ResolverAssert.Together(entities, 1, 3);
        Assert.Equal("Mark Rutte", ResolverAssert.EntityOf(entities, 0).CanonicalName);
        Assert.Contains(ResolverAssert.EntityOf(entities, 0).Aliases, alias => alias.Alias == "Rutte");
    }

    [Theory]
    [InlineData("Le Pen")]
    [InlineData("La Haye")]
    [InlineData("Le Caire")]
    public void AnArticleWithoutTitleIsKept(string name)
    {
        string text = $"On a beaucoup parlé de {name} cette semaine.";
        var label = name == "Le Pen" ? "PER" : "LOC";
        var entity = Assert.Single(FrenchResolve.Run(text, $"{label}:{name}"));
        Assert.Equal(name, entity.Aliases.Last().Alias);
    }

    [Fact]
    public void ATitleIsNotStrippedFromAnOrganization()
    {
        const string text = "Le Conseil de sécurité se réunit.";
        var entity = Assert.Single(FrenchResolve.Run(text, "ORG:Conseil de sécurité"));
        Assert.Equal("Conseil de sécurité", entity.Aliases.Last().Alias);
    }
}
