using System.Collections.Frozen;
using Entities.Sentences;
using Entities.Tokenization;

namespace Entities.Mentions;

/// <summary>
/// Gives a one-word mention a label its context decides: right after one of a list of phrases, each ending with a
/// preposition (<c>PDG de</c>, <c>fondateur de</c>, <c>salariés de</c>), a name the tagger read as a person or left
/// miscellaneous is an organization (<c>le PDG de Michelin</c>, <c>le fondateur de Free</c>). Places keep their label (<c>le
/// fondateur de Rome</c>), and so do names of several words, where a run-on into a person is likelier (<c>Nvidia Jensen
/// Huang</c>). Spans never change. Immutable and thread-safe.
/// </summary>
public sealed class PrecedingWordsRelabeler : IMentionRefiner
{
    /// <summary>The longest phrase (characters).</summary>
    private const int MaxPhraseLength = 60;

    private readonly string[] phrases;
    private readonly EntityLabel label;
    private readonly FrozenSet<EntityLabel> from;

    /// <summary>
    /// Creates a relabeler giving <paramref name="label"/> to one-word mentions labelled one of <paramref name="from"/> written
    /// right after one of <paramref name="phrases"/> (lower case, straight apostrophes, each ending with its preposition:
    /// <c>pdg de</c>, <c>pdg d'</c>), compared case-insensitively at a word boundary.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A phrase is empty or longer than <see cref="MaxPhraseLength"/> characters.</exception>
    public PrecedingWordsRelabeler(EntityLabel label, IEnumerable<EntityLabel> from, IEnumerable<string> phrases)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(phrases);
        this.label = label;
        this.from = from.ToFrozenSet();
        this.phrases = [.. phrases.Select(p => p.Trim()).Distinct(StringComparer.Ordinal)];
        if (this.phrases.Any(p => p.Length == 0 || p.Length > MaxPhraseLength)) throw new ArgumentException($"Phrases must be 1 to {MaxPhraseLength} characters.", nameof(phrases));
    }

    /// <inheritdoc />
    public IReadOnlyList<EntityMention> Refine(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, IReadOnlyList<EntityMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(mentions);
        return MentionRelabeling.Apply(mentions, new Rule(this, text));
    }

    /// <summary>Whether one of the phrases ends right before <paramref name="start"/> (one space after it, or none after an apostrophe).</summary>
    private bool FollowsPhrase(string text, int start)
    {
        foreach (string phrase in phrases)
        {
            int gap = phrase[^1] == '\'' ? 0 : 1;
            int phraseStart = start - gap - phrase.Length;
            if (phraseStart < 0 || (gap == 1 && text[start - 1] != ' ')) continue;
            if (phraseStart > 0 && char.IsLetterOrDigit(text[phraseStart - 1])) continue;
            bool same = true;
            for (int k = 0; k < phrase.Length && same; k++)
            {
                char c = text[phraseStart + k];
                if (c == '\u2019') c = '\'';
                same = char.ToLowerInvariant(c) == phrase[k];
            }

            if (same) return true;
        }

        return false;
    }

    private readonly struct Rule(PrecedingWordsRelabeler relabeler, string text) : MentionRelabeling.IRule
    {
        public EntityLabel? NewLabel(EntityMention mention) =>
            mention.Label != relabeler.label && relabeler.from.Contains(mention.Label) && IsOneWord(mention.Text) && relabeler.FollowsPhrase(text, mention.Start)
                ? relabeler.label
                : null;

        private static bool IsOneWord(string surface)
        {
            foreach (char c in surface)
            {
                if (char.IsWhiteSpace(c)) return false;
            }

            return surface.Length > 0;
        }
    }
}
