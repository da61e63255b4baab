using System.Reflection;
using Entities.Knowledge;
using Entities.Resolution;

namespace Entities.French.Resolution;

/// <summary>Loads the French alias-resolution data files embedded under <c>Data/aliases/</c>.</summary>
internal static class FrenchResolutionData
{
    /// <summary>The resource-name prefix of the data files.</summary>
    public const string ResourcePrefix = "Entities.French.Data.aliases/";

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
            Read("titles.txt", NamePrefixList.Parse),
            Read("articles.txt", NamePrefixList.Parse),
            ReadWords("connectors.txt"));
    }

    /// <summary>The non-comment, non-blank lines of a word-list file.</summary>
    public static IReadOnlyList<string> ReadWords(string file) =>
        Read(file, (reader, _) =>
        {
            var words = new List<string>();
            while (reader.ReadLine() is { } line)
            {
                string word = line.Trim();
                if (word.Length > 0 && !word.StartsWith('#')) words.Add(word);
            }

            return words;
        });

    /// <summary>Opens an embedded data file and parses it.</summary>
    /// <exception cref="InvalidOperationException">The resource is missing from the assembly.</exception>
    public static T Read<T>(string file, Func<TextReader, string, T> parse)
    {
        string name = ResourcePrefix + file;
        using var stream = typeof(FrenchResolutionData).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded resource '{name}' is missing from {typeof(FrenchResolutionData).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        return parse(reader, file);
    }
}
