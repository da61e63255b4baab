using Entities.Cli;

namespace Entities.Tests.Cli;

/// <summary><c>entities tag FILE|-</c>: reads UTF-8 text like <c>extract</c> does (binary and invalid UTF-8 rejected), or standard input.</summary>
public sealed class TagCommandTests
{
    private const string Tokens = "Marie\nDupont\nhabite\nà\nLyon\n.\n";

    [Fact]
    public void Dash_reads_standard_input()
    {
        var run = CliRun.Invoke(Tokens, "tag", "-");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal("", run.Error);
        var lines = run.OutputLines;
        Assert.Equal(6, lines.Length);
        Assert.StartsWith("Marie\t", lines[0], StringComparison.Ordinal);
        Assert.Equal("Lyon\tB-LOC", lines[4]);
    }

    [Fact]
    public void A_file_is_tagged()
    {
        using var folder = new TempFolder();
        var path = folder.Write("tokens.txt", "\uFEFF" + Tokens);

        var run = CliRun.Invoke("", "tag", path);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal("Marie", run.OutputLines[0].Split('\t')[0]);
        Assert.Equal("Lyon\tB-LOC", run.OutputLines[4]);
    }

    [Fact]
    public void A_binary_file_is_rejected()
    {
        using var folder = new TempFolder();
        var path = folder.WriteBytes("scan.pdf", [0x25, 0x50, 0x44, 0x46, 0x0A, 0x00, 0x01]);

        var run = CliRun.Invoke("", "tag", path);

        Assert.Equal(ExitCodes.InputErrors, run.ExitCode);
        Assert.Equal([$"entities: {path}: binary file (NUL byte at offset 5)"], run.ErrorLines);
        Assert.Equal("", run.Output);
    }

    [Fact]
    public void An_invalid_utf8_file_is_rejected()
    {
        using var folder = new TempFolder();
        var path = folder.WriteBytes("latin1.txt", [0x63, 0x61, 0x66, 0xE9, 0x0A]);

        var run = CliRun.Invoke("", "tag", path);

        Assert.Equal(ExitCodes.InputErrors, run.ExitCode);
        Assert.Equal([$"entities: {path}: invalid UTF-8 at byte offset 3"], run.ErrorLines);
        Assert.Equal("", run.Output);
    }

    [Fact]
    public void A_missing_file_is_an_input_error()
    {
        var run = CliRun.Invoke("", "tag", "absent.txt");

        Assert.Equal(ExitCodes.InputErrors, run.ExitCode);
        Assert.Equal(["entities: absent.txt: no such file or directory"], run.ErrorLines);
    }
}
