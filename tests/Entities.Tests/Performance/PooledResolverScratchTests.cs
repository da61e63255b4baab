using Entities.French.Resolution;
using Entities.Resolution;
using Entities.Tests.Resolution;

namespace Entities.Tests.Performance;

/// <summary>
/// The resolver reuses its work buffers (and their cache of match keys) from call to call: a call must give what a fresh
/// resolver gives, whatever ran before it and on whichever thread.
/// </summary>
public sealed class PooledResolverScratchTests
{
    private static readonly (string Text, string[] Specs)[] Documents =
    [
        ("Le président Emmanuel Macron a reçu Mark Rutte. Macron et Rutte ont parlé de l'OTAN.",
            ["PER:Emmanuel Macron", "PER:Mark Rutte", "PER:Macron", "PER:Rutte", "ORG:OTAN"]),
        ("Le Service national de renseignement (NIS) affirme que Kim Jong-un est à Pyongyang. Le NIS et Kim Jong Un.",
            ["ORG:Service national de renseignement", "ORG:NIS", "PER:Kim Jong-un", "LOC:Pyongyang", "ORG:NIS", "PER:Kim Jong Un"]),
        ("Mme Le Pen a croisé Marine Le Pen et Jean-Marie Le Pen à Paris, puis Zelensky et Zelenski.",
            ["PER:Le Pen", "PER:Marine Le Pen", "PER:Jean-Marie Le Pen", "LOC:Paris", "PER:Zelensky", "PER:Zelenski"]),
    ];

    [Fact]
    public void ACallGivesWhatAFreshResolverGivesWhateverRanBefore()
    {
        var shared = new AliasResolver(FrenchAliasTable.Profile);
        var expected = Documents.Select(d => Render(new AliasResolver(FrenchAliasTable.Profile).Resolve(d.Text, MentionBuilder.Find(d.Text, d.Specs)))).ToArray();
        for (int round = 0; round < 3; round++)
        {
            for (int i = Documents.Length - 1; i >= 0; i--)
            {
                var (text, specs) = Documents[i];
                Assert.Equal(expected[i], Render(shared.Resolve(text, MentionBuilder.Find(text, specs))));
            }
        }

        var parallel = new string[200];
        Parallel.For(0, parallel.Length, k =>
        {
            var (text, specs) = Documents[k % Documents.Length];
            parallel[k] = Render(shared.Resolve(text, MentionBuilder.Find(text, specs)));
        });
        for (int k = 0; k < parallel.Length; k++) Assert.Equal(expected[k % Documents.Length], parallel[k]);
    }

    private static string Render(IReadOnlyList<ResolvedEntity> entities) =>
        string.Join(" / ", entities.Select(e =>
            $"{e.Label} {e.CanonicalName} [{string.Join("|", e.Aliases)}] [{string.Join("|", e.Keys)}] [{string.Join(",", e.MentionIndices)}]"));
}
