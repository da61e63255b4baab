using Entities.French.Sentences;
using Entities.French.Tokenization;

namespace Entities.French.Extraction;

/// <summary>Extracts named entities from French text. Immutable and thread-safe: share one instance.</summary>
public sealed class FrenchEntityExtractor : IEntityExtractor
{
    private readonly FrenchTokenizer tokenizer = FrenchTokenizer.Default;
    private readonly FrenchSentenceSplitter splitter = FrenchSentenceSplitter.Default;

    /// <inheritdoc />
    public ExtractionResult ExtractEntities(string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        cancellationToken.ThrowIfCancellationRequested();
        if (string.IsNullOrWhiteSpace(text)) return ExtractionResult.Empty;
        var tokens = tokenizer.Tokenize(text);
        _ = splitter.Split(text, tokens);
        // The tagger is not wired in yet: no mentions.
        return ExtractionResult.Empty;
    }
}
