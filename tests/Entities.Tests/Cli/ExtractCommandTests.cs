using System.Text.Json;

namespace Entities.Tests.Cli;

public class ExtractCommandTests
{
    [Fact]
    public void Folder_with_bad_files_reports_each_once_and_processes_the_good_one()
    {
        using var folder = new TempFolder();
        var good = folder.Write("a-good.txt", "Mme Lefèvre est arrivée à Rennes lundi.");
        var binary = folder.WriteBytes("b-binary.txt", [0x41, 0x00, 0x42, 0x00]);
        var invalid = folder.WriteBytes("c-invalid.txt", [0x63, 0x61, 0x66, 0xE9, 0x0A]);

        var run = CliRun.Invoke("", "extract", folder.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(2, run.ErrorLines.Length);
        Assert.StartsWith($"entities: {binary}: binary", run.ErrorLines[0], StringComparison.Ordinal);
        Assert.StartsWith($"entities: {invalid}: invalid UTF-8", run.ErrorLines[1], StringComparison.Ordinal);
        var line = Assert.Single(run.OutputLines);
        using var json = JsonDocument.Parse(line);
        Assert.Equal(good, json.RootElement.GetProperty("document").GetString());
        Assert.Equal(JsonValueKind.Array, json.RootElement.GetProperty("mentions").ValueKind);
        Assert.Equal(JsonValueKind.Array, json.RootElement.GetProperty("entities").ValueKind);
    }

    [Fact]
    public void Folder_files_are_processed_recursively_in_ordinal_order()
    {
        using var folder = new TempFolder();
        folder.Write("b.txt", "Deux.");
        folder.Write("a/z.txt", "Un.");
        folder.Write("B.txt", "Trois.");
        folder.Write(".cache", "caché");

        var run = CliRun.Invoke("", "extract", folder.Path);

        Assert.Equal(0, run.ExitCode);
        var documents = run.OutputLines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("document").GetString()!).ToArray();
        Assert.Equal(
            [Path.Combine(folder.Path, "B.txt"), Path.Combine(folder.Path, "a", "z.txt"), Path.Combine(folder.Path, "b.txt")],
            documents);
    }

    [Fact]
    public void Missing_file_is_an_error_line_and_the_rest_is_processed()
    {
        using var folder = new TempFolder();
        var good = folder.Write("ok.txt", "Paris.");

        var run = CliRun.Invoke("", "extract", "absent.txt", good);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(["entities: absent.txt: no such file or directory"], run.ErrorLines);
        Assert.Single(run.OutputLines);
    }

    [Fact]
    public void Dash_reads_standard_input_and_names_the_document_dash()
    {
        var run = CliRun.Invoke("Le maire de Brest a parlé.", "extract", "-");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Error);
        using var json = JsonDocument.Parse(run.OutputLines.Single());
        Assert.Equal("-", json.RootElement.GetProperty("document").GetString());
    }

    [Theory]
    [InlineData("-", "-")]
    [InlineData("-", "absent.txt", "-")]
    public void Standard_input_twice_is_a_usage_error_and_nothing_is_processed(params string[] paths)
    {
        var run = CliRun.Invoke("Texte.", ["extract", .. paths]);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(["entities: standard input '-' given more than once"], run.ErrorLines);
        Assert.Equal("", run.Output);
    }

    [Fact]
    public void Json_format_is_one_array_in_input_order()
    {
        using var folder = new TempFolder();
        var first = folder.Write("1.txt", "Un.");
        var second = folder.Write("2.txt", "Deux.");

        var run = CliRun.Invoke("Trois.", "extract", "--format", "json", second, "-", first);

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        Assert.Equal(
            [second, "-", first],
            json.RootElement.EnumerateArray().Select(e => e.GetProperty("document").GetString()!).ToArray());
    }

    [Fact]
    public void Json_format_with_no_readable_document_is_an_empty_array()
    {
        var run = CliRun.Invoke("", "extract", "--format", "json", "absent.txt");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("[]\n", run.Output);
    }

    [Fact]
    public void Threads_keep_input_order()
    {
        using var folder = new TempFolder();
        var paths = Enumerable.Range(0, 40).Select(i => folder.Write($"doc{i:D2}.txt", $"Document numéro {i}.")).ToArray();

        var run = CliRun.Invoke("", "extract", "--threads", "4", folder.Path);

        Assert.Equal(0, run.ExitCode);
        var documents = run.OutputLines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("document").GetString()!).ToArray();
        Assert.Equal(paths, documents);
    }

    [Fact]
    public void Non_ascii_paths_are_written_unescaped()
    {
        using var folder = new TempFolder();
        var path = folder.Write("été.txt", "Il fait chaud.");

        var run = CliRun.Invoke("", "extract", path);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("été.txt", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("extract")]
    [InlineData("extract", "--threads", "0", "x.txt")]
    [InlineData("extract", "--format", "yaml", "x.txt")]
    [InlineData("nosuchcommand")]
    public void Usage_errors_exit_with_code_2(params string[] args)
    {
        var run = CliRun.Invoke("", args);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Output);
        Assert.All(run.ErrorLines, line => Assert.StartsWith("entities: ", line, StringComparison.Ordinal));
    }

    [Fact]
    public void Version_option_prints_a_version()
    {
        var run = CliRun.Invoke("", "--version");

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+", run.Output);
    }
}

/// <summary>Roles in the JSON Lines output, and <c>--no-roles</c>.</summary>
public sealed class ExtractRolesOutputTests
{
    private const string Text = "Christine Lagarde, présidente de la BCE, a maintenu les taux. Le président brésilien Lula a salué la décision.";

    [Fact]
    public void PersonMentionsCarryTheirRoles()
    {
        var run = CliRun.Invoke(Text, "extract", "-");
        Assert.Equal(0, run.ExitCode);
        using var document = System.Text.Json.JsonDocument.Parse(run.Output);
        var mentions = document.RootElement.GetProperty("mentions").EnumerateArray().ToList();
        var lagarde = mentions.Single(m => m.GetProperty("text").GetString() == "Christine Lagarde");
        var role = Assert.Single(lagarde.GetProperty("roles").EnumerateArray());
        Assert.Equal("présidente", role.GetProperty("role").GetString());
        string bce = mentions.Single(m => m.GetProperty("text").GetString() == "BCE").GetProperty("entity").GetString()!;
        Assert.Equal(bce, role.GetProperty("of").GetString());
        Assert.Equal(0, role.GetProperty("start").GetInt32());
        var lula = Assert.Single(mentions.Single(m => m.GetProperty("text").GetString() == "Lula").GetProperty("roles").EnumerateArray());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, lula.GetProperty("of").ValueKind);
        Assert.Equal("Brésil", lula.GetProperty("place").GetString());
        Assert.False(mentions.Single(m => m.GetProperty("text").GetString() == "BCE").TryGetProperty("roles", out _));
    }

    [Fact]
    public void NoRolesLeavesThemOut()
    {
        var run = CliRun.Invoke(Text, "extract", "-", "--no-roles");
        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("\"roles\"", run.Output, StringComparison.Ordinal);
    }
}

/// <summary>With a graph, documents are read on the threads and linked in input order: the output does not depend on --threads.</summary>
public sealed class ThreadIndependentOutputTests
{
    [Fact]
    public void OneAndThreeThreadsWriteTheSameBytes()
    {
        using var folder = new TempFolder();
        string[] sentences =
        [
            "Mark Rutte a rencontré Olaf Scholz à Berlin.", "M. Rutte a ensuite rejoint Bruxelles.", "Rutte a parlé de l'OTAN.",
            "La présidente de la BCE, Christine Lagarde, a parlé.", "Lagarde a quitté Francfort.", "Joe Biden et Jill Biden sont à Paris.",
            "Biden a salué la foule.", "Le PDG de Renault, Luca de Meo, est parti.", "De Meo a rejoint Kering.", "Scholz a répondu à Rutte.",
        ];
        for (int i = 0; i < 30; i++) folder.Write($"d{i:D2}.txt", sentences[i % sentences.Length] + " " + sentences[(i * 7 + 3) % sentences.Length]);

        var one = CliRun.Invoke("", "extract", folder.Path, "--threads", "1");
        var three = CliRun.Invoke("", "extract", folder.Path, "--threads", "3");
        Assert.Equal(0, one.ExitCode);
        Assert.Equal(0, three.ExitCode);
        Assert.Equal(one.Output, three.Output);
    }
}
