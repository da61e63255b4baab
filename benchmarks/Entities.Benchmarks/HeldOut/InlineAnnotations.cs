using System.Text;

namespace Entities.Benchmarks.HeldOut;

/// <summary>A gold mention of an inline-annotated text: character span in the raw text, label, and the optional key.</summary>
public sealed record GoldMention(int Start, int End, string Text, string Label, string? Key);

/// <summary>
/// Reads the inline markup of our own benchmark corpora (<c>benchmarks/data/</c>): <c>[[surface|LABEL]]</c> or
/// <c>[[surface|LABEL|key]]</c>; the raw text is the text with each marker replaced by its surface.
/// </summary>
public static class InlineAnnotations
{
    /// <summary>The raw text and its gold mentions, in order.</summary>
    /// <exception cref="FormatException">An unclosed or malformed marker.</exception>
    public static (string Text, IReadOnlyList<GoldMention> Gold) Parse(string annotated)
    {
        var text = new StringBuilder(annotated.Length);
        var gold = new List<GoldMention>();
        int i = 0;
        while (i < annotated.Length)
        {
            int open = annotated.IndexOf("[[", i, StringComparison.Ordinal);
            if (open < 0)
            {
                text.Append(annotated, i, annotated.Length - i);
                break;
            }

            text.Append(annotated, i, open - i);
            int close = annotated.IndexOf("]]", open, StringComparison.Ordinal);
            if (close < 0) throw new FormatException($"Unclosed marker at {open}.");
            var parts = annotated[(open + 2)..close].Split('|');
            if (parts.Length is < 2 or > 3 || parts[0].Length == 0) throw new FormatException($"Malformed marker '{annotated[open..(close + 2)]}'.");
            int start = text.Length;
            text.Append(parts[0]);
            gold.Add(new GoldMention(start, text.Length, parts[0], parts[1], parts.Length == 3 ? parts[2] : null));
            i = close + 2;
        }

        return (text.ToString(), gold);
    }
}
