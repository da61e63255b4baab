using System.Text;
using Entities.Tagging;

namespace Entities.French.Gazetteers;

/// <summary>
/// Reads the gazetteer files used to train French models from a directory laid out as
/// <c>countries-fr/country.{fr,en}.csv</c> (ISO 3166 names, MIT), <c>communes-insee/*.csv</c>
/// (INSEE Code officiel géographique, Licence Ouverte), <c>geonames/cities15000.txt.gz</c> (GeoNames, CC BY 4.0) and
/// <c>medias-francais/medias_francais.tsv</c> (Le Monde diplomatique / Acrimed, ODC-By). Missing files are skipped.
/// </summary>
public static class FrenchGazetteerFiles
{
    /// <summary>Loads the gazetteers <c>country</c>, <c>region</c> and <c>commune</c> found under <paramref name="directory"/>.</summary>
    public static IReadOnlyList<Gazetteer> Load(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        if (!Directory.Exists(directory)) throw new DirectoryNotFoundException($"Gazetteer directory not found: {directory}");
        var result = new List<Gazetteer>();
        var countries = Column(Path.Combine(directory, "countries-fr", "country.fr.csv"), "value")
            .Concat(Column(Path.Combine(directory, "countries-fr", "country.en.csv"), "value"))
            .Select(StripParenthesis).ToList();
        if (countries.Count > 0) result.Add(new Gazetteer("country", countries));
        string insee = Path.Combine(directory, "communes-insee");
        var regions = Column(Path.Combine(insee, "regions.csv"), "LIBELLE")
            .Concat(Column(Path.Combine(insee, "departements.csv"), "LIBELLE"))
            .Concat(Column(Path.Combine(insee, "collectivites-outremer.csv"), "nom_collectivite")).ToList();
        if (regions.Count > 0) result.Add(new Gazetteer("region", regions));
        var communes = Column(Path.Combine(insee, "communes.csv"), "LIBELLE")
            .Concat(Column(Path.Combine(insee, "communes.csv"), "NCCENR"))
            .Concat(Column(Path.Combine(insee, "arrondissements.csv"), "LIBELLE"))
            .Concat(Column(Path.Combine(insee, "collectivites-outremer.csv"), "nom_commune")).ToList();
        if (communes.Count > 0) result.Add(new Gazetteer("commune", communes));
        var cities = GeoNamesCities(Path.Combine(directory, "geonames", "cities15000.txt.gz")).ToList();
        if (cities.Count > 0) result.Add(new Gazetteer("world-city", cities));
        string media = Path.Combine(directory, "medias-francais", "medias_francais.tsv");
        var mediaRows = TsvRows(media, "nom", "typeCode").ToList();
        if (mediaRows.Count > 0)
        {
            result.Add(new Gazetteer("media", mediaRows.Where(r => r[1] is "2" or "3").Select(r => r[0])));
            result.Add(new Gazetteer("media-owner", mediaRows.Where(r => r[1] == "1").Select(r => r[0])));
        }

        return result;
    }

    /// <summary>Population from which a GeoNames place's alternate names (Latin script, with a lower-case letter) are kept too.</summary>
    private const long AlternateNamesPopulation = 100_000;

    /// <summary>
    /// The names of the GeoNames places of <c>cities15000</c>: name and ASCII name of every place, and for places of at least
    /// <see cref="AlternateNamesPopulation"/> inhabitants the alternate names written in Latin letters with a lower-case letter
    /// (<c>Londres</c>, <c>Pékin</c>; not codes such as <c>LON</c> nor other scripts).
    /// </summary>
    private static IEnumerable<string> GeoNamesCities(string path)
    {
        if (!File.Exists(path)) yield break;
        using var file = File.OpenRead(path);
        using var gzip = new System.IO.Compression.GZipStream(file, System.IO.Compression.CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        while (reader.ReadLine() is { } line)
        {
            var fields = line.Split('\t');
            if (fields.Length < 15) continue;
            yield return fields[1];
            yield return fields[2];
            if (!long.TryParse(fields[14], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out long population) || population < AlternateNamesPopulation) continue;
            foreach (string alternate in fields[3].Split(','))
            {
                if (alternate.Length >= 3 && alternate.Any(char.IsLower) && alternate.All(c => c is ' ' or '-' or '\'' or '’' || (char.IsLetter(c) && c < '\u0250'))) yield return alternate;
            }
        }
    }

    /// <summary>The values of <paramref name="columns"/> in each row of a tab-separated file with a header.</summary>
    private static IEnumerable<string[]> TsvRows(string path, params string[] columns)
    {
        if (!File.Exists(path)) yield break;
        using var reader = new StreamReader(path, Encoding.UTF8);
        var header = reader.ReadLine()?.Split('\t');
        if (header is null) yield break;
        var indices = columns.Select(c => Array.IndexOf(header, c)).ToArray();
        if (indices.Any(i => i < 0)) yield break;
        while (reader.ReadLine() is { } line)
        {
            var fields = line.Split('\t');
            if (indices.All(i => i < fields.Length && fields[i].Length > 0)) yield return [.. indices.Select(i => fields[i].Trim())];
        }
    }

    private static string StripParenthesis(string name)
    {
        int p = name.IndexOf('(', StringComparison.Ordinal);
        return p > 0 ? name[..p].Trim() : name;
    }

    private static IEnumerable<string> Column(string path, string column)
    {
        if (!File.Exists(path)) yield break;
        using var reader = new StreamReader(path, Encoding.UTF8);
        string? header = reader.ReadLine();
        if (header is null) yield break;
        int index = SplitCsv(header).IndexOf(column);
        if (index < 0) yield break;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            var fields = SplitCsv(line);
            if (index < fields.Count && fields[index].Length > 0) yield return fields[index];
        }
    }

    private static List<string> SplitCsv(string line)
    {
        var fields = new List<string>();
        var current = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"') { current.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else current.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { fields.Add(current.ToString()); current.Clear(); }
            else current.Append(c);
        }

        fields.Add(current.ToString());
        return fields;
    }
}
