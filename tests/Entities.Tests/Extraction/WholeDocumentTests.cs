using System.Globalization;
using System.Text;
using Entities.French.Extraction;
using Entities.Tests.Support;

namespace Entities.Tests.Extraction;

/// <summary>Whole-document results against approved files: any change in the model, tokenizer or resolver shows up here as a diff.</summary>
public sealed class WholeDocumentTests
{
    private static readonly FrenchEntityExtractor Extractor = new();

    [Theory]
    [InlineData("summit")]
    [InlineData("peninsula")]
    public void DocumentMatchesItsApprovedOutput(string name)
    {
        string text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Documents", name + ".txt"));
        Approvals.Verify("extract-" + name, Render(Extractor.ExtractEntities(text)));
    }

    private static string Render(ExtractionResult result)
    {
        var builder = new StringBuilder();
        foreach (var m in result.Mentions)
            builder.Append(CultureInfo.InvariantCulture, $"[{m.Start},{m.End}) {m.Label.ToCode()} {m.EntityId} \"{m.Text}\"\n");
        foreach (var e in result.Entities)
            builder.Append(CultureInfo.InvariantCulture, $"{e.Id} {e.Label.ToCode()} \"{e.CanonicalName}\" = {string.Join(" | ", e.Aliases)}\n");
        return builder.ToString();
    }
}
