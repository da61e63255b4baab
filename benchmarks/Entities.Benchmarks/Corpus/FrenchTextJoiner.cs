using System.Text;

namespace Entities.Benchmarks.Corpus;

/// <summary>
/// Joins the tokens of one sentence into running French text: no space before <c>, . ) ]</c> or after <c>( [</c> and elided
/// words (<c>l'</c>, <c>qu’</c>); a narrow no-break space before <c>; : ! ?</c>; no-break spaces inside <c>« »</c>;
/// straight double quotes alternate between opening and closing; apostrophe tokens glue their neighbours
/// (hyphen tokens keep their spaces: in the corpora they are mostly dashes).
/// Underscores (spaces inside corpus tokens) become spaces.
/// </summary>
internal static class FrenchTextJoiner
{
    private const char NoBreakSpace = '\u00A0';
    private const char NarrowNoBreakSpace = '\u202F';

    /// <summary>Appends the sentence made of <paramref name="tokens"/> to <paramref name="text"/>, preceded by a space when the text is not empty.</summary>
    public static void AppendSentence(StringBuilder text, IReadOnlyList<string> tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        bool glueNext = text.Length == 0 || text[^1] == '\n';
        bool insideQuote = false;
        foreach (var raw in tokens)
        {
            var token = raw.Replace('_', ' ');
            if (token.Length == 0) continue;
            string separator = " ";
            bool glueAfter = false;
            switch (token)
            {
                case "," or "." or ")" or "]" or "}" or "…" or "...":
                    separator = "";
                    break;
                case ";" or ":" or "!" or "?":
                    separator = NarrowNoBreakSpace.ToString();
                    break;
                case "»":
                    separator = NoBreakSpace.ToString();
                    break;
                case "«":
                    glueAfter = true;
                    token = "«" + NoBreakSpace;
                    break;
                case "(" or "[" or "{":
                    glueAfter = true;
                    break;
                case "'" or "’":
                    separator = "";
                    glueAfter = true;
                    break;
                case "\"":
                    insideQuote = !insideQuote;
                    if (insideQuote) glueAfter = true;
                    else separator = "";
                    break;
                default:
                    if (token.Length > 1 && token[^1] is '\'' or '’' && char.IsLetter(token[^2])) glueAfter = true;
                    break;
            }

            if (!glueNext) text.Append(separator);
            text.Append(token);
            glueNext = glueAfter;
        }
    }
}
