using System.Text;

namespace Entities.Tests.Reliability;

/// <summary>
/// Fixed big inputs through the whole pipeline: each must finish (linear time) and keep every invariant, twice in a row.
/// Sizes are those of the reliability brief; none is shrunk to make it pass.
/// </summary>
public sealed class BigInputTests
{
    [Fact]
    public void Ten_megabytes_of_letters_without_a_space() =>
        InvariantAssert.ExtractAndCheck(Extractors.Default, new string('a', 10_000_000));

    [Fact]
    public void Ten_megabytes_of_French_with_the_spaces_removed()
    {
        const string sentence = "LeprésidentEmmanuelMacronarencontréM.RutteàBruxelles,selonl’OTAN.";
        InvariantAssert.ExtractAndCheck(Extractors.Default, Repeat(sentence, 10_000_000));
    }

    [Fact]
    public void A_million_newlines() =>
        Assert.Empty(InvariantAssert.ExtractAndCheck(Extractors.Default, new string('\n', 1_000_000)).Mentions);

    [Fact]
    public void A_million_lines_with_a_name_every_tenth_line()
    {
        var builder = new StringBuilder();
        for (int i = 0; i < 1_000_000; i++) builder.Append(i % 10 == 0 ? "Marie Curie est à Varsovie.\n" : "\n");
        var result = InvariantAssert.ExtractAndCheck(Extractors.Default, builder.ToString());
        Assert.NotEmpty(result.Mentions);
        Assert.True(result.Entities.Count < 100, $"{result.Entities.Count} entities for two names repeated");
    }

    [Fact]
    public void Only_punctuation()
    {
        const string marks = ".,;:!?…«»()[]-—–'’\"“”/\\*&#@%";
        var random = new Random(7);
        var builder = new StringBuilder(1_000_000);
        for (int i = 0; i < 1_000_000; i++) builder.Append(marks[random.Next(marks.Length)]);
        InvariantAssert.ExtractAndCheck(Extractors.Default, builder.ToString());
    }

    [Fact]
    public void Only_digits() => InvariantAssert.ExtractAndCheck(Extractors.Default, Repeat("0123456789", 10_000_000));

    [Fact]
    public void Digit_groups_without_end() => InvariantAssert.ExtractAndCheck(Extractors.Default, Repeat("123 ", 4_000_000));

    [Fact]
    public void Unclosed_parentheses_after_many_names()
    {
        // Each name followed by "(" made the acronym rule scan to the end of the document: quadratic before the fix.
        var builder = new StringBuilder();
        for (int i = 0; builder.Length < 2_000_000; i++) builder.Append("Organisation mondiale de la santé ( et Jean Dupont ( à Paris (. ");
        var result = InvariantAssert.ExtractAndCheck(Extractors.Default, builder.ToString());
        Assert.NotEmpty(result.Mentions);
    }

    [Fact]
    public void Many_distinct_names_in_one_document()
    {
        // Tens of thousands of distinct people, places and acronyms: the alias resolver's rules used to compare every group
        // with every other one (quadratic); they are now indexed.
        var random = new Random(11);
        string[] first = ["Jean", "Marie", "Paul", "Anne", "Luc", "Claire", "Louis", "Sophie", "Marc", "Julie"];
        var builder = new StringBuilder();
        for (int i = 0; i < 15_000; i++)
        {
            string surname = Surname(random);
            builder.Append(first[random.Next(first.Length)]).Append(' ').Append(surname).Append(" a rencontré M. ").Append(surname)
                .Append(" à ").Append(Surname(random)).Append("ville avec l'Union ").Append(Surname(random))
                .Append(" (U").Append((char)('A' + random.Next(26))).Append(").\n");
        }

        var result = InvariantAssert.ExtractAndCheck(Extractors.Default, builder.ToString());
        Assert.True(result.Entities.Count > 10_000, $"{result.Entities.Count} entities");
    }

    private static string Surname(Random random)
    {
        const string consonants = "bcdfglmnprstv", vowels = "aeiou";
        var chars = new char[6];
        for (int i = 0; i < chars.Length; i++) chars[i] = i % 2 == 0 ? consonants[random.Next(consonants.Length)] : vowels[random.Next(vowels.Length)];
        chars[0] = char.ToUpperInvariant(chars[0]);
        return new string(chars);
    }

    private static string Repeat(string unit, int length)
    {
        var builder = new StringBuilder(length + unit.Length);
        while (builder.Length < length) builder.Append(unit);
        return builder.ToString(0, length);
    }
}
