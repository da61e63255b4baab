namespace Entities.Benchmarks.Corpus;

/// <summary>The sentence templates and word lists of the generated corpus, read from the embedded files <c>Data/templates.txt</c> and <c>Data/words.tsv</c>.</summary>
internal sealed class GeneratorData
{
    private GeneratorData(IReadOnlyList<string> templates, IReadOnlyDictionary<string, IReadOnlyList<GeneratorWord>> words)
    {
        Templates = templates;
        Words = words;
    }

    /// <summary>The sentence templates (see the header of <c>Data/templates.txt</c> for the slot syntax).</summary>
    public IReadOnlyList<string> Templates { get; }

    /// <summary>Words by category (<c>PER</c> is not a category: it is built from <c>FIRST</c> and <c>LAST</c>).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<GeneratorWord>> Words { get; }

    /// <summary>Loads the embedded data files.</summary>
    public static GeneratorData Load()
    {
        var templates = ReadLines("templates.txt").ToArray();
        var words = new Dictionary<string, List<GeneratorWord>>(StringComparer.Ordinal);
        foreach (var line in ReadLines("words.tsv"))
        {
            var fields = line.Split('\t');
            if (fields.Length < 2) throw new InvalidDataException($"words.tsv: expected CATEGORY<TAB>value: '{line}'.");
            char? gender = fields.Length > 2 && fields[2].Length == 1 ? fields[2][0] : null;
            if (!words.TryGetValue(fields[0], out var list)) words[fields[0]] = list = [];
            list.Add(new GeneratorWord(fields[1], gender));
        }

        return new GeneratorData(templates, words.ToDictionary(p => p.Key, p => (IReadOnlyList<GeneratorWord>)p.Value.AsReadOnly(), StringComparer.Ordinal));
    }

    /// <summary>The non-empty, non-comment lines of the embedded data file <c>Data/<paramref name="fileName"/></c>.</summary>
    internal static IEnumerable<string> ReadLines(string fileName)
    {
        var assembly = typeof(GeneratorData).Assembly;
        var name = "Entities.Benchmarks.Data." + fileName;
        using var stream = assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException($"Missing embedded resource {name}.");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line.StartsWith('#')) continue;
            yield return line;
        }
    }
}

/// <summary>A word of a generator list.</summary>
/// <param name="Text">The word or name.</param>
/// <param name="Gender"><c>m</c>, <c>f</c> or <c>p</c> (plural) for names that take an article (<c>la France</c>), else <see langword="null"/>.</param>
internal readonly record struct GeneratorWord(string Text, char? Gender);
