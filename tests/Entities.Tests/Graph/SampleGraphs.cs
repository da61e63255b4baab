using Entities.Graph;

namespace Entities.Tests.Graph;

/// <summary>Deterministic synthetic documents over a fixed pool of entities with unambiguous keys.</summary>
internal static class SampleGraphs
{
    private static readonly (EntityLabel Label, string[] Aliases, string[] Keys)[] Pool =
    [
        (EntityLabel.Person, ["Mark Rutte", "Rutte"], ["full:mark rutte", "surname:rutte"]),
        (EntityLabel.Person, ["Rutte"], ["surname:rutte"]),
        (EntityLabel.Person, ["Kim Jong-un", "Kim Jong Un"], ["full:kim jong un", "surname:kim"]),
        (EntityLabel.Person, ["Élisabeth Borne", "Borne"], ["full:elisabeth borne", "surname:borne"]),
        (EntityLabel.Organization, ["OTAN"], ["table:otan", "acronym:otan"]),
        (EntityLabel.Organization, ["Organisation du traité de l'Atlantique nord", "OTAN"], ["table:otan"]),
        (EntityLabel.Organization, ["NATO"], ["table:otan"]),
        (EntityLabel.Organization, ["Service national de renseignement", "NIS"], ["full:service national de renseignement", "acronym:nis"]),
        (EntityLabel.Location, ["Corée du Nord"], ["full:coree du nord"]),
        (EntityLabel.Location, ["Séoul"], ["full:seoul"]),
        (EntityLabel.Location, ["Bruxelles"], ["full:bruxelles"]),
        (EntityLabel.Location, ["Orange"], ["full:orange"]),
        (EntityLabel.Organization, ["Orange"], ["full:orange"]),
        (EntityLabel.Miscellaneous, ["Jeux olympiques"], ["full:jeux olympiques"]),
        (EntityLabel.Person, ["Jean Dupont", "Dupont"], ["full:jean dupont", "surname:dupont"]),
        (EntityLabel.Location, ["Île-de-France", "Ile de France"], ["full:ile de france"]),
    ];

    /// <summary>Creates <paramref name="count"/> documents <c>d0</c>… from a fixed seed.</summary>
    public static IReadOnlyList<TestDocument> Documents(int count, int seed = 7)
    {
        var random = new Random(seed);
        var documents = new List<TestDocument>(count);
        for (int d = 0; d < count; d++)
        {
            var document = new TestDocument($"d{d}");
            int entities = random.Next(1, 6);
            var chosen = Enumerable.Range(0, Pool.Length).OrderBy(_ => random.Next()).Take(entities);
            foreach (int p in chosen)
            {
                var (label, aliases, keys) = Pool[p];
                var mentions = Enumerable.Range(0, random.Next(1, 4))
                    .Select(_ => (aliases[random.Next(aliases.Length)], random.Next(0, 4)))
                    .ToArray();
                document.Add(label, keys, mentions);
            }

            documents.Add(document);
        }

        return documents;
    }

    public static EntityGraph Build(IEnumerable<TestDocument> documents)
    {
        var graph = new EntityGraph();
        foreach (var document in documents) document.MergeInto(graph);
        return graph;
    }
}
