namespace Entities.Resolution;

/// <summary>
/// Turns a finished group into a <see cref="ResolvedEntity"/>.
/// <para>Canonical name: the alias-table entry's canonical name when the group matched one (so every document names
/// <c>OTAN</c> the same way); otherwise the best form written in the document, ranked by: well-formed (starts with a
/// letter or digit, balanced brackets and quotes, not shouted in capitals over several words), then most words, then
/// longest, then most frequent, then first seen.</para>
/// <para>Aliases: the distinct displayed forms with their counts, canonical name first (with count 0 when it comes from the
/// table and is not written in the document), then by count and first appearance.</para>
/// <para>Keys: see <see cref="MatchKeys"/>.</para>
/// </summary>
internal sealed class ResolvedEntityBuilder(AliasResolverProfile profile)
{
    public ResolvedEntity Build(MentionGroup group)
    {
        var members = group.Members.OrderBy(member => member.Index).ToList();
        var forms = members
            .GroupBy(member => member.Display, StringComparer.Ordinal)
            .Select(forms => (Display: forms.Key, Count: forms.Count(), First: forms.Min(member => member.Index), Sample: forms.First()))
            .ToList();

        string canonical = group.TableEntry?.Canonical
            ?? forms.OrderByDescending(form => IsWellFormed(form.Display))
                .ThenByDescending(form => form.Sample.Words.Length)
                .ThenByDescending(form => form.Display.Length)
                .ThenByDescending(form => form.Count)
                .ThenBy(form => form.First)
                .First().Display;

        var aliases = new List<AliasCount>();
        if (!forms.Exists(form => form.Display == canonical)) aliases.Add(new AliasCount(canonical, 0));
        aliases.AddRange(forms
            .OrderByDescending(form => form.Display == canonical)
            .ThenByDescending(form => form.Count)
            .ThenBy(form => form.First)
            .Select(form => new AliasCount(form.Display, form.Count)));

        return new ResolvedEntity(
            group.Label,
            canonical,
            aliases.AsReadOnly(),
            BuildKeys(group, members).AsReadOnly(),
            members.Select(member => member.Index).ToList().AsReadOnly());
    }

    private List<string> BuildKeys(MentionGroup group, List<AnalyzedMention> members)
    {
        var full = new SortedSet<string>(StringComparer.Ordinal);
        var acronyms = new SortedSet<string>(StringComparer.Ordinal);
        var surnames = new SortedSet<string>(StringComparer.Ordinal);
        var acronymKeys = members.Where(member => member.IsAcronym).Select(member => member.Key).ToHashSet(StringComparer.Ordinal);
        bool person = group.Label == EntityLabel.Person;
        // Distinct forms only: a group may hold thousands of mentions of the same few names.
        var fullNames = members.Where(member => member.Words.Length >= 2).DistinctBy(member => member.Display, StringComparer.Ordinal).ToList();
        var lastWords = fullNames.Select(name => name.Words[^1]).ToHashSet(StringComparer.Ordinal);

        foreach (var member in members)
        {
            if (member.Key.Length == 0) continue;
            if (acronymKeys.Contains(member.Key)) acronyms.Add(member.Key);
            else if (!person || member.Words.Length >= 2) full.Add(member.Key);
            else if (fullNames.Count == 0 || lastWords.Contains(member.Key)) surnames.Add(member.Key);
        }

        foreach (var name in fullNames)
        {
            if (!person || acronymKeys.Contains(name.Key)) continue;
            string last = profile.KeyBuilder.Build(Surname(name.Display));
            if (last.Length > 0) surnames.Add(last);
        }

        // Person short forms of several words that end a full name (Le Pen) are surnames too.
        if (person)
        {
            var properSuffixes = new HashSet<string>(StringComparer.Ordinal);
            foreach (var name in fullNames)
            {
                for (int length = 2; length < name.Words.Length; length++) properSuffixes.Add(string.Join(' ', name.Words, name.Words.Length - length, length));
            }

            foreach (var member in members.Where(member => member.Words.Length >= 2).DistinctBy(member => member.Key, StringComparer.Ordinal))
            {
                if (properSuffixes.Contains(string.Join(' ', member.Words)))
                {
                    full.Remove(member.Key);
                    surnames.Add(member.Key);
                }
            }
        }

        var keys = new List<string>();
        keys.AddRange(full.Select(key => MatchKeys.Full + key));
        if (group.TableEntry is { } entry) keys.Add(MatchKeys.Table + profile.KeyBuilder.Build(entry.Canonical));
        keys.AddRange(acronyms.Select(key => MatchKeys.Acronym + key));
        keys.AddRange(surnames.Where(key => !full.Contains(key)).Select(key => MatchKeys.Surname + key));
        return keys;
    }

    /// <summary>
    /// The last space-separated word of a full name, with the particles (articles, connectors) just before it:
    /// <c>Jean-Marie Le Pen</c> → <c>Le Pen</c>, <c>Mark Rutte</c> → <c>Rutte</c>; empty when nothing would remain before it
    /// (<c>Le Pen</c> alone).
    /// </summary>
    private string Surname(string display)
    {
        var chunks = display.Split([' ', '\u00A0', '\u202F'], StringSplitOptions.RemoveEmptyEntries);
        int start = chunks.Length - 1;
        while (start >= 1 && IsParticle(chunks[start - 1])) start--;
        return start <= 0 ? string.Empty : string.Join(' ', chunks[start..]);
    }

    private bool IsParticle(string chunk)
    {
        string folded = TextFolding.Fold(chunk);
        return profile.Connectors.Contains(folded) || profile.Articles.TryGet(folded, out _);
    }

    private static bool IsWellFormed(string display)
    {
        if (display.Length == 0 || !char.IsLetterOrDigit(display[0])) return false;
        if (!char.IsLetterOrDigit(display[^1]) && display[^1] is not ('.' or ')')) return false;
        if (display.Count(c => c == '(') != display.Count(c => c == ')')) return false;
        if (display.Count(c => c == '«') != display.Count(c => c == '»')) return false;
        if (display.Count(c => c == '"') % 2 != 0) return false;
        bool severalWords = display.Contains(' ', StringComparison.Ordinal);
        return !(severalWords && display.Any(char.IsLetter) && !display.Any(char.IsLower));
    }
}
