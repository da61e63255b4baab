using System.Collections.Frozen;
using Entities.Sentences;
using Entities.Tokenization;

namespace Entities.Mentions;

/// <summary>
/// Makes a person of a one-word name that an apposition right after it describes as one: <c>Florence, infirmière de nuit à
/// Dijon,</c> tagged LOC (the city) or <c>Orange, 34 ans,</c> tagged ORG become PER. The apposition is a comma, then a
/// person noun without an article (a profession or role that never names a place or an organization), or an age
/// (<c>34 ans</c>). Spans never change. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// Precision first: only one-word mentions (several words are a run-on risk, <c>Paris, Berlin</c>), only right after the
/// comma (one space), the noun compared case-sensitively as written in the list (lower case). A noun after an article
/// introduces the next name more often than it describes the one before (<c>à Pékin, le nageur Michael Phelps</c>): not read.
/// A noun followed by an article is a verb (<c>à Toulouse, pilote le projet</c>): not read either.
/// </remarks>
public sealed class AppositionPersonRelabeler : IMentionRefiner
{
    private readonly FrozenSet<string> nouns;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup;
    private readonly string ageWord;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> articles;

    /// <summary>Creates a relabeler.</summary>
    /// <param name="nouns">Person nouns, lower case (<c>infirmière</c>, <c>pianiste</c>).</param>
    /// <param name="ageWord">The word after a number that gives an age (<c>ans</c>).</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public AppositionPersonRelabeler(IEnumerable<string> nouns, string ageWord)
        : this(nouns, ageWord, [])
    {
    }

    /// <summary>
    /// Creates a relabeler; a noun followed (after one space) by one of <paramref name="articles"/> (<c>le</c>, <c>la</c>,
    /// <c>les</c>, <c>l'</c>; any case, either apostrophe) is read as a verb (<c>pilote le projet</c>) and describes no one.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public AppositionPersonRelabeler(IEnumerable<string> nouns, string ageWord, IEnumerable<string> articles)
    {
        ArgumentNullException.ThrowIfNull(nouns);
        ArgumentNullException.ThrowIfNull(ageWord);
        ArgumentNullException.ThrowIfNull(articles);
        this.nouns = nouns.ToFrozenSet(StringComparer.Ordinal);
        lookup = this.nouns.GetAlternateLookup<ReadOnlySpan<char>>();
        this.ageWord = ageWord;
        this.articles = articles.Select(Apostrophes.Straighten).ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <inheritdoc />
    public IReadOnlyList<EntityMention> Refine(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, IReadOnlyList<EntityMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(mentions);
        return MentionRelabeling.Apply(mentions, new Rule(this, text));
    }

    private readonly struct Rule(AppositionPersonRelabeler relabeler, string text) : MentionRelabeling.IRule
    {
        public EntityLabel? NewLabel(EntityMention mention) =>
            mention.Label != EntityLabel.Person && mention.Text.Length > 0 && !mention.Text.Contains(' ') && relabeler.DescribesAPerson(text, mention.End)
                ? EntityLabel.Person
                : null;
    }

    /// <summary>Whether <c>, noun</c> or <c>, NN ans</c> comes right after <paramref name="end"/>.</summary>
    private bool DescribesAPerson(string text, int end)
    {
        if (end + 2 >= text.Length || text[end] != ',' || text[end + 1] != ' ') return false;
        var word = WordAt(text, end + 2, out int next);
        if (word.IsEmpty) return false;
        if (lookup.Contains(word)) return !IsArticleAt(text, next);
        if (char.IsDigit(word[0]))
        {
            foreach (char c in word) if (!char.IsDigit(c)) return false;
            return next < text.Length && text[next] == ' ' && WordAt(text, next + 1, out _).SequenceEqual(ageWord);
        }

        return false;
    }

    /// <summary>Whether one of the articles follows <paramref name="end"/> after one space (<c>l'</c> with either apostrophe).</summary>
    private bool IsArticleAt(string text, int end)
    {
        if (end + 1 >= text.Length || text[end] != ' ') return false;
        var word = WordAt(text, end + 1, out int next);
        if (next < text.Length && text[next] is '\'' or '\u2019') return word.Length > 0 && Apostrophes.IsIn(text.AsSpan(end + 1, next - end), articles);
        return !word.IsEmpty && articles.Contains(word);
    }

    /// <summary>The letters, digits and hyphens from <paramref name="start"/>; <paramref name="end"/> receives where they stop.</summary>
    private static ReadOnlySpan<char> WordAt(string text, int start, out int end)
    {
        end = start;
        while (end < text.Length && end - start < 40 && (char.IsLetterOrDigit(text[end]) || text[end] == '-')) end++;
        return text.AsSpan(start, end - start);
    }
}
