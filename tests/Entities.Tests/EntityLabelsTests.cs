using Entities;

namespace Entities.Tests;

public sealed class EntityLabelsTests
{
    [Theory]
    [InlineData(EntityLabel.Person, "PER")]
    [InlineData(EntityLabel.Location, "LOC")]
    [InlineData(EntityLabel.Organization, "ORG")]
    [InlineData(EntityLabel.Miscellaneous, "MISC")]
    public void CodesRoundTrip(EntityLabel label, string code)
    {
        Assert.Equal(code, label.ToCode());
        Assert.True(EntityLabels.TryParse(code, out var parsed));
        Assert.Equal(label, parsed);
        Assert.True(EntityLabels.TryParse(code.ToLowerInvariant(), out parsed));
        Assert.Equal(label, parsed);
    }

    [Theory]
    [InlineData("")]
    [InlineData("PERS")]
    [InlineData("O")]
    public void UnknownCodesAreRejected(string code) => Assert.False(EntityLabels.TryParse(code, out _));
}
