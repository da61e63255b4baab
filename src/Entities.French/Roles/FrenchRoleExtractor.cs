using Entities.French.Data;
using Entities.Roles;

namespace Entities.French;

/// <summary>
/// The French role extractor: <see cref="RoleExtractor"/> over the roles of <c>Data/roles.txt</c> (second column <c>state</c>:
/// a nationality adjective gives them a country), the professions of <c>Data/person-nouns.txt</c>, the words of
/// <c>Data/role-words.tsv</c> and the nationality adjectives of <c>Data/knowledge/demonyms.tsv</c>.
/// </summary>
public static class FrenchRoleExtractor
{
    private static readonly Lazy<RoleExtractor> Instance = new(() => new RoleExtractor(LoadLexicon()));

    /// <summary>The shared instance (immutable, thread-safe; loaded on first use).</summary>
    public static RoleExtractor Default => Instance.Value;

    /// <summary>Reads the French role data.</summary>
    /// <exception cref="InvalidDataException">A data line is malformed.</exception>
    public static RoleLexicon LoadLexicon()
    {
        var roles = FrenchDataFiles.ReadEntries("roles.txt").Select(l => l.Split('\t')).ToList();
        foreach (var row in roles)
        {
            if (row.Length > 2 || (row.Length == 2 && row[1].Split(',').Any(flag => flag is not ("state" or "portfolio"))))
            {
                throw new InvalidDataException($"roles.txt: expected 'role' or 'role<TAB>flags' (state, portfolio), got '{string.Join("\t", row)}'.");
            }
        }

        var words = FrenchDataFiles.ReadEntries("role-words.tsv").Select(l => l.Split('\t')).ToList();
        foreach (var row in words)
        {
            if (row.Length != 3 || row[1] is not ("qualifier" or "preposition" or "determiner" or "relative" or "opener" or "posting" or "complement" or "complement-stop" or "repeat"))
            {
                throw new InvalidDataException($"role-words.tsv: expected 'words<TAB>qualifier|preposition|determiner|relative|opener|posting|complement|complement-stop|repeat<TAB>value', got '{string.Join("\t", row)}'.");
            }
        }

        var nationalities = FrenchWordLists.Demonyms().SelectMany(row => row.Forms.Select(adjective => new KeyValuePair<string, string>(adjective, row.Place)));
        return new RoleLexicon(
            roles.Select(r => r[0]).Concat(FrenchDataFiles.ReadEntries("person-nouns.txt")),
            roles.Where(r => r.Length == 2 && r[1].Split(',').Contains("state")).Select(r => r[0]),
            words.Where(r => r[1] == "qualifier").Select(r => new KeyValuePair<string, string>(r[0], r[2])),
            words.Where(r => r[1] == "preposition").Select(r => r[0]),
            words.Where(r => r[1] == "determiner").Select(r => r[0]),
            nationalities)
        {
            Relatives = words.Where(r => r[1] == "relative").Select(r => RoleLexicon.Fold(r[0])).ToHashSet(StringComparer.Ordinal),
            PhraseOpeners = words.Where(r => r[1] == "opener").Select(r => r[0]).ToList(),
            PostingWords = words.Where(r => r[1] == "posting").Select(r => r[0]).ToList(),
            ComplementOpeners = words.Where(r => r[1] == "complement").Select(r => r[0]).ToList(),
            ComplementStops = words.Where(r => r[1] == "complement-stop").Select(r => r[0]).ToList(),
            RepeatWords = words.Where(r => r[1] == "repeat").Select(r => r[0]).ToList(),
            PortfolioRoles = roles.Where(r => r.Length == 2 && r[1].Split(',').Contains("portfolio")).Select(r => r[0]).ToList(),
            Fields = Fields(),
            HomonymCues = [.. FrenchDataFiles.ReadEntries("homonym-cues.txt")],
        };
    }

    /// <summary>The professional field of each role that has one (<c>role-domains.tsv</c>; <c>-</c>: none), by folded role.</summary>
    /// <exception cref="InvalidDataException">A line is not <c>role&lt;TAB&gt;field</c>, or a role is listed twice.</exception>
    public static IReadOnlyDictionary<string, string> Fields()
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string line in FrenchDataFiles.ReadEntries("role-domains.tsv"))
        {
            var row = line.Split('\t');
            if (row is ["role", "domain"]) continue;
            if (row.Length != 2 || row[1].Length == 0) throw new InvalidDataException($"role-domains.tsv: expected 'role<TAB>domain', got '{line}'.");
            if (!fields.TryAdd(RoleLexicon.Fold(row[0]), row[1])) throw new InvalidDataException($"role-domains.tsv: '{row[0]}' is listed twice.");
        }

        return fields.Where(f => f.Value != "-").ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);
    }
}
