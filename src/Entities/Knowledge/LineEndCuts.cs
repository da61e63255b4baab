using Entities.Tokenization;

namespace Entities.Knowledge;

/// <summary>
/// Display names of words cut by an old print or an OCR engine (<c>Poin-\ncaré</c>, <c>Constan¬ tinople</c>): the cuts
/// <see cref="CutMarks"/> defines joined, and any other whitespace holding a line break turned into one space.
/// </summary>
internal static class LineEndCuts
{
    /// <summary>
    /// <paramref name="name"/> with its cuts joined (<see cref="CutMarks.Join"/>) and any other whitespace holding a line
    /// break turned into one space; the same instance when it can hold neither.
    /// </summary>
    public static string Join(string name)
    {
        if (!CutMarks.MayContainCut(name) && name.AsSpan().IndexOf('\r') < 0) return name;

        // A cut's blanks belong to its mark (glued to a letter), so the cuts are joined first, then the line breaks left.
        string cut = CutMarks.Join(name);
        var builder = new System.Text.StringBuilder(cut.Length);
        int i = 0;
        while (i < cut.Length)
        {
            if (!char.IsWhiteSpace(cut[i]))
            {
                builder.Append(cut[i++]);
                continue;
            }

            int k = i;
            while (k < cut.Length && char.IsWhiteSpace(cut[k])) k++;
            if (cut.AsSpan(i, k - i).IndexOfAny('\n', '\r') >= 0) builder.Append(' ');
            else builder.Append(cut, i, k - i);
            i = k;
        }

        string joined = builder.ToString();
        return joined == name ? name : joined;
    }
}
