using Entities.Tokenization;
using Entities.Knowledge;
using Entities.Resolution;

namespace Entities.Tests.Performance;

/// <summary><see cref="TextFolding"/>'s ASCII shortcut must fold exactly as the general per-character rules do.</summary>
public sealed class TextFoldingFastPathTests
{
    private const string Alphabet = "aZ09 .-,'’()«»\n\r\t\u00A0éÉœŒßſ\u0301¬–·!?&/";

    [Fact]
    public void FoldEqualsTheGeneralRulesOnGeneratedText()
    {
        var random = new Random(29);
        for (int trial = 0; trial < 20_000; trial++)
        {
            var chars = new char[random.Next(0, 24)];
            for (int i = 0; i < chars.Length; i++) chars[i] = Alphabet[random.Next(Alphabet.Length)];
            string text = new(chars);
            Assert.Equal(Reference(text), TextFolding.Fold(text));
        }
    }

    /// <summary>The general rules, character by character, as written before the ASCII shortcut.</summary>
    private static string Reference(string text)
    {
        const string accented = "àáâãäåāăąçćĉċčďđðèéêëēĕėęěĝğġģĥìíîïĩīĭįıĵķĺļľŀłñńņňòóôõöøōŏőŕŗřśŝşšșţťŧțùúûüũūŭůűųŵýÿŷźżžſ";
        const string baseLetters = "aaaaaaaaacccccdddeeeeeeeeegggghiiiiiiiiijklllllnnnnooooooooorrrsssssttttuuuuuuuuuuwyyyzzzs";
        var output = new System.Text.StringBuilder();
        bool pendingSpace = false;
        for (int i = 0; i < text.Length; i++)
        {
            char raw = text[i];
            if (CutMarks.IsCutSign(raw) && CutMarks.TryMatch(text, i, out int continuation) && char.IsLower(text[continuation]))
            {
                i = continuation - 1;
                continue;
            }

            char c = char.ToLowerInvariant(raw);
            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && output.Length > 0) output.Append(' ');
                pendingSpace = false;
                switch (c)
                {
                    case 'œ': output.Append("oe"); continue;
                    case 'æ': output.Append("ae"); continue;
                    case 'ß': output.Append("ss"); continue;
                    case 'þ': output.Append("th"); continue;
                }

                int index = c < '\u00C0' ? -1 : accented.IndexOf(c, StringComparison.Ordinal);
                output.Append(index >= 0 ? baseLetters[index] : c);
            }
            else if (c == '.' || c == '\u00B7' || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark)
            {
            }
            else
            {
                pendingSpace = true;
            }
        }

        return output.ToString();
    }
}
