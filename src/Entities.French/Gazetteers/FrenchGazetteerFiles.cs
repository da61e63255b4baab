using System.Text;
using Entities.Tagging;

namespace Entities.French.Gazetteers;

/// <summary>
/// Reads the gazetteer files used to train French models from a directory laid out as
/// <c>countries-fr/country.{fr,en}.csv</c> (ISO 3166 names, MIT) and <c>communes-insee/*.csv</c>
/// (INSEE Code officiel géographique, Licence Ouverte). Missing files are skipped.
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
        return result;
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
