using Entities.Knowledge;
using Entities.French.Resolution;
using Entities.Resolution;

namespace Entities.Tests.Performance;

/// <summary>The allocation-free and pre-filtered key building must give exactly the keys of the plain rule-by-rule computation.</summary>
public sealed class MatchKeyFastPathTests
{
    // Letters of the French rules (sky, ey, gue, ou, yu, kh, tch…), capitals, accents, separators.
    private const string Alphabet = "skyeiguotchaknrlSKYÉéïü- '’.";

    [Fact]
    public void TransliterationEqualsTheRulesAppliedToEveryWord()
    {
        var rules = FrenchAliasTable.Default.KeyBuilder.Transliterations;
        var random = new Random(17);
        for (int trial = 0; trial < 20_000; trial++)
        {
            string folded = TextFolding.Fold(RandomText(random));
            Assert.Equal(Reference(rules, folded), rules.Apply(folded));
        }
    }

    [Fact]
    public void BuildingIntoABufferEqualsBuildingAString()
    {
        var builder = FrenchAliasTable.Default.KeyBuilder;
        var buffer = new CharBuffer();
        var random = new Random(19);
        for (int trial = 0; trial < 20_000; trial++)
        {
            string surface = RandomText(random);
            Assert.Equal(builder.Build(surface), builder.Build(surface.AsSpan(), buffer).ToString());
        }

        Assert.Equal("zelenski", builder.Build("Zelensky".AsSpan(), buffer).ToString());
        Assert.Equal("ku rsk", builder.Build("Kou-rsk".AsSpan(), buffer).ToString());
    }

    /// <summary>Every rule tried on every word, in order, each on the previous one's output: the definition of the rules.</summary>
    private static string Reference(TransliterationRules rules, string folded)
    {
        if (folded.Length == 0) return folded;
        var words = folded.Split(' ');
        for (int i = 0; i < words.Length; i++)
        {
            string word = words[i];
            foreach (var rule in rules.Rules)
            {
                if (word.Length <= rule.From.Length) continue;
                if (rule.Position == TransliterationPosition.WordEnd && word.EndsWith(rule.From, StringComparison.Ordinal)) word = word[..^rule.From.Length] + rule.To;
                else if (rule.Position == TransliterationPosition.WordStart && word.StartsWith(rule.From, StringComparison.Ordinal)) word = rule.To + word[rule.From.Length..];
                else if (rule.Position == TransliterationPosition.Anywhere) word = word.Replace(rule.From, rule.To, StringComparison.Ordinal);
            }

            words[i] = word;
        }

        return string.Join(' ', words);
    }

    private static string RandomText(Random random)
    {
        var chars = new char[random.Next(1, 16)];
        for (int i = 0; i < chars.Length; i++) chars[i] = Alphabet[random.Next(Alphabet.Length)];
        return new string(chars);
    }
}
