using Entities.Tokenization;

namespace Entities.Mentions;

/// <summary>
/// A whole number right after a name, one space apart, that is neither a year nor a percentage: the name is then a product's, a road's or an index's
/// (<c>le microprocesseur Motorola 6800</c>, <c>la RN 88</c>, <c>le CAC 40</c>), not the organization's.
/// </summary>
internal static class ModelNumbers
{
    /// <summary>Whether token <paramref name="index"/> (below <paramref name="end"/>) is such a number after token <paramref name="index"/> − 1.</summary>
    public static bool Follows(string text, ReadOnlySpan<Token> tokens, int index, int end)
    {
        if (index <= 0 || index >= end || tokens[index].Kind != TokenKind.Number || tokens[index].Start != tokens[index - 1].End + 1 || text[tokens[index - 1].End] != ' ') return false;
        var number = tokens[index].GetSpan(text);
        if (number.IndexOfAnyExceptInRange('0', '9') >= 0) return false;                 // `LVMH 1,8 %`: a figure, not a model
        if (number.Length == 4 && number[0] is '1' or '2') return false;                  // a year
        return index + 1 >= end || !tokens[index + 1].GetSpan(text).StartsWith("%");    // `Kering 4 %`
    }
}
