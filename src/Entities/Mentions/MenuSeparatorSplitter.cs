using Entities.Sentences;
using Entities.Tokenization;

namespace Entities.Mentions;

/// <summary>
/// Splits a mention the tagger ran across a menu separator of a scraped page: <c>Bluesky · Imprimer</c> in <c>Partager :
/// Facebook · Bluesky · Imprimer</c> gives <c>Bluesky</c> and <c>Imprimer</c>, each with the mention's label and score (the
/// later steps relabel or drop them: a table name takes its label, web furniture is dropped). The separators are <c>·</c>,
/// <c>•</c>, <c>▪</c> and <c>|</c> set apart by a blank on both sides; a mention with several is cut at the first and the
/// last (its middle names are rare and left out). Immutable and thread-safe.
/// </summary>
/// <remarks>
/// The sentence is not cut there: the tagger reads a share bar's names better in their row (<c>Facebook · X</c> gives the
/// organization <c>X</c>, which alone it leaves out).
/// </remarks>
public sealed class MenuSeparatorSplitter : IMentionRefiner
{
    /// <summary>The shared instance.</summary>
    public static MenuSeparatorSplitter Instance { get; } = new();

    private MenuSeparatorSplitter()
    {
    }

    /// <inheritdoc />
    public IReadOnlyList<EntityMention> Refine(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, IReadOnlyList<EntityMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(mentions);
        return MentionSplitting.Apply(mentions, (int _, EntityMention mention, out EntityMention first, out EntityMention? second) =>
        {
            first = mention;
            second = null;
            int at = FirstSeparator(mention.Text);
            if (at < 0) return false;
            int last = LastSeparator(mention.Text);

            // The parts without the blanks around the separators (there may be several: Facebook  ·  X).
            int firstEnd = mention.Start + at, secondStart = mention.Start + last + 1;
            while (firstEnd > mention.Start && IsBlank(text[firstEnd - 1])) firstEnd--;
            while (secondStart < mention.End && IsBlank(text[secondStart])) secondStart++;
            first = MentionSplitting.Part(text, mention, mention.Start, firstEnd, mention.Label);
            second = MentionSplitting.Part(text, mention, secondStart, mention.End, mention.Label);
            return true;
        });
    }

    /// <summary>The index of the first separator set apart by blanks in <paramref name="surface"/>, or -1.</summary>
    private static int FirstSeparator(string surface)
    {
        for (int i = 1; i + 1 < surface.Length; i++)
        {
            if (IsSeparatorAt(surface, i)) return i;
        }

        return -1;
    }

    private static int LastSeparator(string surface)
    {
        for (int i = surface.Length - 2; i >= 1; i--)
        {
            if (IsSeparatorAt(surface, i)) return i;
        }

        return -1;
    }

    private static bool IsSeparatorAt(string surface, int i) =>
        surface[i] is '·' or '•' or '▪' or '|' && IsBlank(surface[i - 1]) && IsBlank(surface[i + 1]) && i >= 2 && i + 2 < surface.Length;

    private static bool IsBlank(char c) => c is ' ' or '\u00A0' or '\u202F' or '\t';
}
