namespace Entities.Tests.Cli;

/// <summary><c>entities extract --knowledge FILE</c>: the user's names on top of the built-in tables.</summary>
public sealed class KnowledgeOptionTests
{
    private const string Text = "Chez Brumaire Conseil, on reste prudent. Read More";

    [Fact]
    public void EntriesAreTaggedAndExclusionsDropped()
    {
        using var folder = new TempFolder();
        string file = folder.Write("names.tsv", "name\tlabel\taliases\tid\nBrumaire Conseil\tORG\tBrumaire\tQ1\nRead More\tEXCLUDE\n");

        var run = CliRun.Invoke(Text, "extract", "-", "--knowledge", file);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("\"text\":\"Brumaire Conseil\",\"label\":\"ORG\"", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Read More", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void AMalformedFileIsOneErrorLineNamingTheLine()
    {
        using var folder = new TempFolder();
        string file = folder.Write("names.tsv", "name\tlabel\nBrumaire\tCOMPANY\n");

        var run = CliRun.Invoke(Text, "extract", "-", "--knowledge", file);

        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.StartsWith("entities: --knowledge: ", line, StringComparison.Ordinal);
        Assert.Contains("names.tsv:2: unknown label 'COMPANY'", line, StringComparison.Ordinal);
        Assert.Empty(run.Output);
    }

    [Fact]
    public void AMissingFileIsAUsageError()
    {
        var run = CliRun.Invoke(Text, "extract", "-", "--knowledge", "/nonexistent/names.tsv");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("entities: --knowledge '/nonexistent/names.tsv': no such file", Assert.Single(run.ErrorLines));
    }
}
