using Entities.French.Data;
using Entities.French.Tokenization;
using Entities.Tokenization;

namespace Entities.Tests.Tokenization;

/// <summary>Every embedded data file is well-formed, and every entry does what it is listed for.</summary>
public class DataFileTests
{
    public static TheoryData<string> TokenizerFiles => new()
    {
        "abbreviations.txt", "clitics.txt", "unsplittable-words.txt", "top-level-domains.txt",
        "ordinal-suffixes.txt", "sentence-final-abbreviations.txt", "line-continuation-words.txt",
    };

    private static readonly HashSet<string> CaseInsensitiveFiles =
        ["clitics.txt", "unsplittable-words.txt", "line-continuation-words.txt"];

    [Theory]
    [MemberData(nameof(TokenizerFiles))]
    public void File_is_embedded_and_well_formed(string file)
    {
        Assert.Contains(file, FrenchDataFiles.FileNames);
        IReadOnlyList<string> lines = FrenchDataFiles.ReadRawLines(file);
        Assert.NotEmpty(lines);
        var seen = new HashSet<string>(CaseInsensitiveFiles.Contains(file) ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
        for (int i = 0; i < lines.Count; i++)
        {
            string line = lines[i];
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            Assert.False(line.Any(char.IsWhiteSpace), $"{file}:{i + 1} contains whitespace: '{line}'");
            Assert.DoesNotContain('\u2019', line);
            Assert.True(seen.Add(line), $"{file}:{i + 1} duplicates '{line}'");
            if (CaseInsensitiveFiles.Contains(file) || file is "top-level-domains.txt")
            {
                Assert.True(line == line.ToLowerInvariant(), $"{file}:{i + 1} must be lowercase: '{line}'");
            }
        }
    }

    [Theory]
    [InlineData("titles.tsv", 3, "resolver,honorific,tagger,span,tokenizer,kin")]
    [InlineData("elisions.tsv", 2, "tokenizer,tagger")]
    public void Each_shared_word_list_row_names_known_uses(string file, int columns, string known)
    {
        var uses = known.Split(',').ToHashSet(StringComparer.Ordinal);
        var rows = FrenchDataFiles.ReadEntries(file).Skip(1).Select(line => line.Split('\t')).ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, row => Assert.Equal(columns, row.Length));
        Assert.All(rows, row => Assert.All(row[^1].Split(','), use => Assert.Contains(use, uses)));
        Assert.Equal(rows.Count, rows.Select(row => row[0]).Distinct(StringComparer.Ordinal).Count());
        foreach (string use in uses) Assert.NotEmpty(FrenchDataFiles.ReadRowsFor(file, use));
    }

    public static TheoryData<string> AbbreviationEntries => ToTheory("abbreviations.txt");

    [Theory]
    [MemberData(nameof(AbbreviationEntries))]
    public void Each_abbreviation_is_one_abbreviation_token(string entry)
    {
        string text = $"voir {entry} Dupont";
        Token token = FrenchTokenizer.Default.Tokenize(text)[1];
        Assert.Equal(entry, token.GetText(text));
        Assert.Equal(TokenKind.Abbreviation, token.Kind);
    }

    public static TheoryData<string> BeforeCapitalEntries => ToTheory(FrenchWordLists.TitlesBeforeCapital());

    [Theory]
    [MemberData(nameof(BeforeCapitalEntries))]
    public void Each_ambiguous_title_is_a_title_only_before_a_capital(string entry)
    {
        Assert.Contains(entry, FrenchDataFiles.ReadEntries("abbreviations.txt"));
        Assert.Equal(TokenKind.Abbreviation, FrenchTokenizer.Default.Tokenize($"{entry} Dupont")[0].Kind);
        Assert.Equal(TokenKind.Word, FrenchTokenizer.Default.Tokenize($"{entry} voici")[0].Kind);
    }

    public static TheoryData<string> ElisionEntries => ToTheory(FrenchWordLists.TokenizerElisions());

    [Theory]
    [MemberData(nameof(ElisionEntries))]
    public void Each_elision_is_split_with_both_apostrophes(string entry)
    {
        foreach (string form in new[] { entry, entry.Replace('\'', '\u2019'), entry.ToUpperInvariant() })
        {
            string text = form + "avion";
            IReadOnlyList<Token> tokens = FrenchTokenizer.Default.Tokenize(text);
            Assert.Equal(2, tokens.Count);
            Assert.Equal(TokenKind.Elision, tokens[0].Kind);
            Assert.Equal(form.Replace('\u2019', '\''), tokens[0].GetNormalized(text));
        }
    }

    public static TheoryData<string> CliticEntries => ToTheory("clitics.txt");

    [Theory]
    [MemberData(nameof(CliticEntries))]
    public void Each_clitic_is_split_from_its_verb(string entry)
    {
        string text = entry == "t" ? "a-t-il" : "dit-" + entry;
        IReadOnlyList<Token> tokens = FrenchTokenizer.Default.Tokenize(text);
        Assert.Equal(2, tokens.Count);
        Assert.Equal(entry == "t" ? "-t-il" : "-" + entry, tokens[1].GetText(text));
    }

    public static TheoryData<string> UnsplittableEntries => ToTheory("unsplittable-words.txt");

    [Theory]
    [MemberData(nameof(UnsplittableEntries))]
    public void Each_unsplittable_word_stays_whole(string entry)
    {
        foreach (string form in new[] { entry, entry.Replace('\'', '\u2019'), char.ToUpperInvariant(entry[0]) + entry[1..] })
        {
            Token token = Assert.Single(FrenchTokenizer.Default.Tokenize(form));
            Assert.Equal(TokenKind.Word, token.Kind);
            Assert.Equal(form.Length, token.Length);
        }
    }

    public static TheoryData<string> DomainEntries => ToTheory("top-level-domains.txt");

    [Theory]
    [MemberData(nameof(DomainEntries))]
    public void Each_top_level_domain_makes_an_address(string entry)
    {
        string text = $"exemple.{entry}.";
        IReadOnlyList<Token> tokens = FrenchTokenizer.Default.Tokenize(text);
        Assert.Equal(TokenKind.Url, tokens[0].Kind);
        Assert.Equal(text.Length - 1, tokens[0].Length);
    }

    public static TheoryData<string> OrdinalEntries => ToTheory("ordinal-suffixes.txt");

    [Theory]
    [MemberData(nameof(OrdinalEntries))]
    public void Each_ordinal_suffix_makes_one_number(string entry)
    {
        foreach (string text in new[] { "2" + entry, "XIV" + entry })
        {
            Token token = Assert.Single(FrenchTokenizer.Default.Tokenize(text));
            Assert.Equal(TokenKind.Number, token.Kind);
        }
    }

    private static TheoryData<string> ToTheory(string file) => ToTheory([.. FrenchDataFiles.ReadEntries(file)]);

    private static TheoryData<string> ToTheory(IReadOnlyList<string> entries)
    {
        var data = new TheoryData<string>();
        foreach (string entry in entries)
        {
            data.Add(entry);
        }

        return data;
    }
}
