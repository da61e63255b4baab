using System.Text;

namespace Entities.Fuzz;

/// <summary>
/// The invariants every extraction result must keep, whatever the input: mentions in bounds, sorted, non-overlapping, spelling
/// exactly their text; every mention's entity among the result's entities (and back); the same output on a second run.
/// Shared by the fuzzer and the property tests (linked into Entities.Tests).
/// </summary>
public static class ExtractionInvariants
{
    /// <summary>The violated invariants of <paramref name="result"/> for <paramref name="text"/>; empty when all hold.</summary>
    public static List<string> Violations(string text, ExtractionResult result)
    {
        var problems = new List<string>();
        var entityIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entity in result.Entities)
        {
            if (!entityIds.Add(entity.Id)) problems.Add($"entity id '{entity.Id}' appears twice");
            if (entity.MentionIndices.Count == 0) problems.Add($"entity '{entity.Id}' has no mention");
            foreach (int m in entity.MentionIndices)
            {
                if ((uint)m >= (uint)result.Mentions.Count) problems.Add($"entity '{entity.Id}' refers to mention {m} of {result.Mentions.Count}");
                else if (result.Mentions[m].EntityId != entity.Id) problems.Add($"mention {m} has entity '{result.Mentions[m].EntityId}', listed under '{entity.Id}'");
            }
        }

        int previousEnd = 0;
        for (int i = 0; i < result.Mentions.Count; i++)
        {
            var mention = result.Mentions[i];
            if (mention.Start < 0 || mention.End > text.Length || mention.Start >= mention.End)
            {
                problems.Add($"mention {i} [{mention.Start}, {mention.End}) is out of bounds (text length {text.Length})");
                continue;
            }

            if (mention.Start < previousEnd) problems.Add($"mention {i} [{mention.Start}, {mention.End}) overlaps or precedes the previous one (ends at {previousEnd})");
            previousEnd = mention.End;
            if (!string.Equals(text.Substring(mention.Start, mention.End - mention.Start), mention.Text, StringComparison.Ordinal))
                problems.Add($"mention {i} [{mention.Start}, {mention.End}) text '{Escape(mention.Text)}' differs from the document's");
            if (mention.EntityId is null || !entityIds.Contains(mention.EntityId))
                problems.Add($"mention {i} has entity id '{mention.EntityId}', not one of the result's entities");
            if (double.IsNaN(mention.Score) || mention.Score < 0 || mention.Score > 1) problems.Add($"mention {i} has score {mention.Score}");
        }

        return problems;
    }

    /// <summary>Where two results of the same text differ, or <see langword="null"/> when they are identical.</summary>
    public static string? Difference(ExtractionResult first, ExtractionResult second)
    {
        string a = Describe(first), b = Describe(second);
        if (string.Equals(a, b, StringComparison.Ordinal)) return null;
        int at = 0;
        while (at < a.Length && at < b.Length && a[at] == b[at]) at++;
        return $"second run differs at character {at} of the description: '{Escape(a[Math.Max(0, at - 40)..Math.Min(a.Length, at + 40)])}' vs '{Escape(b[Math.Max(0, at - 40)..Math.Min(b.Length, at + 40)])}'";
    }

    /// <summary>A complete, canonical text form of a result (mentions with ids, entities with aliases).</summary>
    public static string Describe(ExtractionResult result)
    {
        var builder = new StringBuilder();
        foreach (var m in result.Mentions)
            builder.Append(m.Start).Append('-').Append(m.End).Append(' ').Append(m.Label.ToCode()).Append(' ').Append(m.Score.ToString("R", System.Globalization.CultureInfo.InvariantCulture)).Append(' ').Append(m.EntityId).Append(' ').Append(m.Text).Append('\n');
        foreach (var e in result.Entities)
            builder.Append(e.Id).Append(' ').Append(e.Label.ToCode()).Append(' ').Append(e.CanonicalName).Append(" [").AppendJoin('|', e.Aliases).Append("] ").AppendJoin(',', e.MentionIndices).Append('\n');
        return builder.ToString();
    }

    /// <summary>Makes control characters, surrogates and other invisible code units visible as <c>\uXXXX</c>.</summary>
    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            if (char.IsControl(c) || char.IsSurrogate(c) || c is '\uFFFD' or '\u200B' or '\u200D' or '\u202E' or '\u2028' or '\u2029')
                builder.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
            else builder.Append(c);
        }

        return builder.ToString();
    }
}
