using Entities.Sentences;
using Entities.Tokenization;

namespace Entities.Mentions;

/// <summary>
/// Drops the mentions that are user names of a web page, not names of the world: a text with an underscore inside a word or
/// an at sign before one (<c>Julien_R_Vouvray</c>, <c>@mairie</c>), which no person's, place's or organization's name holds.
/// Comment pseudonyms are not entities, nor is a mention the tagger cut out of one (<c>Gaelle</c> of <c>Gaelle_R</c>). An underscore standing alone between words is an old print's stain read by OCR
/// (<c>_ Nigeria</c>) and stays. Immutable and thread-safe.
/// </summary>
public sealed class HandleFilter : IMentionRefiner
{
    /// <summary>The instance (the filter has no settings).</summary>
    public static HandleFilter Instance { get; } = new();

    private HandleFilter()
    {
    }

    /// <inheritdoc />
    public IReadOnlyList<EntityMention> Refine(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, IReadOnlyList<EntityMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(mentions);
        return MentionDropping.Apply(mentions, new Rule(text));
    }

    /// <summary>Drops the user names, and the mentions cut out of one (<c>Gaelle</c> of <c>Gaelle_R</c>).</summary>
    private readonly struct Rule(string text) : MentionDropping.IRule
    {
        public bool Drops(EntityMention mention) =>
            IsHandle(mention.Text)
            || (mention.End + 1 < text.Length && text[mention.End] == '_' && char.IsLetterOrDigit(text[mention.End + 1]))
            || (mention.Start >= 2 && text[mention.Start - 1] == '_' && char.IsLetterOrDigit(text[mention.Start - 2]));
    }

    /// <summary>Whether <paramref name="text"/> holds an underscore between two letters or digits, or an at sign before one (not OCR's stray <c>_</c> between words).</summary>
    internal static bool IsHandle(ReadOnlySpan<char> text)
    {
        for (int i = 0; i + 1 < text.Length; i++)
        {
            if (text[i] == '@' && char.IsLetterOrDigit(text[i + 1])) return true;
            if (text[i] == '_' && i > 0 && char.IsLetterOrDigit(text[i - 1]) && char.IsLetterOrDigit(text[i + 1])) return true;
        }

        return false;
    }
}
