using Entities.French.Mentions;
using Entities.French.Ner;
using Entities.French.Sentences;
using Entities.French.Tokenization;
using Entities.Mentions;
using Entities.Tokenization;

namespace Entities.Benchmarks.Modes;

/// <summary>
/// <c>trace FILE…</c>: for each text file, the tagger's mentions, then every refiner of <see cref="FrenchMentionRefiner.Default"/>'s
/// chain that changes them, with the mentions it removed (<c>-</c>) and added (<c>+</c>). For finding which rule made a span.
/// </summary>
internal static class TraceMode
{
    public static int Run(string[] args)
    {
        if (args.Length == 0)
        {
            Console.Error.WriteLine("usage: trace FILE…");
            return 2;
        }

        var tagger = Entities.French.Extraction.FrenchEntityExtractor.ReadingHeadlines(FrenchModel.LoadDefault());
        var defaults = new EntityExtractorOptions();
        var tagging = new MentionTagging(tagger, defaults.MaxSentenceTokens, defaults.MinimumScore, defaults.IncludeMiscellaneous);
        foreach (string path in args)
        {
            string text = File.ReadAllText(path);
            IReadOnlyList<Token> tokens = FrenchTokenizer.Default.Tokenize(text);
            var sentences = new List<Entities.Sentences.Sentence>();
            FrenchSentenceSplitter.Default.Split(text, tokens, sentences);
            var tagged = new List<EntityMention>();
            tagging.Tag(text, tokens, sentences, tagged, [], CancellationToken.None);
            Console.WriteLine($"== {path}");
            Console.WriteLine("tagger:");
            foreach (var m in tagged) Console.WriteLine($"   {Describe(m)}");
            IReadOnlyList<EntityMention> current = tagged;
            foreach (var refiner in FrenchMentionRefiner.Steps)
            {
                var next = refiner.Refine(text, tokens, sentences, current);
                var before = current.Select(Describe).ToHashSet(StringComparer.Ordinal);
                var after = next.Select(Describe).ToHashSet(StringComparer.Ordinal);
                if (!before.SetEquals(after))
                {
                    Console.WriteLine(refiner.GetType().Name + ":");
                    foreach (string m in before.Except(after)) Console.WriteLine($" - {m}");
                    foreach (string m in after.Except(before)) Console.WriteLine($" + {m}");
                }

                current = next;
            }
        }

        return 0;
    }

    private static string Describe(EntityMention m) => $"{m.Start}-{m.End} {m.Label} '{m.Text}'";
}
