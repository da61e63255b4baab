using Entities.Sentences;
using Entities.Tokenization;

namespace Entities.Mentions;

/// <summary>
/// Keeps a greeting or a form of address out of a person's span: <c>Merci Aurélien</c> tagged whole becomes <c>Aurélien</c>,
/// <c>Chère Amélie</c> becomes <c>Amélie</c>, and a person mention that is such a word alone (<c>Merci</c>) is dropped. Labels
/// and scores never change. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// The words are compared case-insensitively with the span's first word (up to its first space); what follows must start
/// with a capital, else the span is left alone.
/// </remarks>
public sealed class LeadingWordTrimmer : IMentionRefiner
{
    private readonly HashSet<string> words;

    /// <summary>Creates the trimmer over <paramref name="words"/> (any case: <c>merci</c>, <c>bravo</c>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="words"/> is <see langword="null"/>.</exception>
    public LeadingWordTrimmer(IEnumerable<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        this.words = new HashSet<string>(words, StringComparer.OrdinalIgnoreCase);
    }

    /// <inheritdoc />
    public IReadOnlyList<EntityMention> Refine(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, IReadOnlyList<EntityMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(mentions);
        List<EntityMention>? result = null;
        for (int i = 0; i < mentions.Count; i++)
        {
            var mention = mentions[i];
            var trimmed = Trim(text, mention, out bool dropped);
            if (trimmed is null && !dropped)
            {
                result?.Add(mention);
                continue;
            }

            result ??= [.. mentions.Take(i)];
            if (trimmed is not null) result.Add(trimmed);
        }

        return result ?? mentions;
    }

    /// <summary>The mention without its leading word, or <see langword="null"/> (with <paramref name="dropped"/> when it is that word alone).</summary>
    private EntityMention? Trim(string text, EntityMention mention, out bool dropped)
    {
        dropped = false;
        if (mention.Label != EntityLabel.Person) return null;
        var lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        int space = mention.Text.IndexOf(' ', StringComparison.Ordinal);
        if (!lookup.Contains(space < 0 ? mention.Text.AsSpan() : mention.Text.AsSpan(0, space))) return null;
        if (space < 0)
        {
            dropped = true;
            return null;
        }

        int start = mention.Start + space + 1;
        return start < mention.End && char.IsUpper(text[start]) ? mention with { Start = start, Text = text[start..mention.End] } : null;
    }
}
