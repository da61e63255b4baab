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
        var members = new List<AnalyzedMention>(group.Members);
        members.Sort(static (x, y) => x.Index.CompareTo(y.Index)); // indices are distinct

        // Distinct displays in order of first appearance, with their counts.
        var forms = new List<Form>(members.Count);
        var formIndex = members.Count > 8 ? new Dictionary<string, int>(StringComparer.Ordinal) : null;
        foreach (var member in members)
        {
            int at;
            if (formIndex is null) at = forms.FindIndex(form => string.Equals(form.Display, member.Display, StringComparison.Ordinal));
            else if (!formIndex.TryGetValue(member.Display, out at)) at = -1;
            if (at >= 0)
            {
                forms[at] = forms[at] with { Count = forms[at].Count + 1 };
                continue;
            }

            formIndex?.Add(member.Display, forms.Count);
            forms.Add(new Form(member.Display, 1, member.Index, member));
        }

        string canonical = group.TableEntry?.Canonical ?? BestWritten(forms).Display;

        var aliases = new List<AliasCount>(forms.Count + 1);
        if (!forms.Exists(form => form.Display == canonical)) aliases.Add(new AliasCount(canonical, 0));
        var ordered = forms.ToArray();
        Array.Sort(ordered, (x, y) =>
        {
            int c = (y.Display == canonical).CompareTo(x.Display == canonical);
            if (c == 0) c = y.Count.CompareTo(x.Count);
            return c != 0 ? c : x.First.CompareTo(y.First);
        });
        foreach (var form in ordered) aliases.Add(new AliasCount(form.Display, form.Count));

        var indices = new int[members.Count];
        for (int i = 0; i < indices.Length; i++) indices[i] = members[i].Index;
        return new ResolvedEntity(
            group.Label,
            canonical,
            aliases.AsReadOnly(),
            BuildKeys(group, members).AsReadOnly(),
            Array.AsReadOnly(indices));
    }

    /// <summary>The best written form: well-formed, then most words, then longest, then most frequent, then first seen.</summary>
    private static Form BestWritten(List<Form> forms)
    {
        var best = forms[0];
        bool bestWellFormed = IsWellFormed(best.Display);
        for (int i = 1; i < forms.Count; i++)
        {
            var form = forms[i];
            bool wellFormed = IsWellFormed(form.Display);
            int c = wellFormed.CompareTo(bestWellFormed);
            if (c == 0) c = form.Sample.Words.Length.CompareTo(best.Sample.Words.Length);
            if (c == 0) c = form.Display.Length.CompareTo(best.Display.Length);
            if (c == 0) c = form.Count.CompareTo(best.Count);
            if (c == 0) c = best.First.CompareTo(form.First);
            if (c > 0)
            {
                best = form;
                bestWellFormed = wellFormed;
            }
        }

        return best;
    }

    private readonly record struct Form(string Display, int Count, int First, AnalyzedMention Sample);

    private List<string> BuildKeys(MentionGroup group, List<AnalyzedMention> members)
    {
        var full = new SortedSet<string>(StringComparer.Ordinal);
        var acronyms = new SortedSet<string>(StringComparer.Ordinal);
        var surnames = new SortedSet<string>(StringComparer.Ordinal);
        var acronymKeys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in members) if (member.IsAcronym) acronymKeys.Add(member.Key);
        bool person = group.Label == EntityLabel.Person;
        // Distinct forms only: a group may hold thousands of mentions of the same few names.
        var fullNames = new List<AnalyzedMention>();
        var lastWords = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in members)
        {
            if (member.Words.Length < 2 || fullNames.Exists(name => string.Equals(name.Display, member.Display, StringComparison.Ordinal))) continue;
            fullNames.Add(member);
            lastWords.Add(member.Words[^1]);
        }

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
        int open = 0, close = 0, openQuote = 0, closeQuote = 0, straightQuotes = 0;
        bool space = false, letter = false, lower = false;
        foreach (char c in display)
        {
            switch (c)
            {
                case '(': open++; break;
                case ')': close++; break;
                case '«': openQuote++; break;
                case '»': closeQuote++; break;
                case '"': straightQuotes++; break;
                case ' ': space = true; break;
            }

            letter |= char.IsLetter(c);
            lower |= char.IsLower(c);
        }

        if (open != close || openQuote != closeQuote || straightQuotes % 2 != 0) return false;
        return !(space && letter && !lower);
    }
}
