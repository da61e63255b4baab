using Entities.Sentences;
using Entities.Tokenization;

namespace Entities.Mentions;

/// <summary>
/// Extends a person mention that ends with a generation suffix written without its period (<c>Donald Trump Jr</c>, the
/// tokenizer having cut <c>Jr.</c>) over the period right after it: <c>Donald Trump Jr.</c>, the name as written.
/// Immutable and thread-safe.
/// </summary>
public sealed class GenerationSuffixExtender : IMentionRefiner
{
    private readonly string[] suffixes;

    /// <summary>Creates the refiner for <paramref name="suffixes"/> (<c>Jr</c>, <c>Sr</c>: as written, without their period).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="suffixes"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A suffix is empty or holds a space or a period.</exception>
    public GenerationSuffixExtender(IEnumerable<string> suffixes)
    {
        ArgumentNullException.ThrowIfNull(suffixes);
        this.suffixes = [.. suffixes.Distinct(StringComparer.Ordinal)];
        if (this.suffixes.Any(s => s.Length == 0 || s.Contains(' ', StringComparison.Ordinal) || s.Contains('.', StringComparison.Ordinal)))
            throw new ArgumentException("A generation suffix is one word without its period.", nameof(suffixes));
    }

    /// <inheritdoc />
    public IReadOnlyList<EntityMention> Refine(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, IReadOnlyList<EntityMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(mentions);
        return suffixes.Length == 0 ? mentions : MentionReplacement.Apply(mentions, new Rule(this, text));
    }

    private readonly struct Rule(GenerationSuffixExtender extender, string text) : MentionReplacement.IRule
    {
        public EntityMention? Replace(IReadOnlyList<EntityMention> mentions, int index) => extender.Extend(text, mentions, index);
    }

    private EntityMention? Extend(string text, IReadOnlyList<EntityMention> mentions, int index)
    {
        var mention = mentions[index];
        int end = mention.End;
        if (mention.Label != EntityLabel.Person || end >= text.Length || text[end] != '.' || (index + 1 < mentions.Count && mentions[index + 1].Start <= end)) return null;
        int space = mention.Text.LastIndexOf(' ');
        if (space <= 0) return null;
        var last = mention.Text.AsSpan(space + 1);
        foreach (string suffix in suffixes)
        {
            if (last.SequenceEqual(suffix)) return mention with { End = end + 1, Text = text[mention.Start..(end + 1)] };
        }

        return null;
    }
}
