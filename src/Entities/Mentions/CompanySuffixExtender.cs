using Entities.Sentences;
using Entities.Tokenization;

namespace Entities.Mentions;

/// <summary>
/// Reads a founder's name followed by a firm's suffix as the firm: <c>la maison Schneider et Cie</c>, <c>Godard et Fils</c>,
/// <c>Le Guen frères</c> become organizations that include the suffix, whatever the tagger made of the name (a person, a
/// place) and of the suffix (<c>Cie</c> read as a person). Immutable and thread-safe.
/// </summary>
/// <remarks>
/// The suffix (from a list, as written) must follow a mention right after one space; mentions inside the suffix are dropped.
/// The organization keeps the name mention's score. A person or place mention that already ends with a suffix becomes the
/// organization, its span unchanged.
/// </remarks>
public sealed class CompanySuffixExtender : IMentionRefiner
{
    private readonly string[] suffixes;

    /// <summary>Creates the extender over <paramref name="suffixes"/> (as written: <c>et Cie</c>, <c>frères</c>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="suffixes"/> is <see langword="null"/>.</exception>
    public CompanySuffixExtender(IEnumerable<string> suffixes)
    {
        ArgumentNullException.ThrowIfNull(suffixes);
        this.suffixes = [.. suffixes.Where(s => s.Length > 0).OrderByDescending(s => s.Length)];
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
            int end = SuffixEnd(text, mention.End);
            if (end < 0)
            {
                // The tagger may have read the suffix with the name (`Delvaux frères` as a person): the label is the firm's.
                bool relabel = mention.Label is EntityLabel.Person or EntityLabel.Location && EndsWithSuffix(mention.Text);
                if (relabel) result ??= [.. mentions.Take(i)];
                result?.Add(relabel ? mention with { Label = EntityLabel.Organization } : mention);
                continue;
            }

            if (result is null)
            {
                result = new List<EntityMention>(mentions.Count);
                for (int j = 0; j < i; j++) result.Add(mentions[j]);
            }

            result.Add(mention with { End = end, Text = text[mention.Start..end], Label = EntityLabel.Organization });
            while (i + 1 < mentions.Count && mentions[i + 1].Start < end)
            {
                if (mentions[i + 1].End > end) return mentions;   // a mention across the suffix's end: leave the document alone
                i++;
            }
        }

        return result ?? mentions;
    }

    /// <summary>Whether <paramref name="name"/> ends with a suffix after a space and at least one word (<c>Delvaux frères</c>).</summary>
    private bool EndsWithSuffix(string name)
    {
        foreach (string suffix in suffixes)
        {
            int space = name.Length - suffix.Length - 1;
            if (space > 0 && name[space] == ' ' && name.EndsWith(suffix, StringComparison.Ordinal)) return true;
        }

        return false;
    }

    /// <summary>The end of a suffix written right after <paramref name="end"/> (one space between, a word boundary after), or -1.</summary>
    private int SuffixEnd(string text, int end)
    {
        if (end + 2 > text.Length || text[end] != ' ') return -1;
        foreach (string suffix in suffixes)
        {
            int stop = end + 1 + suffix.Length;
            if (stop > text.Length || string.CompareOrdinal(text, end + 1, suffix, 0, suffix.Length) != 0) continue;
            if (stop < text.Length && char.IsLetterOrDigit(text[stop])) continue;
            return stop;
        }

        return -1;
    }
}
