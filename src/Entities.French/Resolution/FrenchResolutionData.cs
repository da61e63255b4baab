using Entities.French.Data;
using Entities.Knowledge;
using Entities.Resolution;

namespace Entities.French.Resolution;

/// <summary>Loads the French alias-resolution data files embedded under <c>Data/aliases/</c>.</summary>
internal static class FrenchResolutionData
{
    /// <summary>The alias table files, one per domain.</summary>
    public static IReadOnlyList<string> TableFiles { get; } = ["countries.tsv", "cities.tsv", "organizations.tsv", "agencies.tsv", "french-institutions.tsv", "people.tsv"];

    /// <summary>Builds the resolver data: the built-in tables, with <paramref name="knowledge"/>'s entries on top when given.</summary>
    public static AliasResolverProfile LoadProfile(UserKnowledge? knowledge = null)
    {
        var transliterations = Read("transliterations.tsv", TransliterationRules.Parse);
        var keyBuilder = new MatchKeyBuilder(transliterations);
        var builtIn = TableFiles.SelectMany(file => Read(file, AliasTableReader.Parse));
        var table = new AliasTable(knowledge is null ? builtIn : knowledge.OnTopOf(builtIn, keyBuilder), keyBuilder);
        return new AliasResolverProfile(
            table,
            FrenchWordLists.ResolverTitles(),
            Read("articles.txt", NamePrefixList.Parse),
            ReadWords("connectors.txt"));
    }

    /// <summary>The non-comment, non-blank lines of a word-list file.</summary>
    public static IReadOnlyList<string> ReadWords(string file) => [.. FrenchDataFiles.ReadEntries("aliases/" + file)];

    /// <summary>Opens a data file under <c>Data/aliases/</c> and parses it (through <see cref="FrenchDataFiles"/>).</summary>
    /// <exception cref="InvalidOperationException">The resource is missing from the assembly.</exception>
    public static T Read<T>(string file, Func<TextReader, string, T> parse) => FrenchDataFiles.Read("aliases/" + file, parse);
}
