using System.Collections.Frozen;
using Entities.Sentences;
using Entities.Tokenization;

namespace Entities.Mentions;

/// <summary>
/// Drops a mention that is a whole sentence in another language, which the tagger reads as the title of a work (<c>« Delegations
/// from Kyiv and Moscow will meet on Monday »</c> tagged MISC whole): at least <see cref="MinWords"/> words, of which at least
/// <see cref="MinFunctionWords"/> are function words of that language, or one fewer when one of them is an auxiliary verb
/// (<c>« Xi will host the summit in Beijing »</c>; not the title <c>Harry Potter and the Deathly Hallows</c>), or at least
/// <see cref="MinShortWords"/> words with <see cref="MinShortFunctionWords"/> function words and a lower-case word that is none,
/// of four letters at least, which a title would capitalize (<c>We stand with President Zelenskyy</c>; not <c>The Girl on the Train</c>). The names inside are then found by the steps after
/// this one (the alias tables know <c>Kyiv</c> and <c>Moscow</c>). Immutable and thread-safe.
/// </summary>
public sealed class ForeignSentenceFilter : IMentionRefiner
{
    /// <summary>The fewest words of a mention read as a sentence.</summary>
    public const int MinWords = 6;

    /// <summary>The fewest function words of the other language in it.</summary>
    public const int MinFunctionWords = 3;

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> functionWords;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> auxiliaries;

    /// <summary>
    /// Creates the filter over the other language's <paramref name="functionWords"/> (lower case: <c>the</c>, <c>from</c>) and
    /// <paramref name="auxiliaries"/> (<c>will</c>, <c>is</c>; counted as function words too).
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public ForeignSentenceFilter(IEnumerable<string> functionWords, IEnumerable<string> auxiliaries)
    {
        ArgumentNullException.ThrowIfNull(functionWords);
        ArgumentNullException.ThrowIfNull(auxiliaries);
        var verbs = auxiliaries.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        this.functionWords = functionWords.Concat(verbs).ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        this.auxiliaries = verbs.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <inheritdoc />
    public IReadOnlyList<EntityMention> Refine(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, IReadOnlyList<EntityMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        return MentionDropping.Apply(mentions, new Rule(this));
    }

    /// <summary>Drops the mentions that are foreign sentences.</summary>
    private readonly struct Rule(ForeignSentenceFilter filter) : MentionDropping.IRule
    {
        public bool Drops(EntityMention mention) => filter.IsForeignSentence(mention.Text);
    }

    /// <summary>Whether <paramref name="surface"/> has enough words, and enough function words among them, to be a foreign sentence.</summary>
    internal bool IsForeignSentence(string surface)
    {
        if (surface.Length < 2 * MinShortWords || surface.AsSpan().Count(' ') + surface.AsSpan().Count('\u00A0') < MinShortWords - 1) return false;
        int words = 0, function = 0, lowerCaseContent = 0;
        bool verb = false;
        foreach (var range in surface.AsSpan().SplitAny(' ', '\u00A0'))
        {
            var word = surface.AsSpan(range).Trim(",;:.!?\"'«»“”()");
            if (word.IsEmpty) continue;
            words++;
            if (functionWords.Contains(word)) function++;
            else if (char.IsLower(word[0]) && word.Length >= 4) lowerCaseContent++;   // not in, on, a, or (French words too)
            verb |= auxiliaries.Contains(word);
        }

        return (words >= MinWords && function >= (verb ? MinFunctionWords - 1 : MinFunctionWords))
            || (words >= MinShortWords && function >= MinShortFunctionWords && lowerCaseContent > 0);
    }

    /// <summary>The fewest words of a shorter mention read as a sentence: one with a lower-case word that is no function word (<c>We stand with President Zelenskyy</c>; a title capitalizes those).</summary>
    public const int MinShortWords = 4;

    /// <summary>The fewest function words of the other language in such a shorter mention.</summary>
    public const int MinShortFunctionWords = 2;
}
