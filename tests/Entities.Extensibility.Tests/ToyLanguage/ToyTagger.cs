using Entities.Tagging;
using Entities.Tokenization;

namespace Entities.Extensibility.Tests.ToyLanguage;

/// <summary>A toy tagger: a word list with labels; a listed word followed by capitalized words extends the span ("Acme Works").</summary>
public sealed class ToyTagger(IReadOnlyDictionary<string, EntityLabel> words) : ITagger
{
    public IReadOnlyList<EntityLabel> Labels { get; } = [EntityLabel.Person, EntityLabel.Location, EntityLabel.Organization];

    public void Tag(string text, IReadOnlyList<Token> tokens, int first, int count, List<TaggedSpan> output)
    {
        for (int i = 0; i < count; i++)
        {
            if (!words.TryGetValue(tokens[first + i].GetText(text), out var label)) continue;
            int end = i + 1;
            while (end < count && tokens[first + end].Kind == TokenKind.Word && char.IsUpper(text[tokens[first + end].Start]) && !words.ContainsKey(tokens[first + end].GetText(text))) end++;
            output.Add(new TaggedSpan(i, end, label, 0.9));
            i = end - 1;
        }
    }
}
