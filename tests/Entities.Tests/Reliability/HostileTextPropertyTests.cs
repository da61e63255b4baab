using Entities.Fuzz;
using FsCheck;
using FsCheck.Fluent;

namespace Entities.Tests.Reliability;

/// <summary>
/// Property-based tests (FsCheck) of the whole French pipeline over generated hostile strings: lone and reversed surrogates,
/// control characters, U+FFFD, combining sequences, right-to-left and mixed scripts, emoji (two UTF-16 units each, joined
/// sequences), mixed with French names. <see cref="ExtractEntities"/> never throws, and every invariant of
/// <see cref="ExtractionInvariants"/> holds, with the same output on a second run.
/// </summary>
public sealed class HostileTextPropertyTests
{
    private static readonly Config Config = Config.QuickThrowOnFailure.WithMaxTest(1500).WithEndSize(60);

    [Fact]
    public void Hostile_strings_keep_every_invariant()
    {
        var extractor = Extractors.Default;
        Check.One(Config, Prop.ForAll(HostileText.Strings, text => { InvariantAssert.ExtractAndCheck(extractor, text); }));
    }

    [Fact]
    public void Hostile_strings_keep_every_invariant_with_a_shared_graph_and_filters()
    {
        var extractor = new French.Extraction.FrenchEntityExtractor(new French.Extraction.FrenchEntityExtractorOptions
        {
            Graph = new Entities.Graph.EntityGraph(), MinimumScore = 0.3, IncludeMiscellaneous = false, MaxSentenceTokens = 16,
        });
        Check.One(Config.WithMaxTest(500), Prop.ForAll(HostileText.Strings, text =>
        {
            var result = extractor.ExtractEntities(text);
            var problems = ExtractionInvariants.Violations(text, result);
            Assert.True(problems.Count == 0, string.Join("\n", problems));
            Assert.All(result.Mentions, m => Assert.NotEqual(EntityLabel.Miscellaneous, m.Label));
            Assert.All(result.Entities, e => Assert.True(extractor.Graph!.TryGetNode(e.Id, out _), $"entity {e.Id} is not a graph node"));
        }));
    }

    [Fact]
    public void The_generator_really_produces_the_hostile_cases()
    {
        // Guards against a generator that silently stops producing what the properties are about.
        var samples = Gen.Sample(HostileText.Strings.Generator, 40, 2000);
        Assert.Contains(samples, s => s.Any(char.IsSurrogate) && !IsWellFormedUtf16(s));
        Assert.Contains(samples, s => s.Any(c => c < ' '));
        Assert.Contains(samples, s => s.Contains('\uFFFD'));
        Assert.Contains(samples, s => s.Contains("\uD83D", StringComparison.Ordinal));
        Assert.Contains(samples, s => s.Contains('\u0301'));
        Assert.Contains(samples, s => s.Any(c => c is >= '\u0590' and <= '\u06FF'));
    }

    private static bool IsWellFormedUtf16(string s)
    {
        for (int i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) i++;
            else if (char.IsSurrogate(s[i])) return false;
        }

        return true;
    }
}
