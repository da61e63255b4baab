using System.Text.RegularExpressions;
using Entities.Cli.Progress;

namespace Entities.Tests.Cli;

/// <summary>The progress bar and the summary line of <c>entities extract</c>.</summary>
public sealed class ProgressMeterTests
{
    [Fact]
    public void Summary_writes_every_count_with_thousands_separators()
    {
        var meter = new ProgressMeter(TextWriter.Null, 2_300, draw: false);
        for (int i = 0; i < 1_200; i++) meter.DocumentDone(i == 0 ? 288_981 : 0, i == 0 ? 20_251 : 0);
        for (int i = 0; i < 1_100; i++) meter.DocumentFailed();

        string summary = meter.Summary(12_345);

        Assert.StartsWith("1,200 documents (1,100 failed), 20,251 mentions, 12,345 entities, 288,981 tokens in ", summary, StringComparison.Ordinal);
        Assert.DoesNotMatch(new Regex(@"\d{4}"), Regex.Replace(summary, @" in [\d.]+ s", "")); // no unseparated count
    }

    [Theory]
    [InlineData(40)]
    [InlineData(80)]
    [InlineData(12)]
    public void Bar_never_exceeds_the_terminal_width(int width)
    {
        string line = ProgressMeter.FormatBar(1_234, 40_000, 81.25, 1_523_456, width);

        Assert.True(line.Length <= width, $"{line.Length} > {width}: {line}");
        Assert.True(line.Length >= Math.Min(width - 1, 10), line);
    }

    [Fact]
    public void Wide_terminal_shows_every_part()
    {
        string line = ProgressMeter.FormatBar(12, 40, 8.1, 15_230, 80);

        Assert.Equal("[#######-----------------] 12/40 documents  8.1 documents/s  15,230 tokens/s", line);
    }

    [Fact]
    public void Narrow_terminal_drops_the_rates_before_the_count()
    {
        string line = ProgressMeter.FormatBar(12, 40, 8.1, 15_230, 40);

        Assert.Contains("12/40 documents", line, StringComparison.Ordinal);
        Assert.DoesNotContain("tokens/s", line, StringComparison.Ordinal);
        Assert.StartsWith("[", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Drawn_lines_and_erasures_fit_the_width()
    {
        var error = new StringWriter();
        var meter = new ProgressMeter(error, 3, draw: true, terminalWidth: () => 40);

        meter.DocumentDone(100_000, 10);
        meter.WriteAbove(() => error.Write("\n"));
        meter.DocumentDone(100_000, 10);
        meter.Clear();

        var segments = error.ToString().Split('\r', '\n');
        Assert.Contains(segments, s => s.Contains("/3 documents", StringComparison.Ordinal));
        Assert.All(segments, s => Assert.True(s.Length <= 40, $"{s.Length}: '{s}'"));
    }
}
