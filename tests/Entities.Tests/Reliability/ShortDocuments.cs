namespace Entities.Tests.Reliability;

/// <summary>Short generated French documents (one or two sentences over a small cast of names), seeded so they are reproducible.</summary>
internal static class ShortDocuments
{
    private static readonly string[] People = ["Emmanuel Macron", "Mark Rutte", "Ursula von der Leyen", "Kim Jong-un", "Marie Curie", "Jean Dupont", "Olaf Scholz"];
    private static readonly string[] Places = ["Paris", "Bruxelles", "Berlin", "Pyongyang", "Lyon", "Varsovie", "Séoul"];
    private static readonly string[] Organizations = ["l'OTAN", "l'ONU", "la Commission européenne", "Airbus", "l'Organisation mondiale de la santé", "la SNCF"];

    private static readonly string[] Templates =
    [
        "{P} s'est rendu à {L} mardi.",
        "Selon {O}, {P} arrivera à {L} demain.",
        "À {L}, {P} a rencontré {Q}.",
        "{P} et {Q} ont parlé de {O} à {L}.",
        "Le porte-parole de {O} a démenti les propos de {P}.",
        "Il pleut à {L} depuis trois jours.",
        "{O} a publié un rapport sur {L}.",
    ];

    public static List<string> Generate(int count, int seed)
    {
        var random = new Random(seed);
        var documents = new List<string>(count);
        for (int i = 0; i < count; i++)
        {
            int sentences = 1 + random.Next(2);
            var parts = new string[sentences];
            for (int s = 0; s < sentences; s++)
            {
                string template = Templates[random.Next(Templates.Length)];
                string person = People[random.Next(People.Length)];
                string other = People[random.Next(People.Length)];
                string organization = Organizations[random.Next(Organizations.Length)];
                string text = template.Replace("{P}", person, StringComparison.Ordinal).Replace("{Q}", other, StringComparison.Ordinal)
                    .Replace("{L}", Places[random.Next(Places.Length)], StringComparison.Ordinal).Replace("{O}", organization, StringComparison.Ordinal);
                parts[s] = char.ToUpperInvariant(text[0]) + text[1..];
            }

            documents.Add(string.Join(" ", parts));
        }

        return documents;
    }
}
