namespace Entities.Tests.Cli;

public class TokenizeCommandTests
{
    [Fact]
    public void Tsv_lines_carry_offsets_that_index_the_original_text()
    {
        const string text = "Mme Dupont visite Lyon. Elle repart demain !";
        var run = CliRun.Invoke(text, "tokenize", "-");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Error);
        var lines = run.OutputLines;
        Assert.NotEmpty(lines);
        int previousEnd = 0;
        foreach (var line in lines)
        {
            var fields = line.Split('\t');
            Assert.Equal(5, fields.Length);
            int start = int.Parse(fields[0]);
            int end = int.Parse(fields[1]);
            Assert.True(start >= previousEnd && end > start && end <= text.Length, line);
            Assert.Equal(text[start..end], fields[3]);
            previousEnd = end;
        }

        Assert.StartsWith("0\t3\t", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("4\t10\t", lines[1], StringComparison.Ordinal);
        Assert.EndsWith("\tDupont\tDupont", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Sentences_end_with_a_blank_line()
    {
        var run = CliRun.Invoke("Il pleut.", "tokenize");

        Assert.Equal(0, run.ExitCode);
        Assert.EndsWith("\n\n", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("\n\n\n", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Default_input_is_standard_input()
    {
        var run = CliRun.Invoke("Bonjour", "tokenize");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("0\t7\tWord\tBonjour\tBonjour\n\n", run.Output);
    }

    [Fact]
    public void Json_format_is_one_object_with_sentences_and_tokens()
    {
        var run = CliRun.Invoke("Élise arrive", "tokenize", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using var json = System.Text.Json.JsonDocument.Parse(run.Output);
        Assert.Equal("-", json.RootElement.GetProperty("document").GetString());
        var tokens = json.RootElement.GetProperty("sentences")[0].GetProperty("tokens");
        Assert.Equal("Élise", tokens[0].GetProperty("text").GetString());
        Assert.Equal(6, tokens[1].GetProperty("start").GetInt32());
        Assert.Contains("Élise", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_a_file_given_by_path()
    {
        using var folder = new TempFolder();
        var path = folder.Write("a.txt", "\uFEFFNantes");
        var run = CliRun.Invoke("ignored", "tokenize", path);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("0\t6\tWord\tNantes\tNantes\n\n", run.Output);
    }

    [Fact]
    public void Missing_file_is_one_error_line_and_exit_code_1()
    {
        var run = CliRun.Invoke("", "tokenize", "nowhere/absent.txt");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(["entities: nowhere/absent.txt: no such file or directory"], run.ErrorLines);
        Assert.Equal("", run.Output);
    }

    [Fact]
    public void Unknown_format_is_a_usage_error()
    {
        var run = CliRun.Invoke("", "tokenize", "--format", "xml");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Output);
        Assert.StartsWith("entities: ", run.ErrorLines[0], StringComparison.Ordinal);
    }
}
