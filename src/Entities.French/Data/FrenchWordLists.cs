using Entities.Resolution;

namespace Entities.French.Data;

/// <summary>
/// The French word lists that several parts read, each kept in one file with a <c>uses</c> column saying which part reads
/// which row: titles (<c>titles.tsv</c>) and elided forms (<c>elisions.tsv</c>).
/// </summary>
internal static class FrenchWordLists
{
    /// <summary>Titles the alias resolver strips from persons, with their gender hint; the honorifics marked (<see cref="NamePrefix.IsHonorific"/>).</summary>
    public static NamePrefixList ResolverTitles()
    {
        var titles = NamePrefixList.Parse(new StringReader(string.Join('\n', FrenchDataFiles.ReadRowsFor("titles.tsv", "resolver").Select(r => r[0] + "\t" + r[1]))), "titles.tsv");
        var honorifics = Honorifics().ToHashSet(StringComparer.Ordinal);
        return new NamePrefixList(titles.Items.Select(title => honorifics.Contains(title.Text) ? title with { IsHonorific = true } : title));
    }

    /// <summary>Honorifics that only ever introduce a person (<c>M.</c>, <c>Mme</c>, <c>Dr</c>).</summary>
    public static IReadOnlyList<string> Honorifics() => [.. FrenchDataFiles.ReadRowsFor("titles.tsv", "honorific").Select(r => r[0])];

    /// <summary>Titles read as tagger features, in lower case without a final dot (<c>m</c>, <c>président</c>).</summary>
    public static IReadOnlyList<string> TaggerTitles() => [.. FrenchDataFiles.ReadRowsFor("titles.tsv", "tagger").Select(r => r[0].ToLowerInvariant().TrimEnd('.'))];

    /// <summary>
    /// The titles the rule layer moves out of a person's span: the tagger's (<see cref="TaggerTitles"/>) and those marked
    /// <c>span</c> in <c>titles.tsv</c>, lower case, without final dot.
    /// </summary>
    public static IReadOnlyList<string> SpanTitles() =>
        [.. TaggerTitles().Concat(FrenchDataFiles.ReadRowsFor("titles.tsv", "span").Select(r => r[0].ToLowerInvariant().TrimEnd('.'))).Distinct(StringComparer.Ordinal)];

    /// <summary>Period-less titles that are also ordinary words (<c>Me</c>): abbreviation tokens only before a capital.</summary>
    public static IReadOnlyList<string> TitlesBeforeCapital() => [.. FrenchDataFiles.ReadRowsFor("titles.tsv", "tokenizer").Select(r => r[0])];

    /// <summary>Professions that, right before a name, introduce a person (<c>le pianiste Chelsea</c>): <c>person-nouns.txt</c>.</summary>
    public static IReadOnlyList<string> PersonNouns() => [.. FrenchDataFiles.ReadEntries("person-nouns.txt")];

    /// <summary>Web page furniture never returned as an entity (<c>Read More</c>, <c>Lire aussi</c>): <c>web-furniture.txt</c>.</summary>
    public static IReadOnlyList<string> WebFurniture() => [.. FrenchDataFiles.ReadEntries("web-furniture.txt")];

    /// <summary>
    /// Nationality nouns, derived from the adjectives of <c>knowledge/demonyms.tsv</c> by capitalizing each hyphen-separated part
    /// (<c>sud-africains</c> → <c>Sud-Africains</c>), in the four forms: MISC by the project's convention, never places.
    /// </summary>
    public static IReadOnlyList<string> DemonymNouns() =>
        [.. Demonyms().SelectMany(row => row.Forms).Select(CapitalizeParts).Distinct(StringComparer.Ordinal)];

    /// <summary>The rows of <c>knowledge/demonyms.tsv</c> after its header: a place and its adjectives (masculine, feminine, plurals).</summary>
    public static IReadOnlyList<(string Place, string[] Forms)> Demonyms() =>
        [.. FrenchDataFiles.ReadEntries("knowledge/demonyms.tsv").Skip(1).Select(line => line.Split('\t')).Select(f => (f[0], f[1..]))];

    /// <summary><c>sud-africains</c> → <c>Sud-Africains</c>: each hyphen-separated part capitalized (the noun of an adjective).</summary>
    public static string CapitalizeParts(string form) =>
        string.Join('-', form.Split('-').Select(part => part.Length == 0 ? part : char.ToUpperInvariant(part[0]) + part[1..]));

    /// <summary>Elided forms the tokenizer splits from the next word, with their ASCII apostrophe (<c>l'</c>).</summary>
    public static IReadOnlyList<string> TokenizerElisions() => [.. FrenchDataFiles.ReadRowsFor("elisions.tsv", "tokenizer").Select(r => r[0])];

    /// <summary>Elided words read as tagger features, without their apostrophe (<c>l</c>, <c>qu</c>).</summary>
    public static IReadOnlyList<string> TaggerElisions() => [.. FrenchDataFiles.ReadRowsFor("elisions.tsv", "tagger").Select(r => r[0].TrimEnd('\''))];
}
