using Entities;

namespace Entities.Tests.Resolution;

/// <summary>Builds mention lists for a sentence by locating substrings, so resolver tests do not depend on the tagger.</summary>
internal static class MentionBuilder
{
    /// <summary>
    /// Each spec is <c>"LABEL:surface"</c> or <c>"LABEL:surface#n"</c> (the n-th occurrence after the previous mention,
    /// 1-based; default the first). Mentions are returned sorted by start.
    /// </summary>
    public static List<EntityMention> Find(string text, params string[] specs)
    {
        var mentions = new List<EntityMention>();
        int searchFrom = 0;
        foreach (string spec in specs)
        {
            int colon = spec.IndexOf(':', StringComparison.Ordinal);
            Assert.True(EntityLabels.TryParse(spec[..colon], out var label), $"bad label in '{spec}'");
            string surface = spec[(colon + 1)..];
            int occurrence = 1;
            int hash = surface.LastIndexOf('#');
            if (hash > 0)
            {
                occurrence = int.Parse(surface[(hash + 1)..], System.Globalization.CultureInfo.InvariantCulture);
                surface = surface[..hash];
            }

            int start = searchFrom - 1;
            for (int n = 0; n < occurrence; n++)
            {
                start = text.IndexOf(surface, n == 0 ? searchFrom : start + 1, StringComparison.Ordinal);
                if (start < 0) break;
            }

            Assert.True(start >= 0, $"'{surface}' not found after offset {searchFrom} in: {text}");
            mentions.Add(new EntityMention(start, start + surface.Length, surface, label, 1.0, null));
            searchFrom = start + surface.Length;
        }

        return mentions.OrderBy(mention => mention.Start).ToList();
    }
}
