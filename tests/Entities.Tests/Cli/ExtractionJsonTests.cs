using System.Text.Json;
using Entities.Cli.Output;

namespace Entities.Tests.Cli;

public class ExtractionJsonTests
{
    [Fact]
    public void Renders_the_documented_contract()
    {
        var result = new ExtractionResult(
            [
                new EntityMention(0, 11, "Hélène Roux", EntityLabel.Person, 0.987654, "e1"),
                new EntityMention(25, 29, "Roux", EntityLabel.Person, 0.5, "e1"),
                new EntityMention(33, 37, "Metz", EntityLabel.Location, 1.0 / 3, null),
            ],
            [new DocumentEntity("e1", EntityLabel.Person, "Hélène Roux", ["Hélène Roux", "Roux"], [0, 1])]);

        var json = ExtractionJson.Render("dossier/note.txt", result);

        Assert.Equal(
            "{\"document\":\"dossier/note.txt\",\"mentions\":["
            + "{\"start\":0,\"end\":11,\"text\":\"Hélène Roux\",\"label\":\"PER\",\"score\":0.9877,\"entity\":\"e1\"},"
            + "{\"start\":25,\"end\":29,\"text\":\"Roux\",\"label\":\"PER\",\"score\":0.5,\"entity\":\"e1\"},"
            + "{\"start\":33,\"end\":37,\"text\":\"Metz\",\"label\":\"LOC\",\"score\":0.3333,\"entity\":null}],"
            + "\"entities\":[{\"id\":\"e1\",\"label\":\"PER\",\"name\":\"Hélène Roux\",\"aliases\":[\"Hélène Roux\",\"Roux\"],\"mentions\":[0,1]}]}",
            json);
    }

    [Fact]
    public void Escapes_quotes_and_control_characters()
    {
        var result = new ExtractionResult([new EntityMention(0, 5, "«\"a\"\n»", EntityLabel.Miscellaneous, 1, null)], []);

        var json = ExtractionJson.Render("-", result);

        using var parsed = JsonDocument.Parse(json);
        Assert.Equal("«\"a\"\n»", parsed.RootElement.GetProperty("mentions")[0].GetProperty("text").GetString());
        Assert.Contains("«", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a\tb", "a\\tb")]
    [InlineData("a\nb\r", "a\\nb\\r")]
    [InlineData("c:\\x", "c:\\\\x")]
    public void Tsv_fields_escape_tabs_newlines_and_backslashes(string value, string expected) =>
        Assert.Equal(expected, Escaping.EscapeField(value));
}
