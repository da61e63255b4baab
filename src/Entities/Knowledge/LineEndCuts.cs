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
        var builder = new System.Text.StringBuilder(name.Length);
        int i = 0;
        while (i < name.Length)
        {
            if (CutMarks.TryMatch(name, i, out int continuation))
            {
                if (!char.IsLower(name[continuation])) builder.Append('-');
                i = continuation;
            }
            else if (char.IsWhiteSpace(name[i]))
            {
                int k = i;
                while (k < name.Length && char.IsWhiteSpace(name[k])) k++;
                if (name.AsSpan(i, k - i).IndexOfAny('\n', '\r') >= 0) builder.Append(' ');
                else builder.Append(name, i, k - i);
                i = k;
            }
            else
            {
                builder.Append(name[i++]);
            }
        }

        string joined = builder.ToString();
        return joined == name ? name : joined;
    }
}
