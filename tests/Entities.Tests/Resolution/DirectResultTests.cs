using Entities.French.Resolution;
using Entities.Resolution;

namespace Entities.Tests.Resolution;

/// <summary>The extractor's short path (the resolver builds the private result itself) against the general one.</summary>
public sealed class DirectResultTests
{
    public static TheoryData<string, string[]> Documents => new()
    {
        {
            "Mme Élisabeth Borne a reçu M. Mark Rutte à Matignon. Borne et Rutte ont parlé de l'OTAN, de l'Organisation du traité de l'Atlantique nord et de Paris.",
            ["PER:Élisabeth Borne", "PER:Mark Rutte", "LOC:Matignon", "PER:Borne", "PER:Rutte", "ORG:OTAN", "ORG:Organisation du traité de l'Atlantique nord", "LOC:Paris"]
        },
        {
            "L'Organisation mondiale de la santé (OMS) alerte. Selon l'OMS, Genève reste prudente ; Jordan, de Genève, confirme. Jordan insiste.",
            ["ORG:Organisation mondiale de la santé", "ORG:OMS", "ORG:OMS", "LOC:Genève", "LOC:Jordan", "LOC:Genève", "PER:Jordan"]
        },
        {
            "Rodolphe arrive. On parle à Rodolphe, puis Rodolphe répond et Rodolphe part.",
            ["PER:Rodolphe", "LOC:Rodolphe", "PER:Rodolphe", "PER:Rodolphe"]
        },
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public void TheResolverBuildsTheSameResultAsTheGeneralPath(string text, string[] specs)
    {
        var mentions = MentionBuilder.Find(text, specs);
        var direct = FrenchAliasResolver.Default;

        var expected = DocumentEntities.BuildPrivate(mentions, FrenchAliasResolver.Default.Resolve(text, mentions), tokenCount: 42);
        var actual = direct.ResolveToResult(text, mentions, 42, CancellationToken.None);

        Assert.Equal(Describe(expected), Describe(actual));
        Assert.Equal(42, actual.TokenCount);
        Assert.All(mentions, mention => Assert.Null(mention.EntityId)); // the input is left as it was
    }

    private static List<string> Describe(ExtractionResult result) =>
    [
        .. result.Mentions.Select(m => $"m {m.Start} {m.End} {m.Label} {m.Score} {m.EntityId} {m.Text}"),
        .. result.Entities.Select(e => $"e {e.Id} {e.Label} {e.CanonicalName} | {string.Join(" | ", e.Aliases)} | {string.Join(",", e.MentionIndices)}"),
    ];
}
