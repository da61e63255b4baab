namespace Entities.Corpora;

/// <summary>A sentence of an annotated corpus: its tokens and one IOB2 tag per token (<c>O</c>, <c>B-PER</c>, <c>I-LOC</c>…).</summary>
public sealed class CorpusSentence
{
    /// <summary>Creates a sentence; <paramref name="tokens"/> and <paramref name="tags"/> must have the same length.</summary>
    /// <param name="tokens">The tokens, already normalized as the tokenizer would emit them.</param>
    /// <param name="tags">One IOB2 tag per token.</param>
    /// <param name="source">Where the sentence comes from (file name), for messages; may be empty.</param>
    /// <param name="line">The 1-based line of the sentence's first token in <paramref name="source"/>, or 0.</param>
    public CorpusSentence(IReadOnlyList<string> tokens, IReadOnlyList<string> tags, string source = "", int line = 0)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(tags);
        ArgumentNullException.ThrowIfNull(source);
        if (tokens.Count != tags.Count)
            throw new ArgumentException($"{tokens.Count} tokens but {tags.Count} tags.", nameof(tags));
        Tokens = tokens;
        Tags = tags;
        Source = source;
        Line = line;
    }

    /// <summary>The tokens.</summary>
    public IReadOnlyList<string> Tokens { get; }

    /// <summary>The IOB2 tags, one per token.</summary>
    public IReadOnlyList<string> Tags { get; }

    /// <summary>The file the sentence was read from, or an empty string.</summary>
    public string Source { get; }

    /// <summary>The 1-based line of the first token in <see cref="Source"/>, or 0 when unknown.</summary>
    public int Line { get; }

    /// <summary>Number of tokens.</summary>
    public int Count => Tokens.Count;
}
