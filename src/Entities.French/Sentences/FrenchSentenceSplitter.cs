using Entities.Sentences;
using Entities.Tokenization;

namespace Entities.French.Sentences;

/// <summary>The French sentence splitter. PLACEHOLDER: one sentence per text until the rule-based splitter lands.</summary>
public sealed class FrenchSentenceSplitter : ISentenceSplitter
{
    /// <summary>A shared instance; the splitter is immutable and thread-safe.</summary>
    public static FrenchSentenceSplitter Default { get; } = new();

    /// <inheritdoc />
    public IReadOnlyList<Sentence> Split(string text, IReadOnlyList<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        return tokens.Count == 0 ? [] : [new Sentence(0, tokens.Count)];
    }
}
