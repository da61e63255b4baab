namespace Entities.Fuzz;

/// <summary>Hand-written French sentences the fuzzer starts from (names, titles, acronyms, elisions, quotes, numbers, web text).</summary>
internal static class SeedSentences
{
    public static IReadOnlyList<string> All { get; } =
    [
        "Emmanuel Macron a reçu Mark Rutte à l'Élysée mardi soir.",
        "Le secrétaire général de l’OTAN, M. Rutte, s’est rendu à Bruxelles.",
        "L'Organisation du traité de l'Atlantique nord (OTAN) a tenu son sommet à Vilnius.",
        "Selon le Service national de renseignement sud-coréen (NIS), Kim Jong-un a quitté Pyongyang.",
        "« Nous ne céderons pas », a déclaré Mme Le Pen devant la presse, à Hénin-Beaumont.",
        "Jean-Pierre Dupont, maire de Saint-Étienne, a rencontré Marie Curie-Sklodowska.",
        "Les États-Unis et la Corée du Nord ont repris le dialogue à Genève le 21 novembre 2026.",
        "Airbus a livré 12 000 avions depuis 1974, soit 3,5 % de plus qu’en 2025.",
        "La SNCF annonce des grèves du 1er au 3 décembre ; la RATP n'est pas concernée.",
        "Vladimir Poutine et Volodymyr Zelensky (ou Zelenski) ne se sont pas parlé.",
        "Le président de la Commission européenne, Ursula von der Leyen, était à Strasbourg.",
        "M. et Mme Martin habitent au 14, rue de la Paix, à Paris (IIe arrondissement).",
        "L'ONU, l’UNESCO et l'OMS ont publié un rapport commun sur la santé en Afrique de l'Ouest.",
        "Suivez @elysee et #Présidentielle2027 sur https://exemple.fr/direct?id=42 dès 14h30.",
        "Il a dit : « Où vas-tu ? » Elle n'a pas répondu… Puis elle est partie pour Lyon.",
        "Le Real Madrid a battu l'Olympique de Marseille 3-1 au stade Santiago-Bernabéu.",
        "J. K. Rowling et G. R. R. Martin étaient invités au Salon du livre de Montréal.",
        "Au XIXe siècle, Victor Hugo s'exila à Guernesey, puis revint en France en 1870.",
        "Le Premier ministre a-t-il consulté l'Assemblée nationale et le Sénat ?",
        "Élections régionales\nLe scrutin aura lieu en Auvergne-Rhône-Alpes et en Île-de-France.",
    ];
}
