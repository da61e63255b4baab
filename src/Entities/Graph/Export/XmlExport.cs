using System.Globalization;
using System.Text;
using System.Xml;

namespace Entities.Graph.Export;

/// <summary>Shared settings and helpers for the XML exporters.</summary>
internal static class XmlExport
{
    /// <summary>Creates an indented UTF-8 (no BOM) writer with <c>\n</c> line ends that leaves <paramref name="stream"/> open.</summary>
    public static XmlWriter CreateWriter(Stream stream) => XmlWriter.Create(stream, new XmlWriterSettings
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        NewLineHandling = NewLineHandling.Entitize,
        CloseOutput = false,
    });

    /// <summary>Replaces the characters XML cannot carry (control characters, lone surrogates) with U+FFFD.</summary>
    public static string Clean(string text)
    {
        StringBuilder? builder = null;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            bool pair = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            bool valid = pair || XmlConvert.IsXmlChar(c);
            if (!valid) builder ??= new StringBuilder(text, 0, i, text.Length);
            if (builder is not null)
            {
                builder.Append(valid ? c : '\uFFFD');
                if (pair) builder.Append(text[i + 1]);
            }

            if (pair) i++;
        }

        return builder?.ToString() ?? text;
    }

    /// <summary>Joins a node's aliases, most frequent first, with <c>"; "</c>.</summary>
    public static string AliasList(EntityNode node) => Clean(string.Join("; ", node.Aliases.Select(a => a.Alias)));

    /// <summary>
    /// Joins, with <c>"; "</c>, the aliases of a node that come only from the alias tables (the canonical name of a table
    /// entry never written so in the text): their count is 0. Empty when there is none. They stay in <see cref="AliasList"/> too.
    /// </summary>
    public static string TableAliasList(EntityNode node) => Clean(string.Join("; ", node.Aliases.Where(a => a.Count == 0).Select(a => a.Alias)));

    /// <summary>Formats an integer with the invariant culture.</summary>
    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
