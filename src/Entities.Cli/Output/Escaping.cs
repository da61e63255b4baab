using System.Text;

namespace Entities.Cli.Output;

/// <summary>Escapes text for line-oriented output: backslash, tab, newline and carriage return become <c>\\</c>, <c>\t</c>, <c>\n</c>, <c>\r</c>.</summary>
internal static class Escaping
{
    /// <summary>Escapes <paramref name="value"/> so that it holds no tab or line break; returns it unchanged when nothing needs escaping.</summary>
    public static string EscapeField(ReadOnlySpan<char> value)
    {
        if (value.IndexOfAny('\\', '\t', '\n') < 0 && value.IndexOf('\r') < 0) return value.ToString();
        var builder = new StringBuilder(value.Length + 8);
        foreach (char c in value)
        {
            switch (c)
            {
                case '\\': builder.Append(@"\\"); break;
                case '\t': builder.Append(@"\t"); break;
                case '\n': builder.Append(@"\n"); break;
                case '\r': builder.Append(@"\r"); break;
                default: builder.Append(c); break;
            }
        }

        return builder.ToString();
    }

    /// <summary>Escapes <paramref name="value"/> and wraps it in double quotes.</summary>
    public static string Quote(string value) => "\"" + EscapeField(value) + "\"";
}
