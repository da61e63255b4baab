using Entities.French.Data;
using Entities.Roles;

namespace Entities.French;

/// <summary>The French role extractor: <see cref="RoleExtractor"/> over the role nouns of <c>Data/roles.txt</c>, the words of
/// <c>Data/role-words.tsv</c> and the nationality adjectives of <c>Data/knowledge/demonyms.tsv</c>.</summary>
public static class FrenchRoleExtractor
{
    private static readonly Lazy<RoleExtractor> Instance = new(() => new RoleExtractor(LoadLexicon()));

    /// <summary>The shared instance (immutable, thread-safe; loaded on first use).</summary>
    public static RoleExtractor Default => Instance.Value;

    /// <summary>Reads the French role data.</summary>
    public static RoleLexicon LoadLexicon()
    {
        var words = FrenchDataFiles.ReadEntries("role-words.tsv").Select(l => l.Split('\t')).ToList();
        foreach (var row in words)
        {
            if (row.Length != 2 || row[1] is not ("modifier" or "preposition"))
            {
                throw new InvalidDataException($"role-words.tsv: expected 'words<TAB>modifier|preposition', got '{string.Join("\t", row)}'.");
            }
        }

        var nationalities = FrenchDataFiles.ReadEntries("knowledge/demonyms.tsv").Skip(1)
            .Select(l => l.Split('\t'))
            .Where(f => f.Length == 5)
            .SelectMany(f => f.Skip(1).Select(adjective => new KeyValuePair<string, string>(adjective, f[0])));
        return new RoleLexicon(
            FrenchDataFiles.ReadEntries("roles.txt"),
            words.Where(r => r[1] == "modifier").Select(r => r[0]),
            words.Where(r => r[1] == "preposition").Select(r => r[0]),
            nationalities);
    }
}
