using Entities.Tokenization;

namespace Entities.Sentences;

/// <summary>
/// A sentence splitter that can write its sentences into a list of the caller's (so that the extractor reuses one list from
/// document to document). Same sentences as <see cref="ISentenceSplitter.Split"/>.
/// </summary>
internal interface ISentenceSplitterIntoList : ISentenceSplitter
{
    /// <summary>Empties <paramref name="sentences"/>, then adds the sentences <see cref="ISentenceSplitter.Split"/> would return.</summary>
    void SplitInto(string text, IReadOnlyList<Token> tokens, List<Sentence> sentences);
}
