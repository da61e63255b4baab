using Entities.French.Sentences;
using Entities.French.Tokenization;
using Entities.Mentions;
using Entities.Sentences;
using Entities.Tokenization;

namespace Entities.Tests.Mentions;

/// <summary>A document tokenized and split by the French stages, with hand-placed mentions, for refiner tests.</summary>
internal sealed class RefinerInput
{
    private readonly List<EntityMention> mentions = [];

    public RefinerInput(string text, IReadOnlyList<Sentence>? sentences = null)
    {
        Text = text;
        Tokens = FrenchTokenizer.Default.Tokenize(text);
        Sentences = sentences ?? FrenchSentenceSplitter.Default.Split(text, Tokens);
    }

    public string Text { get; }

    public IReadOnlyList<Token> Tokens { get; }

    public IReadOnlyList<Sentence> Sentences { get; }

    public IReadOnlyList<EntityMention> Mentions => mentions;

    /// <summary>Adds a mention over the first occurrence of <paramref name="surface"/> after the previous mention.</summary>
    public RefinerInput With(string surface, EntityLabel label)
    {
        int from = mentions.Count == 0 ? 0 : mentions[^1].End;
        int start = Text.IndexOf(surface, from, StringComparison.Ordinal);
        Assert.True(start >= 0, $"'{surface}' is not in the text.");
        mentions.Add(new EntityMention(start, start + surface.Length, surface, label, 0.9, null));
        return this;
    }

    /// <summary>Adds mentions written as <c>surface/LABEL</c>, separated by spaces, <c>_</c> for a space inside a surface (in text order).</summary>
    public RefinerInput WithSpecs(string specs)
    {
        foreach (string spec in specs.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = spec.Replace('_', ' ').Split('/');
            With(parts[0], EntityLabels.TryParse(parts[1], out var label) ? label : throw new FormatException(parts[1]));
        }

        return this;
    }

    /// <summary>The mentions as <see cref="WithSpecs"/> writes them (checked against their offsets).</summary>
    public string Specs(IReadOnlyList<EntityMention> result) => string.Join(" ", Render(result).Select(m => m.Replace(' ', '_')));

    /// <summary>Adds a mention as given (after the previous one).</summary>
    public RefinerInput Add(EntityMention mention)
    {
        mentions.Add(mention);
        return this;
    }

    public IReadOnlyList<EntityMention> Run(IMentionRefiner refiner) => refiner.Refine(Text, Tokens, Sentences, Mentions);

    /// <summary>The mentions as "TEXT/LABEL" strings, checking each one's text against its offsets.</summary>
    public string[] Render(IReadOnlyList<EntityMention> result)
    {
        foreach (var m in result) Assert.Equal(Text[m.Start..m.End], m.Text);
        return [.. result.Select(m => $"{m.Text}/{m.Label.ToCode()}")];
    }
}
