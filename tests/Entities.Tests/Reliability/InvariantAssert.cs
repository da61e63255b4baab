using Entities.Fuzz;

namespace Entities.Tests.Reliability;

/// <summary>Runs an extraction twice and fails with a readable message when an invariant of <see cref="ExtractionInvariants"/> breaks.</summary>
internal static class InvariantAssert
{
    public static ExtractionResult ExtractAndCheck(IEntityExtractor extractor, string text)
    {
        var first = extractor.ExtractEntities(text);
        var problems = ExtractionInvariants.Violations(text, first);
        string? difference = ExtractionInvariants.Difference(first, extractor.ExtractEntities(text));
        if (difference is not null) problems.Add(difference);
        if (problems.Count > 0)
        {
            string shown = text.Length <= 300 ? text : text[..300] + "…";
            Assert.Fail($"Input '{ExtractionInvariants.Escape(shown)}' (length {text.Length}):\n" + string.Join("\n", problems));
        }

        return first;
    }
}
